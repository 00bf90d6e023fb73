/**
 * English texts of the goal checks. Every other language is a file with the same keys (typed by
 * `CheckMessages`). Parameters are already-rendered strings in the message's language.
 */
type P<K extends string> = Readonly<Record<K, string>>;

export const en = {
  // — who and where, for titles —
  fromClient: () => 'the client',
  fromPod: (p: P<'pod'>) => `pod ${p.pod}`,
  fromNode: (p: P<'node'>) => p.node,
  fromAnyPod: () => 'a pod',
  fromAnyNode: () => 'a node',
  toName: () => "the Service's name",
  toFqdn: () => "the Service's full DNS name",
  toClusterIP: () => "the Service's cluster IP",
  toNodePort: (p: P<'node'>) => `${p.node}'s node port`,
  toAnyNodePort: () => 'a node port',
  toLoadBalancer: () => "the Service's EXTERNAL-IP",
  toHealthCheck: (p: P<'node'>) => `${p.node}'s health-check node port`,
  request: (p: P<'from' | 'to'>) => `from ${p.from} to ${p.to}`,
  arrow: (p: P<'from' | 'to'>) => `${p.from.charAt(0).toUpperCase()}${p.from.slice(1)} → ${p.to}`,

  // — finding the Service —
  noServices: () => 'There is no Service yet: `kubectl get svc` lists only `kubernetes`.',
  noServiceNamed: (p: P<'name'>) => `There is no Service named ${p.name}.`,
  wrongType: (p: P<'svc' | 'actual' | 'wanted'>) =>
    `Service ${p.svc} is type ${p.actual}; this needs type ${p.wanted}.`,
  noSelector: (p: P<'svc'>) =>
    `Service ${p.svc} has no selector, so Kubernetes creates no endpoints for it.`,
  selectorMatchesNothing: (p: P<'svc' | 'selector' | 'labels'>) =>
    `Service ${p.svc}: selector ${p.selector} matches 0 pods; pods are labelled ${p.labels}.`,
  selectorNoPods: (p: P<'svc' | 'selector' | 'namespace'>) =>
    `Service ${p.svc}: selector ${p.selector} matches 0 pods; there are no pods in namespace ${p.namespace}.`,
  selectorMatchesOther: (p: P<'svc' | 'selector' | 'count' | 'wanted'>) =>
    `Service ${p.svc}: selector ${p.selector} matches ${p.count} pod(s), but not the pods labelled ${p.wanted}.`,
  notHeadless: (p: P<'svc' | 'ip'>) =>
    `Service ${p.svc} has cluster IP ${p.ip}; a headless Service sets clusterIP: None.`,
  wrongExternalName: (p: P<'svc' | 'actual' | 'wanted'>) =>
    `Service ${p.svc} points to ${p.actual}; this needs externalName: ${p.wanted}.`,
  noNodePort: (p: P<'svc' | 'type'>) =>
    `Service ${p.svc} is type ${p.type}, so no node opens a port for it.`,
  lbPending: (p: P<'svc'>) =>
    `Service ${p.svc} has no load-balancer address yet: EXTERNAL-IP is <pending>.`,
  noHealthCheckPort: (p: P<'svc'>) =>
    `Service ${p.svc} has no health-check node port: only type LoadBalancer with externalTrafficPolicy: Local gets one.`,
  noClusterIP: (p: P<'svc'>) => `Service ${p.svc} has no cluster IP (clusterIP: None).`,
  noSuchPort: (p: P<'svc' | 'port'>) => `Service ${p.svc} has no port ${p.port}.`,

  // — Service goals —
  serviceTitle: (p: P<'type' | 'selects' | 'extras'>) =>
    `A ${p.type ? `${p.type} ` : ''}Service ${p.selects ? `selects the ${p.selects} pods` : 'exists'}${p.extras ? ` (${p.extras})` : ''}`,
  extraName: (p: P<'name'>) => `named ${p.name}`,
  extraPolicy: (p: P<'policy'>) => `externalTrafficPolicy: ${p.policy}`,
  extraHeadless: () => 'clusterIP: None',
  extraExternalName: (p: P<'name'>) => `externalName: ${p.name}`,
  extraClusterIPChosen: (p: P<'cidr'>) => `a cluster IP you chose inside ${p.cidr}`,
  extraNodePortChosen: () => 'a node port you chose',
  extraNodePortNot: (p: P<'port'>) => `node port other than ${p.port}`,
  extraPort: (p: P<'port' | 'targetPort'>) => `port ${p.port} → targetPort ${p.targetPort}`,
  extraPending: () => 'EXTERNAL-IP <pending>',
  extraAssigned: () => 'an EXTERNAL-IP from the address pool',
  extraHealthCheck: () => 'a health-check node port',
  serviceFound: (p: P<'svc' | 'summary'>) => `Service ${p.svc}: ${p.summary}.`,
  clusterIPOutside: (p: P<'svc' | 'ip' | 'cidr' | 'first' | 'last'>) =>
    `Service ${p.svc} has cluster IP ${p.ip}, outside the service range ${p.cidr} (${p.first}–${p.last}).`,
  clusterIPNotChosen: (p: P<'svc' | 'ip' | 'cidr'>) =>
    `Service ${p.svc} got ${p.ip} allocated automatically; set spec.clusterIP yourself to an address inside ${p.cidr}.`,
  wrongPolicy: (p: P<'svc' | 'actual' | 'wanted'>) =>
    `Service ${p.svc} has externalTrafficPolicy: ${p.actual}; this needs ${p.wanted}.`,
  nodePortNotChosen: (p: P<'svc' | 'port'>) =>
    `Service ${p.svc} got node port ${p.port} allocated automatically; choose one yourself with nodePort.`,
  nodePortStill: (p: P<'svc' | 'port' | 'min' | 'max'>) =>
    `Service ${p.svc} still uses node port ${p.port}; choose a different one between ${p.min} and ${p.max}.`,
  missingPort: (p: P<'svc' | 'port' | 'targetPort' | 'have'>) =>
    `Service ${p.svc} has no port ${p.port} → targetPort ${p.targetPort}; its ports are ${p.have}.`,
  lbAssigned: (p: P<'svc' | 'ip'>) =>
    `Service ${p.svc} already has EXTERNAL-IP ${p.ip}; on this cluster it should stay <pending>.`,
  lbNotInPool: (p: P<'svc' | 'ip' | 'pool'>) =>
    `Service ${p.svc} has EXTERNAL-IP ${p.ip}, which is not from the pool ${p.pool}.`,

  // — why a request ended as it did —
  traceError: (p: P<'from'>) => `${p.from}: no such pod or node, so nothing was sent.`,
  answered: (p: P<'req' | 'pod' | 'node'>) => `${p.req}: answered by pod ${p.pod} on ${p.node}.`,
  answeredBy: (p: P<'req' | 'server'>) => `${p.req}: answered by ${p.server}.`,
  answeredByStatus: (p: P<'req' | 'server' | 'status'>) =>
    `${p.req}: answered by ${p.server} (HTTP ${p.status}).`,
  nxdomainOutside: (p: P<'req' | 'name'>) =>
    `${p.req}: ${p.name} does not resolve outside the cluster — Service names live in the cluster DNS (CoreDNS), which the client does not use.`,
  nxdomain: (p: P<'req' | 'name'>) => `${p.req}: ${p.name} does not resolve (NXDOMAIN).`,
  noEndpoints: (p: P<'req' | 'reason'>) =>
    `${p.req}: connection refused — the Service has no ready endpoints, so kube-proxy rejects the connection. ${p.reason}`,
  portClosed: (p: P<'req' | 'pod' | 'port' | 'ports'>) =>
    `${p.req}: refused by pod ${p.pod}: nothing listens on port ${p.port}; it listens on ${p.ports}.`,
  portClosedService: (p: P<'req' | 'svc' | 'pod' | 'port' | 'ports'>) =>
    `${p.req}: Service ${p.svc} sends it to targetPort ${p.port}, but nothing in pod ${p.pod} listens there; it listens on ${p.ports}.`,
  refusedAt: (p: P<'req' | 'where'>) => `${p.req}: connection refused on ${p.where}.`,
  dropClusterIP: (p: P<'req' | 'ip' | 'cidr'>) =>
    `${p.req}: timed out. ${p.ip} is a cluster IP (service range ${p.cidr}): it exists only in the iptables rules of the cluster's nodes, so nothing outside the cluster routes to it.`,
  dropLocal: (p: P<'req' | 'node' | 'svc'>) =>
    `${p.req}: timed out — ${p.node} runs no pod of Service ${p.svc}, and with externalTrafficPolicy: Local it drops the packet instead of forwarding it to another node.`,
  dropNowhere: (p: P<'req' | 'dst'>) => `${p.req}: timed out — nothing answers at ${p.dst}.`,
  dropAt: (p: P<'req' | 'where'>) => `${p.req}: timed out — the packet was dropped on ${p.where}.`,
  timedOut: (p: P<'req'>) => `${p.req}: timed out.`,
  wrongPod: (p: P<'req' | 'pod' | 'labels' | 'wanted'>) =>
    `${p.req}: answered by pod ${p.pod} (${p.labels}), not by a pod labelled ${p.wanted}.`,
  wrongServer: (p: P<'req' | 'server' | 'wanted'>) =>
    `${p.req}: answered by ${p.server}, not by ${p.wanted}.`,
  wrongStatus: (p: P<'req' | 'status' | 'wanted'>) =>
    `${p.req}: the answer was HTTP ${p.status}, not ${p.wanted}.`,
  sameStatus: (p: P<'req' | 'status'>) => `${p.req}: the answer is still HTTP ${p.status}.`,
  stillDelivered: (p: P<'req' | 'pod' | 'node'>) =>
    `${p.req} still reaches pod ${p.pod} on ${p.node}.`,
  notTimeout: (p: P<'explain'>) => `It should time out, but: ${p.explain}`,
  notRefused: (p: P<'explain'>) => `It should be refused, but: ${p.explain}`,
  dropElsewhere: (p: P<'explain' | 'node'>) =>
    `It should be dropped on ${p.node}, but: ${p.explain}`,

  // — traffic goals —
  reachesTitle: (p: P<'req' | 'labels'>) => `A request ${p.req} reaches a pod labelled ${p.labels}`,
  reachesServerTitle: (p: P<'req' | 'server'>) => `A request ${p.req} reaches ${p.server}`,
  reachesAnyTitle: (p: P<'req'>) => `A request ${p.req} gets an answer`,
  timeoutTitle: (p: P<'req'>) => `A request ${p.req} times out`,
  refusedTitle: (p: P<'req'>) => `A request ${p.req} is refused`,
  dropTitle: (p: P<'req' | 'node'>) => `${p.node} drops a request ${p.req} (the client times out)`,
  clientAddressTitle: (p: P<'req'>) => `The pod sees the client's own address (a request ${p.req})`,
  seesClient: (p: P<'pod' | 'addr'>) => `Pod ${p.pod} saw ${p.addr}: the client's own address.`,
  seesNode: (p: P<'pod' | 'seen' | 'node' | 'client'>) =>
    `Pod ${p.pod} saw ${p.seen} (${p.node}'s address), not the client's ${p.client}: with externalTrafficPolicy: Cluster the node masquerades (SNATs) the source so that the reply comes back through it.`,
  seesBridge: (p: P<'pod' | 'seen' | 'node' | 'client'>) =>
    `Pod ${p.pod} saw ${p.seen} (${p.node}'s cni0 bridge address), not the client's ${p.client}: with externalTrafficPolicy: Cluster the node masquerades (SNATs) the source so that the reply comes back through it.`,
  seesOther: (p: P<'pod' | 'seen' | 'client'>) =>
    `Pod ${p.pod} saw ${p.seen}, not the client's ${p.client}.`,

  // — what the learner did —
  sentTitle: (p: P<'req' | 'what'>) => `You sent a request ${p.req}${p.what}`,
  whatDelivered: () => ', answered',
  whatTimeout: () => ', timed out',
  whatRefused: () => ', refused',
  whatNxdomain: () => ', the name not found',
  whatCrossNode: () => ', crossing to another node (the second hop)',
  whatStatus: (p: P<'status'>) => `, answered with HTTP ${p.status}`,
  whatNotStatus: (p: P<'status'>) => `, answered with something other than HTTP ${p.status}`,
  whatDirect: () => ', straight to a pod (no DNAT)',
  whatServer: (p: P<'server'>) => `, answered by ${p.server}`,
  whatPod: (p: P<'labels'>) => `, answered by a pod labelled ${p.labels}`,
  noTraces: () =>
    'You have not sent a request yet: click a node on the canvas, or run curl in the terminal.',
  noTraceTo: (p: P<'count' | 'req'>) => `None of your ${p.count} request(s) so far went ${p.req}.`,
  lastTrace: (p: P<'explain'>) => `Your last request there: ${p.explain}`,
  noSecondHop: (p: P<'req' | 'pod' | 'node'>) =>
    `${p.req}: answered by pod ${p.pod} on ${p.node} itself — no second hop. Send again: kube-proxy picks a pod at random.`,
  secondHop: (p: P<'req' | 'from' | 'to' | 'ms'>) =>
    `${p.req}: ${p.from} forwarded it to ${p.to} — the second hop, ${p.ms} ms each way.`,
  viaDnat: (p: P<'req' | 'chain'>) =>
    `${p.req}: kube-proxy rewrote the destination (DNAT in ${p.chain}), so it went through a cluster IP, not straight to a pod.`,

  // — DNS —
  dnsCnameTitle: (p: P<'name' | 'from' | 'cname'>) =>
    `Looked up from ${p.from}, ${p.name} is a CNAME for ${p.cname}`,
  dnsReadyTitle: (p: P<'name' | 'from'>) =>
    `Looked up from ${p.from}, ${p.name} answers one A record per Ready pod`,
  dnsCountTitle: (p: P<'name' | 'from' | 'count' | 'type'>) =>
    `Looked up from ${p.from}, ${p.name} answers ${p.count} ${p.type} record(s)`,
  headlessName: () => "the headless Service's name",
  externalNameName: () => "the ExternalName Service's name",
  dnsAnswer: (p: P<'name' | 'records'>) => `${p.name} → ${p.records}`,
  dnsRcode: (p: P<'name' | 'rcode'>) => `${p.name}: the DNS answer is ${p.rcode}.`,
  dnsNoCname: (p: P<'name' | 'cname' | 'got'>) =>
    `${p.name}: the answer is not a CNAME for ${p.cname}; it is ${p.got}.`,
  dnsWrongA: (p: P<'name' | 'got' | 'want'>) =>
    `${p.name}: the A records are ${p.got}, but the Ready pods are ${p.want}.`,
  dnsWrongCount: (p: P<'name' | 'got' | 'want' | 'type'>) =>
    `${p.name}: ${p.got} ${p.type} record(s), expected ${p.want}.`,
  none: () => 'none',

  // — pods and endpoints —
  replacedTitle: (p: P<'selector'>) =>
    `A ${p.selector} pod was deleted and a new pod with a new IP replaced it`,
  replaced: (p: P<'gone' | 'goneIP' | 'added' | 'addedIP'>) =>
    `${p.gone} (${p.goneIP}) is gone; ${p.added} replaced it with ${p.addedIP}.`,
  noneGone: (p: P<'selector' | 'pods'>) =>
    `All the ${p.selector} pods from the start of this task are still running (${p.pods}): delete one.`,
  noReplacement: (p: P<'selector' | 'gone'>) =>
    `${p.gone} is gone, but no new ${p.selector} pod replaced it.`,
  notReadyTitle: (p: P<'selector'>) =>
    `At least one ${p.selector} pod is not Ready, and at least one still is`,
  allReadyTitle: (p: P<'selector'>) => `Every ${p.selector} pod is Ready`,
  readyCount: (p: P<'selector' | 'ready' | 'total'>) =>
    `${p.ready} of ${p.total} ${p.selector} pods are Ready.`,
  notReadyList: (p: P<'pods'>) => `Not Ready: ${p.pods}.`,
  noPodsWith: (p: P<'selector'>) => `There is no ${p.selector} pod.`,
  endpointsTitle: (p: P<'count'>) => `The Service has ${p.count} ready endpoint(s)`,
  endpointsAre: (p: P<'svc' | 'count' | 'list'>) =>
    `Service ${p.svc} has ${p.count} ready endpoint(s): ${p.list}.`,
  notReady: (p: P<'svc' | 'selector' | 'count' | 'pods'>) =>
    `Service ${p.svc}: selector ${p.selector} matches ${p.count} pod(s), but none is Ready (${p.pods}); a pod that is not Ready gets no traffic.`,
  namedPortMissing: (p: P<'svc' | 'name' | 'ports'>) =>
    `Service ${p.svc}: targetPort ${p.name} names no container port in the pods it selects; their ports are ${p.ports}.`,
  noReadyEndpoints: (p: P<'svc'>) => `Service ${p.svc} has no ready endpoints.`,
  externalNameNoProxy: (p: P<'svc' | 'name'>) =>
    `Service ${p.svc} is an ExternalName for ${p.name}: DNS only, nothing is proxied.`,

  // — questions —
  unanswered: () => 'Not answered yet.',
  correct: () => 'Correct.',
  wrongValue: (p: P<'given'>) => `${p.given} is not it. Look at that hop in the trace again.`,
  missedCount: (p: P<'count'>) => `${p.count} more right choice(s) not picked yet.`,
  wrongChoice: (p: P<'choice' | 'why'>) => `Not this one: “${p.choice}” — ${p.why}`,
};

export type CheckMessages = typeof en;
