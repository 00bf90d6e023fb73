/**
 * The JSON shape an object has on the wire (what kubectl receives and re-renders): `undefined`
 * fields vanish as omitempty fields do, and the few list fields that are not omitempty render as
 * `null` when empty (EndpointSlice `endpoints` and `ports`, as the API server returns them). Other
 * Go encoding choices (which empty fields exist at all) are the stored object's business.
 */

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

function plain(value: unknown): JsonValue | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
    return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((v) => plain(v) ?? null);
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const p = plain(v);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

const isObject = (v: JsonValue | undefined): v is { [key: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A deep, JSON-only copy of an API object with the wire rules above applied. */
export function toWire(obj: unknown): JsonValue {
  const w = plain(obj) ?? null;
  if (isObject(w) && w.kind === 'EndpointSlice') {
    for (const k of ['endpoints', 'ports']) {
      const v = w[k];
      if (v === undefined || (Array.isArray(v) && v.length === 0)) w[k] = null;
    }
  }
  if (isObject(w) && isObject(w.metadata)) {
    for (const k of ['labels', 'annotations']) {
      const v = w.metadata[k];
      if (isObject(v) && Object.keys(v).length === 0) delete w.metadata[k];
    }
  }
  return w;
}
