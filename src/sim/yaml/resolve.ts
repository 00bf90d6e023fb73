/**
 * YAML 1.1 scalar resolution exactly as go-yaml v2 `resolve.go` does it when decoding into
 * `interface{}`: yes/no/on/off/y/n booleans, `~`/null, Go integer syntax (`0x`, `0o`, `0b`,
 * leading-zero octal, `_` separators), go-yaml's float regexp, `.inf`/`.nan`; timestamps stay
 * strings. The kind of the last result is left in `resolved.kind` (keys need the Go type).
 */
import { F_DECODE, YamlFailure } from './errors.ts';

export const K_STR = 1;
export const K_INT = 2;
export const K_FLOAT = 3;
export const K_BOOL = 4;
export const K_NULL = 5;
/** An integer in (MaxInt64, MaxUint64]: Go's uint64. */
export const K_UINT = 6;
export const K_TIMESTAMP = 8;

export const resolved = { kind: K_STR };

export const TAG_PREFIX = 'tag:yaml.org,2002:';
const TAG_STR = TAG_PREFIX + 'str';
const TAG_BOOL = TAG_PREFIX + 'bool';
const TAG_INT = TAG_PREFIX + 'int';
const TAG_FLOAT = TAG_PREFIX + 'float';
const TAG_NULL = TAG_PREFIX + 'null';
const TAG_TIMESTAMP = TAG_PREFIX + 'timestamp';
const TAG_BINARY = TAG_PREFIX + 'binary';
export const TAG_MERGE = TAG_PREFIX + 'merge';

const H_SIGN = 1;
const H_DIGIT = 2;
const H_MAP = 3;
const H_DOT = 4;
const HINT = new Uint8Array(128);
HINT[43] = H_SIGN;
HINT[45] = H_SIGN;
for (let c = 48; c <= 57; c++) HINT[c] = H_DIGIT;
for (const ch of 'yYnNtTfFoO~') HINT[ch.charCodeAt(0)] = H_MAP;
HINT[46] = H_DOT;

const WORDS = new Map<string, readonly [number, unknown]>();
function words(kind: number, value: unknown, list: string): void {
  for (const w of list.split(' ')) WORDS.set(w, [kind, value]);
}
words(K_BOOL, true, 'y Y yes Yes YES true True TRUE on On ON');
words(K_BOOL, false, 'n N no No NO false False FALSE off Off OFF');
words(K_NULL, null, '~ null Null NULL');
words(K_FLOAT, NaN, '.nan .NaN .NAN');
words(K_FLOAT, Infinity, '.inf .Inf .INF +.inf +.Inf +.INF');
words(K_FLOAT, -Infinity, '-.inf -.Inf -.INF');

const DOT_FLOAT = /^\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
/** go-yaml's `yamlStyleFloat`. */
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
/** strconv.ParseInt(s, 0, 64) syntax: sign, then 0x / 0o / 0b / leading-0 octal / decimal. */
const GO_INT =
  /^([-+]?)(?:0[xX]([0-9a-fA-F]+)|0[oO]([0-7]+)|0[bB]([01]+)|0([0-7]*)|([1-9][0-9]*))$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

function result(kind: number, value: unknown): unknown {
  resolved.kind = kind;
  return value;
}

/** A plain, untagged scalar. */
export function resolvePlain(s: string): unknown {
  if (s.length === 0) return result(K_NULL, null);
  const c = s.charCodeAt(0);
  const hint = c < 128 ? (HINT[c] as number) : 0;
  if (hint === 0) return result(K_STR, s);
  const w = WORDS.get(s);
  if (w !== undefined) return result(w[0], w[1]);
  if (hint === H_MAP) return result(K_STR, s);
  if (hint === H_DOT) {
    if (DOT_FLOAT.test(s)) {
      const f = Number(s);
      if (Number.isFinite(f)) return result(K_FLOAT, f);
    }
    return result(K_STR, s);
  }
  return resolveNumber(s);
}

/** Is `s` a decimal integer without leading zeros and of at most 15 digits (exact in a double)? */
function isSmallDecimal(s: string): boolean {
  let i = 0;
  const n = s.length;
  const c0 = s.charCodeAt(0);
  if (c0 === 43 || c0 === 45) i = 1;
  const digits = n - i;
  if (digits < 1 || digits > 15) return false;
  if (s.charCodeAt(i) === 48) return digits === 1;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function resolveNumber(s: string): unknown {
  const plain = s.indexOf('_') >= 0 ? s.replace(/_/g, '') : s;
  if (isSmallDecimal(plain)) return result(K_INT, Number(plain) + 0);
  const m = GO_INT.exec(plain);
  if (m !== null) {
    const body =
      m[2] !== undefined
        ? '0x' + m[2]
        : m[3] !== undefined
          ? '0o' + m[3]
          : m[4] !== undefined
            ? '0b' + m[4]
            : m[5] !== undefined
              ? '0o' + (m[5] === '' ? '0' : m[5])
              : (m[6] as string);
    const big = m[1] === '-' ? -BigInt(body) : BigInt(body);
    if (big >= INT64_MIN && big <= INT64_MAX) return result(K_INT, Number(big) + 0);
    if (m[1] === '' && big <= UINT64_MAX) return result(K_UINT, Number(big));
    if (FLOAT.test(plain)) {
      const f = Number(plain);
      if (Number.isFinite(f)) return result(K_FLOAT, f + 0);
    }
    // Beyond uint64 and not a float: go-yaml v2.4.0 keeps the text.
    return result(K_STR, s);
  }
  if (FLOAT.test(plain)) {
    const f = Number(plain);
    if (Number.isFinite(f)) return result(K_FLOAT, f + 0);
  }
  return result(K_STR, s);
}

export function shortTag(tag: string): string {
  return tag.startsWith(TAG_PREFIX) ? '!!' + tag.slice(TAG_PREFIX.length) : tag;
}

function tagOfKind(kind: number): string {
  switch (kind) {
    case K_INT:
    case K_UINT:
      return TAG_INT;
    case K_FLOAT:
      return TAG_FLOAT;
    case K_BOOL:
      return TAG_BOOL;
    case K_NULL:
      return TAG_NULL;
    case K_TIMESTAMP:
      return TAG_TIMESTAMP;
    default:
      return TAG_STR;
  }
}

/** A scalar with an explicit tag (or a quoted scalar with one). */
export function resolveTagged(tag: string, s: string): unknown {
  switch (tag) {
    case TAG_STR:
      return result(K_STR, s);
    case TAG_BINARY:
      return result(K_STR, decodeBase64(s));
    case TAG_BOOL:
    case TAG_INT:
    case TAG_FLOAT:
    case TAG_NULL:
    case TAG_TIMESTAMP:
      break;
    default:
      // Not a resolvable tag (local tags, !!map on a scalar, ...): the text as is.
      return result(K_STR, s);
  }
  const value = tag === TAG_TIMESTAMP && isTimestamp(s) ? result(K_TIMESTAMP, s) : resolvePlain(s);
  const rtag = tagOfKind(resolved.kind);
  if (rtag === tag) return value;
  if (tag === TAG_FLOAT && resolved.kind === K_INT) return result(K_FLOAT, value);
  throw new YamlFailure(F_DECODE, `cannot decode ${shortTag(rtag)} \`${s}\` as a ${shortTag(tag)}`);
}

const TS_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TS_FULL =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})| (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?)$/;

/** go-yaml's parseTimestamp (time.Parse with its four layouts), for `!!timestamp` only. */
function isTimestamp(s: string): boolean {
  const m = TS_DATE.exec(s) ?? TS_FULL.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (day > (days[month - 1] as number)) return false;
  const h = Number(m[4] ?? m[7] ?? 0);
  const mi = Number(m[5] ?? m[8] ?? 0);
  const sec = Number(m[6] ?? m[9] ?? 0);
  return h < 24 && mi < 60 && sec < 60;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** base64.StdEncoding.DecodeString (newlines ignored), then Go's JSON view of the bytes. */
function decodeBase64(s: string): string {
  const t = s.replace(/[\r\n]/g, '');
  if (t.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(t)) {
    throw new YamlFailure(F_DECODE, '!!binary value contains invalid base64 data');
  }
  const bytes: number[] = [];
  for (let i = 0; i < t.length; i += 4) {
    const q = [0, 1, 2, 3].map((k) => B64.indexOf(t.charAt(i + k)));
    const [a, b, c, d] = q as [number, number, number, number];
    bytes.push(((a << 2) | (b >> 4)) & 0xff);
    if (c >= 0) bytes.push(((b << 4) | (c >> 2)) & 0xff);
    if (d >= 0) bytes.push(((c << 6) | d) & 0xff);
  }
  return utf8ToString(bytes);
}

/** Decode UTF-8 the way Go's JSON encoder sees a string: each invalid byte becomes U+FFFD. */
export function utf8ToString(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] as number;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    let cp = need === 0 ? b : need === 1 ? b & 0x1f : need === 2 ? b & 0x0f : b & 0x07;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) {
      const x = bytes[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (x & 0x3f);
    }
    if (ok && need >= 2) {
      const min = need === 2 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) ok = false;
    }
    if (!ok) {
      out += '\ufffd';
      i++;
    } else {
      out += String.fromCodePoint(cp);
      i += need + 1;
    }
  }
  return out;
}
