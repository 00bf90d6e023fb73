/**
 * ValidatePodSpec / ValidatePodCreate / ValidatePodTemplateSpec (k8s
 * pkg/apis/core/validation/validation.go, v1.33), the parts a playground user can reach.
 */
import type { FieldError } from '../../model/errors.ts';
import { duplicate, forbidden, invalid, notSupported, required } from '../fieldErrors.ts';
import { goInt, goQuote } from '../goValue.ts';
import type { PodSpecW, PodW, TolerationW } from '../wire.ts';
import { validateContainers, validateInitContainers } from './container.ts';
import {
  validateAnnotations,
  validateLabelName,
  validateLabels,
  validateObjectMeta,
} from './meta.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isValidLabelValue,
  nameIsDNSSubdomain,
} from './names.ts';

const VOLUME_SOURCE_KEYS = (vol: object): string[] => Object.keys(vol).filter((k) => k !== 'name');

function validateVolumes(spec: PodSpecW, path: string): { names: Set<string>; errs: FieldError[] } {
  const names = new Set<string>();
  const errs: FieldError[] = [];
  (spec.volumes ?? []).forEach((v, i) => {
    const p = `${path}[${i}]`;
    const el: FieldError[] = [];
    const sources = VOLUME_SOURCE_KEYS(v);
    if (sources.length === 0) el.push(required(p, 'must specify a volume type'));
    for (const s of sources.slice(1))
      el.push(forbidden(`${p}.${s}`, 'may not specify more than 1 volume type'));
    const name = v.name ?? '';
    if (name === '') el.push(required(`${p}.name`));
    else el.push(...isDNS1123Label(name).map((m) => invalid(`${p}.name`, goQuote(name), m)));
    if (names.has(name)) el.push(duplicate(`${p}.name`, goQuote(name)));
    if (el.length === 0) names.add(name);
    errs.push(...el);
  });
  return { names, errs };
}

function validateTolerations(tolerations: TolerationW[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  tolerations.forEach((t, i) => {
    const p = `${path}[${i}]`;
    const key = t.key ?? '';
    const op = t.operator ?? '';
    if (key) errs.push(...validateLabelName(key, `${p}.key`));
    if (key === '' && op !== 'Exists')
      errs.push(
        invalid(
          `${p}.operator`,
          goQuote(op),
          'operator must be Exists when `key` is empty, which means "match all values and all keys"',
        ),
      );
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute')
      errs.push(
        invalid(
          `${p}.effect`,
          goQuote(t.effect ?? ''),
          "effect must be 'NoExecute' when `tolerationSeconds` is set",
        ),
      );
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(t.value ?? '');
      if (msgs.length) errs.push(invalid(`${p}.operator`, goQuote(t.value ?? ''), msgs.join(';')));
    } else if (op === 'Exists') {
      if (t.value)
        errs.push(
          invalid(
            `${p}.operator`,
            `core.Toleration{Key:${goQuote(key)}, Operator:${goQuote(op)}, Value:${goQuote(t.value)}, Effect:${goQuote(t.effect ?? '')}, TolerationSeconds:${t.tolerationSeconds === undefined ? '(*int64)(nil)' : '(*int64)(0xc000000000)'}}`,
            "value must be empty when `operator` is 'Exists'",
          ),
        );
    } else errs.push(notSupported(`${p}.operator`, goQuote(op), ['Equal', 'Exists']));
    if (t.effect && !['NoSchedule', 'PreferNoSchedule', 'NoExecute'].includes(t.effect))
      errs.push(
        notSupported(`${p}.effect`, goQuote(t.effect), [
          'NoSchedule',
          'PreferNoSchedule',
          'NoExecute',
        ]),
      );
  });
  return errs;
}

/** ValidatePodSpec. `isPod` = a Pod (not a template): hostNetwork ports must carry hostPort. */
export function validatePodSpec(
  spec: PodSpecW | undefined,
  path: string,
  isPod: boolean,
): FieldError[] {
  const s = spec ?? {};
  const errs: FieldError[] = [];
  if (s.terminationGracePeriodSeconds === undefined)
    errs.push(required(`${path}.terminationGracePeriodSeconds`));
  const vols = validateVolumes(s, `${path}.volumes`);
  errs.push(...vols.errs);
  errs.push(...validateContainers(s.containers, vols.names, `${path}.containers`));
  errs.push(
    ...validateInitContainers(s.initContainers, s.containers, vols.names, `${path}.initContainers`),
  );
  if (s.hostNetwork)
    (s.containers ?? []).forEach((c, ci) =>
      (c.ports ?? []).forEach((p, pi) => {
        if ((p.hostPort ?? 0) !== (p.containerPort ?? 0) && (isPod || (p.hostPort ?? 0) !== 0))
          errs.push(
            invalid(
              `${path}.containers[${ci}].ports[${pi}].containerPort`,
              goInt(p.containerPort ?? 0),
              'must match `hostPort` when `hostNetwork` is true',
            ),
          );
      }),
    );
  const rp = s.restartPolicy ?? '';
  if (rp === '') errs.push(required(`${path}.restartPolicy`));
  else if (!['Always', 'OnFailure', 'Never'].includes(rp))
    errs.push(notSupported(`${path}.restartPolicy`, goQuote(rp), ['Always', 'OnFailure', 'Never']));
  const dns = s.dnsPolicy ?? '';
  const dnsValid = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
  if (dns === '') errs.push(required(`${path}.dnsPolicy`));
  else if (!dnsValid.includes(dns))
    errs.push(notSupported(`${path}.dnsPolicy`, goQuote(dns), dnsValid));
  errs.push(...validateLabels(s.nodeSelector, `${path}.nodeSelector`));
  for (const sa of [s.serviceAccountName ?? ''])
    if (sa)
      errs.push(
        ...isDNS1123Subdomain(sa).map((m) => invalid(`${path}.serviceAccountName`, goQuote(sa), m)),
      );
  if (s.nodeName)
    errs.push(
      ...isDNS1123Subdomain(s.nodeName).map((m) =>
        invalid(`${path}.nodeName`, goQuote(s.nodeName ?? ''), m),
      ),
    );
  if (
    s.activeDeadlineSeconds !== undefined &&
    (s.activeDeadlineSeconds < 1 || s.activeDeadlineSeconds > 2147483647)
  )
    errs.push(
      invalid(
        `${path}.activeDeadlineSeconds`,
        goInt(s.activeDeadlineSeconds),
        'must be between 1 and 2147483647, inclusive',
      ),
    );
  if (s.hostname)
    errs.push(
      ...isDNS1123Label(s.hostname).map((m) =>
        invalid(`${path}.hostname`, goQuote(s.hostname ?? ''), m),
      ),
    );
  if (s.subdomain)
    errs.push(
      ...isDNS1123Label(s.subdomain).map((m) =>
        invalid(`${path}.subdomain`, goQuote(s.subdomain ?? ''), m),
      ),
    );
  if ((s.tolerations?.length ?? 0) > 0)
    errs.push(...validateTolerations(s.tolerations ?? [], `${path}.tolerations`));
  return errs;
}

/** validatePodMetadataAndSpec. */
export function validatePodMetadataAndSpec(pod: PodW): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, nameIsDNSSubdomain);
  errs.push(...validatePodSpec(pod.spec, 'spec', true));
  return errs;
}

/** ValidatePodCreate. */
export function validatePod(pod: PodW): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  if ((pod.spec?.ephemeralContainers?.length ?? 0) > 0)
    errs.push(forbidden('spec.ephemeralContainers', 'cannot be set on create'));
  if (pod.spec?.nodeName && (pod.spec.schedulingGates?.length ?? 0) > 0)
    errs.push(
      forbidden('spec.nodeName', 'cannot be set until all schedulingGates have been cleared'),
    );
  return errs;
}

/** ValidatePodTemplateSpec: note the labels path is `<path>.labels`, not `<path>.metadata.labels`. */
export function validatePodTemplateSpec(
  template: {
    metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
    spec?: PodSpecW;
  },
  path: string,
): FieldError[] {
  const errs = validateLabels(template.metadata?.labels, `${path}.labels`);
  errs.push(...validateAnnotations(template.metadata?.annotations, `${path}.annotations`));
  errs.push(...validatePodSpec(template.spec, `${path}.spec`, false));
  return errs;
}
