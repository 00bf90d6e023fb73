/** `kubectl get nodes` and `kubectl get namespaces` (printers.go printNode, printNamespace). */

import type { Namespace, Node } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import { byteCompare } from './format.ts';
import type { Column, TableSpec } from './table.ts';

const ROLE_PREFIX = 'node-role.kubernetes.io/';
const ROLE_LABEL = 'kubernetes.io/role';

/** findNodeRoles: `node-role.kubernetes.io/<role>` keys and `kubernetes.io/role=<role>`, sorted. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith(ROLE_PREFIX)) {
      const role = k.slice(ROLE_PREFIX.length);
      if (role) roles.add(role);
    } else if (k === ROLE_LABEL && v !== '') roles.add(v);
  }
  return [...roles].sort(byteCompare);
}

/** STATUS: `Ready` / `NotReady` / `Unknown`, plus `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: Node): string {
  const ready = node.status.conditions.find((c) => c.type === 'Ready');
  const status: string[] = [];
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  else status.push('Unknown');
  if (node.spec.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

const address = (node: Node, type: 'InternalIP' | 'ExternalIP'): string =>
  node.status.addresses.find((a) => a.type === type)?.address ?? '<none>';

const orUnknown = (s: string): string => s || '<unknown>';

export const NODE_COLUMNS: readonly Column<Node>[] = [
  { header: 'NAME', cell: (n) => n.metadata.name },
  { header: 'STATUS', cell: (n) => nodeStatus(n) },
  { header: 'ROLES', cell: (n) => nodeRoles(n).join(',') || '<none>' },
  {
    header: 'AGE',
    cell: (n, ctx) => translateTimestampSince(n.metadata.creationTimestamp, ctx.now),
  },
  { header: 'VERSION', cell: (n) => n.status.nodeInfo.kubeletVersion },
  { header: 'INTERNAL-IP', wide: true, cell: (n) => address(n, 'InternalIP') },
  { header: 'EXTERNAL-IP', wide: true, cell: (n) => address(n, 'ExternalIP') },
  { header: 'OS-IMAGE', wide: true, cell: (n) => orUnknown(n.status.nodeInfo.osImage) },
  { header: 'KERNEL-VERSION', wide: true, cell: (n) => orUnknown(n.status.nodeInfo.kernelVersion) },
  {
    header: 'CONTAINER-RUNTIME',
    wide: true,
    cell: (n) => orUnknown(n.status.nodeInfo.containerRuntimeVersion),
  },
];

export const NAMESPACE_COLUMNS: readonly Column<Namespace>[] = [
  { header: 'NAME', cell: (n) => n.metadata.name },
  { header: 'STATUS', cell: (n) => n.status.phase },
  {
    header: 'AGE',
    cell: (n, ctx) => translateTimestampSince(n.metadata.creationTimestamp, ctx.now),
  },
];

export const NODE_TABLE: TableSpec<Node> = {
  columns: NODE_COLUMNS,
  namespaced: false,
  kindPrefix: 'node',
  meta: (n) => n.metadata,
};

export const NAMESPACE_TABLE: TableSpec<Namespace> = {
  columns: NAMESPACE_COLUMNS,
  namespaced: false,
  kindPrefix: 'namespace',
  meta: (n) => n.metadata,
};
