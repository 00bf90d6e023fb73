import type { ClusterConfig } from './config.ts';
import type {
  Deployment,
  EndpointSlice,
  KubeEvent,
  Namespace,
  Node,
  ObjectKey,
  Pod,
  ReplicaSet,
  Service,
} from './types.ts';

/**
 * Everything the simulator remembers. Only history-dependent facts live here (objects, allocations,
 * the random generator, affinity and conntrack tables); proxy rules, DNS zones and kubectl tables are
 * derived from it and memoised, never stored.
 *
 * Objects are keyed by `namespace/name` (cluster-scoped ones by `name`). The state is immutable:
 * the reducer returns a new object and shares every collection it did not touch.
 */
export interface SimState {
  readonly config: ClusterConfig;
  /** Seeded generator state (mulberry32); advanced only by the reducer. */
  readonly rng: number;
  /** Last resourceVersion handed out. */
  readonly resourceVersion: number;
  /** Wall-clock time (ms since epoch) of the last action the reducer saw. */
  readonly now: number;
  readonly services: Readonly<Record<ObjectKey, Service>>;
  readonly pods: Readonly<Record<ObjectKey, Pod>>;
  readonly deployments: Readonly<Record<ObjectKey, Deployment>>;
  readonly replicaSets: Readonly<Record<ObjectKey, ReplicaSet>>;
  readonly endpointSlices: Readonly<Record<ObjectKey, EndpointSlice>>;
  readonly namespaces: Readonly<Record<string, Namespace>>;
  readonly nodes: Readonly<Record<string, Node>>;
  readonly events: readonly KubeEvent[];
  /** host-local IPAM: last pod address offset handed out per node (addresses are not reused at once). */
  readonly ipam: Readonly<Record<string, number>>;
  /** iptables `recent` lists for sessionAffinity ClientIP: `${node}|${sepChain}|${srcIP}` → last seen ms. */
  readonly affinity: Readonly<Record<string, number>>;
  /** The most recent connections, newest last (what `conntrack -L` shows). */
  readonly conntrack: readonly ConntrackEntry[];
}

export interface ConntrackEntry {
  node: string;
  protocol: 'tcp' | 'udp';
  /** Original direction as the node saw it arrive. */
  orig: { src: string; dst: string; sport: number; dport: number };
  /** Reply direction after NAT (src = the endpoint that answers). */
  reply: { src: string; dst: string; sport: number; dport: number };
  state: 'ESTABLISHED' | 'TIME_WAIT' | 'SYN_SENT' | 'UNREPLIED';
  at: number;
}

export const objectKey = (namespace: string | undefined, name: string): ObjectKey =>
  namespace ? `${namespace}/${name}` : name;

/** The collections of SimState that hold API objects, by the kind they store. */
export interface ObjectCollections {
  services: Record<ObjectKey, Service>;
  pods: Record<ObjectKey, Pod>;
  deployments: Record<ObjectKey, Deployment>;
  replicaSets: Record<ObjectKey, ReplicaSet>;
  endpointSlices: Record<ObjectKey, EndpointSlice>;
  namespaces: Record<string, Namespace>;
  nodes: Record<string, Node>;
}

export type CollectionName = keyof ObjectCollections;

export const COLLECTION_OF_KIND = {
  Service: 'services',
  Pod: 'pods',
  Deployment: 'deployments',
  ReplicaSet: 'replicaSets',
  EndpointSlice: 'endpointSlices',
  Namespace: 'namespaces',
  Node: 'nodes',
} as const satisfies Record<string, CollectionName>;
