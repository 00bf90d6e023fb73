import { matchesMap } from '../model/labels.ts';
import type { KubeEvent, Node, Pod, PodCondition } from '../model/types.ts';
import { formatIPv4, parseCidr, parseIPv4, type Cidr } from '../net/ip.ts';
import type { Txn } from '../registry/txn.ts';
import { rfc3339 } from '../registry/txn.ts';

/** The kubelet's pod limit (`maxPods` default). */
export const MAX_PODS_PER_NODE = 110;

const nodeIPs = new WeakMap<Node, string>();
const cidrs = new WeakMap<Node, Cidr | null>();

/** The node's InternalIP (memoised per node object). */
function nodeIP(node: Node): string {
  let ip = nodeIPs.get(node);
  if (ip === undefined) {
    ip = node.status.addresses.find((a) => a.type === 'InternalIP')?.address ?? '';
    nodeIPs.set(node, ip);
  }
  return ip;
}

/** The node's pod CIDR, parsed once per node object. */
function podCidrOf(node: Node): Cidr | undefined {
  let c = cidrs.get(node);
  if (c === undefined) cidrs.set(node, (c = parseCidr(node.spec.podCIDR) ?? null));
  return c ?? undefined;
}

/**
 * Scheduler + host-local IPAM + kubelet for one transaction. Bookkeeping (pods per node, used
 * addresses) is built lazily from the pods once and then kept up to date as pods come and go.
 */
export class NodeAgent {
  /** Stable small integers for node names, so per-node counters are plain arrays. */
  private readonly nodeIdx = new Map<string, number>();
  /** Pods per node, by node index. */
  private counts: number[] | undefined;
  /** owner uid → pods of that owner per node index (for spreading replicas). */
  private ownerCounts: Map<string, number[]> | undefined;
  private used: Map<string, Set<number>> | undefined;
  private byOwner: Map<string, Set<string>> | undefined;

  constructor(private readonly txn: Txn) {}

  private ensure(): void {
    if (this.counts) return;
    this.counts = [];
    this.ownerCounts = new Map();
    this.used = new Map();
    this.byOwner = new Map();
    const pods = this.txn.read('pods');
    for (const k in pods) this.track(pods[k] as Pod, 1);
  }

  private track(pod: Pod, delta: 1 | -1, ipRecorded = false): void {
    const ownerUid = pod.metadata.ownerReferences?.find((r) => r.controller)?.uid;
    if (ownerUid && this.byOwner) {
      let set = this.byOwner.get(ownerUid);
      if (!set) this.byOwner.set(ownerUid, (set = new Set()));
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      if (delta > 0) set.add(key);
      else set.delete(key);
    }
    const node = pod.spec.nodeName;
    if (!node || !this.counts || !this.ownerCounts || !this.used) return;
    const i = this.indexOf(node);
    this.counts[i] = (this.counts[i] ?? 0) + delta;
    const owner = pod.metadata.ownerReferences?.[0]?.uid;
    if (owner) {
      let perNode = this.ownerCounts.get(owner);
      if (!perNode) this.ownerCounts.set(owner, (perNode = []));
      perNode[i] = (perNode[i] ?? 0) + delta;
    }
    if (pod.status.podIP && !pod.spec.hostNetwork && !ipRecorded) {
      const ip = parseIPv4(pod.status.podIP);
      if (ip === undefined) return;
      let set = this.used.get(node);
      if (!set) this.used.set(node, (set = new Set()));
      if (delta > 0) set.add(ip);
      else set.delete(ip);
    }
  }

  /** Pods (as they stand in the transaction) whose controller is the object with that uid. */
  ownedPods(uid: string): Pod[] {
    this.ensure();
    const keys = this.byOwner?.get(uid);
    if (!keys) return [];
    const pods = this.txn.read('pods');
    const out: Pod[] = [];
    for (const k of keys) {
      const p = pods[k];
      if (p) out.push(p);
    }
    return out;
  }

  /** Call when a pod disappears, so its address and slot are free again. */
  released(pod: Pod): void {
    if (this.counts) this.track(pod, -1);
  }

  private tolerates(pod: Pod, node: Node): boolean {
    return (node.spec.taints ?? []).every((t) => {
      if (t.effect === 'PreferNoSchedule') return true;
      return (pod.spec.tolerations ?? []).some(
        (tol) =>
          (tol.operator === 'Exists' && (tol.key === undefined || tol.key === t.key)) ||
          (tol.key === t.key && (tol.value ?? '') === (t.value ?? '')),
      );
    });
  }

  private readonly bound = new WeakMap<Pod['spec'], Map<string, Pod['spec']>>();

  /** The spec with nodeName set; pods of one template on one node share it (state is immutable). */
  private boundSpec(spec: Pod['spec'], node: string): Pod['spec'] {
    let perNode = this.bound.get(spec);
    if (!perNode) this.bound.set(spec, (perNode = new Map()));
    let s = perNode.get(node);
    if (!s) perNode.set(node, (s = { ...spec, nodeName: node }));
    return s;
  }

  private conditionsAt: string | undefined;
  private conditions: PodCondition[] = [];

  /** The conditions of a pod that started at `ts` (one shared, immutable array per timestamp). */
  private readyConditions(ts: string): PodCondition[] {
    if (this.conditionsAt !== ts) {
      this.conditionsAt = ts;
      this.conditions = (
        [
          'PodReadyToStartContainers',
          'Initialized',
          'Ready',
          'ContainersReady',
          'PodScheduled',
        ] as const
      ).map((type) => ({ type, status: 'True', lastTransitionTime: ts }));
    }
    return this.conditions;
  }

  private indexOf(name: string): number {
    let i = this.nodeIdx.get(name);
    if (i === undefined) this.nodeIdx.set(name, (i = this.nodeIdx.size));
    return i;
  }

  private nodesSeen: object | undefined;
  private nodes: { node: Node; i: number }[] = [];

  /** The nodes as an array, rebuilt only when the transaction's node collection changes. */
  private nodeList(): { node: Node; i: number }[] {
    const record = this.txn.read('nodes');
    if (record !== this.nodesSeen) {
      this.nodesSeen = record;
      this.nodes = Object.values(record).map((node) => ({
        node,
        i: this.indexOf(node.metadata.name),
      }));
    }
    return this.nodes;
  }

  /** Picks a node: feasible ones first, then the fewest pods of the same owner, fewest pods, node order. */
  private pickNode(pod: Pod): Node | undefined {
    this.ensure();
    const nodes = this.nodeList();
    const owner = pod.metadata.ownerReferences?.[0]?.uid;
    const sameByNode = owner ? this.ownerCounts?.get(owner) : undefined;
    const counts = this.counts as number[];
    let best: Node | undefined;
    let bestSame = Infinity;
    let bestTotal = Infinity;
    for (const { node, i } of nodes) {
      if (node.spec.unschedulable) continue;
      if (node.spec.taints && !this.tolerates(pod, node)) continue;
      if (pod.spec.nodeSelector && !matchesMap(pod.spec.nodeSelector, node.metadata.labels))
        continue;
      const total = counts[i] ?? 0;
      if (total >= MAX_PODS_PER_NODE) continue;
      const same = sameByNode?.[i] ?? 0;
      if (same < bestSame || (same === bestSame && total < bestTotal)) {
        best = node;
        bestSame = same;
        bestTotal = total;
      }
    }
    return best;
  }

  /** host-local IPAM: the next free address after the last one handed out on that node. */
  private allocateIP(node: Node): string | undefined {
    this.ensure();
    const cidr = podCidrOf(node);
    if (!cidr) return undefined;
    const name = node.metadata.name;
    const used = this.used as Map<string, Set<number>>;
    let set = used.get(name);
    if (!set) used.set(name, (set = new Set()));
    // .0 is the network, .1 the cni0 bridge (gateway), the last address the broadcast.
    const first = 2;
    const last = cidr.size - 2;
    const span = last - first + 1;
    if (span <= 0) return undefined;
    const prev = this.txn.ipamState[name] ?? first - 1;
    for (let i = 1; i <= span; i++) {
      const off = first + ((prev - first + i + span) % span);
      if (!set.has(cidr.base + off)) {
        set.add(cidr.base + off);
        this.txn.setIpam(name, off);
        return formatIPv4(cidr.base + off);
      }
    }
    return undefined;
  }

  /**
   * Binds a new pod to a node and starts it: nodeName, hostIP, podIP, Running and Ready (the
   * simulator's containers start at once). A pod nothing can take stays Pending with an event.
   */
  start(pod: Pod, fresh = false): Pod {
    const nodes = this.txn.read('nodes');
    const node = pod.spec.nodeName ? nodes[pod.spec.nodeName] : this.pickNode(pod);
    const ts = this.txn.timestamp;
    if (!node) {
      if (!pod.spec.nodeName) {
        this.txn.event({
          involved: {
            kind: 'Pod',
            namespace: pod.metadata.namespace,
            name: pod.metadata.name,
            uid: pod.metadata.uid,
          },
          type: 'Warning',
          reason: 'FailedScheduling',
          message: `0/${Object.keys(nodes).length} nodes are available: no node has room for the pod. preemption: 0/${Object.keys(nodes).length} nodes are available: ${Object.keys(nodes).length} No preemption victims found for incoming pod.`,
          source: 'default-scheduler',
        });
      }
      const cond: PodCondition = { type: 'PodScheduled', status: 'False', lastTransitionTime: ts };
      const pending: Pod = { ...pod, status: { phase: 'Pending', conditions: [cond] } };
      this.ensure();
      this.track(pending, 1);
      return pending;
    }
    this.ensure();
    const hostIP = nodeIP(node);
    const podIP = pod.spec.hostNetwork ? hostIP : this.allocateIP(node);
    const status: Pod['status'] = {
      phase: 'Running',
      hostIP,
      hostIPs: [{ ip: hostIP }],
      startTime: ts,
      conditions: this.readyConditions(ts),
    };
    if (podIP) {
      status.podIP = podIP;
      status.podIPs = [{ ip: podIP }];
    }
    if (pod.status.qosClass) status.qosClass = pod.status.qosClass;
    const spec = this.boundSpec(pod.spec, node.metadata.name);
    // A pod the caller has just built (not stored anywhere yet) is finished in place.
    const scheduled: Pod = fresh ? Object.assign(pod, { spec, status }) : { ...pod, spec, status };
    // allocateIP has already marked the address as used.
    this.track(scheduled, 1, true);
    return scheduled;
  }
}

/** Sets the Ready and ContainersReady conditions (what a passing or failing readiness probe does). */
export function withReadiness(pod: Pod, ready: boolean, at: number): Pod {
  const status = ready ? 'True' : 'False';
  // Already so: the same object, so nothing is written and no controller runs.
  if (
    pod.status.conditions.every(
      (c) => (c.type !== 'Ready' && c.type !== 'ContainersReady') || c.status === status,
    )
  ) {
    return pod;
  }
  const ts = rfc3339(at);
  return {
    ...pod,
    status: {
      ...pod.status,
      conditions: pod.status.conditions.map((c) =>
        (c.type === 'Ready' || c.type === 'ContainersReady') && c.status !== status
          ? { ...c, status, lastTransitionTime: ts }
          : c,
      ),
    },
  };
}

export const isPodReady = (pod: Pod): boolean =>
  pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');

/**
 * The routine events of a pod that started normally (Scheduled, Pulled, Created, Started), derived
 * from the pod instead of stored: they are a pure function of its start and would flood the log.
 */
export function podLifecycleEvents(pod: Pod): KubeEvent[] {
  const at = pod.status.startTime;
  const node = pod.spec.nodeName;
  if (!at || !node || pod.status.phase !== 'Running') return [];
  const ns = pod.metadata.namespace ?? 'default';
  const involved = {
    kind: 'Pod' as const,
    namespace: ns,
    name: pod.metadata.name,
    uid: pod.metadata.uid,
  };
  const ev = (reason: string, source: string, message: string): KubeEvent => ({
    involved,
    type: 'Normal',
    reason,
    message,
    source,
    firstTimestamp: at,
    lastTimestamp: at,
    count: 1,
  });
  const out: KubeEvent[] = [];
  // Static pods are not scheduled: the kubelet runs them from its manifest directory.
  if (!pod.metadata.annotations?.['kubernetes.io/config.source']) {
    out.push(
      ev(
        'Scheduled',
        'default-scheduler',
        `Successfully assigned ${ns}/${pod.metadata.name} to ${node}`,
      ),
    );
  }
  for (const c of pod.spec.containers) {
    out.push(
      ev('Pulled', 'kubelet', `Container image "${c.image}" already present on machine`),
      ev('Created', 'kubelet', `Created container: ${c.name}`),
      ev('Started', 'kubelet', `Started container ${c.name}`),
    );
  }
  return out;
}
