/** `kubectl get pods` (printers.go podColumnDefinitions, printPod). */

import type { Pod } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import { podRow, rich } from './pod-status.ts';
import type { Column, TableSpec } from './table.ts';

/** READINESS GATES: `<none>`, or `<true conditions>/<gates>`. */
function readinessGates(pod: Pod): string {
  const gates = rich(pod).spec.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  const ok = gates.filter((g) =>
    pod.status.conditions.some(
      (c) => (c.type as string) === g.conditionType && c.status === 'True',
    ),
  ).length;
  return `${ok}/${gates.length}`;
}

export const POD_COLUMNS: readonly Column<Pod>[] = [
  { header: 'NAME', cell: (p) => p.metadata.name },
  { header: 'READY', cell: (p, ctx) => podRow(p, ctx.now).ready },
  { header: 'STATUS', cell: (p, ctx) => podRow(p, ctx.now).status },
  { header: 'RESTARTS', cell: (p, ctx) => podRow(p, ctx.now).restarts },
  {
    header: 'AGE',
    cell: (p, ctx) => translateTimestampSince(p.metadata.creationTimestamp, ctx.now),
  },
  { header: 'IP', wide: true, cell: (p) => p.status.podIPs?.[0]?.ip || '<none>' },
  { header: 'NODE', wide: true, cell: (p) => p.spec.nodeName || '<none>' },
  {
    header: 'NOMINATED NODE',
    wide: true,
    cell: (p) => rich(p).status.nominatedNodeName || '<none>',
  },
  { header: 'READINESS GATES', wide: true, cell: (p) => readinessGates(p) },
];

export const POD_TABLE: TableSpec<Pod> = {
  columns: POD_COLUMNS,
  namespaced: true,
  kindPrefix: 'pod',
  meta: (p) => p.metadata,
};
