/**
 * The PATCH path's decode: after applying a strategic-merge patch the server converts the patched
 * map into the typed object with runtime.DefaultUnstructuredConverter.FromUnstructuredWithValidation
 * (apimachinery pkg/runtime/converter.go), whose errors differ from the JSON decoder's:
 *   `unrecognized type: int32`, `cannot convert int64 to string`, `cannot convert float64 to int32`,
 *   `cannot restore struct from: string`, `cannot restore slice from map`, `cannot restore map from
 *   string`; custom unmarshalers (IntOrString, Quantity, Time) go through JSON and keep the JSON
 *   decoder's texts. Unknown fields are reported sorted (`unknown field "spec.foo"`).
 */
import { ERR_QUANTITY_FORMAT, quantityError } from './decodeWalk.ts';
import type { ParsedType } from './fieldTable.ts';
import { STRUCTS, parseFieldSpec } from './fieldTable.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { goJsonNumber, isJsonObject } from './json.ts';

class Fail {
  constructor(readonly message: string) {}
}

/** reflect.Kind of the unstructured value (JSON ints decode to int64, others to float64). */
function srcKind(v: JsonValue): string {
  if (Array.isArray(v)) return 'slice';
  if (isJsonObject(v)) return 'map';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  return 'invalid';
}

function jsonKindOf(v: JsonValue): string {
  if (Array.isArray(v)) return 'array';
  if (isJsonObject(v)) return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

export function walkUnstructured(
  root: JsonObject,
  structName: string,
): { error?: string; unknown: string[] } {
  const unknown: string[] = [];

  const visit = (v: JsonValue, t: ParsedType, path: string): void => {
    if (v === null) return;
    const sk = srcKind(v);
    switch (t.k) {
      case 'any':
        return;
      case 'time':
        if (typeof v !== 'string')
          throw new Fail(`json: cannot unmarshal ${jsonKindOf(v)} into Go value of type string`);
        return;
      case 'intstr':
        if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) return;
        throw new Fail(
          typeof v === 'number'
            ? `json: cannot unmarshal number ${goJsonNumber(v)} into Go value of type int32`
            : `json: cannot unmarshal ${jsonKindOf(v)} into Go value of type int32`,
        );
      case 'quantity': {
        const text = typeof v === 'number' ? goJsonNumber(v) : typeof v === 'string' ? v : null;
        const err = text === null ? ERR_QUANTITY_FORMAT : quantityError(text);
        if (err) throw new Fail(err);
        return;
      }
      case 'basic': {
        const dk = t.go;
        if (dk === 'string') {
          if (sk === 'string') return;
          if (sk === 'int64') throw new Fail(`cannot convert int64 to ${t.goName}`);
        } else if (dk === 'bool') {
          if (sk === 'bool') return;
        } else if (dk === 'float64') {
          if (sk === 'int64' || sk === 'float64') return;
        } else {
          if (sk === 'int64') return;
          if (sk === 'float64') throw new Fail(`cannot convert float64 to ${t.goName}`);
        }
        throw new Fail(`unrecognized type: ${dk}`);
      }
      case 'slice':
        if (!Array.isArray(v)) throw new Fail(`cannot restore slice from ${sk}`);
        v.forEach((el, i) => visit(el, t.elem, `${path}[${i}]`));
        return;
      case 'map':
        if (!isJsonObject(v)) throw new Fail(`cannot restore map from ${sk}`);
        for (const [k, el] of Object.entries(v)) visit(el, t.elem, `${path}.${k}`);
        return;
      case 'struct': {
        if (!isJsonObject(v)) throw new Fail(`cannot restore struct from: ${sk}`);
        const def = STRUCTS[t.name] ?? {};
        for (const [k, el] of Object.entries(v)) {
          const p = path ? `${path}.${k}` : k;
          const spec = def[k];
          if (spec === undefined) unknown.push(`unknown field "${p}"`);
          else visit(el, parseFieldSpec(spec), p);
        }
      }
    }
  };

  try {
    visit(root, parseFieldSpec(structName), '');
  } catch (e) {
    if (e instanceof Fail) return { error: e.message, unknown: [] };
    throw e;
  }
  return { unknown: unknown.sort() };
}
