/**
 * Plain JSON values as the YAML parser hands them over, plus the two Go renderings of such values
 * that end up inside user-visible messages:
 *  - `goJsonCompact`: `json.Marshal` of a decoded `map[string]interface{}` (keys sorted, HTML
 *    characters escaped) — what kubectl prints inside `Object 'Kind' is missing in '...'`.
 *  - `goPlusV`: `fmt.Sprintf("%+v", map[string]interface{}{...})` — what the API server prints for a
 *    strategic-merge patch in `patch: Invalid value: "map[...]"`.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Converts whatever the YAML parser produced into JSON values (drops undefined/functions). */
export function toJson(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().replace(/\.000Z$/, 'Z');
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
      if (val === undefined || typeof val === 'function') continue;
      out[k] = toJson(val);
    }
    return out;
  }
  return null;
}

/** A deep copy of a JSON value (faster than a JSON round trip for the small objects admitted here). */
export function clone<T extends JsonValue>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => clone(x)) as T;
  const out: JsonObject = {};
  for (const k in v) {
    const x = (v as JsonObject)[k];
    if (x !== undefined) out[k] = clone(x);
  }
  return out as T;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a as object).filter(
      (k) => (a as Record<string, unknown>)[k] !== undefined,
    );
    const kb = Object.keys(b as object).filter(
      (k) => (b as Record<string, unknown>)[k] !== undefined,
    );
    if (ka.length !== kb.length) return false;
    return ka.every((k) =>
      deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    );
  }
  return false;
}

/** Go's strconv.FormatFloat(f, 'g'-like, -1, 64) as encoding/json uses it for float64 values. */
export function goJsonNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    // encoding/json switches to exponent form; Go prints e-07 / e+21 with two exponent digits.
    const [mant, exp] = n.toExponential().split('e') as [string, string];
    const sign = exp.startsWith('-') ? '-' : '+';
    const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
    return `${mant}e${sign}${digits}`;
  }
  return String(n);
}

/** Characters encoding/json escapes differently from JSON.stringify (HTML-safe escapes, U+2028/9). */
const GO_SPECIAL = /[<>&\u2028\u2029]/;

function goJsonString(s: string): string {
  // JSON.stringify escapes quotes, backslashes and control characters exactly as Go does.
  if (!GO_SPECIAL.test(s)) return JSON.stringify(s);
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c < 0x20) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * A copy with object keys sorted at every level (JSON.stringify keeps insertion order), or
 * `undefined` when a number would print differently in Go (floats in exponent form).
 */
function sortedForStringify(v: JsonValue): JsonValue | undefined {
  if (v === null || typeof v !== 'object') {
    if (
      typeof v === 'number' &&
      !(Number.isInteger(v) && Math.abs(v) < 1e21) &&
      goJsonNumber(v) !== String(v)
    )
      return undefined;
    return v;
  }
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const x of v) {
      const y = sortedForStringify(x);
      if (y === undefined && x !== undefined) return undefined;
      out.push(y === undefined ? null : y);
    }
    return out;
  }
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) {
    const x = v[k];
    if (x === undefined) continue;
    const y = sortedForStringify(x);
    if (y === undefined) return undefined;
    out[k] = y;
  }
  return out;
}

const GO_ESCAPES = /[<>&\u2028\u2029]/g;
const goEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * json.Marshal of an unstructured value: compact, map keys sorted, HTML-escaped. The native
 * JSON.stringify does the work; `<`, `>`, `&` (which only occur inside strings) get Go's escapes.
 */
export function goJsonCompact(v: JsonValue): string {
  const sorted = sortedForStringify(v);
  if (sorted !== undefined) return JSON.stringify(sorted).replace(GO_ESCAPES, goEscape);
  return goJsonCompactSlow(v);
}

function goJsonCompactSlow(v: JsonValue): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  let out: string;
  if (Array.isArray(v)) {
    out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + goJsonCompactSlow(v[i] as JsonValue);
    return `${out}]`;
  }
  const keys = Object.keys(v).sort();
  out = '{';
  let first = true;
  for (const k of keys) {
    const x = v[k];
    if (x === undefined) continue;
    out += `${first ? '' : ','}${goJsonString(k)}:${goJsonCompactSlow(x)}`;
    first = false;
  }
  return `${out}}`;
}

/** fmt "%+v" of an unstructured value (map[string]interface{} with sorted keys, []interface{}). */
export function goPlusV(v: JsonValue): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goJsonNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return `[${v.map(goPlusV).join(' ')}]`;
  const keys = Object.keys(v).sort();
  return `map[${keys.map((k) => `${k}:${goPlusV(v[k] as JsonValue)}`).join(' ')}]`;
}
