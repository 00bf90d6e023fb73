import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: 'NodePort',
  summary:
    '모든 노드가 같은 포트를 엽니다. 파드가 없는 노드는 파드가 있는 노드로 넘기는데, 이게 second hop 입니다.',
  explanation: md(
    'NodePort 서비스는 ClusterIP 서비스에 **모든** 노드(컨트롤 플레인 포함)의 포트 하나를 더한 것입니다. 매니페스트에 `nodePort` 를 안 쓰면 30000–32767 에서 빈 포트를 골라 줍니다(글에는 32768 로 되어 있지만 기본 범위의 끝은 32767 입니다). `kubectl get svc` 에는 `80:30001/TCP` 처럼 보입니다. 서비스 포트 80, 노드 포트 30001 이라는 뜻입니다.',
    '어느 노드의 포트로 요청을 보내든 그 노드의 kube-proxy 규칙이 서비스의 파드 중 하나를 고르는데, 그 파드는 어느 노드에 있어도 됩니다. 파드가 다른 노드에 있으면 패킷은 노드 네트워크를 한 번 더 건너갑니다. 이게 **second hop** 입니다. 기본값인 `externalTrafficPolicy: Cluster` 에서는 응답이 자기를 거쳐 돌아오도록 노드가 출발지 주소를 자기 주소로 바꿉니다(SNAT). 그래서 파드는 클라이언트 주소를 보지 못합니다.',
    '`externalTrafficPolicy: Local` 은 둘 다 바꿉니다. 노드는 자기 노드에 있는 파드로만 보내고 클라이언트 주소를 그대로 둡니다. 대신 그런 파드가 없는 노드는 요청을 버립니다.',
  ),
  tasks: {
    'every-node': {
      title: '모든 노드가 포트를 연다',
      text: md(
        '`nodeport-service.yaml` 을 적용하세요. 그다음 클라이언트에서 node1, node2, node3 의 30001 포트로 my-app에 접근해 보세요. node3에는 my-app 파드가 없는데도 응답이 옵니다.',
        '캔버스에서 노드를 클릭하거나 터미널에서 `curl -s node1:30001` 을 실행하세요(워크스테이션이 클라이언트입니다).',
      ),
      hints: [
        'Apply 버튼이나 `kubectl apply -f nodeport-service.yaml` 로 적용합니다.',
        '`kubectl get svc nodeport-service` 에 `80:30001/TCP` 가 보입니다.',
        '`curl -s node1:30001`, `curl -s node2:30001`, `curl -s node3:30001`.',
      ],
    },
    'second-hop': {
      title: 'second hop',
      text: md(
        '클라이언트에서 node3의 노드 포트로 요청을 보내고 트레이스를 재생해 보세요. node3의 kube-proxy 규칙이 node1이나 node2의 파드를 고르고, 출발지를 MASQUERADE 한 다음, 노드 네트워크로 패킷을 넘깁니다.',
        '이 추가 홉은 한 방향에 얼마나 걸릴까요? 트레이스에서 읽고 답하세요.',
      ),
      hints: [
        '`kubectl get pods -o wide` 를 보면 node3에는 my-app 파드가 없습니다.',
        '트레이스에서 패킷을 다른 노드로 옮기는 홉에는 노드를 건넌다는 표시와 지연 시간이 있습니다.',
        '시뮬레이션된 노드 네트워크는 한 방향에 0.4 ms 를 더합니다.',
      ],
    },
    'local-policy': {
      title: 'externalTrafficPolicy: Local',
      text: md(
        '서비스에 `externalTrafficPolicy: Local` 을 넣고 적용하세요. 이제 node1로 보낸 요청은 node1의 파드에 클라이언트의 실제 주소(203.0.113.10)를 그대로 가지고 도착합니다. 반면 node3으로 보낸 요청은 시간 초과가 납니다. node3에는 my-app 파드가 없어서 요청을 버리기 때문입니다.',
        'node1과 node3에 요청을 하나씩 보내서 둘 다 확인하세요.',
      ),
      hints: [
        '`spec:` 아래 `type: NodePort` 옆에 `externalTrafficPolicy: Local` 을 넣으세요.',
        'whoami는 `RemoteAddr` 에 파드가 본 주소를 찍어 줍니다.',
        '`curl -s node1:30001` 다음에 `curl -s --max-time 3 node3:30001`.',
      ],
      real: '클라우드 로드밸런서는 노드마다 헬스 체크를 해서 이런 드롭을 피합니다(다음 레슨). 로드밸런서가 없다면 파드가 있는 노드로만 클라이언트를 보내야 합니다.',
    },
    'port-range': {
      title: '노드 포트 직접 고르기',
      text: md(
        '서비스의 노드 포트를 직접 고른 포트로 옮기세요. 먼저 `nodePort: 40000` 으로 적용해 보면 API 서버가 거부합니다:',
        '```\nThe Service "nodeport-service" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767\n```',
        '그다음 30000–32767 안에서(30001 말고) 포트를 골라 적용하고, 그 포트로 my-app에 접근하세요.',
      ),
      hints: [
        '범위는 API 서버의 `--service-node-port-range` 로 정합니다(기본값 30000-32767).',
        '자동 할당은 나머지 범위에 여유가 있는 한 30000–30085 를 피하므로, 그 안에서 직접 고른 포트는 다른 서비스가 가져갈 일이 거의 없습니다.',
        '예를 들어 `nodePort: 30080` 으로 적용하고 `curl -s node1:30080`.',
      ],
    },
  },
  quiz: {
    'node3-dnat': 'node3의 kube-proxy 규칙이 파드를 골랐습니다. 이제 목적지는?',
    'node3-snat': 'node3이 패킷을 MASQUERADE 합니다. 파드가 보게 될 출발지 IP는?',
    'local-source':
      'externalTrafficPolicy: Local 에서 패킷이 파드에 도착했습니다. 파드가 보는 출발지 IP는?',
  },
  questions: {
    'second-hop-ms': {
      prompt: 'second hop(node3 → 파드가 있는 노드)은 한 방향에 몇 ms 걸리나요?',
    },
  },
};
