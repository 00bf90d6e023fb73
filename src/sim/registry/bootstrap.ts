import { reconcile } from '../controllers/reconcile.ts';
import type { ClusterConfig, NodeConfig } from '../model/config.ts';
import type { SimState } from '../model/state.ts';
import type {
  Container,
  Deployment,
  EndpointSlice,
  Namespace,
  Node,
  Pod,
  Service,
} from '../model/types.ts';
import { formatIPv4, parseCidr } from '../net/ip.ts';
import type { JsonObject } from '../apiserver/index.ts';
import type { KubeObject } from '../model/types.ts';
import { admit } from './admission.ts';
import { agentOf, allocatorOf, store } from './store.ts';
import { Txn } from './txn.ts';

/** The empty state a brand-new API server starts from. */
export function emptyState(config: ClusterConfig, rng: number, now: number): SimState {
  return {
    config,
    rng,
    resourceVersion: 100,
    now,
    services: {},
    pods: {},
    deployments: {},
    replicaSets: {},
    endpointSlices: {},
    namespaces: {},
    nodes: {},
    events: [],
    ipam: {},
    affinity: {},
    conntrack: [],
  };
}

const meta = (name: string, namespace?: string, extra: Partial<Service['metadata']> = {}) => ({
  name,
  ...(namespace ? { namespace } : {}),
  uid: '',
  resourceVersion: '',
  creationTimestamp: '',
  ...extra,
});

function nodeObject(n: NodeConfig, version: string): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': n.name,
    'kubernetes.io/os': 'linux',
  };
  if (n.controlPlane) {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  if (n.zone) labels['topology.kubernetes.io/zone'] = n.zone;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(n.name, undefined, {
      labels,
      annotations: {
        'flannel.alpha.coreos.com/backend-data': 'null',
        'flannel.alpha.coreos.com/backend-type': 'host-gw',
        'flannel.alpha.coreos.com/kube-subnet-manager': 'true',
        'flannel.alpha.coreos.com/public-ip': n.ip,
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    }),
    spec: {
      podCIDR: n.podCIDR,
      podCIDRs: [n.podCIDR],
      ...(n.controlPlane
        ? {
            taints: [
              { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' as const },
            ],
          }
        : {}),
    },
    status: {
      addresses: [
        { type: 'InternalIP', address: n.ip },
        { type: 'Hostname', address: n.name },
      ],
      conditions: [
        { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory' },
        { type: 'DiskPressure', status: 'False', reason: 'KubeletHasNoDiskPressure' },
        { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID' },
        { type: 'Ready', status: 'True', reason: 'KubeletReady' },
      ],
      nodeInfo: {
        kubeletVersion: version,
        kubeProxyVersion: '',
        osImage: 'Ubuntu 24.04.2 LTS',
        kernelVersion: '6.8.0-60-generic',
        containerRuntimeVersion: 'containerd://1.7.27',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
    },
  };
}

const namespaceObject = (name: string): Namespace => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: meta(name, undefined, { labels: { 'kubernetes.io/metadata.name': name } }),
  spec: { finalizers: ['kubernetes'] },
  status: { phase: 'Active' },
});

function serviceObject(
  name: string,
  namespace: string,
  spec: Partial<Service['spec']>,
  m: Partial<Service['metadata']> = {},
): Service {
  const ip = spec.clusterIP as string;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(name, namespace, m),
    spec: {
      clusterIPs: [ip],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      sessionAffinity: 'None',
      type: 'ClusterIP',
      ...spec,
    },
    status: { loadBalancer: {} },
  };
}

function podSpec(containers: Container[], extra: Partial<Pod['spec']> = {}): Pod['spec'] {
  return { containers, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always', ...extra };
}

const CONTROL_PLANE_TOLERATION = {
  key: 'node-role.kubernetes.io/control-plane',
  effect: 'NoSchedule',
};

/** kubeadm's static control-plane pods and the per-node kube-proxy, all on the host network. */
function systemPods(config: ClusterConfig): Pod[] {
  const v = config.kubernetesVersion;
  const out: Pod[] = [];
  const cp = config.nodes.find((n) => n.controlPlane);
  if (cp) {
    for (const [component, image] of [
      ['etcd', 'registry.k8s.io/etcd:3.5.21-0'],
      ['kube-apiserver', `registry.k8s.io/kube-apiserver:${v}`],
      ['kube-controller-manager', `registry.k8s.io/kube-controller-manager:${v}`],
      ['kube-scheduler', `registry.k8s.io/kube-scheduler:${v}`],
    ] as const) {
      out.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta(`${component}-${cp.name}`, 'kube-system', {
          labels: { component, tier: 'control-plane' },
          annotations: { 'kubernetes.io/config.source': 'file' },
        }),
        spec: podSpec([{ name: component, image }], {
          nodeName: cp.name,
          hostNetwork: true,
          tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
        }),
        status: { phase: 'Pending', conditions: [] },
      });
    }
  }
  config.nodes.forEach((n) => {
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: meta(`kube-proxy-${kubeProxySuffix(n.name)}`, 'kube-system', {
        labels: {
          'controller-revision-hash': '7b9c5d6f8d',
          'k8s-app': 'kube-proxy',
          'pod-template-generation': '1',
        },
      }),
      spec: podSpec([{ name: 'kube-proxy', image: `registry.k8s.io/kube-proxy:${v}` }], {
        nodeName: n.name,
        hostNetwork: true,
        tolerations: [{ operator: 'Exists' }],
      }),
      status: { phase: 'Pending', conditions: [] },
    });
  });
  return out;
}

/** Stable 5-character suffixes for the kube-proxy DaemonSet pods (derived from the node name). */
function kubeProxySuffix(node: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let h = 2166136261;
  for (let i = 0; i < node.length; i++) h = Math.imul(h ^ node.charCodeAt(i), 16777619) >>> 0;
  let s = '';
  for (let i = 0; i < 5; i++) {
    s += alphabet[h % alphabet.length];
    h = Math.floor(h / alphabet.length) + i * 7919;
  }
  return s;
}

function coreDNS(): Deployment {
  const labels = { 'k8s-app': 'kube-dns' };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('coredns', 'kube-system', { labels }),
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: podSpec(
          [
            {
              name: 'coredns',
              image: 'registry.k8s.io/coredns/coredns:v1.12.0',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { name: 'dns', containerPort: 53, protocol: 'UDP' },
                { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
                { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
              ],
            },
          ],
          {
            dnsPolicy: 'Default',
            nodeSelector: { 'kubernetes.io/os': 'linux' },
            tolerations: [
              { key: 'CriticalAddonsOnly', operator: 'Exists' },
              CONTROL_PLANE_TOLERATION,
            ],
          },
        ),
      },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
    },
    status: {},
  };
}

/**
 * Creates a system object through the same admission (defaults, validation, allocation) as a user's,
 * the way kubeadm creates them through the API. A failure here is a bug in this file: it throws.
 */
function create(txn: Txn, obj: KubeObject): void {
  const { uid: _u, resourceVersion: _r, creationTimestamp: _c, ...metadata } = obj.metadata;
  const input = { ...(obj as unknown as JsonObject), metadata: metadata as unknown as JsonObject };
  const res = admit(obj.kind, input, undefined, allocatorOf(txn));
  if (!res.ok) throw new Error(`bootstrap: ${res.error.message}`);
  store(txn, res.object, undefined);
}

/**
 * A freshly installed kubeadm cluster: nodes, system namespaces, the `kubernetes` and `kube-dns`
 * Services, CoreDNS on the control plane (installed before the workers joined) and kube-proxy.
 */
export function bootstrapCluster(config: ClusterConfig, rng: number, now: number): SimState {
  const base = emptyState(config, rng, now);
  const txn = new Txn(base, now);
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    create(txn, namespaceObject(ns));
  const controlPlanes = config.nodes.filter((n) => n.controlPlane);
  const workers = config.nodes.filter((n) => !n.controlPlane);
  for (const n of controlPlanes.length > 0 ? controlPlanes : workers)
    store(txn, nodeObject(n, config.kubernetesVersion), undefined);
  const apiserver = controlPlanes[0] ?? config.nodes[0];
  create(
    txn,
    serviceObject(
      'kubernetes',
      'default',
      {
        clusterIP: firstServiceIP(config),
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      },
      { labels: { component: 'apiserver', provider: 'kubernetes' } },
    ),
  );
  const slice: EndpointSlice = {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta('kubernetes', 'default', {
      labels: { 'kubernetes.io/service-name': 'kubernetes' },
    }),
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiserver?.ip ?? '127.0.0.1'], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  };
  create(txn, slice);
  create(
    txn,
    serviceObject(
      'kube-dns',
      'kube-system',
      {
        clusterIP: config.dnsServiceIP,
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
          { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
          { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
        ],
      },
      {
        labels: {
          'k8s-app': 'kube-dns',
          'kubernetes.io/cluster-service': 'true',
          'kubernetes.io/name': 'CoreDNS',
        },
        annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
      },
    ),
  );
  create(txn, coreDNS());
  reconcile(txn, agentOf);
  if (controlPlanes.length > 0)
    for (const n of workers) store(txn, nodeObject(n, config.kubernetesVersion), undefined);
  for (const p of systemPods(config)) create(txn, p);
  reconcile(txn, agentOf);
  return txn.commit();
}

/** The `kubernetes` Service always gets the first address of the service range. */
function firstServiceIP(config: ClusterConfig): string {
  const cidr = parseCidr(config.serviceCIDR);
  return cidr ? formatIPv4(cidr.base + 1) : '10.96.0.1';
}
