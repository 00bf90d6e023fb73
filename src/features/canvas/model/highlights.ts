import type { Hop, Trace } from '../../../sim/core.ts';
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
import { endpointTarget, serviceForAddr, serviceForName } from './links.ts';
import type { CanvasTopology } from './topology.ts';

export interface HopHighlight {
  /** React Flow edge ids to light up while the hop is shown. */
  edges: string[];
  /** Canvas items to light up (the Service whose rule acted, the node, the answering pod). */
  items: string[];
}

const hostOf = (addr: string) => addr.replace(/:\d+$/, '');

/** The namespace a trace's short names are resolved in (the source pod's). */
function sourceNamespace(trace: Trace): string {
  const m = /^pod\/([^/]+)\/[^/]+$/.exec(trace.request.from);
  return m ? (m[1] as string) : 'default';
}

/**
 * What each hop of a trace lights up: the Service→endpoint link it chose on DNAT, the DNS fan-out
 * of a headless Service, the CNAME of an ExternalName Service, the load-balancer address.
 */
export function highlightsOf(
  trace: Trace,
  topo: CanvasTopology,
  layout: ClusterLayout,
): HopHighlight[] {
  const ns = sourceNamespace(trace);
  return trace.hops.map((hop: Hop): HopHighlight => {
    const edges: string[] = [];
    const items: string[] = [];
    if (hop.node) items.push(nodeId(hop.node));
    switch (hop.action) {
      case 'dns': {
        const name = trace.resolved?.name ?? hostOf(hop.before.dst);
        const svc = serviceForName(topo, name, ns);
        if (svc) {
          items.push(serviceId(svc.key));
          if (svc.type === 'ExternalName') {
            edges.push(cnameEdgeId(svc.key));
            items.push(INTERNET_ID);
          } else if (svc.headless) {
            for (const ep of svc.endpoints) {
              const t = endpointTarget(ep, topo, layout);
              if (t && ep.ready) edges.push(dnsEdgeId(svc.key, t));
            }
          }
        }
        break;
      }
      case 'send':
      case 'lb':
      case 'match': {
        const svc = serviceForAddr(topo, hop.before.dst);
        if (svc && svc.lbIPs.includes(hostOf(hop.before.dst))) {
          edges.push(vipEdgeId(svc.key));
          items.push(LB_ID);
        }
        if (svc && hop.action !== 'send') items.push(serviceId(svc.key));
        break;
      }
      case 'dnat': {
        const svc = serviceForAddr(topo, hop.before.dst);
        if (!svc) break;
        items.push(serviceId(svc.key));
        const ip = hostOf(hop.after.dst);
        const ep = svc.endpoints.find((e) => e.ip === ip);
        const target = ep ? endpointTarget(ep, topo, layout) : undefined;
        if (target) {
          edges.push(endpointEdgeId(svc.key, target));
          items.push(target);
        }
        break;
      }
      case 'deliver': {
        const item = trace.pod ? layout.podItem.get(trace.pod) : undefined;
        if (item) items.push(item);
        if (hop.place === 'internet') items.push(INTERNET_ID);
        break;
      }
      default:
        break;
    }
    return { edges, items: [...new Set(items)] };
  });
}
