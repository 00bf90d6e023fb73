/**
 * What kube-proxy knows about Services, derived from the simulator state: one entry per service
 * port with its chain names and endpoints (pkg/proxy serviceport.go, endpointslicecache.go,
 * topology.go CategorizeEndpoints). Memoised on the identity of `state.services` and
 * `state.endpointSlices`, so repeated calls for the same state are O(1).
 */
import type { SimState } from '../model/state.ts';
import type { EndpointSlice, Protocol, Service, ServiceType } from '../model/types.ts';
import { endpointsFor, slicesByService, usable } from './endpoints.ts';
import { parseCidr } from '../net/ip.ts';
import { extChainName, fwChainName, servicePortName, svcChainName, svlChainName } from './hash.ts';

export interface ProxyEndpoint {
  ip: string;
  port: number;
  /** `ip:port` */
  key: string;
  nodeName?: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  podName?: string;
  podNamespace?: string;
  sepChain: string;
}

export interface ProxyServicePort {
  namespace: string;
  name: string;
  /** `spec.ports[].name` ('' when unnamed). */
  portName: string;
  /** `ns/name:port`, or `ns/name` when the port is unnamed. */
  svcPortName: string;
  protocol: Protocol;
  serviceType: ServiceType;
  clusterIP?: string;
  port: number;
  nodePort?: number;
  /** Ingress IPs in VIP mode (what kube-proxy programs; `ipMode: Proxy` ones are skipped). */
  loadBalancerIPs: string[];
  externalIPs: string[];
  /** Normalised CIDRs. */
  loadBalancerSourceRanges: string[];
  externalPolicyLocal: boolean;
  internalPolicyLocal: boolean;
  /** kube-proxy's ExternallyAccessible(): a nodePort, an LB VIP or an external IP. */
  externallyAccessible: boolean;
  usesClusterEndpoints: boolean;
  usesLocalEndpoints: boolean;
  affinityTimeoutSeconds?: number;
  healthCheckNodePort?: number;
  chains: { svc: string; svl: string; ext: string; fw: string };
  /** Every endpoint of the slices for this port, sorted by `ip:port` (string order). */
  endpoints: ProxyEndpoint[];
  /** Usable with Cluster policy: ready ones, else serving+terminating ones. */
  clusterEndpoints: ProxyEndpoint[];
  /** True when any endpoint anywhere is usable (ready, or serving and terminating). */
  hasEndpoints: boolean;
  /** Usable endpoints on that node: local ready ones, else local serving+terminating ones. */
  localEndpoints(node: string): ProxyEndpoint[];
}

export interface ProxyModel {
  /** Stable order: namespace, name, then port order in the spec. */
  ports: ProxyServicePort[];
  /** `${ip}:${port}/${protocol}` (protocol as in the spec: TCP, UDP, SCTP). */
  byClusterIP: Map<string, ProxyServicePort>;
  /** `${nodePort}/${protocol}` */
  byNodePort: Map<string, ProxyServicePort>;
  /** `${ip}:${port}/${protocol}` */
  byLoadBalancerIP: Map<string, ProxyServicePort>;
  /** `${ip}:${port}/${protocol}` */
  byExternalIP: Map<string, ProxyServicePort>;
  healthCheckNodePorts: Map<number, ProxyServicePort>;
  /** `ns/name` → its ports. */
  byService: Map<string, ProxyServicePort[]>;
  /** Endpoints over all service ports; above 1000 kube-proxy drops per-endpoint comments. */
  totalEndpoints: number;
  largeClusterMode: boolean;
}

export const LARGE_CLUSTER_ENDPOINTS_THRESHOLD = 1000;
export const DEFAULT_AFFINITY_SECONDS = 10800;

const memo = new WeakMap<object, WeakMap<object, ProxyModel>>();

export function proxyModel(state: SimState): ProxyModel {
  let inner = memo.get(state.services);
  if (!inner) {
    inner = new WeakMap();
    memo.set(state.services, inner);
  }
  let model = inner.get(state.endpointSlices);
  if (!model) {
    model = buildModel(state.services, state.endpointSlices);
    inner.set(state.endpointSlices, model);
  }
  return model;
}

function servicePorts(svc: Service, slices: EndpointSlice[] | undefined): ProxyServicePort[] {
  const { spec } = svc;
  const namespace = svc.metadata.namespace ?? 'default';
  const name = svc.metadata.name;
  if (spec.type === 'ExternalName' || !spec.clusterIP || spec.clusterIP === 'None') return [];
  const typeExternal =
    spec.type === 'LoadBalancer' ||
    spec.type === 'NodePort' ||
    (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  const externalPolicyLocal = typeExternal && spec.externalTrafficPolicy === 'Local';
  const internalPolicyLocal = spec.internalTrafficPolicy === 'Local';
  const loadBalancerIPs = (svc.status.loadBalancer.ingress ?? [])
    .filter((i) => i.ip && (i.ipMode ?? 'VIP') === 'VIP')
    .map((i) => i.ip as string);
  const externalIPs = spec.externalIPs ?? [];
  const sourceRanges = (spec.loadBalancerSourceRanges ?? [])
    .map((r) => parseCidr(r.trim())?.text)
    .filter((r): r is string => r !== undefined);
  const affinity =
    spec.sessionAffinity === 'ClientIP'
      ? (spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? DEFAULT_AFFINITY_SECONDS)
      : undefined;
  const hcnp =
    spec.type === 'LoadBalancer' && externalPolicyLocal ? spec.healthCheckNodePort : undefined;

  return (spec.ports ?? []).map((p) => {
    const portName = p.name ?? '';
    const spn = servicePortName(namespace, name, portName);
    const proto = p.protocol.toLowerCase();
    const endpoints = endpointsFor(slices, portName, p.protocol, spn, proto);
    const clusterEndpoints = usable(endpoints);
    const nodePort = p.nodePort || undefined;
    const externallyAccessible =
      nodePort !== undefined || loadBalancerIPs.length > 0 || externalIPs.length > 0;
    const local = new Map<string, ProxyEndpoint[]>();
    return {
      namespace,
      name,
      portName,
      svcPortName: spn,
      protocol: p.protocol,
      serviceType: spec.type,
      clusterIP: spec.clusterIP,
      port: p.port,
      nodePort,
      loadBalancerIPs,
      externalIPs,
      loadBalancerSourceRanges: sourceRanges,
      externalPolicyLocal,
      internalPolicyLocal,
      externallyAccessible,
      usesClusterEndpoints: !internalPolicyLocal || (externallyAccessible && !externalPolicyLocal),
      usesLocalEndpoints: internalPolicyLocal || (externallyAccessible && externalPolicyLocal),
      affinityTimeoutSeconds: affinity,
      healthCheckNodePort: hcnp,
      chains: {
        svc: svcChainName(spn, proto),
        svl: svlChainName(spn, proto),
        ext: extChainName(spn, proto),
        fw: fwChainName(spn, proto),
      },
      endpoints,
      clusterEndpoints,
      hasEndpoints: clusterEndpoints.length > 0,
      localEndpoints(node: string) {
        let l = local.get(node);
        if (!l) {
          l = usable(endpoints.filter((e) => e.nodeName === node));
          local.set(node, l);
        }
        return l;
      },
    };
  });
}

function buildModel(
  services: Readonly<Record<string, Service>>,
  slices: Readonly<Record<string, EndpointSlice>>,
): ProxyModel {
  const grouped = slicesByService(slices);
  const sorted = Object.values(services).sort((a, b) => {
    const na = a.metadata.namespace ?? '';
    const nb = b.metadata.namespace ?? '';
    if (na !== nb) return na < nb ? -1 : 1;
    return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
  });
  const model: ProxyModel = {
    ports: [],
    byClusterIP: new Map(),
    byNodePort: new Map(),
    byLoadBalancerIP: new Map(),
    byExternalIP: new Map(),
    healthCheckNodePorts: new Map(),
    byService: new Map(),
    totalEndpoints: 0,
    largeClusterMode: false,
  };
  for (const svc of sorted) {
    const key = `${svc.metadata.namespace ?? 'default'}/${svc.metadata.name}`;
    const ports = servicePorts(svc, grouped.get(key));
    if (ports.length === 0) continue;
    model.byService.set(key, ports);
    for (const p of ports) {
      model.ports.push(p);
      model.totalEndpoints += p.endpoints.length;
      const tail = `${p.port}/${p.protocol}`;
      if (p.clusterIP) model.byClusterIP.set(`${p.clusterIP}:${tail}`, p);
      if (p.nodePort) model.byNodePort.set(`${p.nodePort}/${p.protocol}`, p);
      for (const ip of p.loadBalancerIPs) model.byLoadBalancerIP.set(`${ip}:${tail}`, p);
      for (const ip of p.externalIPs) model.byExternalIP.set(`${ip}:${tail}`, p);
      if (p.healthCheckNodePort && !model.healthCheckNodePorts.has(p.healthCheckNodePort))
        model.healthCheckNodePorts.set(p.healthCheckNodePort, p);
    }
  }
  model.largeClusterMode = model.totalEndpoints > LARGE_CLUSTER_ENDPOINTS_THRESHOLD;
  return model;
}
