/**
 * ValidatePodUpdate (k8s pkg/apis/core/validation/validation.go, v1.33): a Pod's spec is
 * immutable except container images, activeDeadlineSeconds, added tolerations and (from a negative
 * value) terminationGracePeriodSeconds. Anything else gives
 *   spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,…
 * followed by a go-cmp diff of the internal PodSpec. go-cmp's output is deliberately unstable
 * (random spacing), so the diff here is a readable approximation in the same `-`/`+` style.
 */
import type { FieldError } from '../../model/errors.ts';
import { forbidden, invalid, required } from '../fieldErrors.ts';
import { goInt, goQuote } from '../goValue.ts';
import type { JsonObject, JsonValue } from '../json.ts';
import { deepEqual, goJsonCompact } from '../json.ts';
import type { ContainerW, PodW, TolerationW } from '../wire.ts';
import { asJson } from '../wire.ts';
import { validateObjectMetaUpdate } from './meta.ts';
import { validatePodMetadataAndSpec } from './pod.ts';

export const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

export const POD_UPDATE_FORBIDDEN = `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(',')}`;

function containerUpdates(
  n: ContainerW[] | undefined,
  o: ContainerW[] | undefined,
  path: string,
): { errs: FieldError[]; stop: boolean } {
  if ((n?.length ?? 0) !== (o?.length ?? 0))
    return { errs: [forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errs: FieldError[] = [];
  (n ?? []).forEach((c, i) => {
    const image = c.image ?? '';
    if (image === '') errs.push(required(`${path}[${i}].image`));
    if (image.trim().length !== image.length)
      errs.push(
        invalid(
          `${path}[${i}].image`,
          goQuote(image),
          'must not have leading or trailing whitespace',
        ),
      );
  });
  return { errs, stop: false };
}

function onlyAddedTolerations(n: TolerationW[], o: TolerationW[]): FieldError[] {
  for (const old of o) {
    const found = n.some((t) => deepEqual({ ...old, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found)
      return [
        forbidden(
          'spec.tolerations',
          'existing toleration can not be modified except its tolerationSeconds',
        ),
      ];
  }
  return [];
}

const GO_FIELD: Record<string, string> = {
  dnsPolicy: 'DNSPolicy',
  dnsConfig: 'DNSConfig',
  hostPID: 'HostPID',
  hostIPC: 'HostIPC',
  setHostnameAsFQDN: 'SetHostnameAsFQDN',
  os: 'OS',
};
const goField = (k: string): string => GO_FIELD[k] ?? `${k.charAt(0).toUpperCase()}${k.slice(1)}`;

/** A cmp.Diff-like rendering of the changed top-level PodSpec fields. */
export function podSpecDiff(oldSpec: JsonObject, newSpec: JsonObject): string {
  const keys = [...new Set([...Object.keys(oldSpec), ...Object.keys(newSpec)])].sort();
  const lines = ['  core.PodSpec{'];
  let same = 0;
  for (const k of keys) {
    const a: JsonValue | undefined = oldSpec[k];
    const b: JsonValue | undefined = newSpec[k];
    if (deepEqual(a, b)) {
      same++;
      continue;
    }
    if (a !== undefined) lines.push(`- \t${goField(k)}: ${goJsonCompact(a)},`);
    if (b !== undefined) lines.push(`+ \t${goField(k)}: ${goJsonCompact(b)},`);
  }
  if (same > 0) lines.push(`  \t... // ${same} identical fields`);
  lines.push('  }');
  return lines.join('\n');
}

export function validatePodUpdate(pod: PodW, old: PodW): FieldError[] {
  const errs = validateObjectMetaUpdate(pod.metadata, old.metadata);
  errs.push(...validatePodMetadataAndSpec(pod));
  const n = pod.spec ?? {};
  const o = old.spec ?? {};
  for (const [key, path] of [
    ['containers', 'spec.containers'],
    ['initContainers', 'spec.initContainers'],
  ] as const) {
    const r = containerUpdates(n[key], o[key], path);
    errs.push(...r.errs);
    if (r.stop) return errs;
  }
  if (n.activeDeadlineSeconds !== undefined) {
    const v = n.activeDeadlineSeconds;
    if (v < 0 || v > 2147483647) {
      errs.push(
        invalid(
          'spec.activeDeadlineSeconds',
          goInt(v),
          'must be between 0 and 2147483647, inclusive',
        ),
      );
      return errs;
    }
    if (o.activeDeadlineSeconds !== undefined && o.activeDeadlineSeconds < v) {
      errs.push(
        invalid(
          'spec.activeDeadlineSeconds',
          goInt(v),
          'must be less than or equal to previous value',
        ),
      );
      return errs;
    }
  } else if (o.activeDeadlineSeconds !== undefined) {
    errs.push(
      invalid(
        'spec.activeDeadlineSeconds',
        '"null"',
        'must not update from a positive integer to nil value',
      ),
    );
  }
  errs.push(...onlyAddedTolerations(n.tolerations ?? [], o.tolerations ?? []));
  if (deepEqual(n, o)) return errs;
  const munged: JsonObject = { ...asJson(n) };
  const mungeImages = (key: 'containers' | 'initContainers'): void => {
    const list = n[key];
    if (list)
      munged[key] = list.map((c, i) => asJson({ ...c, image: o[key]?.[i]?.image ?? c.image }));
  };
  mungeImages('containers');
  mungeImages('initContainers');
  for (const k of ['activeDeadlineSeconds', 'tolerations', 'schedulingGates'] as const) {
    const ov = asJson(o)[k];
    if (ov === undefined) delete munged[k];
    else munged[k] = ov;
  }
  if ((o.terminationGracePeriodSeconds ?? 0) < 0 && n.terminationGracePeriodSeconds === 1)
    munged['terminationGracePeriodSeconds'] = o.terminationGracePeriodSeconds ?? 0;
  if (!deepEqual(munged, asJson(o)))
    errs.push(forbidden('spec', `${POD_UPDATE_FORBIDDEN}\n${podSpecDiff(asJson(o), munged)}`));
  return errs;
}
