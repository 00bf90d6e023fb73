/** The few pieces of Go's fmt/strconv output that appear in go-yaml and sigs.k8s.io/yaml errors. */

/** strconv.FormatFloat(x, 'g', -1, bits) for bits 32 or 64. */
export function goFormatFloat(x: number, bits: 32 | 64): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return '+Inf';
  if (x === -Infinity) return '-Inf';
  let v = x;
  let exp: string;
  if (bits === 32) {
    v = Math.fround(x);
    exp = v.toExponential();
    for (let p = 0; p < 9; p++) {
      const e = v.toExponential(p);
      if (Math.fround(Number(e)) === v) {
        exp = e;
        break;
      }
    }
  } else {
    exp = v.toExponential();
  }
  const neg = exp.startsWith('-') || Object.is(v, -0);
  const body = exp.replace(/^-/, '');
  const [mant = '0', e = '0'] = body.split('e');
  const digits = mant.replace('.', '').replace(/0+$/, '') || '0';
  const e10 = Number(e);
  let out: string;
  if (e10 < -4 || e10 >= 6) {
    const ae = Math.abs(e10);
    out =
      digits.charAt(0) +
      (digits.length > 1 ? '.' + digits.slice(1) : '') +
      'e' +
      (e10 < 0 ? '-' : '+') +
      (ae < 10 ? '0' + ae : String(ae));
  } else if (e10 >= 0) {
    const intPart =
      digits.length > e10 + 1 ? digits.slice(0, e10 + 1) : digits.padEnd(e10 + 1, '0');
    const frac = digits.slice(e10 + 1);
    out = frac === '' ? intPart : intPart + '.' + frac;
  } else {
    out = '0.' + '0'.repeat(-e10 - 1) + digits;
  }
  return neg ? '-' + out : out;
}

const NAMED_ESCAPES: Record<number, string> = {
  7: '\\a',
  8: '\\b',
  9: '\\t',
  10: '\\n',
  11: '\\v',
  12: '\\f',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

function isGoPrintable(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp >= 0x80 && cp < 0xa0) return false;
  if (cp === 0xad || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return cp !== 0xfffe && cp !== 0xffff;
}

/** strconv.Quote (what `%#v` prints for a string). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    const named = NAMED_ESCAPES[cp];
    if (named !== undefined) out += named;
    else if (isGoPrintable(cp)) out += ch;
    else if (cp < 0x80) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** Go types of non-string map keys, and values stored under a nil key, kept aside by the decoder. */
export interface GoKeyInfo {
  kinds(obj: object): ReadonlyMap<string, 'bool' | 'int' | 'float'> | undefined;
  nilValue(obj: object): { value: unknown } | undefined;
}

const TYPE_RANK = { nil: 0, bool: 1, float: 2, int: 3, string: 4 } as const;

/**
 * `%#v` of a decoded YAML value as go-yaml holds it (`map[interface {}]interface {}` with typed
 * keys, `[]interface {}`). Maps print their keys sorted by type, then value, as fmt does.
 */
export function goSharpV(v: unknown, info: GoKeyInfo | null = null, nested = false): string {
  if (v === null || v === undefined) return nested ? 'interface {}(nil)' : '<nil>';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number')
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : goFormatFloat(v, 64);
  if (Array.isArray(v))
    return '[]interface {}{' + v.map((x) => goSharpV(x, info, true)).join(', ') + '}';
  if (typeof v !== 'object') return String(v);
  const rec = v as Record<string, unknown>;
  const kinds = info?.kinds(v);
  const entries: { rank: number; sort: string | number; text: string }[] = [];
  const nil = info?.nilValue(v);
  if (nil !== undefined)
    entries.push({
      rank: 0,
      sort: 0,
      text: 'interface {}(nil):' + goSharpV(nil.value, info, true),
    });
  for (const k of Object.keys(rec)) {
    const kind = kinds?.get(k) ?? 'string';
    let shown: string;
    let sort: string | number = k;
    if (kind === 'string') shown = goQuote(k);
    else if (kind === 'bool') {
      shown = k;
      sort = k === 'true' ? 1 : 0;
    } else {
      shown = k;
      sort = Number(k);
    }
    entries.push({ rank: TYPE_RANK[kind], sort, text: shown + ':' + goSharpV(rec[k], info, true) });
  }
  entries.sort((a, b) => a.rank - b.rank || (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return 'map[interface {}]interface {}{' + entries.map((e) => e.text).join(', ') + '}';
}
