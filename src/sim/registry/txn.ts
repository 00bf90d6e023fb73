import type { ConntrackEntry, ObjectCollections, SimState } from '../model/state.ts';
import { COLLECTION_OF_KIND, objectKey } from '../model/state.ts';
import type { KubeEvent, KubeObject, ObjectKey, ObjectMeta } from '../model/types.ts';
import { nextK8sString, nextUid } from '../util/rand.ts';

type Collection = keyof ObjectCollections;

/** RFC 3339 with second precision, as the API server stores timestamps. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * A copy-on-write working copy of the state for one reducer action. Nothing of the input state is
 * mutated: the first write to a collection copies it, later writes go to the copy. `commit()` builds
 * the next SimState, sharing every untouched collection with the previous one.
 *
 * The transaction also records which objects changed so the controllers reconcile only those.
 */
export class Txn {
  readonly at: number;
  rng: number;
  resourceVersion: number;
  private readonly base: SimState;
  private readonly drafts: Partial<ObjectCollections> = {};
  private events: KubeEvent[] | undefined;
  private ipam: Record<string, number> | undefined;
  private affinity: Record<string, number> | undefined;
  private conntrack: ConntrackEntry[] | undefined;
  /** Services whose EndpointSlices must be recomputed (namespace/name). */
  readonly dirtyServices = new Set<ObjectKey>();
  /** Pods that changed (created, deleted, relabelled, readiness): namespace → label sets before/after. */
  readonly dirtyPods: { namespace: string; labels: (Record<string, string> | undefined)[] }[] = [];
  readonly dirtyDeployments = new Set<ObjectKey>();
  readonly dirtyReplicaSets = new Set<ObjectKey>();

  constructor(base: SimState, at: number) {
    this.base = base;
    this.at = at;
    this.rng = base.rng;
    this.resourceVersion = base.resourceVersion;
  }

  get state(): SimState {
    return this.base;
  }

  /** Read access to a collection as it stands in this transaction. */
  read<C extends Collection>(c: C): Readonly<ObjectCollections[C]> {
    return (this.drafts[c] ?? this.base[c]) as ObjectCollections[C];
  }

  private write<C extends Collection>(c: C): ObjectCollections[C] {
    let d = this.drafts[c];
    if (!d) {
      d = { ...(this.base[c] as ObjectCollections[C]) };
      this.drafts[c] = d;
    }
    return d as ObjectCollections[C];
  }

  /** Whether this transaction wrote to a collection. */
  touched(c: Collection): boolean {
    return this.drafts[c] !== undefined;
  }

  get<K extends KubeObject['kind']>(
    kind: K,
    namespace: string | undefined,
    name: string,
  ): Extract<KubeObject, { kind: K }> | undefined {
    const coll = this.read(COLLECTION_OF_KIND[kind]) as Record<string, KubeObject>;
    return coll[objectKey(namespace, name)] as Extract<KubeObject, { kind: K }> | undefined;
  }

  /** Stores an object as is (the caller has already set metadata). */
  put(obj: KubeObject): void {
    const coll = this.write(COLLECTION_OF_KIND[obj.kind]) as Record<string, KubeObject>;
    coll[objectKey(obj.metadata.namespace, obj.metadata.name)] = obj;
  }

  remove(kind: KubeObject['kind'], namespace: string | undefined, name: string): void {
    const coll = this.write(COLLECTION_OF_KIND[kind]) as Record<string, KubeObject>;
    delete coll[objectKey(namespace, name)];
  }

  nextResourceVersion(): string {
    this.resourceVersion += 1;
    return String(this.resourceVersion);
  }

  uid(): string {
    const d = nextUid(this.rng);
    this.rng = d.rng;
    return d.value;
  }

  randomSuffix(n = 5): string {
    const d = nextK8sString(this.rng, n);
    this.rng = d.rng;
    return d.value;
  }

  /** Metadata for a brand-new object: uid, resourceVersion, creationTimestamp. */
  private stamp: string | undefined;

  /** The action's time as an RFC 3339 timestamp (computed once per transaction). */
  get timestamp(): string {
    return (this.stamp ??= rfc3339(this.at));
  }

  newMeta(meta: Omit<ObjectMeta, 'uid' | 'resourceVersion' | 'creationTimestamp'>): ObjectMeta {
    return {
      ...meta,
      uid: this.uid(),
      resourceVersion: this.nextResourceVersion(),
      creationTimestamp: this.timestamp,
    };
  }

  /** Metadata for an update: same identity, next resourceVersion. */
  updatedMeta(old: ObjectMeta, next: Partial<ObjectMeta>): ObjectMeta {
    return {
      ...old,
      ...next,
      uid: old.uid,
      creationTimestamp: old.creationTimestamp,
      resourceVersion: this.nextResourceVersion(),
    };
  }

  get ipamState(): Readonly<Record<string, number>> {
    return this.ipam ?? this.base.ipam;
  }

  setIpam(node: string, offset: number): void {
    this.ipam ??= { ...this.base.ipam };
    this.ipam[node] = offset;
  }

  get affinityState(): Readonly<Record<string, number>> {
    return this.affinity ?? this.base.affinity;
  }

  setAffinity(key: string, at: number | undefined): void {
    this.affinity ??= { ...this.base.affinity };
    if (at === undefined) delete this.affinity[key];
    else this.affinity[key] = at;
  }

  addConntrack(entry: ConntrackEntry, keep = 32): void {
    this.conntrack ??= this.base.conntrack.slice(-(keep - 1));
    this.conntrack.push(entry);
    if (this.conntrack.length > keep) this.conntrack.splice(0, this.conntrack.length - keep);
  }

  /** Records an event, folding repeats into a count as the event recorder does. */
  event(e: Omit<KubeEvent, 'firstTimestamp' | 'lastTimestamp' | 'count'>): void {
    const events = (this.events ??= [...this.base.events]);
    const ts = this.timestamp;
    const same = events.findIndex(
      (x) =>
        x.involved.uid === e.involved.uid &&
        x.reason === e.reason &&
        x.message === e.message &&
        x.source === e.source,
    );
    if (same >= 0) {
      const old = events[same] as KubeEvent;
      events[same] = { ...old, lastTimestamp: ts, count: old.count + 1 };
      return;
    }
    events.push({ ...e, firstTimestamp: ts, lastTimestamp: ts, count: 1 });
    // Events expire on a real cluster (1 h TTL); keep the list bounded instead.
    if (events.length > 500) events.splice(0, events.length - 500);
  }

  /** Drops the events of an object that no longer exists (events are namespaced and GC'd). */
  forgetEvents(uid: string): void {
    const events = this.events ?? this.base.events;
    if (!events.some((e) => e.involved.uid === uid)) return;
    this.events = events.filter((e) => e.involved.uid !== uid);
  }

  commit(): SimState {
    const b = this.base;
    return {
      config: b.config,
      rng: this.rng,
      resourceVersion: this.resourceVersion,
      now: Math.max(b.now, this.at),
      services: this.drafts.services ?? b.services,
      pods: this.drafts.pods ?? b.pods,
      deployments: this.drafts.deployments ?? b.deployments,
      replicaSets: this.drafts.replicaSets ?? b.replicaSets,
      endpointSlices: this.drafts.endpointSlices ?? b.endpointSlices,
      namespaces: this.drafts.namespaces ?? b.namespaces,
      nodes: this.drafts.nodes ?? b.nodes,
      events: this.events ?? b.events,
      ipam: this.ipam ?? b.ipam,
      affinity: this.affinity ?? b.affinity,
      conntrack: this.conntrack ?? b.conntrack,
    };
  }
}
