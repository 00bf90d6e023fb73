/**
 * `kubectl describe pod` (describe.go describePod, describeVolumes, printPodTolerationsMultiline).
 *
 * What a real pod carries but the shared type does not is filled in the way the API server's
 * admission would have: priority 0, service account `default`, the projected `kube-api-access-xxxxx`
 * volume mounted read-only at /var/run/secrets/kubernetes.io/serviceaccount, and the two
 * DefaultTolerationSeconds tolerations (not-ready/unreachable, NoExecute, 300s). Richer objects that
 * do carry these fields are printed as they are.
 */

import type { SimState } from '../../model/state.ts';
import type { Pod } from '../../model/types.ts';
import { type RichContainer, type VolumeMount, describeContainers } from './describe-containers.ts';
import type { DescribeOptions } from './describe-service.ts';
import {
  type DescribeWriter,
  LEVEL_0,
  LEVEL_1,
  LEVEL_2,
  type TolerationLike,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
  tabbedString,
} from './describe-writer.ts';
import { translateTimestampSince } from './duration.ts';
import { describeEvents, eventsFor } from './events.ts';
import { fnv1a, rfc1123z } from './format.ts';
import { containerStatuses, rich } from './pod-status.ts';

const K8S_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';
export const SA_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** The generated name of the pod's service-account token volume (stable per pod uid). */
export function kubeApiAccessName(pod: Pod): string {
  let s = '';
  for (let i = 0; i < 5; i++) {
    s += K8S_ALPHANUMS[fnv1a(`kube-api-access:${pod.metadata.uid}:${i}`) % K8S_ALPHANUMS.length];
  }
  return `kube-api-access-${s}`;
}

interface VolumeLike {
  name: string;
  projected?: { sources?: Record<string, unknown>[] };
  configMap?: { name?: string; optional?: boolean };
  secret?: { secretName?: string; optional?: boolean };
  emptyDir?: { medium?: string; sizeLimit?: string };
  hostPath?: { path: string; type?: string };
  persistentVolumeClaim?: { claimName: string; readOnly?: boolean };
}

const kubeApiAccessVolume = (name: string): VolumeLike => ({
  name,
  projected: {
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      {
        downwardAPI: {
          items: [
            { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' },
          ],
        },
      },
    ],
  },
});

const field = (o: Record<string, unknown>, k: string): Record<string, unknown> | undefined => {
  const v = o[k];
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;
};

/** describeVolumes for the volume kinds the simulator produces. */
export function describeVolumes(
  w: DescribeWriter,
  volumes: readonly VolumeLike[],
  space = '',
): void {
  if (volumes.length === 0) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`);
    if (v.hostPath) {
      w.write(
        LEVEL_2,
        `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`,
      );
    } else if (v.emptyDir) {
      w.write(
        LEVEL_2,
        `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`,
      );
    } else if (v.secret) {
      w.write(
        LEVEL_2,
        `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${!!v.secret.optional}\n`,
      );
    } else if (v.configMap) {
      w.write(
        LEVEL_2,
        `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${!!v.configMap.optional}\n`,
      );
    } else if (v.persistentVolumeClaim) {
      w.write(
        LEVEL_2,
        `Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}\n`,
      );
    } else if (v.projected) {
      w.write(
        LEVEL_2,
        'Type:\tProjected (a volume that contains injected data from multiple sources)\n',
      );
      for (const src of v.projected.sources ?? []) {
        const secret = field(src, 'secret');
        const configMap = field(src, 'configMap');
        const token = field(src, 'serviceAccountToken');
        if (secret)
          w.write(
            LEVEL_2,
            `SecretName:\t${String(secret.name ?? '')}\n    Optional:\t${secret.optional === true}\n`,
          );
        else if (field(src, 'downwardAPI')) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
        else if (configMap) {
          w.write(
            LEVEL_2,
            `ConfigMapName:\t${String(configMap.name ?? '')}\n    Optional:\t${configMap.optional === true}\n`,
          );
        } else if (token)
          w.write(LEVEL_2, `TokenExpirationSeconds:\t${String(token.expirationSeconds ?? 3607)}\n`);
      }
    } else {
      w.write(LEVEL_1, '<unknown>\n');
    }
  }
}

const DEFAULT_TOLERATION_KEYS = ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'];

/** spec.tolerations plus what the DefaultTolerationSeconds admission plugin adds (300s NoExecute). */
export function effectiveTolerations(pod: Pod): TolerationLike[] {
  const own = (pod.spec.tolerations ?? []) as TolerationLike[];
  const out = own.map((t) =>
    DEFAULT_TOLERATION_KEYS.includes(t.key ?? '') &&
    t.effect === 'NoExecute' &&
    t.tolerationSeconds === undefined
      ? { ...t, tolerationSeconds: 300 }
      : t,
  );
  for (const key of DEFAULT_TOLERATION_KEYS) {
    const covered = own.some(
      (t) =>
        (t.key === key || (!t.key && t.operator === 'Exists')) &&
        (!t.effect || t.effect === 'NoExecute'),
    );
    if (!covered)
      out.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 });
  }
  return out;
}

/** qos.GetPodQOS for the requests/limits the containers carry (none -> BestEffort). */
export function podQOS(pod: Pod): string {
  const cs = pod.spec.containers as RichContainer[];
  const any = cs.some(
    (c) =>
      Object.keys(c.resources?.requests ?? {}).length ||
      Object.keys(c.resources?.limits ?? {}).length,
  );
  if (!any) return 'BestEffort';
  const guaranteed = cs.every((c) =>
    ['cpu', 'memory'].every((r) => {
      const lim = c.resources?.limits?.[r];
      const req = c.resources?.requests?.[r] ?? lim;
      return lim !== undefined && req === lim;
    }),
  );
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** describePod with events from `state`. */
export function describePod(state: SimState, pod: Pod, opts: DescribeOptions): string {
  const p = rich(pod);
  const meta = pod.metadata;
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, {
          kind: 'Pod',
          name: meta.name,
          namespace: meta.namespace,
          uid: meta.uid,
        });
  const saVolume = kubeApiAccessName(pod);
  const volumes = (p.spec.volumes as VolumeLike[] | undefined) ?? [kubeApiAccessVolume(saVolume)];
  const defaultMounts: VolumeMount[] = p.spec.volumes
    ? []
    : [{ name: saVolume, mountPath: SA_MOUNT_PATH, readOnly: true }];
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    w.write(LEVEL_0, `Priority:\t${p.spec.priority ?? 0}\n`);
    if (p.spec.priorityClassName)
      w.write(LEVEL_0, `Priority Class Name:\t${p.spec.priorityClassName}\n`);
    w.write(LEVEL_0, `Service Account:\t${p.spec.serviceAccountName ?? 'default'}\n`);
    w.write(
      LEVEL_0,
      pod.spec.nodeName
        ? `Node:\t${pod.spec.nodeName}/${pod.status.hostIP ?? ''}\n`
        : 'Node:\t<none>\n',
    );
    if (pod.status.startTime) w.write(LEVEL_0, `Start Time:\t${rfc1123z(pod.status.startTime)}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    const phase = pod.status.phase;
    if (meta.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded') {
      w.write(
        LEVEL_0,
        `Status:\tTerminating (lasts ${translateTimestampSince(meta.deletionTimestamp, opts.now)})\n`,
      );
      w.write(LEVEL_0, 'Termination Grace Period:\t30s\n');
    } else {
      w.write(LEVEL_0, `Status:\t${phase}\n`);
    }
    if (p.status.reason) w.write(LEVEL_0, `Reason:\t${p.status.reason}\n`);
    if (p.status.message) w.write(LEVEL_0, `Message:\t${p.status.message}\n`);
    w.write(LEVEL_0, `IP:\t${pod.status.podIP ?? ''}\n`);
    const ips = pod.status.podIPs ?? [];
    if (ips.length === 0) w.write(LEVEL_0, 'IPs:\t<none>\n');
    else {
      w.write(LEVEL_0, 'IPs:\n');
      for (const ip of ips) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
    }
    const owner = meta.ownerReferences?.find((o) => o.controller);
    if (owner) w.write(LEVEL_0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
    if (p.status.nominatedNodeName)
      w.write(LEVEL_0, `NominatedNodeName:\t${p.status.nominatedNodeName}\n`);
    describeContainers(w, 'Containers', pod.spec.containers, containerStatuses(pod), defaultMounts);
    const gates = p.spec.readinessGates ?? [];
    if (gates.length) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of gates) {
        const c = pod.status.conditions.find((x) => (x.type as string) === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c ? c.status : '<none>'} \n`);
      }
    }
    if (pod.status.conditions.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of pod.status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(w, volumes);
    w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`);
    printLabelsMultiline(w, 'Node-Selectors', pod.spec.nodeSelector);
    printTolerationsMultiline(w, 'Tolerations', effectiveTolerations(pod));
    describeEvents(w, events, opts.now);
  });
}
