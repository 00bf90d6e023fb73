/**
 * Scalar scanning of the libyaml-style scanner: plain, single/double-quoted and block scalars,
 * with libyaml's folding, chomping, escapes and error points (go-yaml v2 `scannerc.go`).
 * Values are built from source slices; only folded line breaks and escapes are assembled.
 */
import { hexValue, isBlank, isBlankZ, isBreak, isBreakZ } from './chars.ts';
import type { Scanner } from './scanner.ts';
import {
  STYLE_DOUBLE,
  STYLE_FOLDED,
  STYLE_LITERAL,
  STYLE_PLAIN,
  STYLE_SINGLE,
  T_SCALAR,
  type Token,
} from './token.ts';

/** The text a consumed line break contributes: LS/PS stay themselves, everything else is `\n`. */
function breakText(c: number): string {
  return c === 0x2028 || c === 0x2029 ? String.fromCharCode(c) : '\n';
}

/** Fold a run of line breaks between two pieces of text (libyaml's join rule). */
function fold(leadingBreak: string, trailing: string): string {
  if (leadingBreak === '\n') return trailing === '' ? ' ' : trailing;
  return leadingBreak + trailing;
}

/** Is `p` the start of a `---` or `...` line (a document indicator)? */
function isDocIndicator(s: string, p: number): boolean {
  const c = s.charCodeAt(p) | 0;
  return (
    (c === 45 || c === 46) &&
    (s.charCodeAt(p + 1) | 0) === c &&
    (s.charCodeAt(p + 2) | 0) === c &&
    isBlankZ(s.charCodeAt(p + 3) | 0)
  );
}

const STOP_BLANK = 1;
const STOP_COLON = 2;
const STOP_FLOW = 3;
/** ASCII characters that may end a plain scalar's run of non-blank characters. */
const PLAIN_STOP = new Uint8Array(128);
for (const c of [0, 9, 10, 13, 32]) PLAIN_STOP[c] = STOP_BLANK;
PLAIN_STOP[58] = STOP_COLON;
for (const c of [44, 63, 91, 93, 123, 125]) PLAIN_STOP[c] = STOP_FLOW;

export function scanPlainScalar(sc: Scanner): Token {
  const s = sc.s;
  const flow = sc.flowLevel > 0;
  const indent = sc.indent + 1;
  const start = sc.pos;
  const tok = sc.token(T_SCALAR, start, sc.line, start - sc.lineStart);
  let p = start;
  let line = sc.line;
  let lineStart = sc.lineStart;
  let out: string | null = null;
  let segStart = start;
  let end = start;
  let leadingBlanks = false;
  let leadingBreak = '';
  let trailing = '';
  for (;;) {
    if (p === lineStart && isDocIndicator(s, p)) break;
    let c = s.charCodeAt(p) | 0;
    if (c === 35) break;
    const runStart = p;
    for (;;) {
      if (c < 128) {
        const k = PLAIN_STOP[c] as number;
        if (k !== 0) {
          if (k === STOP_BLANK) break;
          if (k === STOP_COLON) {
            if (isBlankZ(s.charCodeAt(p + 1) | 0)) break;
          } else if (flow) {
            break;
          }
        }
      } else if (c === 0x85 || c === 0x2028 || c === 0x2029) {
        break;
      }
      if (leadingBlanks) {
        out =
          (out === null ? s.slice(start, end) : out + s.slice(segStart, end)) +
          fold(leadingBreak, trailing);
        segStart = p;
        trailing = '';
        leadingBlanks = false;
      }
      c = s.charCodeAt(++p) | 0;
    }
    if (p > runStart) end = p;
    if (!(c === 32 || c === 9 || isBreak(c))) break;
    for (;;) {
      if (c === 32 || c === 9) {
        if (c === 9 && leadingBlanks && p - lineStart < indent) {
          sc.pos = p;
          sc.line = line;
          sc.lineStart = lineStart;
          sc.fail(tok.line, 'found a tab character that violates indentation');
        }
        p++;
      } else if (isBreak(c)) {
        if (leadingBlanks) trailing += breakText(c);
        else {
          leadingBreak = breakText(c);
          leadingBlanks = true;
        }
        p++;
        if (c === 13 && (s.charCodeAt(p) | 0) === 10) p++;
        line++;
        lineStart = p;
      } else {
        break;
      }
      c = s.charCodeAt(p) | 0;
    }
    if (!flow && p - lineStart < indent) break;
  }
  tok.value = out === null ? s.slice(start, end) : out + s.slice(segStart, end);
  tok.style = STYLE_PLAIN;
  tok.ePos = end;
  sc.pos = p;
  sc.line = line;
  sc.lineStart = lineStart;
  if (leadingBlanks) sc.simpleKeyAllowed = true;
  return tok;
}

export const SIMPLE_ESCAPES: Readonly<Record<number, string>> = {
  48: '\0',
  97: '\x07',
  98: '\b',
  116: '\t',
  9: '\t',
  110: '\n',
  118: '\v',
  102: '\f',
  114: '\r',
  101: '\x1b',
  32: ' ',
  34: '"',
  39: "'",
  92: '\\',
  78: '\x85',
  95: '\xa0',
  76: '\u2028',
  80: '\u2029',
};

export function scanFlowScalar(sc: Scanner, single: boolean): Token {
  const s = sc.s;
  const start = sc.pos;
  const tok = sc.token(T_SCALAR, start, sc.line, start - sc.lineStart);
  const quote = single ? 39 : 34;
  let p = start + 1;
  let line = sc.line;
  let lineStart = sc.lineStart;
  let out = '';
  const fail = (at: number, problem: string): never => {
    sc.pos = at;
    sc.line = line;
    sc.lineStart = lineStart;
    return sc.fail(tok.line, problem, tok.pos);
  };
  for (;;) {
    if (p === lineStart && isDocIndicator(s, p)) fail(p, 'found unexpected document indicator');
    let c = s.charCodeAt(p) | 0;
    if (c === 0) fail(p, 'found unexpected end of stream');
    let leadingBlanks = false;
    let seg = p;
    while (!isBlankZ(c)) {
      if (c === quote) {
        if (single && (s.charCodeAt(p + 1) | 0) === 39) {
          out += s.slice(seg, p) + "'";
          p += 2;
          seg = p;
          c = s.charCodeAt(p) | 0;
          continue;
        }
        break;
      }
      if (!single && c === 92) {
        out += s.slice(seg, p);
        const n1 = s.charCodeAt(p + 1) | 0;
        if (isBreak(n1)) {
          p += 2;
          if (n1 === 13 && (s.charCodeAt(p) | 0) === 10) p++;
          line++;
          lineStart = p;
          leadingBlanks = true;
          seg = p;
          c = s.charCodeAt(p) | 0;
          break;
        }
        const simple = SIMPLE_ESCAPES[n1];
        if (simple !== undefined) {
          out += simple;
          p += 2;
        } else {
          const len = n1 === 120 ? 2 : n1 === 117 ? 4 : n1 === 85 ? 8 : 0;
          if (len === 0) fail(p, 'found unknown escape character');
          p += 2;
          let value = 0;
          for (let k = 0; k < len; k++) {
            const h = hexValue(s.charCodeAt(p + k) | 0);
            if (h < 0) fail(p, 'did not find expected hexdecimal number');
            value = value * 16 + h;
          }
          if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
            fail(p, 'found invalid Unicode character escape code');
          }
          out += String.fromCodePoint(value);
          p += len;
        }
        seg = p;
        c = s.charCodeAt(p) | 0;
        continue;
      }
      c = s.charCodeAt(++p) | 0;
    }
    out += s.slice(seg, p);
    if (c === quote) break;
    const wsStart = p;
    let leadingBreak = '';
    let trailing = '';
    for (;;) {
      if (c === 32 || c === 9) p++;
      else if (isBreak(c)) {
        if (leadingBlanks) trailing += breakText(c);
        else {
          leadingBreak = breakText(c);
          leadingBlanks = true;
        }
        p++;
        if (c === 13 && (s.charCodeAt(p) | 0) === 10) p++;
        line++;
        lineStart = p;
      } else break;
      c = s.charCodeAt(p) | 0;
    }
    if (leadingBlanks) out += leadingBreak === '' ? trailing : fold(leadingBreak, trailing);
    else out += s.slice(wsStart, p);
  }
  tok.value = out;
  tok.style = single ? STYLE_SINGLE : STYLE_DOUBLE;
  sc.pos = p + 1;
  sc.line = line;
  sc.lineStart = lineStart;
  return tok;
}

/** Block scalar state shared with the line-break scanner below. */
interface BlockState {
  p: number;
  line: number;
  lineStart: number;
  indent: number;
  trailing: string;
}

export function scanBlockScalar(sc: Scanner, literal: boolean): Token {
  const s = sc.s;
  const start = sc.pos;
  const tok = sc.token(T_SCALAR, start, sc.line, start - sc.lineStart);
  const st: BlockState = {
    p: start + 1,
    line: sc.line,
    lineStart: sc.lineStart,
    indent: 0,
    trailing: '',
  };
  const fail = (problem: string): never => {
    sc.pos = st.p;
    sc.line = st.line;
    sc.lineStart = st.lineStart;
    return sc.fail(tok.line, problem);
  };
  let chomping = 0;
  let increment = 0;
  let c = s.charCodeAt(st.p) | 0;
  if (c === 43 || c === 45) {
    chomping = c === 43 ? 1 : -1;
    c = s.charCodeAt(++st.p) | 0;
    if (c >= 48 && c <= 57) {
      if (c === 48) fail('found an indentation indicator equal to 0');
      increment = c - 48;
      st.p++;
    }
  } else if (c >= 48 && c <= 57) {
    if (c === 48) fail('found an indentation indicator equal to 0');
    increment = c - 48;
    c = s.charCodeAt(++st.p) | 0;
    if (c === 43 || c === 45) {
      chomping = c === 43 ? 1 : -1;
      st.p++;
    }
  }
  c = s.charCodeAt(st.p) | 0;
  while (isBlank(c)) c = s.charCodeAt(++st.p) | 0;
  if (c === 35) {
    while (!isBreakZ(c)) c = s.charCodeAt(++st.p) | 0;
  }
  if (!isBreakZ(c)) fail('did not find expected comment or line break');
  if (isBreak(c)) {
    st.p++;
    if (c === 13 && (s.charCodeAt(st.p) | 0) === 10) st.p++;
    st.line++;
    st.lineStart = st.p;
  }
  if (increment > 0) st.indent = sc.indent >= 0 ? sc.indent + increment : increment;
  blockBreaks(sc, st, fail);
  let out = '';
  let leadingBreak = '';
  let leadingBlank = false;
  while (st.p - st.lineStart === st.indent && (s.charCodeAt(st.p) | 0) !== 0) {
    const first = s.charCodeAt(st.p) | 0;
    const trailingBlank = isBlank(first);
    if (!literal && !leadingBlank && !trailingBlank && leadingBreak === '\n') {
      if (st.trailing === '') out += ' ';
    } else {
      out += leadingBreak;
    }
    out += st.trailing;
    st.trailing = '';
    leadingBlank = isBlank(first);
    const from = st.p;
    let e = st.p;
    while (!isBreakZ(s.charCodeAt(e) | 0)) e++;
    out += s.slice(from, e);
    st.p = e;
    c = s.charCodeAt(e) | 0;
    if (isBreak(c)) {
      leadingBreak = breakText(c);
      st.p++;
      if (c === 13 && (s.charCodeAt(st.p) | 0) === 10) st.p++;
      st.line++;
      st.lineStart = st.p;
    } else {
      leadingBreak = '';
    }
    blockBreaks(sc, st, fail);
  }
  if (chomping !== -1) out += leadingBreak;
  if (chomping === 1) out += st.trailing;
  tok.value = out;
  tok.style = literal ? STYLE_LITERAL : STYLE_FOLDED;
  sc.pos = st.p;
  sc.line = st.line;
  sc.lineStart = st.lineStart;
  return tok;
}

/** Eat indentation and empty lines; fix the indentation on the first call (libyaml rules). */
function blockBreaks(sc: Scanner, st: BlockState, fail: (problem: string) => never): void {
  const s = sc.s;
  let maxIndent = 0;
  for (;;) {
    let c = s.charCodeAt(st.p) | 0;
    while ((st.indent === 0 || st.p - st.lineStart < st.indent) && c === 32)
      c = s.charCodeAt(++st.p) | 0;
    if (st.p - st.lineStart > maxIndent) maxIndent = st.p - st.lineStart;
    if ((st.indent === 0 || st.p - st.lineStart < st.indent) && c === 9) {
      fail('found a tab character where an indentation space is expected');
    }
    if (!isBreak(c)) break;
    st.trailing += breakText(c);
    st.p++;
    if (c === 13 && (s.charCodeAt(st.p) | 0) === 10) st.p++;
    st.line++;
    st.lineStart = st.p;
  }
  if (st.indent === 0) {
    st.indent = maxIndent;
    if (st.indent < sc.indent + 1) st.indent = sc.indent + 1;
    if (st.indent < 1) st.indent = 1;
  }
}
