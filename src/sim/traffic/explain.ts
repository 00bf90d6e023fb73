/**
 * The one-line explanation of each hop, as data: an id plus parameters (addresses, names), so the UI
 * can show it in the learner's language. The English text below is what `hop.explain` carries; other
 * languages provide a `Record<ExplainId, string>` with the same `{placeholders}`.
 *
 * A parameter may itself be an explanation (`Why`), rendered with the same catalogue: that is how
 * optional clauses ("— this extra hop is the NodePort second hop") stay translatable.
 */
export const EXPLAIN_EN = {
  // DNS
  dnsResolved: '{host} resolves to {addresses}{via}, answered by {server}{tried}',
  dnsViaCname: ' via CNAME {cname} (an ExternalName Service: DNS only, no proxying)',
  dnsTried: ' (search list tried {names})',
  dnsNxdomain: '{host} does not resolve (NXDOMAIN from {server}){tried}',
  dnsTimeout: 'DNS lookup of {host} timed out: no DNS server answered',
  // Leaving the source
  podSends:
    "pod {pod} sends from {src}; the packet leaves the pod through its veth into {node}'s network stack",
  clientSends: 'the client sends to {node} ({ip}) over the network',
  clientNoRouteClusterIP:
    "{ip} is a ClusterIP: it exists only in the nodes' iptables rules, and nothing outside the cluster routes to it; the packet is lost and the client times out",
  clientNoRoutePod:
    '{ip} is a pod address: the pod network is not routed outside the cluster; the packet is lost and the client times out',
  clientNoRoute: 'nothing answers at {ip}; the packet is lost and the client times out',
  // Load balancers
  metallbArrives:
    'MetalLB (layer 2): {node} answers ARP for {ip}, so the packet arrives at {node} with the load-balancer IP still as its destination',
  metallbNobody: 'no node announces {ip} (MetalLB L2 needs a speaker node): nobody answers ARP',
  metallbNobodyLocal:
    'no node announces {ip} (MetalLB L2 needs a speaker node with a local endpoint): nobody answers ARP',
  cloudForwards: 'the cloud load balancer forwards to node port {nodePort} on {node} (any node)',
  cloudForwardsLocal:
    'the cloud load balancer forwards to node port {nodePort} on {node} (only nodes whose health check node port {hcPort} says 200)',
  cloudNoListener: 'the load balancer has no listener on {dst}',
  cloudNoNodePort: 'no node port to forward to (allocateLoadBalancerNodePorts: false)',
  cloudNoHealthy: 'every node fails the health check: no backend',
  // kube-proxy
  entryNodePort: 'node port {port}',
  entryLoadBalancer: 'load-balancer IP {ip}',
  entryExternalIP: 'external IP {ip}',
  extCluster:
    '{entry} of {service} (externalTrafficPolicy: Cluster): marked for masquerade, any endpoint on any node may answer',
  extPodTraffic:
    '{entry}: the source is a pod, so even with externalTrafficPolicy: Local it goes to any endpoint (pod traffic rule)',
  extNodeTraffic: '{entry}: traffic from the node itself is masqueraded and may go to any endpoint',
  extLocal:
    "{entry} (externalTrafficPolicy: Local): only endpoints on {node}, and no masquerade — the pod will see the client's own address",
  extLocalDrop:
    'externalTrafficPolicy: Local and {node} has no local endpoint of {service}: the packet is silently dropped (the client times out)',
  extNoEndpoints:
    '{service} has no endpoints: the {entry} is rejected, so the connection is refused',
  sourceRangeDrop: '{src} is not in loadBalancerSourceRanges ({ranges}): dropped',
  clusterIPNoEndpoints:
    '{service} has no endpoints: kube-proxy installed a REJECT rule, so the connection is refused at once',
  internalLocalDrop:
    'internalTrafficPolicy: Local and {node} has no ready endpoint of {service}: the packet is dropped',
  dnatRandom:
    '{service}{masq}: picked 1 of {count} endpoints at random; DNAT to {endpoint}{where}{hairpin}',
  dnatOnly: '{service}{masq}: the only endpoint; DNAT to {endpoint}{where}{hairpin}',
  dnatSticky:
    '{service}{masq}: session affinity (ClientIP) sends {client} to the endpoint it used before; DNAT to {endpoint}{where}{hairpin}',
  dnatClusterIPMasq:
    ' cluster IP (source {src} is not a pod address, so KUBE-SVC marks it for masquerade)',
  dnatClusterIP: ' cluster IP',
  whereHere: ' on this node',
  whereNode: ' on {node}',
  hairpin: ' — the pod is reaching itself (hairpin), so the source will be masqueraded',
  masquerade:
    "MASQUERADE: the source becomes {egress} ({node}'s {iface} address), so the reply must come back through {node}; the pod will not see the original client address",
  healthCheck:
    'health-check node port of {service}: kube-proxy answers {status} ({count} local endpoint(s) on {node})',
  // Routing and delivery
  forwardToPod: 'the chosen pod runs on {node}: routed over the node network to {node} ({ip})',
  forwardToPodSecondHop:
    'the chosen pod runs on {node}: routed over the node network to {node} ({ip}) — this extra hop is the NodePort "second hop"',
  forwardToHost: '{target} lives on {node}: routed over the node network to {node} ({ip})',
  forwardToNode: "{ip} is {node}'s address: sent over the node network",
  noRoute: 'no route to {ip}: it is neither a pod nor a node of this cluster',
  podGone: 'no pod has the address {ip} any more: nothing answers',
  serviceRangeNoRule:
    '{ip} is in the service range but no Service has that address and port: no rule matches and nothing owns it',
  podRefused:
    'nothing in pod {pod} listens on {protocol} port {port}: the pod answers with a TCP reset (connection refused)',
  podDelivered:
    'delivered through cni0 to pod {pod} (container {container}); it sees the client as {src}',
  podDeliveredNotReady:
    'delivered through cni0 to pod {pod} (container {container}); it sees the client as {src} (the pod is not Ready, but a direct connection still reaches it)',
  hostRefused: 'nothing on {node} listens on {protocol} port {port}: connection refused',
  hostDelivered: "delivered to {process} on {node}'s host network",
  cniMasquerade: 'leaving the pod network: flannel masquerades the pod address to {ip}',
  toInternet: 'out to the internet, towards {name} ({ip})',
  toInternetIP: 'out to the internet, towards {ip}',
  internetNoHost: 'no host on the simulated internet answers at {dst}',
  internetDelivered: "{name}'s web server accepts the connection (it sees {src})",
  // Reply
  replyNat:
    'the reply retraces the path; conntrack on {nodes} reverses the address translation, so the caller sees {dst} answering',
  replyDirect: 'the reply goes straight back to {dst}',
} as const;

export type ExplainId = keyof typeof EXPLAIN_EN;

import type { Why } from '../model/trace.ts';

export type { Why };

export const why = (id: ExplainId, params?: Record<string, string | number | Why>): Why =>
  params ? { id, params } : { id };

type Compiled = (string | { key: string })[];
const compiledCache = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let c = compiledCache.get(template);
  if (c) return c;
  c = [];
  const re = /\{(\w+)\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) c.push(template.slice(last, m.index));
    c.push({ key: m[1] as string });
    last = m.index + m[0].length;
  }
  if (last < template.length) c.push(template.slice(last));
  compiledCache.set(template, c);
  return c;
}

/** Renders an explanation with a catalogue (English by default). Unknown placeholders render empty. */
export function renderWhy(
  w: Why,
  catalogue: Readonly<Record<ExplainId, string>> = EXPLAIN_EN,
): string {
  let out = '';
  const id = w.id as ExplainId;
  for (const part of compile(catalogue[id] ?? EXPLAIN_EN[id] ?? w.id)) {
    if (typeof part === 'string') out += part;
    else {
      const v = w.params?.[part.key];
      out += v === undefined ? '' : typeof v === 'object' ? renderWhy(v, catalogue) : String(v);
    }
  }
  return out;
}
