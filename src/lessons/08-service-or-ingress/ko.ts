import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';
import { APPS_INGRESS } from './ingress.ts';

export const ko: LessonText = {
  title: '서비스냐 인그레스냐',
  summary: '서비스는 주소와 포트로 일하고(L4), 인그레스는 HTTP를 읽습니다(L7).',
  explanation: md(
    '글에 나온 대로, 둘 다 클러스터 밖에서 파드로 트래픽을 보낼 수 있지만 서비스는 주로 **L4** 영역에서, 인그레스는 **L7** 영역에서 씁니다. 보통은 역할을 나눠서 함께 씁니다.',
    '서비스가 보는 건 연결입니다. 출발지와 목적지 주소, 포트, 프로토콜. 파드를 하나 고르고 주소를 바꿀 뿐, 연결 안의 내용은 읽지 않습니다. **인그레스** 는 HTTP 라우팅 규칙 묶음이고, 인그레스 컨트롤러(ingress-nginx, Traefik, 클라우드 L7 로드밸런서…)가 그 규칙을 실행합니다. 호스트 이름과 URL 경로를 읽고, TLS를 종료할 수 있고, 그다음 서비스의 파드로 요청을 보냅니다.',
    '이 클러스터에는 작은 앱 두 개, `blue`(node1)와 `green`(node2)이 떠 있습니다. 서비스만으로는 앱마다 노드 포트(또는 로드밸런서 주소)가 하나씩 필요합니다. 인그레스 하나면 주소 하나 뒤에 둘 다 둘 수 있습니다:',
    APPS_INGRESS,
    '이 플레이그라운드는 인그레스를 시뮬레이션하지 않습니다. 실제 클러스터에서는 오브젝트는 만들어지지만 인그레스 컨트롤러가 떠 있어야 동작합니다.',
  ),
  tasks: {
    layers: {
      title: 'L4와 L7',
      text: md(
        '두 질문에 답하세요. 서비스는 무엇을 보고 보낼 곳을 정하고, 인그레스는 무엇을 보고 정할까요?',
      ),
      hints: [
        'kube-proxy 규칙이 무엇을 매칭하는지 떠올려 보세요: `-d 10.96.0.100 --dport 80`.',
        'HTTP 요청에는 `Host:` 와 `/blue` 같은 경로가 들어 있습니다. HTTP를 파싱하는 쪽만 볼 수 있습니다.',
      ],
    },
    'service-per-app': {
      title: '앱마다 서비스 하나',
      text: md(
        '`blue-service.yaml` 은 blue를 노드 포트 30081로 엽니다. 적용한 다음 green용 NodePort 서비스를 하나 더 써서(이름, 노드 포트는 자유) 적용하세요. 클라이언트에서 두 앱에 모두 접근해 보세요.',
      ),
      hints: [
        'blue-service.yaml 을 새 파일에 복사해서 이름, 셀렉터, 노드 포트를 바꾸세요.',
        '서비스 두 개가 노드 포트를 같이 쓸 수는 없습니다. 예를 들어 30082를 고르세요.',
        '`curl -s node1:30081` 과 `curl -s node1:30082`.',
      ],
      real: 'NodePort나 LoadBalancer가 하나 늘 때마다 열어야 할 포트나 비용을 내야 할 주소도 늘어납니다. 진입점 하나로 여러 앱을 받는 인그레스가 빛을 보는 지점입니다.',
    },
    'service-limits': {
      title: '서비스가 못 하는 것',
      text: md(
        '해 보세요: `curl -s node1:30081/green` 도 blue로 갑니다. 서비스는 경로를 보지 않습니다. 그다음 서비스 혼자서 할 수 있는 것을 모두 고르세요.',
      ),
      hints: [
        'HTTP 요청을 읽어야(호스트, 경로) 하거나 복호화해야 하는 일은 L7입니다.',
        '포트 변환, 연결 분산, 클라이언트 주소 유지는 모두 주소와 포트 수준에서 일어납니다.',
      ],
    },
  },
  quiz: {},
  questions: {
    'service-layer': {
      prompt: '서비스는 무엇을 보고 연결을 보낼 곳을 정할까요?',
      choices: {
        mac: 'MAC 주소(L2)',
        'ip-port': 'IP 주소와 포트(L4)',
        http: 'HTTP 호스트 이름과 URL 경로(L7)',
      },
      why: {
        mac: 'kube-proxy 규칙은 IP 주소와 포트를 매칭합니다. MAC 주소는 네트워크가 알아서 합니다.',
        'ip-port':
          'kube-proxy는 목적지 주소와 포트(그리고 프로토콜)를 매칭해서 파드로 DNAT 합니다. 이게 L4입니다.',
        http: '서비스는 HTTP를 파싱하지 않습니다. /blue 와 /green 이 같은 파드로 갑니다.',
      },
    },
    'ingress-layer': {
      prompt: '인그레스는 무엇을 보고 요청을 보낼 곳을 정할까요?',
      choices: {
        mac: 'MAC 주소(L2)',
        'ip-port': 'IP 주소와 포트(L4)',
        http: 'HTTP 호스트 이름과 URL 경로(L7)',
      },
      why: {
        mac: '인그레스는 L2보다 훨씬 위에서 일합니다. 규칙이 HTTP에 대한 것입니다.',
        'ip-port':
          '인그레스 하나로 오는 요청은 모두 같은 주소와 포트로 들어옵니다. 규칙이 호스트와 경로로 구분합니다.',
        http: '인그레스 규칙은 Host 헤더와 URL 경로를 매칭합니다. L7입니다.',
      },
    },
    'service-can': {
      prompt: '서비스 혼자서 할 수 있는 것은? (모두 고르세요)',
      choices: {
        spread: '고른 파드들로 연결을 나눠 보내기',
        'port-map': '80 포트를 targetPort 8080으로 보내기',
        'client-address': '클라이언트 주소 유지하기(externalTrafficPolicy: Local)',
        path: '/blue 는 blue로, /green 은 green으로 보내기',
        host: 'blue.example.com 은 blue로, green.example.com 은 green으로 보내기',
        tls: '인증서로 HTTPS 종료하기',
      },
      why: {
        spread: 'kube-proxy가 연결마다 엔드포인트 하나를 고릅니다.',
        'port-map': 'DNAT이 주소와 함께 포트도 바꿉니다.',
        'client-address':
          'externalTrafficPolicy: Local 이면 노드가 SNAT을 하지 않습니다. 레슨 3에서 봤습니다.',
        path: '경로는 HTTP 요청 안에 있고, 서비스는 그걸 읽지 않습니다. 인그레스 규칙의 일입니다.',
        host: '호스트 이름은 HTTP Host 헤더(또는 TLS SNI)에 있습니다. L7, 인그레스 규칙의 일입니다.',
        tls: '서비스는 암호화된 바이트를 그대로 넘깁니다. TLS 종료는 인그레스 컨트롤러나 앱이 합니다.',
      },
    },
  },
};
