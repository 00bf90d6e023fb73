/**
 * Hand-built SimState fixtures for the proxy tests (the registry is not used here): the reference
 * cluster of kubernetes-services.md §0 — control-plane 192.168.0.10, worker1 .11, worker2 .12.
 */
import type { ClusterConfig } from '../model/config.ts';
import { DEFAULT_CONFIG } from '../model/config.ts';
import type { ConntrackEntry, SimState } from '../model/state.ts';
import type {
  EndpointSlice,
  Protocol,
  Service,
  ServiceSpec,
  TrafficPolicy,
} from '../model/types.ts';

export const REF_CONFIG: ClusterConfig = {
  ...DEFAULT_CONFIG,
  nodes: [
    { name: 'control-plane', ip: '192.168.0.10', podCIDR: '10.244.0.0/24', controlPlane: true },
    { name: 'worker1', ip: '192.168.0.11', podCIDR: '10.244.1.0/24' },
    { name: 'worker2', ip: '192.168.0.12', podCIDR: '10.244.2.0/24' },
  ],
};

/** 2025-06-02T10:00:00Z, a Monday. */
export const NOW = Date.UTC(2025, 5, 2, 10, 0, 0);

const meta = (name: string, namespace: string, labels?: Record<string, string>) => ({
  name,
  namespace,
  uid: `uid-${namespace}-${name}`,
  resourceVersion: '1',
  creationTimestamp: '2025-06-02T09:00:00Z',
  labels,
});

export interface SvcOpts {
  namespace?: string;
  type?: ServiceSpec['type'];
  clusterIP?: string;
  ports: {
    name?: string;
    port: number;
    targetPort?: number | string;
    protocol?: Protocol;
    nodePort?: number;
  }[];
  externalTrafficPolicy?: TrafficPolicy;
  internalTrafficPolicy?: TrafficPolicy;
  affinitySeconds?: number | true;
  lbIPs?: string[];
  lbIPMode?: 'VIP' | 'Proxy';
  sourceRanges?: string[];
  healthCheckNodePort?: number;
  externalIPs?: string[];
  externalName?: string;
}

export function service(name: string, o: SvcOpts): Service {
  const type = o.type ?? 'ClusterIP';
  const spec: ServiceSpec = {
    type,
    selector: { app: name },
    clusterIP: o.clusterIP,
    clusterIPs: o.clusterIP ? [o.clusterIP] : undefined,
    ports: o.ports.map((p) => ({
      name: p.name,
      protocol: p.protocol ?? 'TCP',
      port: p.port,
      targetPort: p.targetPort ?? p.port,
      nodePort: p.nodePort,
    })),
    sessionAffinity: o.affinitySeconds ? 'ClientIP' : 'None',
    sessionAffinityConfig:
      typeof o.affinitySeconds === 'number'
        ? { clientIP: { timeoutSeconds: o.affinitySeconds } }
        : undefined,
    externalTrafficPolicy:
      type === 'NodePort' || type === 'LoadBalancer'
        ? (o.externalTrafficPolicy ?? 'Cluster')
        : undefined,
    internalTrafficPolicy: o.internalTrafficPolicy ?? 'Cluster',
    healthCheckNodePort: o.healthCheckNodePort,
    loadBalancerSourceRanges: o.sourceRanges,
    externalIPs: o.externalIPs,
    externalName: o.externalName,
  };
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, o.namespace ?? 'default'),
    spec,
    status: {
      loadBalancer: o.lbIPs
        ? { ingress: o.lbIPs.map((ip) => ({ ip, ipMode: o.lbIPMode ?? 'VIP' })) }
        : {},
    },
  };
}

export interface EpOpts {
  ip: string;
  node?: string;
  ready?: boolean;
  serving?: boolean;
  terminating?: boolean;
  pod?: string;
}

export function slice(
  serviceName: string,
  o: {
    namespace?: string;
    name?: string;
    ports: { name?: string; port: number; protocol?: Protocol }[];
    endpoints: EpOpts[];
  },
): EndpointSlice {
  const namespace = o.namespace ?? 'default';
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta(o.name ?? `${serviceName}-abcde`, namespace, {
      'kubernetes.io/service-name': serviceName,
    }),
    addressType: 'IPv4',
    endpoints: o.endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: {
        ready: e.ready ?? true,
        serving: e.serving ?? e.ready ?? true,
        terminating: e.terminating ?? false,
      },
      nodeName: e.node,
      targetRef: e.pod ? { kind: 'Pod', name: e.pod, namespace, uid: `uid-${e.pod}` } : undefined,
    })),
    ports: o.ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol ?? 'TCP' })),
  };
}

/** The two `web` pods of the reference cluster. */
export const WEB_EPS: EpOpts[] = [
  { ip: '10.244.1.5', node: 'worker1', pod: 'web-6c8b9d7f45-kx2vq' },
  { ip: '10.244.2.7', node: 'worker2', pod: 'web-6c8b9d7f45-9wzlm' },
];

export function makeState(
  services: Service[],
  slices: EndpointSlice[],
  extra: { conntrack?: ConntrackEntry[]; config?: ClusterConfig } = {},
): SimState {
  const key = (o: { metadata: { namespace?: string; name: string } }) =>
    `${o.metadata.namespace}/${o.metadata.name}`;
  return {
    config: extra.config ?? REF_CONFIG,
    rng: 1,
    resourceVersion: 1,
    now: NOW,
    services: Object.fromEntries(services.map((s) => [key(s), s])),
    pods: {},
    deployments: {},
    replicaSets: {},
    endpointSlices: Object.fromEntries(slices.map((s) => [key(s), s])),
    namespaces: {},
    nodes: {},
    events: [],
    ipam: {},
    affinity: {},
    conntrack: extra.conntrack ?? [],
  };
}

/** `iptables-save | grep <needle>` */
export const grep = (text: string, needle: string | RegExp) =>
  text
    .split('\n')
    .filter((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)))
    .join('\n');
