/**
 * Building the initial state of a cluster from options: what the UI needs at start-up, without the
 * command line (which `createCluster`'s `run` adds; see cluster.ts and tools.ts).
 */
import {
  DEFAULT_CONFIG,
  type ClusterConfig,
  type LoadBalancerConfig,
  type NodeConfig,
} from './model/config.ts';
import type { SimState } from './model/state.ts';
import type {
  Deployment,
  EndpointSlice,
  Namespace,
  Node,
  Pod,
  ReplicaSet,
  Service,
} from './model/types.ts';
import { parseCidr, parseIPv4 } from './net/ip.ts';
import { step } from './reducer.ts';
import { bootstrapCluster } from './registry/bootstrap.ts';
import { DEFAULT_MANIFESTS } from './registry/defaultManifests.ts';
import { seedState } from './util/rand.ts';

/** Everything `createCluster` accepts; every field is optional and overrides the kubeadm-like default. */
export interface ClusterOptions {
  nodes?: NodeConfig[];
  clusterCIDR?: string;
  serviceCIDR?: string;
  /** `"30000-32767"` or `{ base, size }`. */
  nodePortRange?: string | { base: number; size: number };
  /** A MetalLB-style pool, a full load-balancer config, or `null` for no implementation (`<pending>`). */
  loadBalancer?: LoadBalancerConfig | string[] | null;
  clusterDomain?: string;
  dnsServiceIP?: string;
  client?: ClusterConfig['client'];
  internet?: ClusterConfig['internet'];
  latency?: Partial<ClusterConfig['latency']>;
  /** Manifests applied (as `kubectl apply`) right after the cluster comes up; defaults to my-app + netshoot. */
  manifests?: string;
  /** Seed of every random choice (addresses, names, endpoint picks). Same seed, same cluster. */
  seed?: number;
  /** Wall clock in ms since the epoch (AGE columns, timestamps). Defaults to Date.now. */
  now?: () => number;
}

/** A read-only view of the API objects, as `kubectl get -o yaml` would show them. */
export interface ClusterSnapshot {
  readonly services: readonly Service[];
  readonly pods: readonly Pod[];
  readonly deployments: readonly Deployment[];
  readonly replicaSets: readonly ReplicaSet[];
  readonly nodes: readonly Node[];
  readonly endpointSlices: readonly EndpointSlice[];
  readonly namespaces: readonly Namespace[];
}

/** Merges options over the defaults and checks them (a bad config is a programming error: it throws). */
export function resolveConfig(o: ClusterOptions = {}): ClusterConfig {
  const range =
    typeof o.nodePortRange === 'string'
      ? (() => {
          const m = /^(\d+)-(\d+)$/.exec(o.nodePortRange);
          if (!m) throw new Error(`invalid nodePortRange "${o.nodePortRange}"`);
          return { base: Number(m[1]), size: Number(m[2]) - Number(m[1]) + 1 };
        })()
      : (o.nodePortRange ?? DEFAULT_CONFIG.nodePortRange);
  const lb =
    o.loadBalancer === undefined
      ? DEFAULT_CONFIG.loadBalancer
      : Array.isArray(o.loadBalancer)
        ? { provider: 'metallb' as const, pool: o.loadBalancer }
        : o.loadBalancer;
  const config: ClusterConfig = {
    ...DEFAULT_CONFIG,
    ...(o.nodes ? { nodes: o.nodes } : {}),
    ...(o.clusterCIDR ? { clusterCIDR: o.clusterCIDR } : {}),
    ...(o.serviceCIDR ? { serviceCIDR: o.serviceCIDR } : {}),
    ...(o.clusterDomain ? { clusterDomain: o.clusterDomain } : {}),
    ...(o.client ? { client: o.client } : {}),
    ...(o.internet ? { internet: o.internet } : {}),
    nodePortRange: range,
    loadBalancer: lb,
    latency: { ...DEFAULT_CONFIG.latency, ...o.latency },
    dnsServiceIP:
      o.dnsServiceIP ?? (o.serviceCIDR ? tenthAddress(o.serviceCIDR) : DEFAULT_CONFIG.dnsServiceIP),
  };
  for (const c of [config.clusterCIDR, config.serviceCIDR, ...config.nodes.map((n) => n.podCIDR)]) {
    if (!parseCidr(c)) throw new Error(`invalid CIDR "${c}"`);
  }
  for (const n of config.nodes)
    if (parseIPv4(n.ip) === undefined) throw new Error(`invalid node IP "${n.ip}"`);
  if (config.nodes.length === 0) throw new Error('a cluster needs at least one node');
  if (range.base < 1 || range.size < 1 || range.base + range.size - 1 > 65535)
    throw new Error('invalid nodePortRange');
  return config;
}

/** kubeadm puts the DNS Service on the 10th address of the service range. */
function tenthAddress(cidr: string): string {
  const c = parseCidr(cidr);
  if (!c) throw new Error(`invalid CIDR "${cidr}"`);
  const n = c.base + 10;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

const sortedValues = <T extends { metadata: { namespace?: string; name: string } }>(
  r: Readonly<Record<string, T>>,
): T[] =>
  Object.values(r).sort(
    (a, b) =>
      (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
      a.metadata.name.localeCompare(b.metadata.name),
  );

/** Builds the snapshot view of a state (memoised per state object). */
const snapshots = new WeakMap<SimState, ClusterSnapshot>();
export function snapshotOf(s: SimState): ClusterSnapshot {
  let snap = snapshots.get(s);
  if (!snap) {
    snap = {
      services: sortedValues(s.services),
      pods: sortedValues(s.pods),
      deployments: sortedValues(s.deployments),
      replicaSets: sortedValues(s.replicaSets),
      nodes: sortedValues(s.nodes),
      endpointSlices: sortedValues(s.endpointSlices),
      namespaces: sortedValues(s.namespaces),
    };
    snapshots.set(s, snap);
  }
  return snap;
}

/** The initial state of a cluster built from options (pure: same options, same state). */
export function initialState(options: ClusterOptions = {}): SimState {
  const config = resolveConfig(options);
  const now = (options.now ?? Date.now)();
  let state = bootstrapCluster(config, seedState(options.seed ?? 1), now);
  const manifests = options.manifests ?? DEFAULT_MANIFESTS;
  if (manifests.trim())
    state = step(state, { type: 'manifests/applied', text: manifests, at: now }).state;
  return state;
}
