import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: 'ExternalName',
  summary: '클러스터 밖 이름을 가리키는 DNS 별칭(CNAME). 그 이상은 없습니다.',
  explanation: md(
    'ExternalName 서비스에는 셀렉터도, 클러스터 IP도, 엔드포인트도 없습니다. CoreDNS가 서비스 이름에 `spec.externalName` 을 가리키는 **CNAME** 으로 응답하는 게 전부입니다. kube-proxy는 이 서비스에 대해 규칙을 만들지 않으므로 프록시도, 포트 변환도, 헤더 변경도 없습니다. 클라이언트가 CNAME을 따라가서 바깥 호스트와 직접 통신합니다.',
    '클러스터 안의 코드가 바깥에 있는 것(관리형 데이터베이스, 외부 API 등)을 고정된 클러스터 내부 이름으로 부르게 하고, 나중에 그걸 클러스터 안으로 옮길 수 있게 할 때 편합니다.',
    '클라이언트가 바깥 호스트와 직접 통신하기 때문에 요청에는 클라이언트가 쓴 이름이 그대로 실립니다. HTTP라면 `Host` 헤더입니다. 글에서 `curl externalname-service.default.svc.cluster.local` 이 구글의 404 페이지를 받은 이유가 이것입니다.',
  ),
  tasks: {
    cname: {
      title: 'CNAME 하나, 그게 전부',
      text: md(
        '`externalname-service.yaml` 을 적용하고 netshoot에서 조회해 보세요: `kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local`. google.com을 가리키는 CNAME과 그 뒤에 google.com의 A 레코드가 나옵니다.',
        '`kubectl get svc` 에서 CLUSTER-IP는 `<none>` 이고, `kubectl get endpointslices` 에는 이 서비스의 것이 없습니다. 이름 뒤에 아무것도 없다는 뜻입니다.',
      ),
      hints: [
        'Apply 버튼이나 `kubectl apply -f externalname-service.yaml` 로 적용합니다.',
        '`kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local`',
        'ANSWER SECTION의 `CNAME google.com.` 을 보세요.',
      ],
    },
    'host-header': {
      title: '구글이 404를 주는 이유',
      text: md(
        '글에서처럼 netshoot에서 서비스로 `curl` 을 보내 보세요: `kubectl exec netshoot -- curl -s externalname-service.default.svc.cluster.local`. 구글이 404로 응답합니다.',
        '이번에는 구글이 서비스하는 Host 헤더(예: `-H "Host: www.google.com"`)를 붙여 다시 보내서 404가 아닌 응답을 받아 보세요. 그리고 답하세요. 처음 응답은 왜 404였을까요?',
      ),
      hints: [
        '`curl -v` 로 요청 헤더를 볼 수 있습니다. `Host:` 를 보세요.',
        '`kubectl exec netshoot -- curl -s -o /dev/null -w "%{http_code}\\n" -H "Host: www.google.com" externalname-service` 는 상태 코드만 찍습니다.',
        '구글 웹 서버는 호스트 이름별로 응답하는데, externalname-service.default.svc.cluster.local 이라는 이름은 모릅니다.',
      ],
    },
    'no-port-mapping': {
      title: '포트 변환도 없다',
      text: md(
        'example.com을 가리키는 ExternalName 서비스 `example-service` 를 만들되, 포트를 바꿔 줄 수 있는 것처럼 `port: 8080` → `targetPort: 80` 을 넣어 보세요. netshoot에서 `example-service:8080` 으로 요청하면 시간 초과가 납니다. 클라이언트가 example.com의 8080 포트로 직접 접속하기 때문입니다. `example-service:80` 은 됩니다.',
      ),
      hints: [
        '새 파일(+ 탭)에 `type: ExternalName`, `externalName: example.com`, 그리고 port 8080 → targetPort 80 을 쓰세요.',
        '`kubectl exec netshoot -- curl -s --max-time 3 example-service:8080`',
        '`kubectl exec netshoot -- curl -s example-service:80`',
      ],
      real: '쿠버네티스는 ExternalName 서비스의 포트를 받아들이지만 아무도 쓰지 않습니다. 바깥 호스트로 포트를 정말 바꿔 보내려면 셀렉터 없는 서비스에 엔드포인트슬라이스를 직접 만들거나(IP일 때) 프록시를 둡니다.',
    },
  },
  quiz: {
    'after-cname':
      'netshoot이 externalname-service를 조회했습니다(CNAME까지 따라감). 패킷의 목적지는?',
  },
  questions: {
    'why-404': {
      prompt: 'google.com은 왜 첫 요청에 404로 응답했을까요?',
      choices: {
        'no-page': 'google.com의 / 에 페이지가 없다',
        'host-header':
          'curl이 Host: externalname-service.default.svc.cluster.local 을 보냈는데, 구글 서버가 서비스하지 않는 이름이다',
        'path-rewrite': '서비스가 요청 경로를 바꿨다',
      },
      why: {
        'no-page': '있습니다. Host: www.google.com 으로 보내면 같은 요청이 200을 받습니다.',
        'host-header':
          'ExternalName 서비스는 DNS 응답만 했고, 요청에는 curl에 준 이름이 그대로 남았습니다. 구글은 모르는 호스트 이름에 404로 응답합니다.',
        'path-rewrite': 'ExternalName 서비스는 트래픽을 건드리지 않습니다. DNS 레코드일 뿐입니다.',
      },
    },
  },
};
