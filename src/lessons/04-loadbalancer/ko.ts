import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: 'LoadBalancer',
  summary:
    'NodePort 서비스에 외부 주소를 더한 것. 그 주소는 쿠버네티스 바깥의 무언가가 만들어 줘야 합니다.',
  explanation: md(
    'LoadBalancer 서비스는 NodePort 서비스(클러스터 IP와 노드 포트도 받음)에 외부 로드밸런서 요청을 더한 것입니다. 로드밸런서는 쿠버네티스가 직접 만들지 않습니다. 클라우드라면 클라우드 컨트롤러가, 직접 운영하는 서버라면 **MetalLB** 같은 구현체가 만듭니다. 만들어 주기 전까지 EXTERNAL-IP는 `<pending>` 이고, 아무것도 설치하지 않았다면 계속 `<pending>` 입니다.',
    '주소를 받은 다음의 경로는 누가 주소를 주느냐에 따라 다릅니다.',
    '- **MetalLB(L2 모드)** 는 주소 풀(여기서는 192.168.0.180–199)에서 비어 있는 가장 낮은 주소를 줍니다. 노드 하나가 그 주소에 대한 ARP에 응답하므로, 패킷은 목적지가 로드밸런서 IP인 채로 그 노드에 도착하고, kube-proxy의 "loadbalancer IP" 규칙이 파드로 보냅니다. 이 경로에는 노드 포트 홉이 없습니다.\n- **클라우드 로드밸런서** 는 별도의 장비입니다. 노드 중 하나의 노드 포트로 넘기고, 거기서부터는 클러스터 IP와 같은 kube-proxy 체인을 따라 파드로 갑니다. 글에서 설명한 경로(EXTERNAL-IP → 노드 포트 31203 → 서비스 → targetPort)가 이것입니다.',
    '`externalTrafficPolicy: Local` 이면 서비스가 **헬스 체크 노드 포트** 도 받습니다. 모든 노드의 kube-proxy가 이 포트에서 응답하는데, 서비스의 파드가 그 노드에 있으면 200, 없으면 503 입니다. 로드밸런서는 이걸 보고 클라이언트 주소를 지킬 수 있는 노드로만 트래픽을 보냅니다.',
  ),
  tasks: {
    pending: {
      title: '로드밸런서가 없으면 <pending>',
      text: md(
        '이 클러스터에는 로드밸런서 구현체가 없습니다. `lb-service.yaml` 을 적용하고 `kubectl get svc lb-service` 를 보면 EXTERNAL-IP가 `<pending>` 입니다.',
        '그래도 서비스가 고장 난 건 아닙니다. 클라이언트에서 node1의 노드 포트로 my-app에 접근해 보세요. 그리고 주소가 왜 pending 인지 답하세요.',
      ),
      hints: [
        'PORT(S) 에 `80:3xxxx/TCP` 가 보입니다. 뒤의 숫자가 노드 포트입니다.',
        '터미널에서 `curl -s node1:<노드 포트>` 를 실행하거나 캔버스에서 node1을 클릭하세요.',
        '서비스에 주소를 줄 수 있는 건 누구일까요? 그런 게 여기 떠 있나요?',
      ],
      real: '관리형 클러스터(EKS, GKE, AKS…)에서는 클라우드 컨트롤러가 1분 안팎으로 EXTERNAL-IP를 채웁니다. kubeadm이나 베어메탈에서는 MetalLB(또는 다른 구현체)를 먼저 설치해야 합니다.',
    },
    pool: {
      title: '주소 풀에서 받은 주소',
      text: md(
        '이 과제는 MetalLB가 L2 모드로 떠 있는 새 클러스터에서 시작합니다. 주소 풀은 192.168.0.180–192.168.0.199 입니다. `lb-service.yaml` 을 다시 적용하면 EXTERNAL-IP가 비어 있는 가장 낮은 주소인 192.168.0.180 이 됩니다.',
        '클라이언트에서 그 주소로 요청을 보내고 트레이스를 재생해 보세요. 패킷은 목적지가 로드밸런서 IP인 채로 노드 하나에 도착하고, 거기서 kube-proxy가 이어받습니다.',
      ),
      hints: [
        '`kubectl get svc lb-service` 에 EXTERNAL-IP가 보입니다.',
        '터미널에서 `curl -s 192.168.0.180` 을 실행하거나 캔버스에서 클라이언트를 클릭하세요.',
        '트레이스에서 그 주소의 ARP에 응답한 노드를 찾아보세요. 패킷이 도착하는 곳입니다.',
      ],
      real: 'MetalLB를 쓰려면 metallb-system 네임스페이스에 IPAddressPool과 L2Advertisement가 있어야 하고, 풀의 주소는 LAN에서 비어 있어야 합니다.',
    },
    'cloud-path': {
      title: '클라우드 로드밸런서: EXTERNAL-IP → 노드 포트 → 파드',
      text: md(
        '이 과제는 클라우드 로드밸런서(주소 198.51.100.10–20) 뒤에 있는 새 클러스터에서 시작합니다. `lb-service.yaml` 을 적용하고, 클라이언트에서 EXTERNAL-IP로 요청을 보낸 다음 트레이스를 따라가 보세요. 로드밸런서가 어떤 노드의 노드 포트로 넘기고, 그 노드의 kube-proxy가 파드로 보냅니다.',
        '로드밸런서는 노드의 몇 번 포트로 패킷을 보낼까요?',
      ),
      hints: [
        '트레이스의 첫 홉이 로드밸런서의 홉입니다.',
        '`kubectl get svc lb-service` 의 PORT(S) 와 비교해 보세요.',
        '서비스의 노드 포트(콜론 뒤의 숫자)입니다.',
      ],
    },
    'health-check': {
      title: '헬스 체크 노드 포트',
      text: md(
        'lb-service에 `externalTrafficPolicy: Local` 을 넣고 적용하세요. 서비스가 헬스 체크 노드 포트를 받습니다(`kubectl describe svc lb-service` 의 `HealthCheck NodePort`).',
        'node1(또는 node2)과 node3에서 그 포트에 물어보세요. my-app 파드가 있는 노드는 200, node3은 503 입니다. 그다음 EXTERNAL-IP로 요청을 보내 보세요. 로드밸런서는 건강한 노드만 쓰고, 파드는 클라이언트의 실제 주소를 봅니다.',
      ),
      hints: [
        '`spec:` 아래 `type: LoadBalancer` 옆에 `externalTrafficPolicy: Local` 을 넣으세요.',
        '`curl -s node1:<HealthCheck NodePort>/healthz`, `curl -s node3:<HealthCheck NodePort>/healthz`. 상태 줄을 보려면 `-i` 를 붙이세요.',
        'JSON 응답의 `localEndpoints` 가 node1에서는 1, node3에서는 0 입니다.',
      ],
    },
  },
  quiz: {
    'metallb-node': '192.168.0.180 으로 가는 패킷이 도착합니다. 어느 노드일까요?',
    'metallb-dnat': 'kube-proxy의 "loadbalancer IP" 규칙이 걸렸습니다. 이제 목적지는?',
    'cloud-lb': '클라우드 로드밸런서가 패킷을 넘깁니다. 어디로?',
    'cloud-dnat': '그 노드의 kube-proxy 규칙이 파드를 골랐습니다. 이제 목적지는?',
  },
  questions: {
    'why-pending': {
      prompt: 'EXTERNAL-IP가 왜 계속 <pending> 일까요?',
      choices: {
        'no-implementation':
          '이 클러스터에는 LoadBalancer를 구현하는 게 없다(클라우드 컨트롤러도 MetalLB도 없음)',
        'pods-not-ready': 'my-app 파드가 아직 Ready 가 아니다',
        'takes-time': '로드밸런서를 만드는 데 몇 분 걸리니 더 기다려야 한다',
      },
      why: {
        'no-implementation':
          '쿠버네티스는 요청을 기록만 합니다. 코어 바깥의 컨트롤러가 로드밸런서를 만들고 그 주소를 서비스의 status에 써 줘야 합니다.',
        'pods-not-ready':
          '파드는 Ready 입니다. 노드 포트로 응답이 왔습니다. 파드가 Ready 인지는 주소 할당과 상관이 없습니다.',
        'takes-time': '구현체가 없으니 아무도 만들고 있지 않습니다. 계속 <pending> 으로 남습니다.',
      },
    },
    'lb-node-port': {
      prompt: '클라우드 로드밸런서는 노드의 몇 번 포트로 패킷을 보내나요?',
    },
  },
};
