import { findListener, httpResponse } from '../apps/images.ts';
import type { HttpResponse } from '../model/trace.ts';
import type { Pod } from '../model/types.ts';
import type { ProxyEndpoint } from '../proxy/model.ts';
import { isPodReady } from '../controllers/kubelet.ts';
import { goResponse } from '../apps/http.ts';
import { why } from './explain.ts';
import { bridgeIP, nodeForPodIP } from './topology.ts';
import { addrs, hostOf, portOf, type Landing, type Packet, type Walk } from './walk.ts';

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
    why: why('masquerade', { egress: egress ?? '', node, iface }),
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
      why: why('noRoute', { ip: ep.ip }),
    });
    return { kind: 'timeout' };
  }
  if (target !== node) {
    const cross = w.state.config.latency.crossNode;
    const via = w.topo.nodeIP.get(target);
    w.hop({
      node,
      action: 'forward',
      chains: ['FORWARD', 'KUBE-FORWARD'],
      before: addrs(p),
      crossNode: true,
      latencyMs: cross,
      why: pod
        ? why(masq ? 'forwardToPodSecondHop' : 'forwardToPod', { node: target, ip: via ?? '' })
        : why('forwardToHost', { target: ep.ip, node: target, ip: via ?? '' }),
    });
  }
  if (hostNode) return landOnHost(w, hostNode, p);
  if (!pod) {
    w.hop({
      node: target,
      action: 'drop',
      before: addrs(p),
      why: why('podGone', { ip: ep.ip }),
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
      why: why('podRefused', {
        pod: pod.metadata.name,
        protocol: pkt.proto,
        port: portOf(pkt.dst),
      }),
    });
    return { kind: 'refused' };
  }
  w.hop({
    node,
    action: 'deliver',
    before: addrs(pkt),
    latencyMs: w.state.config.latency.local,
    why: why(isPodReady(pod) ? 'podDelivered' : 'podDeliveredNotReady', {
      pod: pod.metadata.name,
      container: listener.container,
      src: pkt.src,
    }),
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
      why: why('hostRefused', { node, protocol: pkt.proto, port }),
    });
    return { kind: 'refused' };
  }
  w.hop({
    node,
    action: 'deliver',
    before: addrs(pkt),
    latencyMs: w.state.config.latency.local,
    why: why('hostDelivered', { process, node }),
  });
  let response: HttpResponse | undefined;
  const at = w.txn.at;
  if (process === 'kube-proxy' && w.httpPath.startsWith('/healthz')) {
    const body = `{"lastUpdated": "${new Date(at).toISOString()}","currentTime": "${new Date(at).toISOString()}", "nodeEligible": true}`;
    response = goResponse(
      200,
      'OK',
      [
        ['Content-Type', 'application/json'],
        ['X-Content-Type-Options', 'nosniff'],
      ],
      body,
      at,
    );
  } else if (process === 'kube-apiserver' || process === 'kubelet') {
    // Plain HTTP to a TLS port: Go's TLS server writes this fixed answer, without headers.
    response = {
      status: 400,
      reason: 'Bad Request',
      headers: [],
      body: 'Client sent an HTTP request to an HTTPS server.\n',
    };
  }
  const fixed = response;
  return { kind: 'host', node, process, pkt, ...(fixed ? { respond: () => fixed } : {}) };
}
