import { admitPodCreate, type JsonObject } from '../apiserver/index.ts';
import { goJson } from '../registry/merge.ts';
import type { Txn } from '../registry/txn.ts';
import { objectKey } from '../model/state.ts';
import type {
  Deployment,
  ObjectKey,
  OwnerReference,
  Pod,
  PodTemplateSpec,
  ReplicaSet,
} from '../model/types.ts';
import { K8S_ALPHANUMS } from '../util/rand.ts';
import { utf8 } from '../proxy/sha256.ts';
import { isPodReady, type NodeAgent } from './kubelet.ts';

/** FNV-1a 32-bit over the UTF-16 code units' low bytes of an ASCII-safe string. */
function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  const bytes = utf8(text);
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * pod-template-hash: the controller hashes the template with FNV-32a and encodes the decimal
 * digits with rand.SafeEncodeString, so it only uses the characters `bcdf456789`. The real hash
 * walks Go structs; ours hashes the template's canonical JSON, so values differ but the shape is real.
 */
const hashCache = new WeakMap<PodTemplateSpec, string>();

export function podTemplateHash(template: PodTemplateSpec): string {
  let hash = hashCache.get(template);
  if (hash === undefined) hashCache.set(template, (hash = computeHash(template)));
  return hash;
}

function computeHash(template: PodTemplateSpec): string {
  const digits = String(fnv32a(goJson(template)));
  let out = '';
  for (let i = 0; i < digits.length; i++)
    out += K8S_ALPHANUMS[digits.charCodeAt(i) % K8S_ALPHANUMS.length];
  return out;
}

const ownerRef = (o: Deployment | ReplicaSet): OwnerReference => ({
  apiVersion: 'apps/v1',
  kind: o.kind,
  name: o.metadata.name,
  uid: o.metadata.uid,
  controller: true,
  blockOwnerDeletion: true,
});

/** ReplicaSets by the uid of the Deployment that controls them, built once per reconcile. */
export class ReplicaSetIndex {
  private readonly byOwner = new Map<string, Set<ObjectKey>>();
  constructor(private readonly txn: Txn) {
    const all = txn.read('replicaSets');
    for (const k in all) {
      const owner = (all[k] as ReplicaSet).metadata.ownerReferences?.find((r) => r.controller)?.uid;
      if (owner) this.add(owner, k);
    }
  }
  add(owner: string, key: ObjectKey): void {
    let set = this.byOwner.get(owner);
    if (!set) this.byOwner.set(owner, (set = new Set()));
    set.add(key);
  }
  of(owner: string): ReplicaSet[] {
    const all = this.txn.read('replicaSets');
    const out: ReplicaSet[] = [];
    for (const k of this.byOwner.get(owner) ?? []) {
      const rs = all[k];
      if (rs) out.push(rs);
    }
    return out;
  }
}

/** Deployment controller: one ReplicaSet per template; the current one gets all replicas at once. */
export function syncDeployment(
  txn: Txn,
  key: ObjectKey,
  dirtyRS: Set<ObjectKey>,
  index: ReplicaSetIndex,
): void {
  const [ns, name] = key.split('/') as [string, string];
  const d = txn.get('Deployment', ns, name);
  if (!d) return;
  const hash = podTemplateHash(d.spec.template);
  const rsName = `${d.metadata.name}-${hash}`;
  const rsAll = index.of(d.metadata.uid);
  let revision = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0');
  let current = rsAll.find((rs) => rs.metadata.name === rsName);
  if (!current) {
    revision =
      Math.max(
        revision,
        ...rsAll.map((rs) =>
          Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0'),
        ),
      ) + 1;
    const labels = { ...d.spec.template.metadata.labels, 'pod-template-hash': hash };
    current = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: txn.newMeta({
        name: rsName,
        namespace: ns,
        generation: 1,
        labels,
        annotations: {
          'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
          'deployment.kubernetes.io/max-replicas': String(
            d.spec.replicas + Math.ceil(d.spec.replicas / 4),
          ),
          'deployment.kubernetes.io/revision': String(revision),
        },
        ownerReferences: [ownerRef(d)],
      }),
      spec: {
        replicas: d.spec.replicas,
        selector: {
          ...d.spec.selector,
          matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash },
        },
        template: { ...d.spec.template, metadata: { ...d.spec.template.metadata, labels } },
      },
      status: { replicas: 0 },
    };
    txn.put(current);
    index.add(d.metadata.uid, objectKey(ns, rsName));
    dirtyRS.add(objectKey(ns, rsName));
  } else if (current.spec.replicas !== d.spec.replicas) {
    current = {
      ...current,
      metadata: txn.updatedMeta(current.metadata, {
        annotations: {
          ...current.metadata.annotations,
          'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas),
        },
      }),
      spec: { ...current.spec, replicas: d.spec.replicas },
    };
    txn.put(current);
    dirtyRS.add(objectKey(ns, rsName));
  }
  for (const rs of rsAll) {
    if (rs.metadata.name === rsName || rs.spec.replicas === 0) continue;
    txn.put({
      ...rs,
      metadata: txn.updatedMeta(rs.metadata, {}),
      spec: { ...rs.spec, replicas: 0 },
    });
    dirtyRS.add(objectKey(ns, rs.metadata.name));
  }
  if (d.metadata.annotations?.['deployment.kubernetes.io/revision'] !== String(revision)) {
    txn.put({
      ...d,
      metadata: {
        ...d.metadata,
        annotations: {
          ...d.metadata.annotations,
          'deployment.kubernetes.io/revision': String(revision),
        },
      },
    });
  }
}

const admittedCache = new WeakMap<
  PodTemplateSpec,
  { spec: Pod['spec']; qosClass?: Pod['status']['qosClass'] }
>();

/**
 * The ReplicaSet controller creates pods through the API, so they get the Pod defaults and what the
 * admission plugins add (service account, priority, default tolerations). Computed once per template.
 */
function admittedTemplate(rs: ReplicaSet): {
  spec: Pod['spec'];
  qosClass?: Pod['status']['qosClass'];
} {
  const template = rs.spec.template;
  let hit = admittedCache.get(template);
  if (!hit) {
    const res = admitPodCreate({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'template', namespace: rs.metadata.namespace ?? 'default' },
      spec: template.spec as unknown as JsonObject,
    });
    hit = res.ok
      ? {
          spec: res.object.spec,
          ...(res.object.status.qosClass ? { qosClass: res.object.status.qosClass } : {}),
        }
      : { spec: template.spec };
    admittedCache.set(template, hit);
  }
  return hit;
}

/** ReplicaSet controller: create or delete pods until the count matches. */
export function syncReplicaSet(
  txn: Txn,
  key: ObjectKey,
  agent: NodeAgent,
  onPod: (before?: Pod, after?: Pod) => void,
): void {
  const [ns, name] = key.split('/') as [string, string];
  const rs = txn.get('ReplicaSet', ns, name);
  if (!rs) return;
  const pods = agent.ownedPods(rs.metadata.uid);
  const want = rs.spec.replicas;
  if (pods.length < want) {
    const admitted = admittedTemplate(rs);
    // Immutable state: every pod of the batch shares the template's labels, annotations and owner list.
    const generateName = `${rs.metadata.name}-`;
    const labels = rs.spec.template.metadata.labels ?? {};
    const annotations = rs.spec.template.metadata.annotations;
    const ownerReferences = [ownerRef(rs)];
    for (let i = pods.length; i < want; i++) {
      const podName = `${generateName}${txn.randomSuffix(5)}`;
      const pod: Pod = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: podName,
          generateName,
          namespace: ns,
          uid: txn.uid(),
          resourceVersion: txn.nextResourceVersion(),
          creationTimestamp: txn.timestamp,
          labels,
          ...(annotations ? { annotations } : {}),
          ownerReferences,
        },
        // State is immutable, so every pod of a ReplicaSet shares one admitted spec object.
        spec: admitted.spec,
        status: {
          phase: 'Pending',
          conditions: [],
          ...(admitted.qosClass ? { qosClass: admitted.qosClass } : {}),
        },
      };
      const started = agent.start(pod, true);
      txn.put(started);
      onPod(undefined, started);
    }
  } else if (pods.length > want) {
    // Delete not-ready pods first, then the newest (controller.ActivePods ranking, simplified).
    const victims = [...pods]
      .sort((a, b) => {
        const ra = isPodReady(a) ? 1 : 0;
        const rb = isPodReady(b) ? 1 : 0;
        if (ra !== rb) return ra - rb;
        return (
          b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp) ||
          Number(b.metadata.resourceVersion) - Number(a.metadata.resourceVersion)
        );
      })
      .slice(0, pods.length - want);
    for (const p of victims) {
      txn.remove('Pod', ns, p.metadata.name);
      agent.released(p);
      onPod(p, undefined);
    }
  }
  const now = agent.ownedPods(rs.metadata.uid);
  const ready = now.filter(isPodReady).length;
  const status = {
    replicas: now.length,
    readyReplicas: ready,
    availableReplicas: ready,
    fullyLabeledReplicas: now.length,
    observedGeneration: rs.metadata.generation ?? 1,
  };
  if (rs.status.replicas !== status.replicas || rs.status.readyReplicas !== ready) {
    txn.put({ ...rs, status });
  }
}

/** Deployment status: replicas, ready, updated and available counts, conditions. */
export function syncDeploymentStatus(
  txn: Txn,
  key: ObjectKey,
  agent: NodeAgent,
  index: ReplicaSetIndex,
): void {
  const [ns, name] = key.split('/') as [string, string];
  const d = txn.get('Deployment', ns, name);
  if (!d) return;
  const hash = podTemplateHash(d.spec.template);
  const pods: Pod[] = [];
  for (const rs of index.of(d.metadata.uid)) pods.push(...agent.ownedPods(rs.metadata.uid));
  const ready = pods.filter(isPodReady).length;
  const updated = pods.filter((p) => p.metadata.labels?.['pod-template-hash'] === hash).length;
  const status: Deployment['status'] = {
    observedGeneration: d.metadata.generation ?? 1,
    replicas: pods.length,
    updatedReplicas: updated,
    readyReplicas: ready,
    availableReplicas: ready,
    ...(pods.length - ready > 0 ? { unavailableReplicas: pods.length - ready } : {}),
  };
  const ts = txn.timestamp;
  const same = JSON.stringify({ ...d.status, conditions: undefined }) === JSON.stringify(status);
  if (same) return;
  const available = ready >= d.spec.replicas;
  txn.put({
    ...d,
    status: {
      ...status,
      conditions: [
        {
          type: 'Available',
          status: available ? 'True' : 'False',
          reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
          message: available
            ? 'Deployment has minimum availability.'
            : 'Deployment does not have minimum availability.',
          lastUpdateTime: ts,
          lastTransitionTime: ts,
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "${d.metadata.name}-${hash}" has successfully progressed.`,
          lastUpdateTime: ts,
          lastTransitionTime: ts,
        },
      ],
    },
  });
}
