import { NodeAgent } from '../controllers/kubelet.ts';
import { objectKey } from '../model/state.ts';
import type { KubeObject, ObjectMeta, Pod } from '../model/types.ts';
import { RegistryAllocator, allocationsOf } from './allocators.ts';
import { deepEqual } from './merge.ts';
import type { Txn } from './txn.ts';

const agents = new WeakMap<Txn, NodeAgent>();
const allocators = new WeakMap<Txn, RegistryAllocator>();

/**
 * The ClusterIP/NodePort allocator of a transaction, shared by every object it admits so two
 * Services in one apply can never get the same address. Failed admissions release what they took.
 */
export function allocatorOf(txn: Txn): RegistryAllocator {
  let a = allocators.get(txn);
  if (!a) {
    const services = txn.read('services');
    a = new RegistryAllocator(
      txn.state.config,
      allocationsOf(services, !txn.touched('services')),
      txn,
    );
    allocators.set(txn, a);
  }
  return a;
}

/** The scheduler/IPAM/kubelet bookkeeping of a transaction (shared by the registry and controllers). */
export function agentOf(txn: Txn): NodeAgent {
  let a = agents.get(txn);
  if (!a) agents.set(txn, (a = new NodeAgent(txn)));
  return a;
}

/** Kinds whose metadata.generation the API server tracks (bumped on every spec change). */
const HAS_GENERATION = new Set(['Deployment', 'ReplicaSet', 'EndpointSlice']);

function userMeta(m: ObjectMeta): Partial<ObjectMeta> {
  const out: Partial<ObjectMeta> = { name: m.name };
  if (m.namespace !== undefined) out.namespace = m.namespace;
  if (m.labels !== undefined) out.labels = m.labels;
  if (m.annotations !== undefined) out.annotations = m.annotations;
  if (m.generateName !== undefined) out.generateName = m.generateName;
  if (m.ownerReferences !== undefined) out.ownerReferences = m.ownerReferences;
  return out;
}

const specOf = (o: KubeObject): unknown => {
  switch (o.kind) {
    case 'EndpointSlice':
      return [o.endpoints, o.ports, o.addressType];
    default:
      return 'spec' in o ? o.spec : undefined;
  }
};

/**
 * Persists an admitted object: system metadata (uid, resourceVersion, creationTimestamp,
 * generation) and the bookkeeping that tells the controllers what to look at.
 */
export function store(txn: Txn, obj: KubeObject, live: KubeObject | undefined): KubeObject {
  const user = userMeta(obj.metadata);
  let metadata: ObjectMeta;
  if (!live) {
    metadata = txn.newMeta({ ...user, name: obj.metadata.name });
    if (HAS_GENERATION.has(obj.kind)) metadata.generation = 1;
  } else {
    // Labels and annotations removed by the update must go: replace them rather than merge.
    const base: ObjectMeta = { ...live.metadata };
    delete base.labels;
    delete base.annotations;
    metadata = txn.updatedMeta(base, user);
    if (HAS_GENERATION.has(obj.kind)) {
      const changed = !deepEqual(specOf(obj), specOf(live));
      metadata.generation = (live.metadata.generation ?? 1) + (changed ? 1 : 0);
    }
  }
  let saved = { ...obj, metadata } as KubeObject;
  const ns = metadata.namespace ?? 'default';
  const key = objectKey(metadata.namespace, metadata.name);
  switch (saved.kind) {
    case 'Service':
      txn.dirtyServices.add(key);
      break;
    case 'Deployment':
      txn.dirtyDeployments.add(key);
      break;
    case 'Pod': {
      if (!live) saved = agentOf(txn).start(saved);
      else
        saved = {
          ...saved,
          status: (live as Pod).status,
          spec: { ...saved.spec, nodeName: (live as Pod).spec.nodeName },
        };
      txn.dirtyPods.push({ namespace: ns, labels: [live?.metadata.labels, saved.metadata.labels] });
      break;
    }
    default:
      break;
  }
  txn.put(saved);
  return saved;
}

/**
 * Removes an object and what the garbage collector would remove with it (background cascading
 * deletion): a Deployment's ReplicaSets and their pods, a Service's EndpointSlices, a namespace's
 * contents. Returns false when the object does not exist.
 */
export function remove(
  txn: Txn,
  kind: KubeObject['kind'],
  namespace: string | undefined,
  name: string,
): boolean {
  const obj = txn.get(kind, namespace, name);
  if (!obj) return false;
  txn.remove(kind, namespace, name);
  txn.forgetEvents(obj.metadata.uid);
  const ns = namespace ?? 'default';
  switch (obj.kind) {
    case 'Service': {
      txn.dirtyServices.add(objectKey(ns, name));
      const alloc = allocatorOf(txn);
      for (const ip of obj.spec.clusterIPs ?? []) if (ip !== 'None') alloc.releaseClusterIP(ip);
      for (const p of obj.spec.ports ?? []) if (p.nodePort) alloc.releaseNodePort(p.nodePort);
      if (obj.spec.healthCheckNodePort) alloc.releaseNodePort(obj.spec.healthCheckNodePort);
      break;
    }
    case 'Pod': {
      agentOf(txn).released(obj);
      txn.dirtyPods.push({ namespace: ns, labels: [obj.metadata.labels] });
      const owner = obj.metadata.ownerReferences?.find((r) => r.controller);
      if (owner?.kind === 'ReplicaSet') txn.dirtyReplicaSets.add(objectKey(ns, owner.name));
      break;
    }
    case 'Deployment':
    case 'ReplicaSet': {
      const uid = obj.metadata.uid;
      const coll = obj.kind === 'Deployment' ? txn.read('replicaSets') : txn.read('pods');
      for (const k in coll) {
        const child = coll[k] as KubeObject;
        if (
          child.metadata.namespace === ns &&
          child.metadata.ownerReferences?.some((r) => r.uid === uid)
        ) {
          remove(txn, child.kind, ns, child.metadata.name);
        }
      }
      break;
    }
    case 'Namespace': {
      for (const c of [
        'services',
        'deployments',
        'replicaSets',
        'pods',
        'endpointSlices',
      ] as const) {
        const coll = txn.read(c);
        for (const k in coll) {
          const child = coll[k] as KubeObject;
          if (child.metadata.namespace === name) remove(txn, child.kind, name, child.metadata.name);
        }
      }
      break;
    }
    default:
      break;
  }
  return true;
}
