/**
 * 목표 체크의 한국어 문장. 키는 en.ts와 같다(CheckMessages 타입이 확인). 코드·이름·주소 같은
 * 영문 토큰 뒤에는 띄어서 조사를 붙이거나(`셀렉터 app=my-ap 에`), 한국어 명사를 뒤에 두어
 * (`web 서비스는`) 받침에 따라 조사가 어색해지지 않게 쓴다.
 */
import type { CheckMessages } from './en.ts';

export const ko: CheckMessages = {
  fromClient: () => '클라이언트',
  fromPod: (p) => `${p.pod} 파드`,
  fromNode: (p) => `${p.node} 노드`,
  fromAnyPod: () => '파드',
  fromAnyNode: () => '노드',
  toName: () => '서비스 이름',
  toFqdn: () => '서비스 전체 DNS 이름',
  toClusterIP: () => '서비스 클러스터 IP',
  toNodePort: (p) => `${p.node} 노드 포트`,
  toAnyNodePort: () => '노드 포트',
  toLoadBalancer: () => '서비스 EXTERNAL-IP',
  toHealthCheck: (p) => `${p.node} 헬스 체크 노드 포트`,
  request: (p) => `${p.from} → ${p.to}`,
  arrow: (p) => `${p.from} → ${p.to}`,

  noServices: () => '아직 서비스가 없습니다. `kubectl get svc` 에는 `kubernetes` 만 보입니다.',
  noServiceNamed: (p) => `이름이 ${p.name} 인 서비스가 없습니다.`,
  wrongType: (p) =>
    `${p.svc} 서비스의 타입이 ${p.actual} 입니다. 여기서는 ${p.wanted} 타입이어야 합니다.`,
  noSelector: (p) => `${p.svc} 서비스에 셀렉터가 없어서 쿠버네티스가 엔드포인트를 만들지 않습니다.`,
  selectorMatchesNothing: (p) =>
    `${p.svc} 서비스: 셀렉터 ${p.selector} 에 맞는 파드가 0개입니다. 파드 레이블은 ${p.labels} 입니다.`,
  selectorNoPods: (p) =>
    `${p.svc} 서비스: 셀렉터 ${p.selector} 에 맞는 파드가 0개입니다. ${p.namespace} 네임스페이스에 파드가 하나도 없습니다.`,
  selectorMatchesOther: (p) =>
    `${p.svc} 서비스: 셀렉터 ${p.selector} 에 맞는 파드는 ${p.count}개지만 ${p.wanted} 레이블 파드는 아닙니다.`,
  notHeadless: (p) =>
    `${p.svc} 서비스는 클러스터 IP(${p.ip})를 받았습니다. 헤드리스 서비스는 clusterIP: None 으로 만듭니다.`,
  wrongExternalName: (p) =>
    `${p.svc} 서비스가 가리키는 곳은 ${p.actual} 입니다. 여기서는 externalName: ${p.wanted} 이어야 합니다.`,
  noNodePort: (p) => `${p.svc} 서비스는 ${p.type} 타입이라 노드에 포트가 열리지 않습니다.`,
  lbPending: (p) =>
    `${p.svc} 서비스에 아직 로드밸런서 주소가 없습니다. EXTERNAL-IP 가 <pending> 입니다.`,
  noHealthCheckPort: (p) =>
    `${p.svc} 서비스에는 헬스 체크 노드 포트가 없습니다. externalTrafficPolicy: Local 인 LoadBalancer 타입에만 생깁니다.`,
  noClusterIP: (p) => `${p.svc} 서비스에는 클러스터 IP가 없습니다(clusterIP: None).`,
  noSuchPort: (p) => `${p.svc} 서비스에 ${p.port} 포트가 없습니다.`,

  serviceTitle: (p) =>
    `${p.selects ? `${p.selects} 파드를 고르는 ` : ''}${p.type ? `${p.type} ` : ''}서비스가 있다${p.extras ? ` (${p.extras})` : ''}`,
  extraName: (p) => `이름: ${p.name}`,
  extraPolicy: (p) => `externalTrafficPolicy: ${p.policy}`,
  extraHeadless: () => 'clusterIP: None',
  extraExternalName: (p) => `externalName: ${p.name}`,
  extraClusterIPChosen: (p) => `${p.cidr} 안에서 직접 고른 클러스터 IP`,
  extraNodePortChosen: () => '직접 고른 노드 포트',
  extraNodePortNot: (p) => `노드 포트 ${p.port} 말고 다른 포트`,
  extraPort: (p) => `port ${p.port} → targetPort ${p.targetPort}`,
  extraPending: () => 'EXTERNAL-IP <pending>',
  extraAssigned: () => '주소 풀에서 받은 EXTERNAL-IP',
  extraHealthCheck: () => '헬스 체크 노드 포트',
  serviceFound: (p) => `${p.svc} 서비스: ${p.summary}.`,
  clusterIPOutside: (p) =>
    `${p.svc} 서비스의 클러스터 IP(${p.ip})가 서비스 대역 ${p.cidr}(${p.first}–${p.last}) 밖에 있습니다.`,
  clusterIPNotChosen: (p) =>
    `${p.svc} 서비스의 클러스터 IP(${p.ip})는 자동으로 할당된 것입니다. spec.clusterIP 에 ${p.cidr} 안의 주소를 직접 지정하세요.`,
  wrongPolicy: (p) =>
    `${p.svc} 서비스의 externalTrafficPolicy 가 ${p.actual} 입니다. 여기서는 ${p.wanted} 이어야 합니다.`,
  nodePortNotChosen: (p) =>
    `${p.svc} 서비스의 노드 포트(${p.port})는 자동으로 할당된 것입니다. nodePort 로 직접 고르세요.`,
  nodePortStill: (p) =>
    `${p.svc} 서비스는 아직 노드 포트로 ${p.port}번을 씁니다. ${p.min}–${p.max} 사이에서 다른 포트를 고르세요.`,
  missingPort: (p) =>
    `${p.svc} 서비스에 port ${p.port} → targetPort ${p.targetPort} 설정이 없습니다. 지금 포트: ${p.have}.`,
  lbAssigned: (p) =>
    `${p.svc} 서비스가 이미 EXTERNAL-IP(${p.ip})를 받았습니다. 이 클러스터에서는 <pending> 으로 남아야 합니다.`,
  lbNotInPool: (p) =>
    `${p.svc} 서비스의 EXTERNAL-IP(${p.ip})가 주소 풀 ${p.pool} 에서 나온 주소가 아닙니다.`,

  traceError: (p) => `${p.from}: 그런 파드나 노드가 없어서 요청을 보내지 못했습니다.`,
  answered: (p) => `${p.req}: ${p.node} 노드의 ${p.pod} 파드가 응답했습니다.`,
  answeredBy: (p) => `${p.req}: ${p.server} 서버가 응답했습니다.`,
  answeredByStatus: (p) => `${p.req}: ${p.server} 서버가 응답했습니다(HTTP ${p.status}).`,
  nxdomainOutside: (p) =>
    `${p.req}: 클러스터 밖에서는 ${p.name} 이름을 찾을 수 없습니다. 서비스 이름은 클러스터 DNS(CoreDNS)에만 있고, 클라이언트는 그 DNS를 쓰지 않습니다.`,
  nxdomain: (p) => `${p.req}: ${p.name} 이름을 찾을 수 없습니다(NXDOMAIN).`,
  noEndpoints: (p) =>
    `${p.req}: 연결이 거부되었습니다. 서비스에 준비된 엔드포인트가 없어서 kube-proxy가 연결을 REJECT 합니다. ${p.reason}`,
  portClosed: (p) =>
    `${p.req}: ${p.pod} 파드가 연결을 거부했습니다. ${p.port} 포트를 여는 컨테이너가 없습니다. 이 파드가 여는 포트: ${p.ports}.`,
  portClosedService: (p) =>
    `${p.req}: ${p.svc} 서비스가 targetPort(${p.port})로 보내지만 ${p.pod} 파드에는 그 포트를 여는 컨테이너가 없습니다. 이 파드가 여는 포트: ${p.ports}.`,
  refusedAt: (p) => `${p.req}: ${p.where}에서 연결이 거부되었습니다.`,
  dropClusterIP: (p) =>
    `${p.req}: 시간 초과. 클러스터 IP(${p.ip}, 서비스 대역 ${p.cidr})는 클러스터 노드의 iptables 규칙 안에만 있는 주소라서, 클러스터 밖에서는 이 주소로 가는 길이 없습니다.`,
  dropLocal: (p) =>
    `${p.req}: 시간 초과. ${p.node} 노드에는 ${p.svc} 서비스의 파드가 없고, externalTrafficPolicy: Local 이라 다른 노드로 넘기지 않고 패킷을 버립니다.`,
  dropNowhere: (p) => `${p.req}: 시간 초과. ${p.dst} 에서 응답하는 곳이 없습니다.`,
  dropAt: (p) => `${p.req}: 시간 초과. ${p.where}에서 패킷이 버려졌습니다.`,
  timedOut: (p) => `${p.req}: 시간 초과.`,
  wrongPod: (p) => `${p.req}: ${p.wanted} 파드가 아니라 ${p.pod} 파드(${p.labels})가 응답했습니다.`,
  wrongServer: (p) => `${p.req}: 응답한 곳은 ${p.server} 입니다(기대한 곳: ${p.wanted}).`,
  wrongStatus: (p) => `${p.req}: 응답이 HTTP ${p.status} 입니다(기대한 응답: ${p.wanted}).`,
  sameStatus: (p) => `${p.req}: 응답이 여전히 HTTP ${p.status} 입니다.`,
  stillDelivered: (p) => `${p.req}: 아직 ${p.node} 노드의 ${p.pod} 파드까지 도착합니다.`,
  notTimeout: (p) => `시간 초과가 나야 하는데 결과는 이렇습니다. ${p.explain}`,
  notRefused: (p) => `연결이 거부되어야 하는데 결과는 이렇습니다. ${p.explain}`,
  dropElsewhere: (p) => `${p.node} 노드에서 버려져야 하는데 결과는 이렇습니다. ${p.explain}`,

  reachesTitle: (p) => `${p.req} 요청이 ${p.labels} 파드에 도착한다`,
  reachesServerTitle: (p) => `${p.req} 요청이 ${p.server} 서버에 도착한다`,
  reachesAnyTitle: (p) => `${p.req} 요청이 응답을 받는다`,
  timeoutTitle: (p) => `${p.req} 요청이 시간 초과된다`,
  refusedTitle: (p) => `${p.req} 요청이 거부된다`,
  dropTitle: (p) => `${p.node} 노드가 ${p.req} 요청을 버린다(클라이언트는 시간 초과)`,
  clientAddressTitle: (p) => `${p.req} 요청에서 파드가 클라이언트의 실제 주소를 본다`,
  seesClient: (p) => `${p.pod} 파드가 본 주소는 ${p.addr}, 클라이언트의 실제 주소입니다.`,
  seesNode: (p) =>
    `${p.pod} 파드가 본 주소는 ${p.seen}(${p.node} 노드 주소)이고, 클라이언트 주소(${p.client})가 아닙니다. externalTrafficPolicy: Cluster 에서는 응답이 같은 노드로 돌아오도록 노드가 출발지 주소를 SNAT(MASQUERADE) 합니다.`,
  seesBridge: (p) =>
    `${p.pod} 파드가 본 주소는 ${p.seen}(${p.node} 노드의 cni0 브리지 주소)이고, 클라이언트 주소(${p.client})가 아닙니다. externalTrafficPolicy: Cluster 에서는 응답이 같은 노드로 돌아오도록 노드가 출발지 주소를 SNAT(MASQUERADE) 합니다.`,
  seesOther: (p) =>
    `${p.pod} 파드가 본 주소는 ${p.seen} 이고, 클라이언트 주소(${p.client})가 아닙니다.`,

  sentTitle: (p) => `${p.req} 요청을 직접 보냈다${p.what}`,
  whatDelivered: () => ' (응답 받음)',
  whatTimeout: () => ' (시간 초과)',
  whatRefused: () => ' (연결 거부)',
  whatNxdomain: () => ' (이름 조회 실패)',
  whatCrossNode: () => ' (다른 노드로 넘어가는 second hop 포함)',
  whatStatus: (p) => ` (HTTP ${p.status} 응답)`,
  whatNotStatus: (p) => ` (HTTP ${p.status} 이외의 응답)`,
  whatDirect: () => ' (DNAT 없이 파드로 바로)',
  whatServer: (p) => ` (${p.server} 응답)`,
  whatPod: (p) => ` (${p.labels} 파드 응답)`,
  noTraces: () =>
    '아직 보낸 요청이 없습니다. 캔버스에서 노드를 클릭하거나 터미널에서 curl 을 실행하세요.',
  noTraceTo: (p) => `보낸 요청 ${p.count}개 가운데 ${p.req} 요청이 없습니다.`,
  lastTrace: (p) => `그쪽으로 보낸 마지막 요청: ${p.explain}`,
  noSecondHop: (p) =>
    `${p.req}: ${p.node} 노드의 ${p.pod} 파드가 바로 응답해서 second hop 이 없습니다. 다시 보내 보세요. kube-proxy 는 파드를 무작위로 고릅니다.`,
  secondHop: (p) =>
    `${p.req}: ${p.from} 노드가 ${p.to} 노드로 넘겼습니다. 이것이 second hop 이고, 한 방향에 ${p.ms} ms 가 더 걸립니다.`,
  viaDnat: (p) =>
    `${p.req}: kube-proxy가 목적지를 바꿨습니다(${p.chain} 의 DNAT). 파드로 바로 간 게 아니라 클러스터 IP를 거쳤습니다.`,

  dnsCnameTitle: (p) => `${p.from}에서 ${p.name} 조회 결과가 CNAME ${p.cname} 이다`,
  dnsReadyTitle: (p) => `${p.from}에서 ${p.name} 조회 결과가 Ready 파드마다 A 레코드 하나다`,
  dnsCountTitle: (p) => `${p.from}에서 ${p.name} 조회 결과가 ${p.type} 레코드 ${p.count}개다`,
  headlessName: () => '헤드리스 서비스 이름',
  externalNameName: () => 'ExternalName 서비스 이름',
  dnsAnswer: (p) => `${p.name} → ${p.records}`,
  dnsRcode: (p) => `${p.name}: DNS 응답이 ${p.rcode} 입니다.`,
  dnsNoCname: (p) => `${p.name}: 응답에 CNAME ${p.cname} 레코드가 없습니다. 받은 응답: ${p.got}.`,
  dnsWrongA: (p) => `${p.name}: A 레코드는 ${p.got} 인데 Ready 파드는 ${p.want} 입니다.`,
  dnsWrongCount: (p) => `${p.name}: ${p.type} 레코드가 ${p.got}개입니다. ${p.want}개여야 합니다.`,
  none: () => '없음',

  replacedTitle: (p) =>
    `${p.selector} 파드 하나가 지워지고, 새 IP를 받은 새 파드가 그 자리를 채웠다`,
  replaced: (p) =>
    `${p.gone}(${p.goneIP}) 파드는 사라지고, 새 파드 ${p.added}(${p.addedIP})가 그 자리를 채웠습니다.`,
  noneGone: (p) =>
    `이 과제를 시작할 때의 ${p.selector} 파드가 모두 그대로입니다(${p.pods}). 하나를 지워 보세요.`,
  noReplacement: (p) =>
    `${p.gone} 파드는 사라졌지만 그 자리를 채운 새 ${p.selector} 파드가 없습니다.`,
  notReadyTitle: (p) =>
    `${p.selector} 파드 가운데 하나 이상은 Ready 가 아니고, 하나 이상은 Ready 다`,
  allReadyTitle: (p) => `${p.selector} 파드가 모두 Ready 다`,
  readyCount: (p) => `${p.selector} 파드 ${p.total}개 중 ${p.ready}개가 Ready 입니다.`,
  notReadyList: (p) => `Ready 가 아닌 파드: ${p.pods}.`,
  noPodsWith: (p) => `${p.selector} 파드가 없습니다.`,
  endpointsTitle: (p) => `서비스의 준비된 엔드포인트가 ${p.count}개다`,
  endpointsAre: (p) => `${p.svc} 서비스의 준비된 엔드포인트 ${p.count}개: ${p.list}.`,
  notReady: (p) =>
    `${p.svc} 서비스: 셀렉터 ${p.selector} 에 맞는 파드가 ${p.count}개 있지만 Ready 인 파드가 없습니다(${p.pods}). Ready 가 아닌 파드로는 트래픽이 가지 않습니다.`,
  namedPortMissing: (p) =>
    `${p.svc} 서비스: targetPort 이름 ${p.name} 에 해당하는 컨테이너 포트가 선택된 파드에 없습니다. 파드의 포트: ${p.ports}.`,
  noReadyEndpoints: (p) => `${p.svc} 서비스에 준비된 엔드포인트가 없습니다.`,
  externalNameNoProxy: (p) =>
    `${p.svc} 서비스는 ${p.name} 에 대한 ExternalName 입니다. DNS 응답만 있고 프록시는 없습니다.`,

  unanswered: () => '아직 답하지 않았습니다.',
  correct: () => '정답입니다.',
  wrongValue: (p) => `틀렸습니다(입력: ${p.given}). 트레이스에서 그 홉을 다시 보세요.`,
  missedCount: (p) => `고르지 않은 정답이 ${p.count}개 더 있습니다.`,
  wrongChoice: (p) => `틀린 답: “${p.choice}” — ${p.why}`,
};
