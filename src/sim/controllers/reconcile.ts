import { matchesMap } from '../model/labels.ts';
import { objectKey } from '../model/state.ts';
import type { ObjectKey, Pod, Service } from '../model/types.ts';
import type { Txn } from '../registry/txn.ts';
import { PodIndex, SliceIndex, podIndexOf, syncEndpointSlices } from './endpointslices.ts';
import type { NodeAgent } from './kubelet.ts';
import { syncLoadBalancers } from './loadbalancer.ts';
import {
  ReplicaSetIndex,
  syncDeployment,
  syncDeploymentStatus,
  syncReplicaSet,
} from './workloads.ts';

/**
 * Runs the controllers over what the transaction changed, in dependency order, until nothing is
 * left to do: Deployments → ReplicaSets → Pods (scheduler, IPAM, kubelet) → EndpointSlices →
 * load balancers. Everything converges within the action (the simulator has no waiting).
 */
export function reconcile(txn: Txn, agentFor: (t: Txn) => NodeAgent): void {
  const nothingToDo =
    txn.dirtyDeployments.size === 0 &&
    txn.dirtyReplicaSets.size === 0 &&
    txn.dirtyServices.size === 0 &&
    txn.dirtyPods.length === 0 &&
    !txn.touched('services') &&
    !txn.touched('endpointSlices');
  if (nothingToDo) return;
  const agent = agentFor(txn);
  const onPod = (before?: Pod, after?: Pod) => {
    const p = (after ?? before) as Pod;
    txn.dirtyPods.push({
      namespace: p.metadata.namespace ?? 'default',
      labels: [before?.metadata.labels, after?.metadata.labels],
    });
  };
  const deployments = new Set(txn.dirtyDeployments);
  const rsIndex =
    deployments.size > 0 || txn.dirtyReplicaSets.size > 0 ? new ReplicaSetIndex(txn) : undefined;
  for (const key of deployments)
    syncDeployment(txn, key, txn.dirtyReplicaSets, rsIndex as ReplicaSetIndex);
  // Pods that changed owner state (deleted by hand) also need their ReplicaSet synced.
  for (const key of txn.dirtyReplicaSets) syncReplicaSet(txn, key, agent, onPod);
  for (const key of txn.dirtyReplicaSets) {
    const [ns, name] = key.split('/') as [string, string];
    const owner = txn.get('ReplicaSet', ns, name)?.metadata.ownerReferences?.[0];
    if (owner?.kind === 'Deployment') deployments.add(objectKey(ns, owner.name));
  }
  for (const key of deployments) syncDeploymentStatus(txn, key, agent, rsIndex as ReplicaSetIndex);

  markServicesForPods(txn);
  if (txn.dirtyServices.size > 0) {
    // Memoised indexes only for collections this transaction has not written (drafts still change).
    const pods = txn.touched('pods')
      ? new PodIndex(txn.read('pods'))
      : podIndexOf(txn.read('pods'));
    const slices = new SliceIndex(txn.read('endpointSlices'), !txn.touched('endpointSlices'));
    for (const key of txn.dirtyServices) syncEndpointSlices(txn, key, pods, slices);
  }
  // Addresses only change with Services (and announcements with their endpoints).
  if (txn.touched('services') || txn.touched('endpointSlices')) syncLoadBalancers(txn);
  txn.dirtyDeployments.clear();
  txn.dirtyReplicaSets.clear();
  txn.dirtyServices.clear();
  txn.dirtyPods.length = 0;
}

/** Services whose selector matched a changed pod before or after the change. */
function markServicesForPods(txn: Txn): void {
  if (txn.dirtyPods.length === 0) return;
  const byNs = new Map<string, (Record<string, string> | undefined)[]>();
  for (const d of txn.dirtyPods) {
    const list = byNs.get(d.namespace) ?? [];
    list.push(...d.labels);
    byNs.set(d.namespace, list);
  }
  const services = txn.read('services');
  const candidates = new Map<string, Service[]>();
  for (const k in services) {
    const s = services[k] as Service;
    const ns = s.metadata.namespace ?? 'default';
    if (!s.spec.selector || !byNs.has(ns)) continue;
    const list = candidates.get(ns) ?? [];
    list.push(s);
    candidates.set(ns, list);
  }
  for (const [ns, labelSets] of byNs) {
    const svcs = candidates.get(ns) ?? [];
    const key = (s: Service): ObjectKey => objectKey(ns, s.metadata.name);
    // Many changed pods: cheaper to recompute every Service of the namespace.
    if (labelSets.length * svcs.length > 50_000) {
      for (const s of svcs) txn.dirtyServices.add(key(s));
      continue;
    }
    for (const s of svcs) {
      if (labelSets.some((l) => l !== undefined && matchesMap(s.spec.selector, l)))
        txn.dirtyServices.add(key(s));
    }
  }
}
