import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const ko: LessonText = {
  title: 'ClusterIP',
  summary:
    '기본 서비스 타입. 가상 IP 하나와 DNS 이름을 받고, 클러스터 안에서만 접근할 수 있습니다.',
  explanation: md(
    'ClusterIP 서비스는 클러스터의 **서비스 대역**(kubeadm 클러스터라면 `10.96.0.0/12`, 즉 10.96.0.1–10.111.255.254)에서 가상 IP를 하나 받고, `이름.네임스페이스.svc.cluster.local` 형태의 DNS 이름도 받습니다. 이 IP를 가진 머신은 없습니다. 모든 노드의 kube-proxy가 iptables 규칙을 만들어서, 이 IP로 가는 패킷을 서비스의 파드 중 하나로 가도록 목적지를 바꿉니다(DNAT).',
    '`spec.clusterIP` 로 주소를 직접 지정할 수도 있지만 서비스 대역 안이어야 합니다. 글의 `10.10.10.10` 은 서비스 대역에 그 주소가 들어 있는 클러스터에서만 쓸 수 있습니다. 자동 할당은 나머지 대역에 여유가 있는 한 대역의 앞부분(여기서는 10.96.0.1–10.96.1.0)을 피하므로, 그 안에서 직접 고른 주소는 자동 할당된 주소와 겹칠 일이 거의 없습니다.',
    '이 주소는 노드의 iptables 규칙 안에만 있기 때문에 클러스터 밖에서는 접근할 수 없습니다.',
  ),
  tasks: {
    'service-cidr': {
      title: '서비스 대역 안에서 클러스터 IP 고르기',
      text: md(
        '글에 나온 `clusterip-service.yaml` 을 그대로 적용해 보세요. API 서버가 거부합니다:',
        '```\nThe Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range\n```',
        '10.96.0.0/12 안에서 주소를 직접 골라 `clusterIP` 에 넣고 다시 적용하세요.',
      ),
      hints: [
        '`kubectl get svc kubernetes` 를 보면 10.96.0.1 입니다. 서비스 대역의 첫 주소입니다.',
        '10.96.0.0/12 는 10.96.0.0–10.111.255.255 입니다. 10.96.0.1 과 10.96.0.10 은 `kubernetes`, `kube-dns` 가 이미 쓰고 있으니 피하세요.',
        '예를 들어 `clusterIP: 10.96.0.100` 으로 바꾸고 다시 적용하세요.',
      ],
      real: 'v1.33부터는 서비스 대역이 ServiceCIDR 오브젝트로 보입니다(`kubectl get servicecidr`). kubeadm에서는 `--service-cidr` 로 대역을 정합니다.',
    },
    'by-name-and-ip': {
      title: '이름과 IP로 my-app 접근하기',
      text: md(
        'netshoot에서 서비스 이름으로 한 번, 클러스터 IP로 한 번 요청을 보내세요. 둘 다 my-app 파드의 8080 포트에 도착합니다(서비스가 80 포트를 targetPort 8080으로 연결).',
        '터미널(`kubectl exec netshoot -- curl -s clusterip-service`)을 쓰거나 캔버스에서 netshoot을 클릭하면 됩니다. 그다음 트레이스를 홉 단위로 재생해 보세요. DNS가 이름을 클러스터 IP로 바꾸고, node3의 kube-proxy 규칙이 클러스터 IP를 파드 주소로 바꿉니다.',
      ),
      hints: [
        '이름으로: `kubectl exec netshoot -- curl -s clusterip-service`.',
        '`kubectl exec netshoot -- nslookup clusterip-service` 로 이름이 클러스터 IP로 풀리는 걸 볼 수 있습니다.',
        'IP로: `kubectl get svc` 에서 본 주소로 `kubectl exec netshoot -- curl -s <CLUSTER-IP>`.',
      ],
    },
    'not-from-outside': {
      title: '클러스터 밖에서는 ClusterIP에 닿지 않는다',
      text: md(
        '이번에는 클러스터 밖에 있는 클라이언트(내 워크스테이션)에서 클러스터 IP로 요청을 보내세요. 터미널에서 `curl --max-time 5 <CLUSTER-IP>` 를 실행하거나 캔버스에서 클라이언트를 클릭하면 됩니다. 시간 초과가 납니다.',
        '그리고 질문에 답하세요. 왜 그럴까요?',
      ),
      hints: [
        '터미널은 워크스테이션에서 돌아갑니다. 거기서 그냥 `curl` 을 실행하면 클라이언트에서 보내는 요청입니다.',
        '트레이스가 어디서 끝나는지 보세요. 패킷이 노드까지 가지도 못합니다.',
        '클러스터 IP를 아는 규칙은 어느 머신에 있을까요?',
      ],
      real: '디버깅할 때 노트북에서 ClusterIP 서비스에 접근하려면 `kubectl port-forward` 로 API 서버를 거쳐 터널을 뚫거나, 서비스 타입을 NodePort나 LoadBalancer로 바꿉니다(다음 레슨).',
    },
  },
  quiz: {
    'after-dns': 'netshoot이 DNS에 clusterip-service를 물어봤습니다. 이제 패킷의 목적지는?',
    'after-dnat': 'node3의 kube-proxy 규칙이 방금 동작했습니다. 이제 목적지는?',
    'reply-from': '응답이 netshoot으로 돌아옵니다. 출발지 주소는?',
  },
  questions: {
    'why-timeout': {
      prompt: '클라이언트에서 클러스터 IP로 보낸 요청은 왜 시간 초과가 날까요?',
      choices: {
        firewall: 'kube-proxy가 클러스터 밖 클라이언트를 막는다',
        'only-inside':
          '클러스터 IP는 클러스터 노드의 iptables 규칙 안에만 있는 주소라서, 밖에서는 그 주소로 갈 길이 없다',
        'no-endpoints': '서비스에 엔드포인트가 없다',
      },
      why: {
        firewall:
          'kube-proxy가 출발지를 보고 막는 게 아닙니다. 밖에서 보낸 패킷은 아예 노드까지 가지 못합니다.',
        'only-inside':
          '그 주소를 가진 머신은 없고, 노드의 iptables 규칙만 그 주소를 압니다. 클라이언트 쪽 네트워크에는 서비스 대역으로 가는 경로가 없습니다.',
        'no-endpoints':
          '엔드포인트는 2개 있습니다. netshoot에서 보낸 요청은 응답을 받았습니다. 엔드포인트가 없으면 시간 초과가 아니라 바로 연결 거부가 납니다.',
      },
    },
  },
};
