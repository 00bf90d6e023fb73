/**
 * The server's JSON decode of a request body into a typed object, reproduced over the field table:
 * - type mismatches give the Go decoder's error (sigs.k8s.io/json, a fork of encoding/json):
 *   `json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32`
 *   (Struct = innermost struct, Field = dotted JSON path without indices). Basic mismatches are
 *   saved and decoding continues (first one wins); errors from custom UnmarshalJSON methods
 *   (IntOrString, Quantity, Time) abort at once and carry no struct context, because they come
 *   from the standard library's own decoder (`json: cannot unmarshal bool into Go value of type
 *   int32`).
 * - unknown fields (strict decoding) are collected as `unknown field "spec.ports[0].foo"` in the
 *   order the keys appear in the body (kubectl sends map keys sorted).
 * The decoded copy drops nulls (Go leaves the zero value, which is omitted on output) and stores
 * quantities in their canonical string form (`0.5` → `500m`).
 */
import type { ParsedType } from './fieldTable.ts';
import { STRUCTS, goTypeName, parseFieldSpec } from './fieldTable.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { goJsonNumber, isJsonObject } from './json.ts';
import { canonicalQuantity } from './quantity.ts';

export interface WalkResult {
  /** The decode error text (already the full Go error string), if any. */
  error?: string;
  /** Strict-decoding errors (`unknown field "x"`), in body order. */
  unknown: string[];
  value: JsonValue;
}

/**
 * Where the walk is, as a chain to the root (paths are only spelled out for an error message):
 * `key` is a struct field (it joins the Go error's field stack), `seg` the strict-path segment.
 */
interface Ctx {
  struct: string;
  parent: Ctx | null;
  key: string | null;
  seg: string;
}

function stackOf(ctx: Ctx): string[] {
  const out: string[] = [];
  for (let c: Ctx | null = ctx; c; c = c.parent) if (c.key !== null) out.push(c.key);
  return out.reverse();
}

function strictPathOf(ctx: Ctx): string {
  const segs: string[] = [];
  for (let c: Ctx | null = ctx; c; c = c.parent) segs.push(c.seg);
  const p = segs.reverse().join('');
  return p.startsWith('.') ? p.slice(1) : p;
}

class Abort {
  constructor(readonly message: string) {}
}

const QUANTITY_RE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
export const ERR_QUANTITY_FORMAT =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
export const ERR_QUANTITY_SUFFIX = "unable to parse quantity's suffix";
const SUFFIXES = new Set(['', 'n', 'u', 'm', 'k', 'M', 'G', 'T', 'P', 'E']);
const BIN_SUFFIXES = new Set(['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei']);

/** resource.ParseQuantity's error for a string, or undefined when it parses. */
export function quantityError(s: string): string | undefined {
  const m = QUANTITY_RE.exec(s.trim());
  if (!m) return ERR_QUANTITY_FORMAT;
  const num = m[1] ?? '';
  const suffix = m[2] ?? '';
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(num)) return ERR_QUANTITY_FORMAT;
  if (SUFFIXES.has(suffix) || BIN_SUFFIXES.has(suffix) || /^[eE][-+]?\d+$/.test(suffix))
    return undefined;
  return ERR_QUANTITY_SUFFIX;
}

function jsonKind(v: JsonValue): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

const INT_RANGE = {
  int32: [-2147483648, 2147483647],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
} as const;

export function walkDecode(root: JsonObject, structName: string): WalkResult {
  let saved: string | undefined;
  const unknown: string[] = [];

  const typeError = (value: string, t: ParsedType, ctx: Ctx): void => {
    if (saved !== undefined) return;
    const type = goTypeName(t);
    const stack = stackOf(ctx);
    saved =
      stack.length > 0
        ? `json: cannot unmarshal ${value} into Go struct field ${ctx.struct}.${stack.join('.')} of type ${type}`
        : `json: cannot unmarshal ${value} into Go value of type ${type}`;
  };

  const walk = (v: JsonValue, t: ParsedType, ctx: Ctx): JsonValue | undefined => {
    if (v === null) return undefined;
    switch (t.k) {
      case 'any':
        return v;
      case 'time':
        if (typeof v !== 'string')
          throw new Abort(`json: cannot unmarshal ${jsonKind(v)} into Go value of type string`);
        return v;
      case 'intstr':
        if (typeof v === 'string') return v;
        if (typeof v === 'number') {
          if (Number.isInteger(v) && v >= INT_RANGE.int32[0] && v <= INT_RANGE.int32[1]) return v;
          throw new Abort(
            `json: cannot unmarshal number ${goJsonNumber(v)} into Go value of type int32`,
          );
        }
        throw new Abort(`json: cannot unmarshal ${jsonKind(v)} into Go value of type int32`);
      case 'quantity': {
        const text = typeof v === 'number' ? goJsonNumber(v) : typeof v === 'string' ? v : null;
        const err = text === null ? ERR_QUANTITY_FORMAT : quantityError(text);
        if (err) throw new Abort(err);
        return canonicalQuantity(text ?? '');
      }
      case 'basic':
        return walkBasic(v, t, ctx);
      case 'slice': {
        if (!Array.isArray(v)) {
          typeError(jsonKind(v), t, ctx);
          return undefined;
        }
        return v.map((el, i) => {
          const out = walk(el, t.elem, {
            struct: ctx.struct,
            parent: ctx,
            key: null,
            seg: `[${i}]`,
          });
          return out === undefined ? zeroOf(t.elem) : out;
        });
      }
      case 'map': {
        if (!isJsonObject(v)) {
          typeError(jsonKind(v), t, ctx);
          return undefined;
        }
        const out: JsonObject = {};
        for (const key of Object.keys(v).sort()) {
          const r = walk(v[key] as JsonValue, t.elem, {
            struct: ctx.struct,
            parent: ctx,
            key: null,
            seg: `.${key}`,
          });
          out[key] = r === undefined ? zeroOf(t.elem) : r;
        }
        return out;
      }
      case 'struct': {
        if (!isJsonObject(v)) {
          typeError(jsonKind(v), t, ctx);
          return undefined;
        }
        const def = STRUCTS[t.name] ?? {};
        const out: JsonObject = {};
        for (const key of Object.keys(v).sort()) {
          const spec = def[key];
          const child: Ctx = { struct: t.name, parent: ctx, key, seg: `.${key}` };
          if (spec === undefined) {
            unknown.push(`unknown field "${strictPathOf(child)}"`);
            continue;
          }
          const r = walk(v[key] as JsonValue, parseFieldSpec(spec), child);
          if (r !== undefined) out[key] = r;
        }
        return out;
      }
    }
  };

  const walkBasic = (
    v: JsonValue,
    t: Extract<ParsedType, { k: 'basic' }>,
    ctx: Ctx,
  ): JsonValue | undefined => {
    if (t.go === 'string') {
      if (typeof v === 'string') return v;
    } else if (t.go === 'bool') {
      if (typeof v === 'boolean') return v;
    } else if (t.go === 'float64') {
      if (typeof v === 'number') return v;
    } else if (typeof v === 'number') {
      const [lo, hi] = INT_RANGE[t.go];
      if (Number.isInteger(v) && v >= lo && v <= hi) return v;
      typeError(`number ${goJsonNumber(v)}`, t, ctx);
      return undefined;
    }
    typeError(typeof v === 'number' ? 'number' : jsonKind(v), t, ctx);
    return undefined;
  };

  try {
    const value = walk(root, parseFieldSpec(structName), {
      struct: '',
      parent: null,
      key: null,
      seg: '',
    });
    if (saved !== undefined) return { error: saved, unknown: [], value: root };
    return { unknown, value: value ?? {} };
  } catch (e) {
    if (e instanceof Abort) return { error: e.message, unknown: [], value: root };
    throw e;
  }
}

function zeroOf(t: ParsedType): JsonValue {
  if (t.k === 'basic') return t.go === 'string' ? '' : t.go === 'bool' ? false : 0;
  if (t.k === 'struct') return {};
  return null;
}
