import type { ClusterConfig } from '../model/config.ts';
import type { EndpointSlice, Node, Service } from '../model/types.ts';
import { nextPoolAddress, poolContains } from '../registry/allocators.ts';
import type { Txn } from '../registry/txn.ts';
import { sha256, toHex, utf8 } from '../proxy/sha256.ts';
import { SERVICE_NAME_LABEL } from './endpointslices.ts';

const EXCLUDE_LABEL = 'node.kubernetes.io/exclude-from-external-load-balancers';

const ingressIPs = (s: Service): string[] =>
  (s.status.loadBalancer.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));

/** Whether some load-balancer implementation of this cluster handles the Service. */
export function handlesService(config: ClusterConfig, svc: Service): boolean {
  return (
    config.loadBalancer !== null &&
    svc.spec.type === 'LoadBalancer' &&
    svc.spec.loadBalancerClass === undefined
  );
}

/**
 * The node that answers ARP for a MetalLB L2 address: among nodes running a speaker (not excluded
 * from external load balancers) — and with Local policy only those with a ready local endpoint —
 * the one whose sha256(node + "#" + ip) sorts first (MetalLB's layer2 election).
 */
export function announcingNode(
  nodes: Readonly<Record<string, Node>>,
  slices: readonly EndpointSlice[],
  svc: Service,
  ip: string,
): string | undefined {
  let candidates = Object.values(nodes).filter(
    (n) =>
      n.metadata.labels?.[EXCLUDE_LABEL] === undefined &&
      n.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
  );
  if (svc.spec.externalTrafficPolicy === 'Local') {
    const withEndpoints = new Set(
      slices.flatMap((s) =>
        s.endpoints
          .filter((e) => e.conditions.ready !== false && e.nodeName)
          .map((e) => e.nodeName as string),
      ),
    );
    candidates = candidates.filter((n) => withEndpoints.has(n.metadata.name));
  }
  let best: { name: string; hash: string } | undefined;
  for (const n of candidates) {
    const hash = toHex(sha256(utf8(`${n.metadata.name}#${ip}`)));
    if (!best || hash < best.hash) best = { name: n.metadata.name, hash };
  }
  return best?.name;
}

export function slicesOf(
  slices: Readonly<Record<string, EndpointSlice>>,
  svc: Service,
): EndpointSlice[] {
  const out: EndpointSlice[] = [];
  for (const k in slices) {
    const s = slices[k] as EndpointSlice;
    if (
      s.metadata.namespace === svc.metadata.namespace &&
      s.metadata.labels?.[SERVICE_NAME_LABEL] === svc.metadata.name
    )
      out.push(s);
  }
  return out;
}

/** MetalLB controller (or a cloud provider's service controller): assign and release addresses. */
export function syncLoadBalancers(txn: Txn): void {
  const config = txn.state.config;
  const services = txn.read('services');
  const used = new Set<string>();
  const pending: Service[] = [];
  for (const k in services) {
    const s = services[k] as Service;
    const ips = ingressIPs(s);
    if (ips.length > 0 && !handlesService(config, s)) {
      if (s.spec.type !== 'LoadBalancer') txn.put({ ...s, status: { loadBalancer: {} } });
      continue;
    }
    if (!handlesService(config, s)) continue;
    if (ips.length > 0) ips.forEach((ip) => used.add(ip));
    else pending.push(s);
  }
  if (!config.loadBalancer) return;
  const pool = config.loadBalancer.pool;
  const metallb = config.loadBalancer.provider === 'metallb';
  for (const s of pending) {
    const involved = {
      kind: 'Service' as const,
      namespace: s.metadata.namespace,
      name: s.metadata.name,
      uid: s.metadata.uid,
    };
    const requested =
      s.metadata.annotations?.['metallb.io/loadBalancerIPs'] ?? s.spec.loadBalancerIP;
    let ip: string | undefined;
    let failure: string | undefined;
    if (requested) {
      if (!poolContains(pool, requested))
        failure = `Failed to allocate IP for "${s.metadata.namespace}/${s.metadata.name}": ["${requested}"] is not allowed in config`;
      else if (used.has(requested))
        failure = `Failed to allocate IP for "${s.metadata.namespace}/${s.metadata.name}": can't change sharing key for "${s.metadata.namespace}/${s.metadata.name}", address also in use by another service`;
      else ip = requested;
    } else {
      ip = nextPoolAddress(pool, used);
      if (!ip)
        failure = `Failed to allocate IP for "${s.metadata.namespace}/${s.metadata.name}": no available IPs`;
    }
    if (!ip) {
      txn.event({
        involved,
        type: 'Warning',
        reason: 'AllocationFailed',
        message: failure ?? '',
        source: metallb ? 'metallb-controller' : 'service-controller',
      });
      continue;
    }
    used.add(ip);
    txn.put({ ...s, status: { loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } } });
    if (metallb) {
      txn.event({
        involved,
        type: 'Normal',
        reason: 'IPAllocated',
        message: `Assigned IP ["${ip}"]`,
        source: 'metallb-controller',
      });
      const node = announcingNode(
        txn.read('nodes'),
        slicesOf(txn.read('endpointSlices'), s),
        s,
        ip,
      );
      if (node) {
        txn.event({
          involved,
          type: 'Normal',
          reason: 'nodeAssigned',
          message: `announcing from node "${node}" with protocol "layer2"`,
          source: 'metallb-speaker',
        });
      }
    } else {
      txn.event({
        involved,
        type: 'Normal',
        reason: 'EnsuringLoadBalancer',
        message: 'Ensuring load balancer',
        source: 'service-controller',
      });
      txn.event({
        involved,
        type: 'Normal',
        reason: 'EnsuredLoadBalancer',
        message: 'Ensured load balancer',
        source: 'service-controller',
      });
    }
  }
}
