import type { ExplainId } from '../sim/core.ts';

/**
 * Korean versions of the simulator's hop explanations (`EXPLAIN_EN` in src/sim/traffic/explain.ts),
 * same `{placeholders}`. Typed as a full record: a new explanation in the simulator does not compile
 * until it is translated here. Kubernetes terms stay as Korean engineers write them.
 */
export const HOPS_KO: Readonly<Record<ExplainId, string>> = {
  dnsResolved: '{host} 이(가) {addresses} 로 해석됩니다{via}. 응답한 DNS 서버: {server}{tried}',
  dnsViaCname: ' (CNAME {cname} 경유 — ExternalName 서비스는 DNS만 바꿀 뿐 프록시하지 않습니다)',
  dnsTried: ' (search 목록 순서대로 시도: {names})',
  dnsNxdomain: '{host} 은(는) 해석되지 않습니다 ({server} 의 응답: NXDOMAIN){tried}',
  dnsTimeout: '{host} 의 DNS 조회가 시간 초과되었습니다: 응답하는 DNS 서버가 없습니다',
  podSends:
    '파드 {pod} 가 {src} 에서 보냅니다. 패킷은 veth를 통해 파드를 나와 {node} 의 네트워크 스택으로 들어갑니다',
  clientSends: '클라이언트가 네트워크를 통해 {node} ({ip}) 로 보냅니다',
  clientNoRouteClusterIP:
    '{ip} 는 ClusterIP입니다. 노드의 iptables 규칙 안에만 존재하고 클러스터 밖에는 이 주소로 가는 경로가 없습니다. 패킷은 사라지고 클라이언트는 타임아웃됩니다',
  clientNoRoutePod:
    '{ip} 는 파드 주소입니다. 파드 네트워크는 클러스터 밖으로 라우팅되지 않습니다. 패킷은 사라지고 클라이언트는 타임아웃됩니다',
  clientNoRoute: '{ip} 에서 응답하는 것이 없습니다. 패킷은 사라지고 클라이언트는 타임아웃됩니다',
  metallbArrives:
    'MetalLB (L2 모드): {node} 가 {ip} 에 대한 ARP에 응답하므로, 패킷은 목적지가 로드밸런서 IP인 채로 {node} 에 도착합니다',
  metallbNobody:
    '{ip} 를 광고하는 노드가 없습니다 (MetalLB L2에는 speaker 노드가 필요합니다): ARP에 응답하는 노드가 없습니다',
  metallbNobodyLocal:
    '{ip} 를 광고하는 노드가 없습니다 (MetalLB L2에는 로컬 엔드포인트가 있는 speaker 노드가 필요합니다): ARP에 응답하는 노드가 없습니다',
  cloudForwards:
    '클라우드 로드밸런서가 {node} 의 노드포트 {nodePort} 로 전달합니다 (어느 노드든 가능)',
  cloudForwardsLocal:
    '클라우드 로드밸런서가 {node} 의 노드포트 {nodePort} 로 전달합니다 (헬스 체크 노드포트 {hcPort} 가 200을 돌려주는 노드만)',
  cloudNoListener: '로드밸런서에 {dst} 리스너가 없습니다',
  cloudNoNodePort: '전달할 노드포트가 없습니다 (allocateLoadBalancerNodePorts: false)',
  cloudNoHealthy: '모든 노드가 헬스 체크에 실패했습니다: 보낼 백엔드가 없습니다',
  entryNodePort: '노드포트 {port}',
  entryLoadBalancer: '로드밸런서 IP {ip}',
  entryExternalIP: '외부 IP {ip}',
  extCluster:
    '{service} 의 {entry} (externalTrafficPolicy: Cluster): 마스커레이드 대상으로 표시되고, 어느 노드의 어느 엔드포인트든 응답할 수 있습니다',
  extPodTraffic:
    '{entry}: 출발지가 파드이므로 externalTrafficPolicy: Local 이어도 모든 엔드포인트로 갈 수 있습니다 (파드 트래픽 규칙)',
  extNodeTraffic:
    '{entry}: 노드 자신이 보낸 트래픽은 마스커레이드되고 모든 엔드포인트로 갈 수 있습니다',
  extLocal:
    '{entry} (externalTrafficPolicy: Local): {node} 에 있는 엔드포인트만 쓰고 마스커레이드하지 않습니다 — 파드는 클라이언트의 실제 주소를 봅니다',
  extLocalDrop:
    'externalTrafficPolicy: Local 인데 {node} 에 {service} 의 로컬 엔드포인트가 없습니다: 패킷은 조용히 버려집니다 (클라이언트는 타임아웃)',
  extNoEndpoints: '{service} 에 엔드포인트가 없습니다: {entry} 요청은 거부되어 연결이 거절됩니다',
  sourceRangeDrop: '{src} 는 loadBalancerSourceRanges ({ranges}) 에 없습니다: 버려집니다',
  clusterIPNoEndpoints:
    '{service} 에 엔드포인트가 없습니다: kube-proxy가 REJECT 규칙을 넣어 두었으므로 연결은 즉시 거절됩니다',
  internalLocalDrop:
    'internalTrafficPolicy: Local 인데 {node} 에 {service} 의 준비된 엔드포인트가 없습니다: 패킷이 버려집니다',
  dnatRandom:
    '{service}{masq}: 엔드포인트 {count}개 중 하나를 무작위로 골라 {endpoint}{where} 로 DNAT합니다{hairpin}',
  dnatOnly: '{service}{masq}: 엔드포인트가 하나뿐입니다. {endpoint}{where} 로 DNAT합니다{hairpin}',
  dnatSticky:
    '{service}{masq}: 세션 어피니티(ClientIP) 때문에 {client} 는 이전에 쓰던 엔드포인트로 갑니다. {endpoint}{where} 로 DNAT합니다{hairpin}',
  dnatClusterIPMasq:
    ' 클러스터 IP (출발지 {src} 가 파드 주소가 아니므로 KUBE-SVC가 마스커레이드 대상으로 표시합니다)',
  dnatClusterIP: ' 클러스터 IP',
  whereHere: ' (이 노드)',
  whereNode: ' ({node})',
  hairpin: ' — 파드가 서비스를 통해 자기 자신에게 접속하므로(헤어핀) 출발지가 마스커레이드됩니다',
  masquerade:
    'MASQUERADE: 출발지가 {egress} ({node} 의 {iface} 주소)로 바뀝니다. 그래서 응답은 반드시 {node} 를 거쳐 돌아오고, 파드는 원래 클라이언트 주소를 보지 못합니다',
  healthCheck:
    '{service} 의 헬스 체크 노드포트: kube-proxy가 {status} 로 응답합니다 ({node} 의 로컬 엔드포인트 {count}개)',
  forwardToPod:
    '선택된 파드가 {node} 에서 실행 중입니다: 노드 네트워크를 통해 {node} ({ip}) 로 라우팅됩니다',
  forwardToPodSecondHop:
    '선택된 파드가 {node} 에서 실행 중입니다: 노드 네트워크를 통해 {node} ({ip}) 로 라우팅됩니다 — 이 추가 구간이 NodePort의 "second hop"입니다',
  forwardToHost:
    '{target} 는 {node} 에 있습니다: 노드 네트워크를 통해 {node} ({ip}) 로 라우팅됩니다',
  forwardToNode: '{ip} 는 {node} 의 주소입니다: 노드 네트워크로 보냅니다',
  noRoute: '{ip} 로 가는 경로가 없습니다: 이 클러스터의 파드도 노드도 아닙니다',
  podGone: '이제 {ip} 주소를 가진 파드가 없습니다: 응답하는 것이 없습니다',
  serviceRangeNoRule:
    '{ip} 는 서비스 대역에 있지만 그 주소와 포트를 가진 서비스가 없습니다: 맞는 규칙도, 이 주소의 주인도 없습니다',
  podRefused:
    '파드 {pod} 에서 {protocol} {port} 포트를 리슨하는 것이 없습니다: 파드가 TCP RST로 응답합니다 (connection refused)',
  podDelivered:
    'cni0을 거쳐 파드 {pod} (컨테이너 {container}) 에 전달됩니다. 파드는 클라이언트를 {src} 로 봅니다',
  podDeliveredNotReady:
    'cni0을 거쳐 파드 {pod} (컨테이너 {container}) 에 전달됩니다. 파드는 클라이언트를 {src} 로 봅니다 (파드가 Ready가 아니지만 직접 연결은 여전히 닿습니다)',
  hostRefused: '{node} 에서 {protocol} {port} 포트를 리슨하는 것이 없습니다: 연결이 거절됩니다',
  hostDelivered: '{node} 의 호스트 네트워크에 있는 {process} 에 전달됩니다',
  cniMasquerade: '파드 네트워크를 벗어나므로 flannel이 파드 주소를 {ip} 로 마스커레이드합니다',
  toInternet: '인터넷으로 나가 {name} ({ip}) 로 향합니다',
  toInternetIP: '인터넷으로 나가 {ip} 로 향합니다',
  internetNoHost: '시뮬레이션된 인터넷에서 {dst} 에 응답하는 호스트가 없습니다',
  internetDelivered: '{name} 의 웹 서버가 연결을 받습니다 (출발지를 {src} 로 봅니다)',
  replyNat:
    '응답은 같은 경로를 되짚어 갑니다. {nodes} 의 conntrack이 주소 변환을 되돌리므로, 요청한 쪽은 {dst} 가 응답한 것으로 봅니다',
  replyDirect: '응답은 곧바로 {dst} 로 돌아갑니다',
};
