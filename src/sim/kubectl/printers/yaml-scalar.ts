/**
 * How go-yaml v2 (as vendored by sigs.k8s.io/yaml, which kubectl -o yaml uses) chooses the style
 * of a string scalar: encoder.stringv (resolve.go: would the plain text read back as something
 * other than a string?) and the emitter's yaml_emitter_analyze_scalar /
 * yaml_emitter_select_scalar_style (block context only; kubectl never emits non-empty flow collections).
 */

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

// ---------------------------------------------------------------------------------------------
// resolve.go

const RESOLVE_MAP = new Set([
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'true',
  'True',
  'TRUE',
  'on',
  'On',
  'ON',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'false',
  'False',
  'FALSE',
  'off',
  'Off',
  'OFF',
  '',
  '~',
  'null',
  'Null',
  'NULL',
  '.nan',
  '.NaN',
  '.NAN',
  '.inf',
  '.Inf',
  '.INF',
  '+.inf',
  '+.Inf',
  '+.INF',
  '-.inf',
  '-.Inf',
  '-.INF',
  '<<',
]);

const hint = (s: string): string => {
  if (s === '') return 'N';
  const c = s[0] as string;
  if (c === '+' || c === '-') return 'S';
  if (c >= '0' && c <= '9') return 'D';
  if ('yYnNtTfFoO~'.includes(c)) return 'M';
  if (c === '.') return '.';
  return '';
};

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** strconv.ParseInt(s, 0, 64) or ParseUint(s, 0, 64) succeeds. */
function parsesAsGoInt(s: string): boolean {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return false;
  const sign = m[1] as string;
  let digits = m[2] as string;
  let v: bigint;
  if (/^0[oO]/.test(digits)) v = BigInt(`0o${digits.slice(2)}`);
  else if (/^0[0-7]+$/.test(digits)) v = BigInt(`0o${digits.slice(1)}`);
  else {
    if (/^0[XB]/.test(digits)) digits = digits.toLowerCase();
    v = BigInt(digits);
  }
  if (sign === '-') return v <= INT64_MAX + 1n;
  return v <= (sign === '+' ? INT64_MAX : UINT64_MAX);
}

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const inRange = (v: string, lo: number, hi: number): boolean => Number(v) >= lo && Number(v) <= hi;

/** parseTimestamp: the YYYY- prefix, then one of go-yaml's allowed time.Parse layouts. */
export function looksLikeTimestamp(s: string): boolean {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/.exec(
      s,
    );
  if (!m) return false;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (!inRange(mo, 1, 12)) return false;
  const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
  if (!inRange(d, 1, days)) return false;
  const hh = m[4] ?? m[7];
  const mm = m[5] ?? m[8];
  const ss = m[6] ?? m[9];
  if (
    hh !== undefined &&
    !(inRange(hh, 0, 23) && inRange(mm ?? '', 0, 59) && inRange(ss ?? '', 0, 59))
  ) {
    return false;
  }
  return true;
}

/** True when go-yaml would read the plain scalar `s` back as something other than a string. */
export function resolvesToNonString(s: string): boolean {
  const h = hint(s);
  if (h === '') return false;
  if (RESOLVE_MAP.has(s)) return true;
  switch (h) {
    case 'M':
      return false;
    case '.':
      return /^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
    case 'D':
    case 'S': {
      if (looksLikeTimestamp(s)) return true;
      const plain = s.replace(/_/g, '');
      if (parsesAsGoInt(plain)) return true;
      if (YAML_STYLE_FLOAT.test(plain)) return true;
      return /^-?0b[01]+$/.test(plain);
    }
  }
  return false;
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** isBase60Float: `1:20` style sexagesimal numbers, quoted for YAML 1.1 readers. */
export function isBase60Float(s: string): boolean {
  if (s === '') return false;
  const c = s[0] as string;
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false;
  return BASE60_FLOAT.test(s);
}

// ---------------------------------------------------------------------------------------------
// emitterc.go

/** yaml_emitter's is_printable on a code point (libyaml's UTF-8 ranges; astral planes are not). */
export const isPrintable = (cp: number): boolean =>
  cp === 0x0a ||
  (cp >= 0x20 && cp <= 0x7e) ||
  (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);

export const isBreak = (ch: string | undefined): boolean =>
  ch === '\r' || ch === '\n' || ch === '\u0085' || ch === '\u2028' || ch === '\u2029';

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

interface Analysis {
  multiline: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

/** yaml_emitter_analyze_scalar (flow-context flags omitted). */
export function analyzeScalar(value: string): Analysis {
  const chars = [...value];
  if (chars.length === 0) {
    return {
      multiline: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
    };
  }
  let blockIndicators = value.startsWith('---') || value.startsWith('...');
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  let lineBreaks = false;
  let special = false;
  let precededByWhitespace = true;
  chars.forEach((ch, i) => {
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlank(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(ch)) blockIndicators = true;
      else if ((ch === '?' || ch === ':' || ch === '-') && followedByWhitespace)
        blockIndicators = true;
    } else if ((ch === ':' && followedByWhitespace) || (ch === '#' && precededByWhitespace)) {
      blockIndicators = true;
    }
    if (!isPrintable(ch.codePointAt(0) as number)) special = true;
    const last = i === chars.length - 1;
    if (ch === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(ch)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlank(ch) || isBreak(ch);
  });
  const a: Analysis = {
    multiline: lineBreaks,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlainAllowed = false;
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || special) {
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) a.blockPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

/** The style go-yaml v2 emits a string in, as a mapping key (`simpleKey`) or a value. */
export function selectStringStyle(value: string, simpleKey: boolean): ScalarStyle {
  let style: ScalarStyle;
  if (value.includes('\n')) style = 'literal';
  else if (!resolvesToNonString(value) && !isBase60Float(value)) style = 'plain';
  else style = 'double';
  const a = analyzeScalar(value);
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain') {
    if (!a.blockPlainAllowed) style = 'single';
    if (value.length === 0 && simpleKey) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}
