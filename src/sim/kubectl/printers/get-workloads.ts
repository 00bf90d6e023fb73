/** `kubectl get deployments` and `kubectl get replicasets` (printers.go printDeployment, printReplicaSet). */

import type { Container, Deployment, ReplicaSet } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import { formatLabelSelector, selectorString } from './format.ts';
import type { Column, TableSpec } from './table.ts';

/** layoutContainerCells: container names and images, each joined by `,`. */
export function containerCells(containers: readonly Container[]): {
  names: string;
  images: string;
} {
  return {
    names: containers.map((c) => c.name).join(','),
    images: containers.map((c) => c.image).join(','),
  };
}

const age = (ts: string, now: number): string => translateTimestampSince(ts, now);

export const DEPLOYMENT_COLUMNS: readonly Column<Deployment>[] = [
  { header: 'NAME', cell: (d) => d.metadata.name },
  { header: 'READY', cell: (d) => `${d.status.readyReplicas ?? 0}/${d.spec.replicas}` },
  { header: 'UP-TO-DATE', cell: (d) => String(d.status.updatedReplicas ?? 0) },
  { header: 'AVAILABLE', cell: (d) => String(d.status.availableReplicas ?? 0) },
  { header: 'AGE', cell: (d, ctx) => age(d.metadata.creationTimestamp, ctx.now) },
  {
    header: 'CONTAINERS',
    wide: true,
    cell: (d) => containerCells(d.spec.template.spec.containers).names,
  },
  {
    header: 'IMAGES',
    wide: true,
    cell: (d) => containerCells(d.spec.template.spec.containers).images,
  },
  // printDeployment uses selector.String() (empty stays empty).
  { header: 'SELECTOR', wide: true, cell: (d) => selectorString(d.spec.selector) },
];

export const REPLICASET_COLUMNS: readonly Column<ReplicaSet>[] = [
  { header: 'NAME', cell: (r) => r.metadata.name },
  { header: 'DESIRED', cell: (r) => String(r.spec.replicas) },
  { header: 'CURRENT', cell: (r) => String(r.status.replicas) },
  { header: 'READY', cell: (r) => String(r.status.readyReplicas ?? 0) },
  { header: 'AGE', cell: (r, ctx) => age(r.metadata.creationTimestamp, ctx.now) },
  {
    header: 'CONTAINERS',
    wide: true,
    cell: (r) => containerCells(r.spec.template.spec.containers).names,
  },
  {
    header: 'IMAGES',
    wide: true,
    cell: (r) => containerCells(r.spec.template.spec.containers).images,
  },
  // printReplicaSet uses metav1.FormatLabelSelector (`<none>` when empty).
  { header: 'SELECTOR', wide: true, cell: (r) => formatLabelSelector(r.spec.selector) },
];

export const DEPLOYMENT_TABLE: TableSpec<Deployment> = {
  columns: DEPLOYMENT_COLUMNS,
  namespaced: true,
  kindPrefix: 'deployment.apps',
  meta: (d) => d.metadata,
};

export const REPLICASET_TABLE: TableSpec<ReplicaSet> = {
  columns: REPLICASET_COLUMNS,
  namespaced: true,
  kindPrefix: 'replicaset.apps',
  meta: (r) => r.metadata,
};
