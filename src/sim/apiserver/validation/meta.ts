/**
 * ObjectMeta, labels, annotations and label selectors (apimachinery pkg/api/validation/objectmeta.go,
 * pkg/apis/meta/v1/validation/validation.go, v1.33). Label errors carry the map's path
 * (`metadata.labels`), not the key; Go iterates maps randomly, we use the decoded (sorted) order.
 */
import type { FieldError } from '../../model/errors.ts';
import { forbidden, invalid, required, tooLong } from '../fieldErrors.ts';
import { goQuote } from '../goValue.ts';
import type { LabelSelectorW, MetaW } from '../wire.ts';
import type { NameValidator } from './names.ts';
import { isDNS1123Label, isQualifiedName, isValidLabelValue } from './names.ts';

export const FIELD_IMMUTABLE = 'field is immutable';
const TOTAL_ANNOTATION_SIZE = 256 * 1024;

export function validateLabelName(key: string, field: string): FieldError[] {
  return isQualifiedName(key).map((m) => invalid(field, goQuote(key), m));
}

export function validateLabels(
  labels: Record<string, string> | undefined,
  field: string,
): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, field));
    errs.push(...isValidLabelValue(v).map((m) => invalid(field, goQuote(v), m)));
  }
  return errs;
}

export function validateAnnotations(
  annotations: Record<string, string> | undefined,
  field: string,
): FieldError[] {
  const errs: FieldError[] = [];
  let size = 0;
  for (const [k, v] of Object.entries(annotations ?? {})) {
    errs.push(...isQualifiedName(k.toLowerCase()).map((m) => invalid(field, goQuote(k), m)));
    size += k.length + v.length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) errs.push(tooLong(field, TOTAL_ANNOTATION_SIZE));
  return errs;
}

/** apimachinery maskTrailingDash: a generateName prefix may end with '-'. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/**
 * ValidateObjectMeta. `namespaced` objects must carry a namespace (the registry copies the
 * request's namespace into metadata.namespace before admission, as BeforeCreate does).
 */
export function validateObjectMeta(
  meta: MetaW | undefined,
  namespaced: boolean,
  nameFn: NameValidator,
  path = 'metadata',
): FieldError[] {
  const m = meta ?? {};
  const errs: FieldError[] = [];
  const generateName = m.generateName ?? '';
  if (generateName)
    for (const msg of nameFn(maskTrailingDash(generateName)))
      errs.push(invalid(`${path}.generateName`, goQuote(generateName), msg));
  const name = m.name ?? '';
  if (name === '') errs.push(required(`${path}.name`, 'name or generateName is required'));
  else for (const msg of nameFn(name)) errs.push(invalid(`${path}.name`, goQuote(name), msg));
  errs.push(...validateMetaCommon(m, namespaced, path));
  return errs;
}

function validateMetaCommon(m: MetaW, namespaced: boolean, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const ns = m.namespace ?? '';
  if (namespaced) {
    if (ns === '') errs.push(required(`${path}.namespace`));
    else
      for (const msg of isDNS1123Label(ns))
        errs.push(invalid(`${path}.namespace`, goQuote(ns), msg));
  } else if (ns !== '') {
    errs.push(forbidden(`${path}.namespace`, 'not allowed on this type'));
  }
  if ((m.generation ?? 0) < 0)
    errs.push(
      invalid(`${path}.generation`, String(m.generation), 'must be greater than or equal to 0'),
    );
  errs.push(...validateLabels(m.labels, `${path}.labels`));
  errs.push(...validateAnnotations(m.annotations, `${path}.annotations`));
  for (const f of m.finalizers ?? []) errs.push(...validateLabelName(f, `${path}.finalizers`));
  return errs;
}

/** ValidateObjectMetaUpdate: identity fields are immutable; labels/annotations revalidated. */
export function validateObjectMetaUpdate(
  meta: MetaW | undefined,
  old: MetaW | undefined,
  path = 'metadata',
): FieldError[] {
  const n = meta ?? {};
  const o = old ?? {};
  const errs: FieldError[] = [];
  if ((n.generation ?? 0) < (o.generation ?? 0))
    errs.push(invalid(`${path}.generation`, String(n.generation ?? 0), 'must not be decremented'));
  for (const key of ['name', 'namespace', 'uid'] as const) {
    const nv = n[key] ?? '';
    const ov = o[key] ?? '';
    if (nv !== ov) errs.push(invalid(`${path}.${key}`, goQuote(nv), FIELD_IMMUTABLE));
  }
  errs.push(...validateLabels(n.labels, `${path}.labels`));
  errs.push(...validateAnnotations(n.annotations, `${path}.annotations`));
  return errs;
}

/** ValidateLabelSelector (AllowInvalidLabelValueInSelector = false). */
export function validateLabelSelector(sel: LabelSelectorW | undefined, path: string): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, `${path}.matchLabels`);
  (sel.matchExpressions ?? []).forEach((e, i) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values = e.values ?? [];
    switch (e.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0)
          errs.push(
            required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"),
          );
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0)
          errs.push(
            forbidden(
              `${p}.values`,
              "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
            ),
          );
        break;
      default:
        errs.push(
          invalid(`${p}.operator`, goQuote(e.operator ?? ''), 'not a valid selector operator'),
        );
    }
    errs.push(...validateLabelName(e.key ?? '', `${p}.key`));
    values.forEach((v, vi) =>
      errs.push(...isValidLabelValue(v).map((m) => invalid(`${p}.values[${vi}]`, goQuote(v), m))),
    );
  });
  return errs;
}

/** Matches a label set against a selector (labels.Selector semantics); nil selector matches nothing. */
export function selectorMatches(
  sel: LabelSelectorW | undefined,
  labels: Record<string, string>,
): boolean {
  if (!sel) return false;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key ?? '');
    const val = labels[e.key ?? ''];
    const vals = e.values ?? [];
    if (e.operator === 'In' && !(has && val !== undefined && vals.includes(val))) return false;
    if (e.operator === 'NotIn' && has && val !== undefined && vals.includes(val)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

export const selectorIsEmpty = (sel: LabelSelectorW | undefined): boolean =>
  sel !== undefined &&
  Object.keys(sel.matchLabels ?? {}).length === 0 &&
  (sel.matchExpressions ?? []).length === 0;
