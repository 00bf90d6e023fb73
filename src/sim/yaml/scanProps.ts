/**
 * Node properties and directives of the libyaml-style scanner: anchors/aliases, tags, `%YAML` and
 * `%TAG` (go-yaml v2 `scannerc.go`), with the same error points.
 */
import { hexValue, isAlpha, isBlank, isBlankZ, isBreak, isBreakZ, isDigit } from './chars.ts';
import type { Scanner } from './scanner.ts';
import { T_TAG, T_TAG_DIRECTIVE, T_VERSION_DIRECTIVE, type Token } from './token.ts';

function failAt(sc: Scanner, p: number, contextLine: number, problem: string): never {
  sc.pos = p;
  return sc.fail(contextLine, problem);
}

export function scanAnchor(sc: Scanner, type: number): Token {
  const s = sc.s;
  const tok = sc.token(type, sc.pos, sc.line, sc.pos - sc.lineStart);
  let p = sc.pos + 1;
  const from = p;
  while (isAlpha(s.charCodeAt(p) | 0)) p++;
  const c = s.charCodeAt(p) | 0;
  if (
    p === from ||
    !(
      isBlankZ(c) ||
      c === 63 ||
      c === 58 ||
      c === 44 ||
      c === 93 ||
      c === 125 ||
      c === 37 ||
      c === 64 ||
      c === 96
    )
  ) {
    failAt(sc, p, tok.line, 'did not find expected alphabetic or numeric character');
  }
  tok.value = s.slice(from, p);
  tok.ePos = p;
  sc.pos = p;
  return tok;
}

export function scanTag(sc: Scanner): Token {
  const s = sc.s;
  const tok = sc.token(T_TAG, sc.pos, sc.line, sc.pos - sc.lineStart);
  let handle: string;
  let suffix: string;
  if ((s.charCodeAt(sc.pos + 1) | 0) === 60) {
    sc.pos += 2;
    handle = '';
    suffix = scanTagUri(sc, '', tok.line);
    if ((s.charCodeAt(sc.pos) | 0) !== 62)
      failAt(sc, sc.pos, tok.line, "did not find the expected '>'");
    sc.pos++;
  } else {
    handle = scanTagHandle(sc, false, tok.line);
    if (handle.length > 1 && handle.endsWith('!')) {
      suffix = scanTagUri(sc, '', tok.line);
    } else {
      suffix = scanTagUri(sc, handle, tok.line);
      handle = '!';
      if (suffix === '') {
        handle = '';
        suffix = '!';
      }
    }
  }
  if (!isBlankZ(s.charCodeAt(sc.pos) | 0)) {
    failAt(sc, sc.pos, tok.line, 'did not find expected whitespace or line break');
  }
  tok.value = handle;
  tok.suffix = suffix;
  tok.ePos = sc.pos;
  return tok;
}

function scanTagHandle(sc: Scanner, directive: boolean, contextLine: number): string {
  const s = sc.s;
  if ((s.charCodeAt(sc.pos) | 0) !== 33)
    failAt(sc, sc.pos, contextLine, "did not find expected '!'");
  const from = sc.pos;
  let p = from + 1;
  while (isAlpha(s.charCodeAt(p) | 0)) p++;
  if ((s.charCodeAt(p) | 0) === 33) {
    p++;
  } else if (directive && p - from !== 1) {
    failAt(sc, p, contextLine, "did not find expected '!'");
  }
  sc.pos = p;
  return s.slice(from, p);
}

const URI_PUNCT = ";/?:@&=+$,.!~*'()[]%";

function scanTagUri(sc: Scanner, head: string, contextLine: number): string {
  const s = sc.s;
  let out = head.length > 1 ? head.slice(1) : '';
  let hasTag = head.length > 0;
  let p = sc.pos;
  for (;;) {
    const c = s.charCodeAt(p) | 0;
    if (!(isAlpha(c) || (c < 128 && c > 0 && URI_PUNCT.includes(String.fromCharCode(c))))) break;
    if (c === 37) {
      const r = scanUriEscapes(sc, p, contextLine);
      out += r.text;
      p = r.end;
    } else {
      out += String.fromCharCode(c);
      p++;
    }
    hasTag = true;
  }
  if (!hasTag) failAt(sc, p, contextLine, 'did not find expected tag URI');
  sc.pos = p;
  return out;
}

/** Decode `%XX` escapes forming one UTF-8 character. */
function scanUriEscapes(
  sc: Scanner,
  p: number,
  contextLine: number,
): { text: string; end: number } {
  const s = sc.s;
  const bytes: number[] = [];
  let width = 1024;
  while (width > 0) {
    const h1 = hexValue(s.charCodeAt(p + 1) | 0);
    const h2 = hexValue(s.charCodeAt(p + 2) | 0);
    if ((s.charCodeAt(p) | 0) !== 37 || h1 < 0 || h2 < 0) {
      failAt(sc, p, contextLine, 'did not find URI escaped octet');
    }
    const octet = h1 * 16 + h2;
    if (width === 1024) {
      width =
        octet < 0x80
          ? 1
          : (octet & 0xe0) === 0xc0
            ? 2
            : (octet & 0xf0) === 0xe0
              ? 3
              : (octet & 0xf8) === 0xf0
                ? 4
                : 0;
      if (width === 0) failAt(sc, p, contextLine, 'found an incorrect leading UTF-8 octet');
    } else if ((octet & 0xc0) !== 0x80) {
      failAt(sc, p, contextLine, 'found an incorrect trailing UTF-8 octet');
    }
    bytes.push(octet);
    p += 3;
    width--;
  }
  let cp =
    bytes.length === 1 ? (bytes[0] as number) : (bytes[0] as number) & (0xff >> (bytes.length + 1));
  for (let i = 1; i < bytes.length; i++) cp = (cp << 6) | ((bytes[i] as number) & 0x3f);
  const text =
    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\ufffd' : String.fromCodePoint(cp);
  return { text, end: p };
}

export function scanDirective(sc: Scanner): Token {
  const s = sc.s;
  const line = sc.line;
  const tok = sc.token(0, sc.pos, line, sc.pos - sc.lineStart);
  let p = sc.pos + 1;
  const from = p;
  while (isAlpha(s.charCodeAt(p) | 0)) p++;
  if (p === from) failAt(sc, p, line, 'could not find expected directive name');
  if (!isBlankZ(s.charCodeAt(p) | 0))
    failAt(sc, p, line, 'found unexpected non-alphabetical character');
  const name = s.slice(from, p);
  if (name === 'YAML') {
    while (isBlank(s.charCodeAt(p) | 0)) p++;
    const major = scanVersionNumber(sc, p, line);
    p = major.end;
    if ((s.charCodeAt(p) | 0) !== 46)
      failAt(sc, p, line, "did not find expected digit or '.' character");
    const minor = scanVersionNumber(sc, p + 1, line);
    p = minor.end;
    tok.type = T_VERSION_DIRECTIVE;
    tok.major = major.value;
    tok.minor = minor.value;
  } else if (name === 'TAG') {
    while (isBlank(s.charCodeAt(p) | 0)) p++;
    sc.pos = p;
    const handle = scanTagHandle(sc, true, line);
    p = sc.pos;
    if (!isBlank(s.charCodeAt(p) | 0)) failAt(sc, p, line, 'did not find expected whitespace');
    while (isBlank(s.charCodeAt(p) | 0)) p++;
    sc.pos = p;
    const prefix = scanTagUri(sc, '', line);
    p = sc.pos;
    if (!isBlankZ(s.charCodeAt(p) | 0))
      failAt(sc, p, line, 'did not find expected whitespace or line break');
    tok.type = T_TAG_DIRECTIVE;
    tok.value = handle;
    tok.suffix = prefix;
  } else {
    failAt(sc, p, line, 'found unknown directive name');
  }
  let c = s.charCodeAt(p) | 0;
  while (isBlank(c)) c = s.charCodeAt(++p) | 0;
  if (c === 35) {
    while (!isBreakZ(c)) c = s.charCodeAt(++p) | 0;
  }
  if (!isBreakZ(c)) failAt(sc, p, line, 'did not find expected comment or line break');
  if (isBreak(c)) {
    p++;
    if (c === 13 && (s.charCodeAt(p) | 0) === 10) p++;
    sc.line++;
    sc.lineStart = p;
  }
  sc.pos = p;
  return tok;
}

function scanVersionNumber(sc: Scanner, p: number, line: number): { value: number; end: number } {
  const s = sc.s;
  let value = 0;
  let length = 0;
  while (isDigit(s.charCodeAt(p) | 0)) {
    if (++length > 2) failAt(sc, p, line, 'found extremely long version number');
    value = value * 10 + ((s.charCodeAt(p) | 0) - 48);
    p++;
  }
  if (length === 0) failAt(sc, p, line, 'did not find expected version number');
  return { value, end: p };
}
