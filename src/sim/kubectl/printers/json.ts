/**
 * `kubectl -o json`: encoding/json MarshalIndent(obj, "", "    ") of the unstructured object plus a
 * newline: map keys sorted byte-wise, HTML-sensitive characters escaped (`\u003c`, `\u003e`,
 * `\u0026`), U+2028/U+2029 escaped, empty objects/arrays as `{}`/`[]`.
 */

import { type JsonValue, toWire } from './wire.ts';
import { listWrapper } from './yaml.ts';

/** Go's map key order (UTF-8 byte order = code point order). */
export function goStringCompare(a: string, b: string): number {
  const ai = a[Symbol.iterator]();
  const bi = b[Symbol.iterator]();
  for (;;) {
    const x = ai.next();
    const y = bi.next();
    if (x.done || y.done) return x.done && y.done ? 0 : x.done ? -1 : 1;
    const dx = x.value.codePointAt(0) as number;
    const dy = y.value.codePointAt(0) as number;
    if (dx !== dy) return dx - dy;
  }
}

const SHORT: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** encoding/json string encoding with HTML escaping. */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const short = SHORT[ch];
    if (short) out += short;
    else if (
      cp < 0x20 ||
      ch === '<' ||
      ch === '>' ||
      ch === '&' ||
      cp === 0x2028 ||
      cp === 0x2029
    ) {
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return `${out}"`;
}

function encode(v: JsonValue, indent: string): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const inner = `${indent}    `;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => inner + encode(x, inner)).join(',\n')}\n${indent}]`;
  }
  const keys = Object.keys(v).sort(goStringCompare);
  if (keys.length === 0) return '{}';
  return `{\n${keys.map((k) => `${inner}${goJsonString(k)}: ${encode(v[k] as JsonValue, inner)}`).join(',\n')}\n${indent}}`;
}

/** JSON of an already JSON-shaped value, with kubectl's trailing newline. */
export function jsonToText(value: JsonValue): string {
  return `${encode(value, '')}\n`;
}

/** `kubectl get ... -o json` of one object. */
export function toJson(obj: unknown): string {
  return jsonToText(toWire(obj));
}

/** `kubectl get ... -o json` of several objects (the List wrapper). */
export function listToJson(items: readonly unknown[]): string {
  return jsonToText(listWrapper(items));
}
