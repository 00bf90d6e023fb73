/**
 * Hand-built SimState fixtures for the DNS tests: the reference cluster of the shared docs
 * (web pods 10.244.1.5 / 10.244.2.7) plus the Services of the article.
 */

import { DEFAULT_CONFIG } from '../model/config.ts';
import type { SimState } from '../model/state.ts';
import type {
  Endpoint,
  EndpointSlice,
  Namespace,
  Pod,
  Service,
  ServicePort,
} from '../model/types.ts';

export const T0 = Date.parse('2025-01-01T00:00:00Z');
const TS = '2025-01-01T00:00:00Z';

const meta = (name: string, namespace?: string) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: `uid-${namespace ?? ''}-${name}`,
  resourceVersion: '1',
  creationTimestamp: TS,
});

export function service(
  ns: string,
  name: string,
  spec: {
    clusterIP?: string;
    type?: Service['spec']['type'];
    ports?: Partial<ServicePort>[];
    externalName?: string;
  },
): Service {
  const type = spec.type ?? 'ClusterIP';
  const ports: ServicePort[] = (spec.ports ?? []).map((p) => ({
    protocol: 'TCP',
    port: 80,
    targetPort: p.port ?? 80,
    ...p,
  }));
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, ns),
    spec: {
      type,
      sessionAffinity: 'None',
      ...(type === 'ExternalName' ? { externalName: spec.externalName ?? '' } : {}),
      ...(spec.clusterIP ? { clusterIP: spec.clusterIP, clusterIPs: [spec.clusterIP] } : {}),
      ...(ports.length > 0 ? { ports } : {}),
    },
    status: { loadBalancer: {} },
  };
}

export function slice(
  ns: string,
  svc: string,
  endpoints: { ip: string; ready?: boolean; hostname?: string; pod?: string }[],
  ports: { name?: string; port: number; protocol?: 'TCP' | 'UDP' }[] | null,
  suffix = 'abcde',
): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { ...meta(`${svc}-${suffix}`, ns), labels: { 'kubernetes.io/service-name': svc } },
    addressType: 'IPv4',
    endpoints: endpoints.map((e): Endpoint => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true, serving: e.ready ?? true, terminating: false },
      ...(e.hostname ? { hostname: e.hostname } : {}),
      ...(e.pod
        ? { targetRef: { kind: 'Pod', name: e.pod, namespace: ns, uid: `uid-${e.pod}` } }
        : {}),
    })),
    ports:
      ports === null
        ? null
        : ports.map((p) => ({ name: p.name ?? '', protocol: p.protocol ?? 'TCP', port: p.port })),
  };
}

export function pod(
  ns: string,
  name: string,
  ip: string,
  node: string,
  extra: { hostNetwork?: boolean; dnsPolicy?: string; hostname?: string; subdomain?: string } = {},
): Pod {
  const { hostNetwork, dnsPolicy, hostname, subdomain } = extra;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, ns),
    spec: {
      containers: [{ name: 'main', image: 'nicolaka/netshoot' }],
      nodeName: node,
      dnsPolicy: dnsPolicy ?? 'ClusterFirst',
      restartPolicy: 'Always',
      ...(hostNetwork ? { hostNetwork } : {}),
      ...(hostname ? { hostname } : {}),
      ...(subdomain ? { subdomain } : {}),
    },
    status: {
      phase: 'Running',
      podIP: ip,
      podIPs: [{ ip }],
      conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: TS }],
    },
  };
}

const namespace = (name: string): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: meta(name),
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

const keyed = <T extends { metadata: { name: string; namespace?: string } }>(objs: T[]) =>
  Object.fromEntries(
    objs.map((o) => [
      o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name,
      o,
    ]),
  );

/** The DNS test cluster. `overrides` replaces whole collections. */
export function dnsCluster(overrides: Partial<SimState> = {}): SimState {
  const services = [
    service('default', 'kubernetes', {
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', port: 443, targetPort: 6443 }],
    }),
    service('kube-system', 'kube-dns', {
      clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53 },
        { name: 'metrics', port: 9153 },
      ],
    }),
    service('default', 'web', {
      clusterIP: '10.96.45.12',
      ports: [{ port: 80, targetPort: 8080 }],
    }),
    service('default', 'web-headless', {
      clusterIP: 'None',
      ports: [{ name: 'http', port: 8080 }],
    }),
    service('default', 'multi', {
      clusterIP: '10.110.20.30',
      ports: [
        { name: 'http', port: 80 },
        { name: 'metrics', port: 9090 },
      ],
    }),
    service('default', 'externalname-service', {
      type: 'ExternalName',
      externalName: 'google.com',
    }),
    service('default', 'db-ext', { type: 'ExternalName', externalName: 'my.database.example.com' }),
    service('default', 'alias', {
      type: 'ExternalName',
      externalName: 'web.default.svc.cluster.local',
    }),
    service('default', 'headless-service', { clusterIP: 'None', ports: [{ port: 80 }] }),
    service('default', 'empty-headless', { clusterIP: 'None', ports: [{ port: 80 }] }),
    service('default', 'sts', { clusterIP: 'None', ports: [{ name: 'http', port: 80 }] }),
    service('other', 'web', { clusterIP: '10.100.1.1', ports: [{ port: 80 }] }),
  ];
  const slices = [
    slice(
      'kube-system',
      'kube-dns',
      [
        { ip: '10.244.0.2', pod: 'coredns-668d6bf9bc-7kx2p' },
        { ip: '10.244.0.3', pod: 'coredns-668d6bf9bc-t9w4f' },
      ],
      [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53 },
        { name: 'metrics', port: 9153 },
      ],
    ),
    slice('default', 'kubernetes', [{ ip: '192.168.0.10' }], [{ name: 'https', port: 6443 }]),
    slice(
      'default',
      'web',
      [
        { ip: '10.244.1.5', pod: 'web-6c8b9d7f45-kx2vq' },
        { ip: '10.244.2.7', pod: 'web-6c8b9d7f45-9wzlm' },
      ],
      [{ port: 8080 }],
    ),
    slice(
      'default',
      'web-headless',
      [{ ip: '10.244.1.5' }, { ip: '10.244.2.7' }],
      [{ name: 'http', port: 8080 }],
    ),
    slice(
      'default',
      'multi',
      [{ ip: '10.244.1.5' }],
      [
        { name: 'http', port: 8080 },
        { name: 'metrics', port: 9090 },
      ],
    ),
    slice(
      'default',
      'headless-service',
      [{ ip: '10.244.189.76' }, { ip: '10.244.235.175' }],
      [{ port: 80 }],
    ),
    slice('default', 'empty-headless', [{ ip: '10.244.3.9', ready: false }], [{ port: 80 }]),
    slice(
      'default',
      'sts',
      [
        { ip: '10.244.1.20', hostname: 'web-0' },
        { ip: '10.244.2.21', hostname: 'web-1' },
      ],
      [{ name: 'http', port: 80 }],
    ),
    slice('other', 'web', [{ ip: '10.244.3.3' }], [{ port: 80 }]),
  ];
  const pods = [
    pod('kube-system', 'coredns-668d6bf9bc-7kx2p', '10.244.0.2', 'control-plane'),
    pod('kube-system', 'coredns-668d6bf9bc-t9w4f', '10.244.0.3', 'control-plane'),
    pod('default', 'web-6c8b9d7f45-kx2vq', '10.244.1.5', 'node1'),
    pod('default', 'web-6c8b9d7f45-9wzlm', '10.244.2.7', 'node2'),
    pod('default', 'netshoot', '10.244.1.10', 'node1'),
    pod('default', 'web-0', '10.244.1.20', 'node1', { hostname: 'web-0', subdomain: 'sts' }),
    pod('other', 'tester', '10.244.3.4', 'node3'),
    pod('default', 'hostnet', '192.168.0.12', 'node2', { hostNetwork: true }),
    pod('default', 'hostnet-cf', '192.168.0.13', 'node3', {
      hostNetwork: true,
      dnsPolicy: 'ClusterFirstWithHostNet',
    }),
  ];
  return {
    config: DEFAULT_CONFIG,
    rng: 1,
    resourceVersion: 100,
    now: T0,
    services: keyed(services),
    pods: keyed(pods),
    deployments: {},
    replicaSets: {},
    endpointSlices: keyed(slices),
    namespaces: keyed(
      ['default', 'kube-system', 'kube-public', 'kube-node-lease', 'other'].map(namespace),
    ),
    nodes: {},
    events: [],
    ipam: {},
    affinity: {},
    conntrack: [],
    ...overrides,
  };
}
