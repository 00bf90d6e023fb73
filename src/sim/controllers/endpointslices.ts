import { matchesMap } from '../model/labels.ts';
import { objectKey } from '../model/state.ts';
import type {
  Endpoint,
  EndpointPort,
  EndpointSlice,
  Node,
  ObjectKey,
  Pod,
  Service,
  ServicePort,
} from '../model/types.ts';
import { deepEqual } from '../registry/merge.ts';
import type { Txn } from '../registry/txn.ts';
import { isPodReady } from './kubelet.ts';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
const MAX_ENDPOINTS_PER_SLICE = 100;

/** Pods of one namespace indexed by `key=value`, for selector lookups without a full scan. */
export class PodIndex {
  private readonly byLabel = new Map<string, Pod[]>();
  constructor(pods: Readonly<Record<string, Pod>>) {
    for (const k in pods) {
      const p = pods[k] as Pod;
      const ns = p.metadata.namespace ?? '';
      for (const l in p.metadata.labels) {
        const key = `${ns}\u0000${l}=${p.metadata.labels[l]}`;
        let list = this.byLabel.get(key);
        if (!list) this.byLabel.set(key, (list = []));
        list.push(p);
      }
    }
  }

  select(namespace: string, selector: Readonly<Record<string, string>>): Pod[] {
    let smallest: Pod[] | undefined;
    for (const k in selector) {
      const list = this.byLabel.get(`${namespace}\u0000${k}=${selector[k]}`);
      if (!list) return [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    if (!smallest) return [];
    return smallest.filter((p) => matchesMap(selector, p.metadata.labels));
  }
}

/** podutil.FindPort: a numeric targetPort as is; a named one from the pod's container ports. */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  if (typeof sp.targetPort === 'number') return sp.targetPort;
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) {
      if (p.name === sp.targetPort && p.protocol === sp.protocol) return p.containerPort;
    }
  }
  return undefined;
}

const isTerminal = (p: Pod) => p.status.phase === 'Succeeded' || p.status.phase === 'Failed';

interface DesiredGroup {
  ports: EndpointPort[];
  endpoints: Endpoint[];
}

function desiredGroups(
  svc: Service,
  pods: Pod[],
  nodes: Readonly<Record<string, Node>>,
): DesiredGroup[] {
  const groups = new Map<string, DesiredGroup>();
  // Pods come in creation order (the order the pod index holds them), which keeps endpoints stable.
  for (const pod of pods) {
    if (isTerminal(pod) || !pod.status.podIP) continue;
    const ports: EndpointPort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const n = findPort(pod, sp);
      if (n === undefined) continue;
      const ep: EndpointPort = { name: sp.name ?? '', port: n, protocol: sp.protocol };
      if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
      ports.push(ep);
    }
    const ready = isPodReady(pod) && !pod.metadata.deletionTimestamp;
    const node = pod.spec.nodeName ? nodes[pod.spec.nodeName] : undefined;
    const zone = node?.metadata.labels?.['topology.kubernetes.io/zone'];
    // Built field by field (no conditional spreads): this runs once per endpoint of every Service.
    const ep: Endpoint = {
      addresses: [pod.status.podIP],
      conditions: {
        ready: svc.spec.publishNotReadyAddresses === true || ready,
        serving: isPodReady(pod),
        terminating: pod.metadata.deletionTimestamp !== undefined,
      },
    };
    if (pod.spec.hostname && pod.spec.subdomain === svc.metadata.name)
      ep.hostname = pod.spec.hostname;
    if (pod.spec.nodeName) ep.nodeName = pod.spec.nodeName;
    ep.targetRef = {
      kind: 'Pod',
      name: pod.metadata.name,
      namespace: pod.metadata.namespace ?? 'default',
      uid: pod.metadata.uid,
    };
    if (zone) ep.zone = zone;
    let sig = '';
    for (const p of ports) sig += `${p.name}/${p.port}/${p.protocol},`;
    let g = groups.get(sig);
    if (!g) groups.set(sig, (g = { ports, endpoints: [] }));
    g.endpoints.push(ep);
  }
  const out: DesiredGroup[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out;
}

function sliceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = { ...svc.metadata.labels };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  labels[SERVICE_NAME_LABEL] = svc.metadata.name;
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  return labels;
}

const podIndexCache = new WeakMap<object, PodIndex>();

/** The pod label index of a pods record (memoised: a Service-only change reuses it). */
export function podIndexOf(pods: Readonly<Record<string, Pod>>): PodIndex {
  let idx = podIndexCache.get(pods);
  if (!idx) podIndexCache.set(pods, (idx = new PodIndex(pods)));
  return idx;
}

const sliceIndexCache = new WeakMap<object, Map<ObjectKey, EndpointSlice[]>>();

function managedSlicesByService(
  slices: Readonly<Record<string, EndpointSlice>>,
  memo: boolean,
): Map<ObjectKey, EndpointSlice[]> {
  let m = memo ? sliceIndexCache.get(slices) : undefined;
  if (m) return m;
  m = new Map();
  for (const k in slices) {
    const s = slices[k] as EndpointSlice;
    if (s.metadata.labels?.[MANAGED_BY_LABEL] !== CONTROLLER_NAME) continue;
    const svc = s.metadata.labels[SERVICE_NAME_LABEL];
    if (!svc) continue;
    const key = objectKey(s.metadata.namespace, svc);
    const list = m.get(key);
    if (list) list.push(s);
    else m.set(key, [s]);
  }
  if (memo) sliceIndexCache.set(slices, m);
  return m;
}

/**
 * The controller-managed slices of every Service: a memoised index of the slices the transaction
 * started from, plus what this reconcile changed.
 */
export class SliceIndex {
  private readonly base: Map<ObjectKey, EndpointSlice[]>;
  private readonly changed = new Map<ObjectKey, EndpointSlice[]>();
  constructor(slices: Readonly<Record<string, EndpointSlice>>, memo: boolean) {
    this.base = managedSlicesByService(slices, memo);
  }
  get(key: ObjectKey): EndpointSlice[] {
    return this.changed.get(key) ?? this.base.get(key) ?? [];
  }
  set(key: ObjectKey, slices: EndpointSlice[]): void {
    this.changed.set(key, slices);
  }
}

/**
 * EndpointSlice controller for one Service: pods matching the selector become endpoints, grouped
 * by their resolved port numbers; existing slices are updated in place, a Service whose selector
 * matches nothing keeps one empty placeholder slice, a Service without selector gets none.
 */
export function syncEndpointSlices(
  txn: Txn,
  key: ObjectKey,
  pods: PodIndex,
  index: SliceIndex,
): void {
  const [ns, name] = key.split('/') as [string, string];
  const svc = txn.get('Service', ns, name);
  const existing = index.get(key);
  if (!svc || !svc.spec.selector || svc.spec.type === 'ExternalName') {
    for (const s of existing) txn.remove('EndpointSlice', ns, s.metadata.name);
    index.set(key, []);
    return;
  }
  const desired = desiredGroups(svc, pods.select(ns, svc.spec.selector), txn.read('nodes'));
  if (desired.length === 0) desired.push({ ports: [], endpoints: [] });
  const labels = sliceLabels(svc);
  const unused = [...existing];
  const result: EndpointSlice[] = [];
  const trigger = txn.timestamp;
  for (const want of desired) {
    const placeholder = want.endpoints.length === 0;
    const ports = placeholder ? null : want.ports;
    const i = unused.findIndex((s) => deepEqual(s.ports, ports));
    const reuse = i >= 0 ? (unused.splice(i, 1)[0] as EndpointSlice) : undefined;
    if (
      reuse &&
      deepEqual(reuse.endpoints, want.endpoints) &&
      deepEqual(reuse.metadata.labels, labels)
    ) {
      result.push(reuse);
      continue;
    }
    const annotations = { 'endpoints.kubernetes.io/last-change-trigger-time': trigger };
    const slice: EndpointSlice = reuse
      ? {
          ...reuse,
          metadata: txn.updatedMeta(reuse.metadata, {
            labels,
            annotations,
            generation: (reuse.metadata.generation ?? 1) + 1,
          }),
          endpoints: want.endpoints,
          ports,
        }
      : {
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: txn.newMeta({
            name: `${svc.metadata.name}-${txn.randomSuffix(5)}`,
            generateName: `${svc.metadata.name}-`,
            namespace: ns,
            generation: 1,
            labels,
            annotations,
            ownerReferences: [
              {
                apiVersion: 'v1',
                kind: 'Service',
                name: svc.metadata.name,
                uid: svc.metadata.uid,
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          }),
          addressType: 'IPv4',
          endpoints: want.endpoints,
          ports,
        };
    txn.put(slice);
    result.push(slice);
  }
  for (const s of unused) txn.remove('EndpointSlice', ns, s.metadata.name);
  index.set(key, result);
}
