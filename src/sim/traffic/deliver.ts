import { findListener, httpResponse } from '../apps/images.ts';
import type { HttpResponse } from '../model/trace.ts';
import type { Pod } from '../model/types.ts';
import type { ProxyEndpoint } from '../proxy/model.ts';
import { isPodReady } from '../controllers/kubelet.ts';
import { bridgeIP, nodeForPodIP } from './topology.ts';
import { addrs, hostOf, portOf, type Landing, type Packet, type Walk } from './walk.ts';

const podName = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;

/** KUBE-POSTROUTING: a packet marked 0x4000 is masqueraded to the address of the interface it leaves by. */
function masquerade(w: Walk, node: string, pkt: Packet, toNode: string): Packet {
  const egress = toNode === node ? bridgeIP(w.topo, node) : w.topo.nodeIP.get(node);
  const after: Packet = { ...pkt, src: `${egress ?? hostOf(pkt.src)}:${w.ephemeralPort()}` };
  const iface = toNode === node ? 'cni0' : 'eth0';
  w.hop({
    node,
    action: 'snat',
    chain: 'KUBE-POSTROUTING',
    chains: ['POSTROUTING', 'KUBE-POSTROUTING'],
    before: addrs(pkt),
    after: addrs(after),
    explain: `MASQUERADE: the source becomes ${egress} (${node}'s ${iface} address), so the reply must come back through ${node}; the pod will not see the original client address`,
  });
  w.nats.push({ node, orig: pkt, translated: after });
  return after;
}

/** Sends a packet whose destination is now an endpoint (or any pod IP) to where it lives. */
export function deliverToEndpoint(
  w: Walk,
  node: string,
  ep: Pick<ProxyEndpoint, 'ip' | 'port' | 'nodeName'>,
  pkt: Packet,
  masq: boolean,
): Landing {
  const pod = w.topo.podByIP.get(ep.ip);
  const hostNode = w.topo.nodeByIP.get(ep.ip)?.metadata.name;
  const target = pod?.spec.nodeName ?? hostNode ?? ep.nodeName ?? nodeForPodIP(w.topo, ep.ip);
  let p = pkt;
  if (masq) p = masquerade(w, node, p, target ?? '');
  if (target === undefined) {
    w.hop({
      node,
      action: 'drop',
      before: addrs(p),
      explain: `no route to ${ep.ip}: it is neither a pod nor a node of this cluster`,
    });
    return { kind: 'timeout' };
  }
  if (target !== node) {
    const cross = w.state.config.latency.crossNode;
    const via = w.topo.nodeIP.get(target);
    const reason = pod ? `the chosen pod runs on ${target}` : `${ep.ip} lives on ${target}`;
    w.hop({
      node,
      action: 'forward',
      chains: ['FORWARD', 'KUBE-FORWARD'],
      before: addrs(p),
      crossNode: true,
      latencyMs: cross,
      explain: `${reason}: routed over the node network to ${target} (${via})${masq ? ' — this extra hop is the NodePort "second hop"' : ''}`,
    });
  }
  if (hostNode) return landOnHost(w, hostNode, p);
  if (!pod) {
    w.hop({
      node: target,
      action: 'drop',
      before: addrs(p),
      explain: `no pod has the address ${ep.ip} any more: nothing answers`,
    });
    return { kind: 'timeout' };
  }
  return landOnPod(w, pod, p);
}

export function landOnPod(w: Walk, pod: Pod, pkt: Packet): Landing {
  const node = pod.spec.nodeName as string;
  const listener = findListener(pod, portOf(pkt.dst), pkt.proto);
  if (!listener) {
    w.hop({
      node,
      action: 'reject',
      before: addrs(pkt),
      latencyMs: w.state.config.latency.local,
      explain: `nothing in pod ${pod.metadata.name} listens on ${pkt.proto} port ${portOf(pkt.dst)}: the pod answers with a TCP reset (connection refused)`,
    });
    return { kind: 'refused' };
  }
  const ready = isPodReady(pod)
    ? ''
    : ' (the pod is not Ready, but a direct connection still reaches it)';
  w.hop({
    node,
    action: 'deliver',
    before: addrs(pkt),
    latencyMs: w.state.config.latency.local,
    explain: `delivered through cni0 to pod ${pod.metadata.name} (container ${listener.container}); it sees the client as ${pkt.src}${ready}`,
  });
  let respond: (() => HttpResponse) | undefined;
  if (pkt.proto === 'TCP') {
    const host = w.hostHeader;
    const path = w.httpPath;
    const now = w.txn.at;
    respond = () =>
      httpResponse(pod, listener, {
        method: 'GET',
        path,
        host,
        headers: [
          ['Host', host],
          ['User-Agent', 'curl/8.14.1'],
          ['Accept', '*/*'],
        ],
        remoteAddr: pkt.src,
        localAddr: pkt.dst,
        now,
      });
  }
  return { kind: 'pod', pod, node, pkt, ...(respond ? { respond } : {}) };
}

/** Processes a node's own sockets answer: sshd, kubelet, kube-proxy's health server, the API server. */
const HOST_PORTS: Record<number, string> = { 22: 'sshd', 10250: 'kubelet', 10256: 'kube-proxy' };
const CONTROL_PLANE_PORTS: Record<number, string> = {
  6443: 'kube-apiserver',
  2379: 'etcd',
  2380: 'etcd',
  10257: 'kube-controller-manager',
  10259: 'kube-scheduler',
};

export function landOnHost(w: Walk, node: string, pkt: Packet): Landing {
  const port = portOf(pkt.dst);
  const n = w.state.nodes[node];
  const cp = n?.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined;
  const process =
    pkt.proto === 'TCP'
      ? (HOST_PORTS[port] ?? (cp ? CONTROL_PLANE_PORTS[port] : undefined))
      : undefined;
  if (!process) {
    w.hop({
      node,
      action: 'reject',
      before: addrs(pkt),
      explain: `nothing on ${node} listens on ${pkt.proto} port ${port}: connection refused`,
    });
    return { kind: 'refused' };
  }
  w.hop({
    node,
    action: 'deliver',
    before: addrs(pkt),
    latencyMs: w.state.config.latency.local,
    explain: `delivered to ${process} on ${node}'s host network`,
  });
  let response: HttpResponse | undefined;
  const at = w.txn.at;
  if (process === 'kube-proxy' && w.httpPath.startsWith('/healthz')) {
    const body = `{"lastUpdated": "${new Date(at).toISOString()}","currentTime": "${new Date(at).toISOString()}", "nodeEligible": true}`;
    response = {
      status: 200,
      reason: 'OK',
      headers: [
        ['Content-Type', 'application/json'],
        ['X-Content-Type-Options', 'nosniff'],
      ],
      body,
    };
  } else if (process === 'kube-apiserver' || process === 'kubelet') {
    response = {
      status: 400,
      reason: 'Bad Request',
      headers: [
        ['Content-Type', 'text/plain; charset=utf-8'],
        ['Connection', 'close'],
      ],
      body: 'Client sent an HTTP request to an HTTPS server.\n',
    };
  }
  const fixed = response;
  return { kind: 'host', node, process, pkt, ...(fixed ? { respond: () => fixed } : {}) };
}

export { podName };
