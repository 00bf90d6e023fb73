/** `kubectl describe deployment` (describe.go describeDeployment, DescribePodTemplate). */

import type { SimState } from '../../model/state.ts';
import type { Deployment, PodTemplateSpec, ReplicaSet } from '../../model/types.ts';
import { describeContainers } from './describe-containers.ts';
import { describeVolumes } from './describe-pod.ts';
import type { DescribeOptions } from './describe-service.ts';
import {
  type DescribeWriter,
  LEVEL_0,
  LEVEL_1,
  type TolerationLike,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
  tabbedString,
} from './describe-writer.ts';
import { describeEvents, eventsFor } from './events.ts';
import { rfc1123z, selectorString } from './format.ts';

interface DeploymentExtensions {
  spec: {
    minReadySeconds?: number;
    strategy?: {
      type?: string;
      rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string };
    };
  };
  status: { conditions?: { type: string; status: string; reason?: string }[] };
}

type TemplateSpec = PodTemplateSpec['spec'] & { serviceAccountName?: string; volumes?: unknown[] };

/** DescribePodTemplate. */
export function describePodTemplate(w: DescribeWriter, template: PodTemplateSpec): void {
  const spec = template.spec as TemplateSpec;
  w.write(LEVEL_0, 'Pod Template:\n');
  printLabelsMultiline(w, '  Labels', template.metadata.labels);
  if (Object.keys(template.metadata.annotations ?? {}).length) {
    printAnnotationsMultiline(w, '  Annotations', template.metadata.annotations);
  }
  if (spec.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`);
  describeContainers(w, 'Containers', spec.containers, undefined, [], '  ');
  describeVolumes(w, (spec.volumes ?? []) as Parameters<typeof describeVolumes>[1], '  ');
  printLabelsMultiline(w, '  Node-Selectors', spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', (spec.tolerations ?? []) as TolerationLike[]);
}

/** Conditions a Deployment controller would have set, when the object carries none. */
function conditions(d: Deployment): { type: string; status: string; reason?: string }[] {
  const own = (d as Deployment & DeploymentExtensions).status.conditions;
  if (own) return own;
  const available =
    (d.status.availableReplicas ?? 0) >= d.spec.replicas - Math.floor(d.spec.replicas / 4);
  const complete =
    (d.status.updatedReplicas ?? 0) === d.spec.replicas &&
    (d.status.availableReplicas ?? 0) === d.spec.replicas;
  return [
    available
      ? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }
      : { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' },
    {
      type: 'Progressing',
      status: 'True',
      reason: complete ? 'NewReplicaSetAvailable' : 'ReplicaSetUpdated',
    },
  ];
}

const rsList = (rss: readonly ReplicaSet[]): string =>
  rss
    .map((rs) => `${rs.metadata.name} (${rs.status.replicas}/${rs.spec.replicas} replicas created)`)
    .join(', ') || '<none>';

/** describeDeployment; the new ReplicaSet is the owned one whose template matches, the rest are old. */
export function describeDeployment(state: SimState, d: Deployment, opts: DescribeOptions): string {
  const x = d as Deployment & DeploymentExtensions;
  const meta = d.metadata;
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, {
          kind: 'Deployment',
          name: meta.name,
          namespace: meta.namespace,
          uid: meta.uid,
        });
  const owned = Object.values(state.replicaSets)
    .filter(
      (rs) =>
        rs.metadata.namespace === meta.namespace &&
        rs.metadata.ownerReferences?.some((o) => o.uid === meta.uid),
    )
    .sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1));
  const same = (rs: ReplicaSet) =>
    JSON.stringify(rs.spec.template.spec) === JSON.stringify(d.spec.template.spec);
  const newRS = owned.filter(same).slice(-1);
  // kubectl lists all old ReplicaSets, scaled-down ones included.
  const oldRSs = owned.filter((rs) => !newRS.includes(rs));
  const strategy = x.spec.strategy ?? {};
  const type = strategy.type ?? 'RollingUpdate';
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(meta.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `Selector:\t${selectorString(d.spec.selector)}\n`);
    const s = d.status;
    w.write(
      LEVEL_0,
      `Replicas:\t${d.spec.replicas} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ` +
        `${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`,
    );
    w.write(LEVEL_0, `StrategyType:\t${type}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${x.spec.minReadySeconds ?? 0}\n`);
    if (type === 'RollingUpdate') {
      const ru = strategy.rollingUpdate ?? {};
      w.write(
        LEVEL_0,
        `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`,
      );
    }
    describePodTemplate(w, d.spec.template);
    const conds = conditions(d);
    if (conds.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of conds) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (owned.length) {
      w.write(LEVEL_0, `OldReplicaSets:\t${rsList(oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${rsList(newRS)}\n`);
    }
    describeEvents(w, events, opts.now);
  });
}
