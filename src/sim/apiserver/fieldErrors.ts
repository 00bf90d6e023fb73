/**
 * field.Error constructors and the API status errors built from them
 * (apimachinery pkg/util/validation/field/errors.go, pkg/api/errors/errors.go).
 * Values passed to `invalid`/`notSupported`/`duplicate` must already be rendered (see goValue.ts).
 */
import type { ApiError, FieldError } from '../model/errors.ts';
import { fieldErrorString } from '../model/errors.ts';
import { goQuote } from './goValue.ts';

export type ErrorList = FieldError[];

export const required = (field: string, detail = ''): FieldError =>
  detail ? { type: 'Required value', field, detail } : { type: 'Required value', field };

export const invalid = (field: string, value: string, detail: string): FieldError => ({
  type: 'Invalid value',
  field,
  value,
  detail,
});

/** field.NotSupported: detail `supported values: "A", "B"` (values are given in display order). */
export const notSupported = (field: string, value: string, valid: readonly string[]): FieldError =>
  valid.length > 0
    ? {
        type: 'Unsupported value',
        field,
        value,
        detail: `supported values: ${valid.map((v) => goQuote(v)).join(', ')}`,
      }
    : { type: 'Unsupported value', field, value };

export const duplicate = (field: string, value: string): FieldError => ({
  type: 'Duplicate value',
  field,
  value,
});

export const forbidden = (field: string, detail: string): FieldError => ({
  type: 'Forbidden',
  field,
  detail,
});

export const tooMany = (field: string, actual: number, max: number): FieldError => ({
  type: 'Too many',
  field,
  value: String(actual),
  detail: `must have at most ${max} items`,
});

export const internal = (field: string, detail: string): FieldError => ({
  type: 'Internal error',
  field,
  detail,
});

/** "Too long" (ValidateAnnotations): `metadata.annotations: Too long: must have at most 262144 bytes`. */
export const tooLong = (field: string, max: number): FieldError => ({
  type: 'Too long',
  field,
  detail: `must have at most ${max} bytes`,
});

/** sets.List order: sorted. */
export const sorted = (values: readonly string[]): string[] => [...values].sort();

export interface GroupKind {
  group: string;
  kind: string;
}

/**
 * errors.NewInvalid: message `<Kind[.group]> "<name>" is invalid: <aggregate>`; the aggregate
 * drops causes whose text repeats an earlier one (ErrorList.ToAggregate) and is bracketed when it
 * holds more than one. `details.kind` is the bare Kind, as kubectl prints it in its header. The
 * causes are de-duplicated too, as kubectl does when printing them (statusCausesToAggrError).
 */
export function invalidApiError(gk: GroupKind, name: string, causes: ErrorList): ApiError {
  const seen = new Set<string>();
  const unique: ErrorList = [];
  for (const c of causes) {
    const s = fieldErrorString(c);
    if (seen.has(s)) continue;
    seen.add(s);
    unique.push(c);
  }
  const parts = unique.map(fieldErrorString);
  const agg = parts.length === 1 ? (parts[0] ?? '') : `[${parts.join(', ')}]`;
  const qualified = gk.group ? `${gk.kind}.${gk.group}` : gk.kind;
  return {
    reason: 'Invalid',
    message: `${qualified} ${goQuote(name)} is invalid: ${agg}`,
    details: { kind: gk.kind, name, causes: unique },
  };
}

/** errors.NewInternalError: `Internal error occurred: <err>`. */
export function internalApiError(err: string): ApiError {
  return { reason: 'InternalError', message: `Internal error occurred: ${err}` };
}

export function badRequestApiError(message: string): ApiError {
  return { reason: 'BadRequest', message };
}

export const SERVICE_GK: GroupKind = { group: '', kind: 'Service' };
