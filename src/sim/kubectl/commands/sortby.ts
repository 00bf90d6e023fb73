/**
 * `kubectl get --sort-by=FIELD` (kubectl pkg/cmd/get/sorter.go): the field is a relaxed JSONPath
 * (`.spec.clusterIP`, `{.spec.clusterIP}`, `spec.clusterIP`); each object is keyed by the first
 * result; objects without one sort first; numbers compare as numbers, strings that both parse as
 * quantities as quantities, other strings in natural order (github.com/fvbommel/sortorder).
 * A field no object has is an error.
 */

import { parseQuantity, compareQuantity } from '../../apiserver/quantity.ts';
import { jsonPathResults } from './jsonpath.ts';

const JSON_REGEXP = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/;

/** cli-runtime RelaxedJSONPathExpression: `a.b`, `.a.b`, `{a.b}` and `{.a.b}` all mean `{.a.b}`. */
export function relaxedJSONPath(expr: string): string | { error: string } {
  if (expr === '') return expr;
  const m = JSON_REGEXP.exec(expr);
  if (!m) {
    return {
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    };
  }
  return `{.${m[1] ?? m[2] ?? ''}}`;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** sortorder.NaturalLess: digit runs compare as numbers, digits before other characters. */
export function naturalLess(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const c1 = a[i] as string;
    const c2 = b[j] as string;
    const d1 = isDigit(c1);
    const d2 = isDigit(c2);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (c1 !== c2) return c1 < c2;
      i++;
      j++;
      continue;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    const nz1 = i;
    const nz2 = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    if (i - nz1 !== j - nz2) return i - nz1 < j - nz2;
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    if (n1 !== n2) return n1 < n2;
    if (nz1 !== nz2) return nz1 < nz2;
  }
  return a.length < b.length;
}

/** isLess for the values of an unstructured object (the `reflect.Interface` case of sorter.go). */
function isLess(a: unknown, b: unknown): boolean | { error: string } {
  if (a === null || a === undefined) return !(b === null || b === undefined);
  if (b === null || b === undefined) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = parseQuantity(a);
    const qb = qa && parseQuantity(b);
    return qa && qb ? compareQuantity(qa, qb) < 0 : naturalLess(a, b);
  }
  if (typeof a === 'boolean' || Array.isArray(a) || typeof a === 'object')
    return { error: `unsortable type: ${Array.isArray(a) ? '[]interface {}' : goType(a)}` };
  return { error: 'unsortable interface: interface' };
}

const goType = (v: unknown): string =>
  typeof v === 'boolean' ? 'bool' : typeof v === 'object' ? 'map[string]interface {}' : typeof v;

/**
 * Sorts objects by a field (stable, as Go's sort.Sort is for the short lists a playground holds).
 * Returns kubectl's error text when the path is invalid or no object has the field.
 */
export function sortByField<T>(objects: readonly T[], field: string): T[] | { error: string } {
  const path = relaxedJSONPath(field);
  if (typeof path !== 'string') return path;
  const keyed: { obj: T; key: unknown; has: boolean }[] = [];
  for (const obj of objects) {
    const r = jsonPathResults(path, obj);
    if (!Array.isArray(r)) return r;
    keyed.push({ obj, key: r[0], has: r.length > 0 });
  }
  if (keyed.length > 0 && !keyed.some((k) => k.has))
    return { error: `couldn't find any field with path "${path}" in the list of objects` };
  let failure: { error: string } | undefined;
  const less = (x: (typeof keyed)[number], y: (typeof keyed)[number]): boolean => {
    if (!x.has) return true;
    if (!y.has) return false;
    const r = isLess(x.key, y.key);
    if (typeof r === 'boolean') return r;
    failure ??= r;
    return false;
  };
  // Insertion sort: what pdqsort does for lists this short, and stable.
  const out = [...keyed];
  for (let i = 1; i < out.length; i++) {
    for (
      let j = i;
      j > 0 && less(out[j] as (typeof keyed)[number], out[j - 1] as (typeof keyed)[number]);
      j--
    ) {
      const t = out[j] as (typeof keyed)[number];
      out[j] = out[j - 1] as (typeof keyed)[number];
      out[j - 1] = t;
    }
  }
  if (failure) return failure;
  return out.map((k) => k.obj);
}
