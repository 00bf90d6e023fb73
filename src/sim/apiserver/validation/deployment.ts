/**
 * ValidateDeployment / ValidateDeploymentUpdate (k8s pkg/apis/apps/validation/validation.go,
 * v1.33) and the strategy's selector immutability (pkg/registry/apps/deployment/strategy.go).
 * Value renderings follow real transcripts, e.g.
 *   spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`
 *   spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable
 */
import type { FieldError } from '../../model/errors.ts';
import { forbidden, invalid, notSupported, required } from '../fieldErrors.ts';
import { goIntOrString, goInt, goLabelSelector, goQuote, goStringMap } from '../goValue.ts';
import { deepEqual } from '../json.ts';
import type { DeploymentW } from '../wire.ts';
import {
  FIELD_IMMUTABLE,
  selectorIsEmpty,
  selectorMatches,
  validateLabelSelector,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from './meta.ts';
import { nameIsDNSSubdomain } from './names.ts';
import { validatePodTemplateSpec } from './pod.ts';

const NEGATIVE = 'must be greater than or equal to 0';

/** ValidatePositiveIntOrPercent + the percent checks of ValidateRollingUpdateDeployment. */
function intOrPercent(v: number | string | undefined, path: string): FieldError[] {
  if (typeof v === 'string') {
    if (!/^[0-9]+%$/.test(v))
      return [
        invalid(
          path,
          goQuote(v),
          "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        ),
      ];
    return [];
  }
  return (v ?? 0) < 0 ? [invalid(path, goInt(v ?? 0), NEGATIVE)] : [];
}

const intOrPercentValue = (v: number | string | undefined): number =>
  typeof v === 'string' ? Number(v.replace('%', '')) || 0 : (v ?? 0);

function validateStrategy(d: DeploymentW): FieldError[] {
  const s = d.spec?.strategy ?? {};
  const path = 'spec.strategy';
  if (s.type === 'Recreate')
    return s.rollingUpdate
      ? [
          forbidden(
            `${path}.rollingUpdate`,
            "may not be specified when strategy `type` is 'Recreate'",
          ),
        ]
      : [];
  if (s.type === 'RollingUpdate') {
    const ru = s.rollingUpdate;
    if (!ru)
      return [required(`${path}.rollingUpdate`, 'this should be defaulted and never be nil')];
    const p = `${path}.rollingUpdate`;
    const errs = [
      ...intOrPercent(ru.maxUnavailable, `${p}.maxUnavailable`),
      ...intOrPercent(ru.maxSurge, `${p}.maxSurge`),
    ];
    if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0)
      errs.push(
        invalid(
          `${p}.maxUnavailable`,
          goIntOrString(ru.maxUnavailable),
          'may not be 0 when `maxSurge` is 0',
        ),
      );
    if (typeof ru.maxUnavailable === 'string' && intOrPercentValue(ru.maxUnavailable) > 100)
      errs.push(
        invalid(`${p}.maxUnavailable`, goQuote(ru.maxUnavailable), 'must not be greater than 100%'),
      );
    return errs;
  }
  return [
    notSupported(
      path,
      `apps.DeploymentStrategy{Type:${goQuote(s.type ?? '')}, RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}`,
      ['Recreate', 'RollingUpdate'],
    ),
  ];
}

function validateDeploymentSpec(d: DeploymentW): FieldError[] {
  const spec = d.spec ?? {};
  const errs: FieldError[] = [];
  if ((spec.replicas ?? 0) < 0)
    errs.push(invalid('spec.replicas', goInt(spec.replicas ?? 0), NEGATIVE));
  if (!spec.selector) errs.push(required('spec.selector'));
  else {
    errs.push(...validateLabelSelector(spec.selector, 'spec.selector'));
    if (selectorIsEmpty(spec.selector))
      errs.push(
        invalid(
          'spec.selector',
          goLabelSelector(spec.selector),
          'empty selector is invalid for deployment',
        ),
      );
  }
  const template = spec.template ?? {};
  const labels = template.metadata?.labels;
  if (!selectorIsEmpty(spec.selector) && !selectorMatches(spec.selector, labels ?? {}))
    errs.push(
      invalid(
        'spec.template.metadata.labels',
        labels === undefined ? '"null"' : goStringMap(labels),
        '`selector` does not match template `labels`',
      ),
    );
  errs.push(...validatePodTemplateSpec(template, 'spec.template'));
  const rp = template.spec?.restartPolicy ?? '';
  if (rp !== 'Always')
    errs.push(notSupported('spec.template.spec.restartPolicy', goQuote(rp), ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined)
    errs.push(
      forbidden(
        'spec.template.spec.activeDeadlineSeconds',
        'activeDeadlineSeconds in ReplicaSet is not Supported',
      ),
    );
  errs.push(...validateStrategy(d));
  if ((spec.minReadySeconds ?? 0) < 0)
    errs.push(invalid('spec.minReadySeconds', goInt(spec.minReadySeconds ?? 0), NEGATIVE));
  if (spec.revisionHistoryLimit !== undefined && spec.revisionHistoryLimit < 0)
    errs.push(invalid('spec.revisionHistoryLimit', goInt(spec.revisionHistoryLimit), NEGATIVE));
  if (spec.progressDeadlineSeconds !== undefined) {
    if (spec.progressDeadlineSeconds <= 0)
      errs.push(
        invalid(
          'spec.progressDeadlineSeconds',
          goInt(spec.progressDeadlineSeconds),
          'must be greater than zero',
        ),
      );
    if (spec.progressDeadlineSeconds <= (spec.minReadySeconds ?? 0))
      errs.push(
        invalid(
          'spec.progressDeadlineSeconds',
          goInt(spec.progressDeadlineSeconds),
          'must be greater than minReadySeconds',
        ),
      );
  }
  return errs;
}

export function validateDeployment(d: DeploymentW): FieldError[] {
  return [
    ...validateObjectMeta(d.metadata, true, nameIsDNSSubdomain),
    ...validateDeploymentSpec(d),
  ];
}

export function validateDeploymentUpdate(d: DeploymentW, old: DeploymentW): FieldError[] {
  const errs = validateObjectMetaUpdate(d.metadata, old.metadata);
  errs.push(...validateDeploymentSpec(d));
  if (!deepEqual(d.spec?.selector ?? null, old.spec?.selector ?? null))
    errs.push(invalid('spec.selector', goLabelSelector(d.spec?.selector), FIELD_IMMUTABLE));
  return errs;
}
