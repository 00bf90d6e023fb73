import type { EndpointSlice, Pod, Service, ServiceType, SimState } from '../../../sim/core.ts';

/**
 * What the canvas draws, extracted from the simulator state: nodes, pods, Services with their
 * endpoints, the load balancer's addresses, the client and the simulated internet. Everything is
 * plain data sorted deterministically, and the object is reused (same reference) while nothing the
 * canvas shows has changed — sending a request advances the generator and conntrack but must not
 * rebuild the graph.
 */
export interface CanvasTopology {
  client: { name: string; ip: string };
  internet: { names: string[]; ip: string }[];
  /** `null` when the cluster has no load-balancer implementation (EXTERNAL-IP stays `<pending>`). */
  lb: { provider: 'metallb' | 'cloud'; addresses: LbAddress[] } | null;
  nodes: TopoNode[];
  pods: TopoPod[];
  services: TopoService[];
}

export interface LbAddress {
  ip: string;
  service: string;
  ports: number[];
}

export interface TopoNode {
  name: string;
  ip: string;
  controlPlane: boolean;
  ready: boolean;
  /** Ports kube-proxy opens on every node (node ports, health-check node ports), ascending. */
  ports: { port: number; service: string; health: boolean }[];
}

export interface TopoPod {
  key: string;
  namespace: string;
  name: string;
  node?: string;
  ip?: string;
  ready: boolean;
  phase: Pod['status']['phase'];
  terminating: boolean;
  hostNetwork: boolean;
  /** kube-system pods: collapsible on the canvas. */
  system: boolean;
  created: string;
}

export interface TopoServicePort {
  name?: string;
  port: number;
  protocol: string;
  targetPort: number | string;
  nodePort?: number;
}

export interface TopoEndpoint {
  ip: string;
  /** `namespace/name` of the pod behind the address, when the slice names one. */
  pod?: string;
  node?: string;
  ready: boolean;
  serving: boolean;
}

export interface TopoService {
  key: string;
  namespace: string;
  name: string;
  type: ServiceType;
  /** Absent for headless (`clusterIP: None`) and ExternalName Services. */
  clusterIP?: string;
  headless: boolean;
  externalName?: string;
  externalIPs: string[];
  ports: TopoServicePort[];
  lbIPs: string[];
  /** type LoadBalancer without an address yet. */
  lbPending: boolean;
  sessionAffinity: 'None' | 'ClientIP';
  externalTrafficPolicy?: 'Cluster' | 'Local';
  internalTrafficPolicy?: 'Cluster' | 'Local';
  endpoints: TopoEndpoint[];
  /** Services every cluster has (kube-system, default/kubernetes): drawn muted. */
  system: boolean;
  created: string;
}

const byCreation = <T extends { created: string; key: string }>(a: T, b: T) =>
  a.created.localeCompare(b.created) || a.key.localeCompare(b.key);

function podOf(p: Pod, key: string): TopoPod {
  const ready = p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');
  const namespace = p.metadata.namespace ?? 'default';
  return {
    key,
    namespace,
    name: p.metadata.name,
    ...(p.spec.nodeName ? { node: p.spec.nodeName } : {}),
    ...(p.status.podIP ? { ip: p.status.podIP } : {}),
    ready,
    phase: p.status.phase,
    terminating: p.metadata.deletionTimestamp !== undefined,
    hostNetwork: p.spec.hostNetwork === true,
    system: namespace === 'kube-system',
    created: p.metadata.creationTimestamp,
  };
}

function endpointsOf(svcKey: string, slices: readonly EndpointSlice[]): TopoEndpoint[] {
  const out: TopoEndpoint[] = [];
  const seen = new Set<string>();
  for (const slice of slices) {
    if (slice.metadata.labels?.['kubernetes.io/service-name'] === undefined) continue;
    const owner = `${slice.metadata.namespace ?? 'default'}/${slice.metadata.labels['kubernetes.io/service-name']}`;
    if (owner !== svcKey || slice.addressType === 'FQDN') continue;
    for (const e of slice.endpoints) {
      const ip = e.addresses[0];
      if (!ip || seen.has(ip)) continue;
      seen.add(ip);
      const ref = e.targetRef?.kind === 'Pod' ? e.targetRef : undefined;
      out.push({
        ip,
        ...(ref ? { pod: `${ref.namespace}/${ref.name}` } : {}),
        ...(e.nodeName ? { node: e.nodeName } : {}),
        ready: e.conditions.ready !== false,
        serving: e.conditions.serving !== false,
      });
    }
  }
  return out.sort((a, b) => (a.pod ?? a.ip).localeCompare(b.pod ?? b.ip));
}

function serviceOf(s: Service, key: string, slices: readonly EndpointSlice[]): TopoService {
  const namespace = s.metadata.namespace ?? 'default';
  const spec = s.spec;
  const headless = spec.type !== 'ExternalName' && spec.clusterIP === 'None';
  const lbIPs = (s.status.loadBalancer.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : []));
  return {
    key,
    namespace,
    name: s.metadata.name,
    type: spec.type,
    ...(spec.clusterIP && spec.clusterIP !== 'None' && spec.type !== 'ExternalName'
      ? { clusterIP: spec.clusterIP }
      : {}),
    headless,
    ...(spec.type === 'ExternalName' && spec.externalName
      ? { externalName: spec.externalName }
      : {}),
    externalIPs: [...(spec.externalIPs ?? [])],
    ports: (spec.ports ?? []).map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port: p.port,
      protocol: p.protocol,
      targetPort: p.targetPort,
      ...(p.nodePort ? { nodePort: p.nodePort } : {}),
    })),
    lbIPs,
    lbPending: spec.type === 'LoadBalancer' && lbIPs.length === 0,
    sessionAffinity: spec.sessionAffinity,
    ...(spec.externalTrafficPolicy ? { externalTrafficPolicy: spec.externalTrafficPolicy } : {}),
    ...(spec.internalTrafficPolicy ? { internalTrafficPolicy: spec.internalTrafficPolicy } : {}),
    endpoints: spec.type === 'ExternalName' ? [] : endpointsOf(key, slices),
    system: namespace === 'kube-system' || key === 'default/kubernetes',
    created: s.metadata.creationTimestamp,
  };
}

/** Builds the topology from scratch (no memo); `canvasTopology` is the memoised entry point. */
export function buildTopology(state: SimState): CanvasTopology {
  const slices = Object.values(state.endpointSlices);
  const services = Object.entries(state.services)
    .map(([k, s]) => serviceOf(s, k, slices))
    .sort(byCreation);
  const pods = Object.entries(state.pods)
    .map(([k, p]) => podOf(p, k))
    .sort(byCreation);
  const nodes: TopoNode[] = state.config.nodes.map((n) => {
    const obj = state.nodes[n.name];
    const ready =
      obj?.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;
    const ports: TopoNode['ports'] = [];
    for (const s of services) {
      for (const p of s.ports)
        if (p.nodePort) ports.push({ port: p.nodePort, service: s.key, health: false });
    }
    for (const [k, s] of Object.entries(state.services)) {
      if (s.spec.healthCheckNodePort)
        ports.push({ port: s.spec.healthCheckNodePort, service: k, health: true });
    }
    ports.sort((a, b) => a.port - b.port);
    return { name: n.name, ip: n.ip, controlPlane: n.controlPlane === true, ready, ports };
  });
  const lbConfig = state.config.loadBalancer;
  const addresses: LbAddress[] = services.flatMap((s) =>
    s.lbIPs.map((ip) => ({ ip, service: s.key, ports: s.ports.map((p) => p.port) })),
  );
  return {
    client: { ...state.config.client },
    internet: state.config.internet.map((h) => ({ names: [...h.names], ip: h.ip })),
    lb: lbConfig ? { provider: lbConfig.provider, addresses } : null,
    nodes,
    pods,
    services,
  };
}

const memo = new WeakMap<SimState, CanvasTopology>();
let last: { json: string; topo: CanvasTopology } | undefined;
let lastInputs: readonly unknown[] = [];

/**
 * The canvas topology of a state, memoised: the same reference comes back for the same state, for
 * a state whose objects are the same collections (e.g. after a request), and for a state whose
 * objects changed without changing anything drawn (structural comparison).
 */
export function canvasTopology(state: SimState): CanvasTopology {
  const hit = memo.get(state);
  if (hit) return hit;
  const inputs = [state.config, state.services, state.pods, state.endpointSlices, state.nodes];
  let topo: CanvasTopology;
  if (last && inputs.every((x, i) => x === lastInputs[i])) {
    topo = last.topo;
  } else {
    const fresh = buildTopology(state);
    const json = JSON.stringify(fresh);
    topo = last && last.json === json ? last.topo : fresh;
    last = { json, topo };
  }
  lastInputs = inputs;
  memo.set(state, topo);
  return topo;
}
