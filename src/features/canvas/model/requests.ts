import type { SendRequest } from '../../../sim/core.ts';
import type { CanvasTopology, TopoPod, TopoService } from './topology.ts';

/** One request a learner can send from a canvas menu. */
export interface RequestOption {
  /** What the learner would type: `curl 192.168.0.13:30001`. */
  command: string;
  /** Why it is offered, as message key + params (the menu translates it). */
  why: { key: RequestWhy; params: Record<string, string | number> };
  request: SendRequest;
}

export type RequestWhy =
  | 'nodePort'
  | 'healthCheck'
  | 'lbAddress'
  | 'clusterIP'
  | 'dnsName'
  | 'headless'
  | 'externalName'
  | 'internet';

const tcpPorts = (s: TopoService) => s.ports.filter((p) => p.protocol === 'TCP');
const hostPort = (host: string, port: number) => `${host}:${port}`;

/** Requests that make sense on a node: its node ports (from the client) and the LB addresses. */
export function requestsForNode(topo: CanvasTopology, nodeName: string): RequestOption[] {
  const node = topo.nodes.find((n) => n.name === nodeName);
  if (!node) return [];
  const out: RequestOption[] = [];
  for (const s of topo.services) {
    for (const p of tcpPorts(s)) {
      if (!p.nodePort) continue;
      const to = hostPort(node.ip, p.nodePort);
      out.push({
        command: `curl ${to}`,
        why: { key: 'nodePort', params: { service: s.key, port: p.port, node: node.name } },
        request: { from: 'client', to },
      });
    }
  }
  for (const port of node.ports.filter((p) => p.health)) {
    const to = hostPort(node.ip, port.port);
    out.push({
      command: `curl ${to}/healthz`,
      why: { key: 'healthCheck', params: { service: port.service } },
      request: { from: 'client', to, path: '/healthz' },
    });
  }
  return [...out, ...requestsForClient(topo)];
}

/** Requests from the client outside: every load-balancer address and port. */
export function requestsForClient(topo: CanvasTopology): RequestOption[] {
  const out: RequestOption[] = [];
  for (const s of topo.services) {
    for (const ip of [...s.lbIPs, ...s.externalIPs]) {
      for (const p of tcpPorts(s)) {
        const to = hostPort(ip, p.port);
        out.push({
          command: `curl ${to}`,
          why: { key: 'lbAddress', params: { service: s.key, port: p.port } },
          request: { from: 'client', to },
        });
      }
    }
  }
  return out;
}

/** The DNS name a pod in `ns` uses for a Service (short within its namespace). */
const dnsName = (s: TopoService, ns: string) =>
  s.namespace === ns ? s.name : `${s.name}.${s.namespace}`;

/**
 * `curl` from inside a pod (`kubectl exec POD -- curl …`): each Service by DNS name, each cluster
 * IP, and a name on the internet. kube-system Services are left out except through DNS itself.
 */
export function requestsForPod(topo: CanvasTopology, pod: TopoPod): RequestOption[] {
  const from = `pod/${pod.namespace}/${pod.name}`;
  const exec = (to: string) =>
    `kubectl exec ${pod.name}${pod.namespace === 'default' ? '' : ` -n ${pod.namespace}`} -- curl ${to}`;
  const out: RequestOption[] = [];
  for (const s of topo.services) {
    if (s.namespace === 'kube-system') continue;
    const name = dnsName(s, pod.namespace);
    if (s.type === 'ExternalName') {
      out.push({
        command: exec(name),
        why: { key: 'externalName', params: { service: s.key, target: s.externalName ?? '' } },
        request: { from, to: name },
      });
      continue;
    }
    for (const p of tcpPorts(s)) {
      const to = p.port === 80 ? name : hostPort(name, p.port);
      out.push({
        command: exec(to),
        why: { key: s.headless ? 'headless' : 'dnsName', params: { service: s.key, port: p.port } },
        request: { from, to },
      });
      if (s.clusterIP) {
        const ipTo = hostPort(s.clusterIP, p.port);
        out.push({
          command: exec(ipTo),
          why: { key: 'clusterIP', params: { service: s.key, port: p.port } },
          request: { from, to: ipTo },
        });
      }
    }
  }
  const web = topo.internet[0]?.names[0];
  if (web)
    out.push({
      command: exec(web),
      why: { key: 'internet', params: { host: web } },
      request: { from, to: web },
    });
  return out;
}
