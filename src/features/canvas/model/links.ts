import {
  INTERNET_ID,
  LB_ID,
  cnameEdgeId,
  dnsEdgeId,
  endpointEdgeId,
  nodeId,
  serviceId,
  vipEdgeId,
} from './ids.ts';
import type { ClusterLayout } from './layout.ts';
import type { CanvasTopology, TopoEndpoint, TopoService } from './topology.ts';

/** A line between a Service and what stands behind it. */
export interface ServiceLink {
  id: string;
  kind: 'endpoint' | 'dns' | 'cname' | 'vip';
  source: string;
  target: string;
  /** Endpoint links: the endpoint is ready (receives new connections). */
  ready: boolean;
  service: string;
}

const splitAddr = (addr: string): { ip: string; port: number } => {
  const m = /^(.*):(\d+)$/.exec(addr);
  return m ? { ip: m[1] as string, port: Number(m[2]) } : { ip: addr, port: 0 };
};

/** The Service an address:port belongs to (cluster IP, load-balancer/external IP, or node port). */
export function serviceForAddr(topo: CanvasTopology, addr: string): TopoService | undefined {
  const { ip, port } = splitAddr(addr);
  const isNode = topo.nodes.some((n) => n.ip === ip);
  return topo.services.find(
    (s) =>
      ((s.clusterIP === ip || s.lbIPs.includes(ip) || s.externalIPs.includes(ip)) &&
        s.ports.some((p) => p.port === port)) ||
      (isNode && s.ports.some((p) => p.nodePort === port)),
  );
}

/** A Service by the DNS name a pod would use (`svc`, `svc.ns`, `svc.ns.svc`, FQDN). */
export function serviceForName(
  topo: CanvasTopology,
  name: string,
  namespace: string,
): TopoService | undefined {
  const parts = name.replace(/\.$/, '').split('.');
  const [svc, ns] = [parts[0], parts.length > 1 ? parts[1] : namespace];
  if (parts.length > 2 && parts[2] !== 'svc') return undefined;
  return topo.services.find((s) => s.name === svc && s.namespace === ns);
}

/** The canvas item behind an endpoint: its pod (or the pod's chip), else the node owning the IP. */
export function endpointTarget(
  ep: TopoEndpoint,
  topo: CanvasTopology,
  layout: ClusterLayout,
): string | undefined {
  const item = ep.pod ? layout.podItem.get(ep.pod) : undefined;
  if (item) return item;
  const node = topo.nodes.find((n) => n.ip === ep.ip)?.name ?? ep.node;
  return node && layout.byId.has(nodeId(node)) ? nodeId(node) : undefined;
}

/**
 * Every Service link: endpoints (ClusterIP, NodePort, LoadBalancer), DNS fan-out (headless),
 * CNAME (ExternalName) and load-balancer address → Service. One link per Service and target (two
 * kube-system endpoints behind one collapsed chip draw one line).
 */
export function serviceLinks(topo: CanvasTopology, layout: ClusterLayout): ServiceLink[] {
  const out: ServiceLink[] = [];
  for (const s of topo.services) {
    const source = serviceId(s.key);
    if (s.type === 'ExternalName') {
      out.push({
        id: cnameEdgeId(s.key),
        kind: 'cname',
        source,
        target: INTERNET_ID,
        ready: true,
        service: s.key,
      });
      continue;
    }
    if (s.lbIPs.length > 0 && layout.byId.has(LB_ID))
      out.push({
        id: vipEdgeId(s.key),
        kind: 'vip',
        source: LB_ID,
        target: source,
        ready: true,
        service: s.key,
      });
    const seen = new Map<string, ServiceLink>();
    for (const ep of s.endpoints) {
      const target = endpointTarget(ep, topo, layout);
      if (!target) continue;
      const prev = seen.get(target);
      if (prev) {
        prev.ready ||= ep.ready;
        continue;
      }
      const link: ServiceLink = {
        id: s.headless ? dnsEdgeId(s.key, target) : endpointEdgeId(s.key, target),
        kind: s.headless ? 'dns' : 'endpoint',
        source,
        target,
        ready: ep.ready,
        service: s.key,
      };
      seen.set(target, link);
      out.push(link);
    }
  }
  return out;
}
