/**
 * Single-line scalars and flow collections for the fast reader: quoted scalars with go-yaml's
 * escapes, `[...]`/`{...}` of plain or quoted scalars. Anything unusual throws BAIL.
 */
import { hexValue, isIndicator } from './chars.ts';
import { K_FLOAT, K_STR, resolvePlain, resolved } from './resolve.ts';
import { SIMPLE_ESCAPES } from './scanScalar.ts';

/** Thrown to hand the chunk to the faithful reader. */
export const BAIL = { bail: true };
export const MAX_DEPTH = 64;
/** Simple keys must stay well under libyaml's 1024-character limit. */
export const MAX_KEY = 1000;

export class InLine {
  private readonly s: string;
  /** End of the scalar or collection just read. */
  qEnd = 0;
  private depth = 0;

  constructor(s: string) {
    this.s = s;
  }

  /** A single-line quoted scalar at `p`; sets `qEnd` after the closing quote. */
  quoted(p: number, e: number): string {
    const s = this.s;
    if (s.charCodeAt(p) === 39) {
      let out = '';
      let k = p + 1;
      for (;;) {
        const i = s.indexOf("'", k);
        if (i < 0 || i >= e) throw BAIL;
        if (s.charCodeAt(i + 1) === 39) {
          out += s.slice(k, i + 1);
          k = i + 2;
          continue;
        }
        this.qEnd = i + 1;
        return out + s.slice(k, i);
      }
    }
    let out = '';
    let seg = p + 1;
    for (let k = p + 1; k < e;) {
      const ch = s.charCodeAt(k);
      if (ch === 34) {
        this.qEnd = k + 1;
        return out + s.slice(seg, k);
      }
      if (ch !== 92) {
        k++;
        continue;
      }
      out += s.slice(seg, k);
      const esc = s.charCodeAt(k + 1);
      const simple = k + 1 < e ? SIMPLE_ESCAPES[esc] : undefined;
      if (simple !== undefined) {
        out += simple;
        k += 2;
      } else {
        const len = esc === 120 ? 2 : esc === 117 ? 4 : esc === 85 ? 8 : 0;
        if (len === 0 || k + 2 + len > e) throw BAIL;
        let v = 0;
        for (let i = 0; i < len; i++) {
          const h = hexValue(s.charCodeAt(k + 2 + i));
          if (h < 0) throw BAIL;
          v = v * 16 + h;
        }
        if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) throw BAIL;
        out += String.fromCodePoint(v);
        k += 2 + len;
      }
      seg = k;
    }
    throw BAIL;
  }

  private skipSpaces(k: number, e: number): number {
    while (k < e && this.s.charCodeAt(k) === 32) k++;
    return k;
  }

  /** A single-line flow collection at `p`; sets `qEnd` after its closing bracket. */
  flow(p: number, e: number): unknown {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const close = s.charCodeAt(p) === 91 ? 93 : 125;
    const arr: unknown[] | null = close === 93 ? [] : null;
    const obj: Record<string, unknown> | null = close === 125 ? {} : null;
    let k = this.skipSpaces(p + 1, e);
    if (s.charCodeAt(k) !== close) {
      for (;;) {
        if (obj !== null) {
          const key = this.flowScalar(k, e, true);
          if (
            typeof key !== 'string' ||
            key === '__proto__' ||
            key === '<<' ||
            key.length > MAX_KEY
          )
            throw BAIL;
          k = this.skipSpaces(this.qEnd, e);
          if (s.charCodeAt(k) !== 58) throw BAIL;
          k = this.skipSpaces(k + 1, e);
          obj[key] = this.flowItem(k, e);
        } else {
          (arr as unknown[]).push(this.flowItem(k, e));
        }
        k = this.skipSpaces(this.qEnd, e);
        const c = s.charCodeAt(k);
        if (c === close) break;
        if (c !== 44) throw BAIL;
        k = this.skipSpaces(k + 1, e);
        if (k >= e || s.charCodeAt(k) === close) throw BAIL;
      }
    }
    this.qEnd = k + 1;
    this.depth--;
    return arr ?? obj;
  }

  private flowItem(k: number, e: number): unknown {
    const c = this.s.charCodeAt(k);
    return c === 91 || c === 123 ? this.flow(k, e) : this.flowScalar(k, e, false);
  }

  /** A scalar inside a flow collection; keys must resolve to strings. Sets `qEnd`. */
  private flowScalar(k: number, e: number, isKey: boolean): unknown {
    const s = this.s;
    const c = s.charCodeAt(k);
    if (k >= e) throw BAIL;
    if (c === 34 || c === 39) return this.quoted(k, e);
    if (isIndicator(c) && !(c === 45 && k + 1 < e && s.charCodeAt(k + 1) !== 32)) throw BAIL;
    let last = k;
    let i = k;
    for (; i < e; i++) {
      const ch = s.charCodeAt(i);
      if (ch === 44 || ch === 91 || ch === 93 || ch === 123 || ch === 125) break;
      if (ch === 58) {
        if (i + 1 < e && s.charCodeAt(i + 1) === 32) break;
        throw BAIL;
      }
      if (ch === 63 || (ch === 32 && s.charCodeAt(i + 1) === 35)) throw BAIL;
      if (ch !== 32) last = i + 1;
    }
    this.qEnd = last;
    const text = s.slice(k, last);
    if (isKey) {
      if (resolvePlain(text) !== text || resolved.kind !== K_STR) throw BAIL;
      return text;
    }
    return plainValue(text);
  }
}

export function plainValue(text: string): unknown {
  const v = resolvePlain(text);
  if (resolved.kind === K_FLOAT && !Number.isFinite(v as number)) throw BAIL;
  return v;
}
