import type { SimState } from '../model/state.ts';
import type { Node, Pod } from '../model/types.ts';
import { cidrContains, parseCidr, parseIPv4, type Cidr } from '../net/ip.ts';

/** Who owns which address: derived from pods and nodes, memoised on their identity. */
export interface Topology {
  podByIP: Map<string, Pod>;
  podByKey: Map<string, Pod>;
  nodeByIP: Map<string, Node>;
  nodeIP: Map<string, string>;
  /** Each node's pod CIDR, to route pod addresses that no pod holds (any more). */
  podCidrs: { node: string; cidr: Cidr }[];
  clusterCidr: Cidr | undefined;
  serviceCidr: Cidr | undefined;
}

const cache = new WeakMap<object, WeakMap<object, Topology>>();

export function topology(state: SimState): Topology {
  let inner = cache.get(state.pods);
  if (!inner) cache.set(state.pods, (inner = new WeakMap()));
  const hit = inner.get(state.nodes);
  if (hit) return hit;
  const podByIP = new Map<string, Pod>();
  const podByKey = new Map<string, Pod>();
  for (const k in state.pods) {
    const p = state.pods[k] as Pod;
    podByKey.set(k, p);
    if (p.status.podIP && !p.spec.hostNetwork && p.status.phase === 'Running')
      podByIP.set(p.status.podIP, p);
  }
  const nodeByIP = new Map<string, Node>();
  const nodeIP = new Map<string, string>();
  const podCidrs: Topology['podCidrs'] = [];
  for (const name in state.nodes) {
    const n = state.nodes[name] as Node;
    const ip = n.status.addresses.find((a) => a.type === 'InternalIP')?.address;
    if (ip) {
      nodeByIP.set(ip, n);
      nodeIP.set(name, ip);
    }
    const cidr = parseCidr(n.spec.podCIDR);
    if (cidr) podCidrs.push({ node: name, cidr });
  }
  const t: Topology = {
    podByIP,
    podByKey,
    nodeByIP,
    nodeIP,
    podCidrs,
    clusterCidr: parseCidr(state.config.clusterCIDR),
    serviceCidr: parseCidr(state.config.serviceCIDR),
  };
  inner.set(state.nodes, t);
  return t;
}

export function inCidr(cidr: Cidr | undefined, ip: string): boolean {
  const n = parseIPv4(ip);
  return cidr !== undefined && n !== undefined && cidrContains(cidr, n);
}

/** The node whose pod CIDR holds an address (flannel host-gw routes by it). */
export function nodeForPodIP(t: Topology, ip: string): string | undefined {
  const n = parseIPv4(ip);
  if (n === undefined) return undefined;
  return t.podCidrs.find((c) => cidrContains(c.cidr, n))?.node;
}

/** The cni0 bridge address of a node: first address of its pod CIDR. */
export function bridgeIP(t: Topology, node: string): string | undefined {
  const c = t.podCidrs.find((x) => x.node === node)?.cidr;
  if (!c) return undefined;
  const b = c.base + 1;
  return `${(b >>> 24) & 255}.${(b >>> 16) & 255}.${(b >>> 8) & 255}.${b & 255}`;
}
