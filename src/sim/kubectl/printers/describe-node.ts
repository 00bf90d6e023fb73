/**
 * `kubectl describe node` (describe.go describeNode, describeNodeLease, describeNodeResource).
 *
 * The shared Node type has no capacity, condition times/messages, machine IDs or lease; they are
 * read from the object when present and otherwise filled with what a kubeadm worker reports
 * (2 CPUs, ~4 GiB, 110 pods, the kubelet's standard condition messages, lease renewed "now").
 */

import type { SimState } from '../../model/state.ts';
import type { Node, Pod } from '../../model/types.ts';
import type { RichContainer } from './describe-containers.ts';
import type { DescribeOptions } from './describe-service.ts';
import {
  LEVEL_0,
  LEVEL_1,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTaintsMultiline,
  tabbedString,
} from './describe-writer.ts';
import { translateTimestampSince } from './duration.ts';
import { describeEvents, eventsFor } from './events.ts';
import { byteCompare, fakeHex, rfc1123z } from './format.ts';
import { nodeRoles } from './get-cluster.ts';
import { apiOrder } from './get.ts';
import { type Quantity, formatQuantity, parseQuantity, sumQuantities } from './quantity.ts';

type ResourceList = Record<string, string>;

interface NodeExtensions {
  status: {
    capacity?: ResourceList;
    allocatable?: ResourceList;
    conditions: {
      type: string;
      status: string;
      reason?: string;
      message?: string;
      lastHeartbeatTime?: string;
      lastTransitionTime?: string;
    }[];
    nodeInfo: { machineID?: string; systemUUID?: string; bootID?: string };
  };
}

export const DEFAULT_CAPACITY: ResourceList = {
  cpu: '2',
  'ephemeral-storage': '20134592Ki',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '4010120Ki',
  pods: '110',
};

export const DEFAULT_ALLOCATABLE: ResourceList = {
  cpu: '2',
  'ephemeral-storage': '18556039957',
  'hugepages-1Gi': '0',
  'hugepages-2Mi': '0',
  memory: '3907720Ki',
  pods: '110',
};

/** The kubelet's messages for its standard condition reasons. */
const CONDITION_MESSAGES: Record<string, string> = {
  KubeletHasSufficientMemory: 'kubelet has sufficient memory available',
  KubeletHasInsufficientMemory: 'kubelet has insufficient memory available',
  KubeletHasNoDiskPressure: 'kubelet has no disk pressure',
  KubeletHasDiskPressure: 'kubelet has disk pressure',
  KubeletHasSufficientPID: 'kubelet has sufficient PID available',
  KubeletHasInsufficientPID: 'kubelet has insufficient PID available',
  KubeletReady: 'kubelet is posting ready status',
  KubeletNotReady:
    'container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
  NodeStatusUnknown: 'Kubelet stopped posting node status.',
};

const uuid = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

type Requests = { requests: Quantity[]; limits: Quantity[] };

function podResources(pod: Pod, resource: string): { req: Quantity; lim: Quantity } {
  const cs = pod.spec.containers as RichContainer[];
  return {
    req: sumQuantities(cs.map((c) => c.resources?.requests?.[resource] ?? '0')),
    lim: sumQuantities(cs.map((c) => c.resources?.limits?.[resource] ?? '0')),
  };
}

const pct = (q: Quantity, total: Quantity | undefined): number =>
  total && total.value !== 0 ? Math.trunc((q.value / total.value) * 100) : 0;

const cell = (q: Quantity, total: Quantity | undefined): string =>
  `${formatQuantity(q)} (${pct(q, total)}%)`;

function total(pods: readonly Pod[], resource: string): Requests {
  const per = pods.map((p) => podResources(p, resource));
  return { requests: per.map((x) => x.req), limits: per.map((x) => x.lim) };
}

const sum = (qs: readonly Quantity[]): Quantity => ({
  value: qs.reduce((a, q) => a + q.value, 0),
  format: qs[0]?.format ?? 'decimal',
});

/** describeNode with the node's non-terminated pods and events from `state`. */
export function describeNode(state: SimState, node: Node, opts: DescribeOptions): string {
  const n = node as Node & NodeExtensions;
  const meta = node.metadata;
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, { kind: 'Node', name: meta.name, uid: meta.uid });
  const capacity = n.status.capacity ?? DEFAULT_CAPACITY;
  const allocatable = n.status.allocatable ?? DEFAULT_ALLOCATABLE;
  const alloc = Object.keys(allocatable).length ? allocatable : capacity;
  const pods = apiOrder(
    Object.values(state.pods).filter(
      (p) =>
        p.spec.nodeName === meta.name &&
        p.status.phase !== 'Succeeded' &&
        p.status.phase !== 'Failed',
    ),
  );
  const info = n.status.nodeInfo;
  const heartbeat = new Date(opts.now).toISOString();
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printTaintsMultiline(w, 'Taints', node.spec.taints);
    w.write(LEVEL_0, `Unschedulable:\t${!!node.spec.unschedulable}\n`);
    w.write(LEVEL_0, 'Lease:\n');
    w.write(LEVEL_1, `HolderIdentity:\t${meta.name}\n`);
    w.write(LEVEL_1, 'AcquireTime:\t<unset>\n');
    w.write(LEVEL_1, `RenewTime:\t${rfc1123z(opts.now)}\n`);
    if (n.status.conditions.length) {
      w.write(
        LEVEL_0,
        'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n',
      );
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of n.status.conditions) {
        const hb = rfc1123z(c.lastHeartbeatTime ?? heartbeat);
        const tr = rfc1123z(c.lastTransitionTime ?? meta.creationTimestamp);
        const msg = c.message ?? CONDITION_MESSAGES[c.reason ?? ''] ?? '';
        w.write(LEVEL_1, `${c.type} \t${c.status} \t${hb} \t${tr} \t${c.reason ?? ''} \t${msg}\n`);
      }
    }
    w.write(LEVEL_0, 'Addresses:\n');
    for (const a of node.status.addresses) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`);
    for (const [title, list] of [
      ['Capacity', capacity],
      ['Allocatable', allocatable],
    ] as const) {
      const keys = Object.keys(list).sort(byteCompare);
      if (!keys.length) continue;
      w.write(LEVEL_0, `${title}:\n`);
      for (const k of keys) w.write(LEVEL_0, `  ${k}:\t${list[k]}\n`);
    }
    const hex = fakeHex(`node:${meta.uid}`, 96);
    w.write(LEVEL_0, 'System Info:\n');
    w.write(LEVEL_0, `  Machine ID:\t${info.machineID ?? hex.slice(0, 32)}\n`);
    w.write(LEVEL_0, `  System UUID:\t${info.systemUUID ?? uuid(hex.slice(32, 64))}\n`);
    w.write(LEVEL_0, `  Boot ID:\t${info.bootID ?? uuid(hex.slice(64, 96))}\n`);
    w.write(LEVEL_0, `  Kernel Version:\t${info.kernelVersion}\n`);
    w.write(LEVEL_0, `  OS Image:\t${info.osImage}\n`);
    w.write(LEVEL_0, `  Operating System:\t${info.operatingSystem}\n`);
    w.write(LEVEL_0, `  Architecture:\t${info.architecture}\n`);
    w.write(LEVEL_0, `  Container Runtime Version:\t${info.containerRuntimeVersion}\n`);
    w.write(LEVEL_0, `  Kubelet Version:\t${info.kubeletVersion}\n`);
    w.write(LEVEL_0, `  Kube-Proxy Version:\t${info.kubeProxyVersion ?? ''}\n`);
    if (node.spec.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`);
    if (node.spec.podCIDRs.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);

    const allocQ = (r: string): Quantity | undefined => parseQuantity(alloc[r] ?? '');
    w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
    w.write(
      LEVEL_1,
      'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n',
    );
    w.write(
      LEVEL_1,
      '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n',
    );
    for (const p of pods) {
      const cpu = podResources(p, 'cpu');
      const mem = podResources(p, 'memory');
      w.write(
        LEVEL_1,
        `${p.metadata.namespace ?? ''}\t${p.metadata.name}\t\t${cell(cpu.req, allocQ('cpu'))}\t${cell(cpu.lim, allocQ('cpu'))}\t` +
          `${cell(mem.req, allocQ('memory'))}\t${cell(mem.lim, allocQ('memory'))}\t${translateTimestampSince(p.metadata.creationTimestamp, opts.now)}\n`,
      );
    }
    w.write(
      LEVEL_0,
      'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n',
    );
    w.write(LEVEL_1, 'Resource\tRequests\tLimits\n');
    w.write(LEVEL_1, '--------\t--------\t------\n');
    for (const r of ['cpu', 'memory', 'ephemeral-storage']) {
      const t = total(pods, r);
      w.write(
        LEVEL_1,
        `${r}\t${cell(sum(t.requests), allocQ(r))}\t${cell(sum(t.limits), allocQ(r))}\n`,
      );
    }
    for (const r of Object.keys(alloc)
      .filter((k) => k.startsWith('hugepages-'))
      .sort(byteCompare)) {
      const t = total(pods, r);
      w.write(
        LEVEL_1,
        `${r}\t${cell(sum(t.requests), allocQ(r))}\t${cell(sum(t.limits), allocQ(r))}\n`,
      );
    }
    describeEvents(w, events, opts.now);
  });
}
