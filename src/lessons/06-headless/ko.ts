import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: '헤드리스 서비스',
  summary:
    'clusterIP: None. 가상 IP가 없고, DNS가 Ready 파드 목록을 주면 클라이언트가 하나를 고릅니다.',
  explanation: md(
    '`clusterIP: None` 으로 만든 서비스는 클러스터 IP를 받지 않습니다. kube-proxy가 규칙을 만들지 않으니 네트워크에서 로드밸런싱도 하지 않습니다. 남는 건 셀렉터입니다. 쿠버네티스는 여전히 선택된 파드로 엔드포인트슬라이스를 채우고, CoreDNS는 서비스 이름에 **Ready 파드마다 A 레코드 하나** 로 응답합니다.',
    '클라이언트는 목록 전체를 받고 파드 주소로 직접 접속합니다. 어느 파드로 갈지는 클라이언트가 정합니다(대개 첫 번째 주소를 쓰고, CoreDNS가 순서를 섞어 줍니다). 스테이트풀셋은 파드마다 고정된 이름을 주려고 헤드리스 서비스를 쓰고, 직접 로드밸런싱하는 클라이언트(데이터베이스, gRPC 등)는 모든 파드를 보려고 씁니다.',
    '셀렉터가 없으면 엔드포인트가 만들어지지 않고, A 레코드도 없습니다.',
  ),
  tasks: {
    'no-vip': {
      title: '가상 IP 없이, 파드마다 레코드 하나',
      text: md(
        '`headless-service.yaml` 을 적용하세요. `kubectl get svc` 에서 CLUSTER-IP가 `None` 이고, `kubectl describe svc headless-service` 에는 여전히 파드가 엔드포인트로 보입니다.',
        'netshoot에서 `dig` 로 조회하면 my-app 파드마다 A 레코드가 하나씩 나옵니다.',
      ),
      hints: [
        'Apply 버튼이나 `kubectl apply -f headless-service.yaml` 로 적용합니다.',
        '`kubectl exec netshoot -- dig headless-service.default.svc.cluster.local`',
        'A 레코드를 `kubectl get pods -o wide` 와 비교해 보세요.',
      ],
    },
    'client-picks': {
      title: '파드는 클라이언트가 고른다',
      text: md(
        'netshoot에서 `headless-service` 로 요청을 보내고 트레이스를 재생해 보세요. DNS 조회 뒤에 패킷의 목적지는 파드 주소이고, 가는 길에 아무도 목적지를 바꾸지 않습니다. DNAT도, kube-proxy도 없습니다.',
        '그 파드는 누가 골랐을까요?',
      ),
      hints: [
        '`kubectl exec netshoot -- curl -s headless-service` 를 실행하거나 캔버스에서 netshoot을 클릭하세요.',
        'ClusterIP로 보낸 요청과 홉을 비교해 보세요. DNAT 홉이 없습니다.',
        'DNS는 Ready 파드를 모두 돌려줬고, 호출한 쪽이 그중 하나를 썼습니다.',
      ],
    },
    readiness: {
      title: 'Ready 가 아닌 파드는 DNS에서 빠진다',
      text: md(
        'my-app 파드 하나의 readiness probe가 실패하게 만드세요(캔버스의 readiness 토글). 파드는 계속 떠 있고 `kubectl get pods` 에는 0/2 Ready 로 보이지만, 서비스에서는 빠집니다. 이제 `dig` 는 Ready 파드만 돌려줍니다.',
      ),
      hints: [
        '캔버스에서 my-app 파드를 클릭하고 Ready 가 아니게 바꾸세요.',
        '`kubectl get pods` 에서 그 파드의 READY가 0/2 입니다.',
        '`kubectl exec netshoot -- dig +short headless-service.default.svc.cluster.local`',
      ],
      real: '실제 클러스터에서는 `readinessProbe` 가 실패하면 kubelet이 파드를 Ready 가 아니라고 표시합니다. 파드를 재시작하지는 않고, 서비스의 엔드포인트에서만 뺍니다(헤드리스 서비스라면 DNS에서도).',
    },
  },
  quiz: {
    'headless-dns': 'DNS가 파드 주소로 응답했습니다. 이제 패킷의 목적지는?',
    'headless-deliver': '패킷이 파드에 도착했습니다. 가는 길에 목적지가 바뀌었나요? 지금 목적지는?',
  },
  questions: {
    'who-picks': {
      prompt: '헤드리스 서비스에서 연결이 갈 파드는 누가 고를까요?',
      choices: {
        'kube-proxy': '노드의 iptables 규칙으로 kube-proxy가',
        client: '클라이언트가. DNS가 돌려준 주소 중 하나로 접속한다',
        coredns: 'CoreDNS가. 자기가 고른 파드 하나만 돌려준다',
      },
      why: {
        'kube-proxy':
          '헤드리스 서비스에는 클러스터 IP가 없어서 kube-proxy가 규칙을 만들지 않습니다. 트레이스에 DNAT 홉이 없습니다.',
        client:
          'DNS는 Ready 파드를 모두 돌려주고, 어느 주소를 쓸지는 호출한 쪽의 리졸버와 라이브러리가 정합니다.',
        coredns: 'CoreDNS는 Ready 파드를 모두 돌려줍니다(dig에서 봤습니다). 순서만 섞습니다.',
      },
    },
  },
};
