/**
 * Hand-built objects and states for the printer tests (shapes of model/types.ts, values of the
 * reference cluster in conformance-examples.md). Not used by the simulator itself.
 */

import { DEFAULT_CONFIG } from '../../model/config.ts';
import type { SimState } from '../../model/state.ts';
import type {
  Deployment,
  EndpointSlice,
  KubeEvent,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  Service,
  ServiceSpec,
} from '../../model/types.ts';

/** 2025-01-01T00:00:00Z, the fixtures' "now". */
export const NOW = Date.parse('2025-01-01T00:00:00Z');

/** The RFC 3339 timestamp `seconds` before NOW. */
export const ago = (seconds: number): string =>
  new Date(NOW - seconds * 1000).toISOString().replace('.000Z', 'Z');

let uidCounter = 0;
const uid = (): string => `00000000-0000-4000-8000-${String(++uidCounter).padStart(12, '0')}`;

export function service(
  name: string,
  spec: Partial<ServiceSpec>,
  createdAgo = 180,
  extra?: Partial<Service>,
): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: 'default',
      uid: uid(),
      resourceVersion: '1234',
      creationTimestamp: ago(createdAgo),
    },
    spec: { type: 'ClusterIP', sessionAffinity: 'None', ...spec },
    status: { loadBalancer: {} },
    ...extra,
  };
}

/** A ClusterIP-family Service with v1.33 defaults (SingleStack IPv4, internalTrafficPolicy Cluster). */
export function clusterService(
  name: string,
  clusterIP: string,
  spec: Partial<ServiceSpec>,
  createdAgo = 180,
): Service {
  return service(
    name,
    {
      clusterIP,
      clusterIPs: [clusterIP],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      ...spec,
    },
    createdAgo,
  );
}

export function pod(
  name: string,
  ip: string | undefined,
  node: string | undefined,
  opts: {
    ready?: boolean;
    labels?: Record<string, string>;
    createdAgo?: number;
    phase?: Pod['status']['phase'];
  } = {},
): Pod {
  const ready = opts.ready ?? true;
  const t = ago(opts.createdAgo ?? 180);
  const phase = opts.phase ?? (node && ip ? 'Running' : 'Pending');
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: uid(),
      resourceVersion: '1300',
      creationTimestamp: t,
      labels: opts.labels ?? { app: 'web', 'pod-template-hash': '6c8b9d7f45' },
    },
    spec: {
      containers: [
        {
          name: 'web',
          image: 'nginx',
          ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
        },
      ],
      nodeName: node,
      dnsPolicy: 'ClusterFirst',
      restartPolicy: 'Always',
    },
    status: {
      phase,
      podIP: ip,
      podIPs: ip ? [{ ip }] : undefined,
      hostIP: node ? DEFAULT_CONFIG.nodes.find((n) => n.name === node)?.ip : undefined,
      startTime: node ? t : undefined,
      conditions: [
        {
          type: 'PodReadyToStartContainers',
          status: phase === 'Running' ? 'True' : 'False',
          lastTransitionTime: t,
        },
        { type: 'Initialized', status: 'True', lastTransitionTime: t },
        {
          type: 'Ready',
          status: ready && phase === 'Running' ? 'True' : 'False',
          lastTransitionTime: t,
        },
        {
          type: 'ContainersReady',
          status: ready && phase === 'Running' ? 'True' : 'False',
          lastTransitionTime: t,
        },
        { type: 'PodScheduled', status: node ? 'True' : 'False', lastTransitionTime: t },
      ],
    },
  };
}

export function slice(
  name: string,
  svcName: string,
  ports: EndpointSlice['ports'],
  endpoints: { ip: string; ready?: boolean; node?: string; pod?: string }[],
  createdAgo = 180,
): EndpointSlice {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name,
      namespace: 'default',
      uid: uid(),
      resourceVersion: '1400',
      creationTimestamp: ago(createdAgo),
      labels: {
        'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        'kubernetes.io/service-name': svcName,
      },
    },
    addressType: 'IPv4',
    ports,
    endpoints: endpoints.map((e) => ({
      addresses: [e.ip],
      conditions: { ready: e.ready ?? true, serving: e.ready ?? true, terminating: false },
      nodeName: e.node,
      targetRef: e.pod ? { kind: 'Pod', name: e.pod, namespace: 'default', uid: 'x' } : undefined,
    })),
  };
}

export function node(
  name: string,
  ip: string,
  podCIDR: string,
  controlPlane = false,
  createdAgo = 5 * 86400,
): Node {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      uid: uid(),
      resourceVersion: '900',
      creationTimestamp: ago(createdAgo),
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(controlPlane
          ? {
              'node-role.kubernetes.io/control-plane': '',
              'node.kubernetes.io/exclude-from-external-load-balancers': '',
            }
          : {}),
      },
    },
    spec: {
      podCIDR,
      podCIDRs: [podCIDR],
      taints: controlPlane
        ? [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]
        : undefined,
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: name },
      ],
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
        { type: 'Ready', status: 'True', reason: 'KubeletReady' },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.33.1',
        osImage: 'Ubuntu 24.04.2 LTS',
        kernelVersion: '6.8.0-60-generic',
        containerRuntimeVersion: 'containerd://1.7.27',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
    },
  };
}

export function namespace(name: string, createdAgo = 5 * 86400): Namespace {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name,
      uid: uid(),
      resourceVersion: '10',
      creationTimestamp: ago(createdAgo),
      labels: { 'kubernetes.io/metadata.name': name },
    },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export function deployment(
  name: string,
  replicas: number,
  ready: number,
  createdAgo = 180,
): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace: 'default',
      uid: uid(),
      resourceVersion: '1200',
      generation: 1,
      creationTimestamp: ago(createdAgo),
      labels: { app: name },
      annotations: { 'deployment.kubernetes.io/revision': '1' },
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [{ name, image: 'nginx', ports: [{ containerPort: 8080, protocol: 'TCP' }] }],
          dnsPolicy: 'ClusterFirst',
          restartPolicy: 'Always',
        },
      },
    },
    status: {
      observedGeneration: 1,
      replicas,
      readyReplicas: ready,
      availableReplicas: ready,
      updatedReplicas: replicas,
      unavailableReplicas: replicas - ready || undefined,
    },
  };
}

export function replicaSet(
  name: string,
  owner: Deployment,
  replicas: number,
  ready: number,
): ReplicaSet {
  const hash = name.slice(owner.metadata.name.length + 1);
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name,
      namespace: 'default',
      uid: uid(),
      resourceVersion: '1250',
      creationTimestamp: owner.metadata.creationTimestamp,
      labels: { app: owner.metadata.name, 'pod-template-hash': hash },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: owner.metadata.name,
          uid: owner.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas,
      selector: { matchLabels: { app: owner.metadata.name, 'pod-template-hash': hash } },
      template: owner.spec.template,
    },
    status: { replicas, readyReplicas: ready, availableReplicas: ready },
  };
}

export function event(
  kind: KubeEvent['involved']['kind'],
  name: string,
  objUid: string,
  e: Partial<KubeEvent> & {
    reason: string;
    message: string;
    source: string;
    firstAgo: number;
    lastAgo?: number;
  },
): KubeEvent {
  return {
    involved: { kind, namespace: kind === 'Node' ? undefined : 'default', name, uid: objUid },
    type: e.type ?? 'Normal',
    reason: e.reason,
    message: e.message,
    source: e.source,
    firstTimestamp: ago(e.firstAgo),
    lastTimestamp: ago(e.lastAgo ?? e.firstAgo),
    count: e.count ?? 1,
  };
}

type Keyed = { metadata: { name: string; namespace?: string } };
const keyed = <T extends Keyed>(objs: readonly T[]): Record<string, T> =>
  Object.fromEntries(
    objs.map((o) => [
      o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name,
      o,
    ]),
  );

export function makeState(objs: {
  services?: Service[];
  pods?: Pod[];
  deployments?: Deployment[];
  replicaSets?: ReplicaSet[];
  endpointSlices?: EndpointSlice[];
  nodes?: Node[];
  namespaces?: Namespace[];
  events?: KubeEvent[];
}): SimState {
  return {
    config: DEFAULT_CONFIG,
    rng: 1,
    resourceVersion: 2000,
    now: NOW,
    services: keyed(objs.services ?? []),
    pods: keyed(objs.pods ?? []),
    deployments: keyed(objs.deployments ?? []),
    replicaSets: keyed(objs.replicaSets ?? []),
    endpointSlices: keyed(objs.endpointSlices ?? []),
    namespaces: keyed(objs.namespaces ?? []),
    nodes: keyed(objs.nodes ?? []),
    events: objs.events ?? [],
    ipam: {},
    affinity: {},
    conntrack: [],
  };
}
