/**
 * Line-oriented fast reader for the shape real manifests have: block mappings and sequences
 * (including `- key: v` and sequences at their key's indentation), single-line plain and quoted
 * scalars, single-line flow collections, block scalars and comments. Anything else (tabs,
 * anchors, tags, multi-line plain or quoted scalars, complex keys, odd indentation, any syntax
 * error) makes it give up with BAIL, and the chunk goes through the libyaml-faithful reader,
 * which is also what produces every error message. Accepted input yields exactly the value the
 * faithful reader gives; a fuzz test against go-yaml guards that.
 */
import { K_STR, resolvePlain, resolved } from './resolve.ts';
import { scanBlockScalar } from './scanScalar.ts';
import { Scanner } from './scanner.ts';
import { isIndicator } from './chars.ts';

import { BAIL, InLine, MAX_DEPTH, MAX_KEY, plainValue } from './fastInline.ts';

/** Characters whose presence anywhere sends the chunk to the faithful reader. */
const UNUSUAL = /[\t\r\u0085\u2028\u2029\ufeff]/;

/** The chunk's value, or BAIL_RESULT when the fast reader does not handle it. */
export const BAIL_RESULT: unique symbol = Symbol('bail');

export function fastRead(s: string): unknown {
  if (UNUSUAL.test(s)) return BAIL_RESULT;
  try {
    return new FastReader(s).document();
  } catch (e) {
    if (e === BAIL) return BAIL_RESULT;
    throw e;
  }
}

class FastReader {
  private readonly s: string;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Indentation of each line, or -1 for blank and comment-only lines. */
  private readonly ind: Int32Array;
  private readonly lines: number;
  /** Next content line after the node just read. */
  private li = 0;
  private depth = 0;
  private key = '';
  /** Position after a key's `:` and the spaces that follow. */
  private afterKey = 0;
  private readonly inLine: InLine;

  constructor(s: string) {
    this.s = s;
    this.inLine = new InLine(s);
    let n = 0;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
    this.lines = n;
    this.starts = new Int32Array(n + 1);
    this.ends = new Int32Array(n + 1);
    this.ind = new Int32Array(n + 1);
    let start = 0;
    for (let l = 0; l < n; l++) {
      const end = s.indexOf('\n', start);
      let p = start;
      while (p < end && s.charCodeAt(p) === 32) p++;
      this.starts[l] = start;
      this.ends[l] = end;
      this.ind[l] = p === end || s.charCodeAt(p) === 35 ? -1 : p - start;
      start = end + 1;
    }
    this.starts[n] = s.length;
    this.ends[n] = s.length;
    this.ind[n] = -1;
  }

  private next(from: number): number {
    const ind = this.ind;
    let j = from;
    while (j < this.lines && (ind[j] as number) < 0) j++;
    return j;
  }

  /** Is there a `---`/`...` document marker (followed by a blank or the end) at `p`? */
  private marker(p: number, e: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(p);
    return (
      (c === 45 || c === 46) &&
      s.charCodeAt(p + 1) === c &&
      s.charCodeAt(p + 2) === c &&
      (p + 3 >= e || s.charCodeAt(p + 3) === 32)
    );
  }

  /** Only spaces, or spaces then a comment, from `p` to `e`? */
  private restIsEmpty(p: number, e: number): boolean {
    const s = this.s;
    let k = p;
    while (k < e && s.charCodeAt(k) === 32) k++;
    return k === e || (k > p && s.charCodeAt(k) === 35);
  }

  document(): unknown {
    let j = this.next(0);
    if (j < this.lines && this.ind[j] === 0) {
      const p = this.starts[j] as number;
      const e = this.ends[j] as number;
      if (this.s.charCodeAt(p) === 45 && this.marker(p, e)) {
        if (!this.restIsEmpty(p + 3, e)) throw BAIL;
        j = this.next(j + 1);
      }
    }
    if (j >= this.lines) return null;
    const value = this.node(j, this.ind[j] as number);
    if (this.li < this.lines) throw BAIL;
    return value;
  }

  /** A block collection whose first line is `j`, at column `n`. */
  private node(j: number, n: number): unknown {
    const s = this.s;
    const p = (this.starts[j] as number) + n;
    const e = this.ends[j] as number;
    if (s.charCodeAt(p) === 45 && (p + 1 === e || s.charCodeAt(p + 1) === 32))
      return this.seq(j, n, false);
    return this.map(j, n, p);
  }

  private map(line: number, n: number, first: number): Record<string, unknown> {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const ind = this.ind;
    const obj: Record<string, unknown> = {};
    let j = line;
    let p = first;
    for (;;) {
      const e = this.ends[j] as number;
      if (n === 0 && this.marker(p, e)) throw BAIL;
      this.readKey(p, e);
      const key = this.key;
      const q = this.afterKey;
      let value: unknown;
      if (q >= e || s.charCodeAt(q) === 35) {
        const k = this.next(j + 1);
        const kn = ind[k] as number;
        if (k < this.lines && kn > n) value = this.node(k, kn);
        else if (k < this.lines && kn === n && this.isItem(k, n)) value = this.seq(k, n, true);
        else {
          value = null;
          this.li = k;
        }
      } else {
        value = this.inline(q, e, j, n);
        if ((ind[this.li] as number) > n) throw BAIL;
      }
      if (key === '__proto__') throw BAIL;
      obj[key] = value;
      j = this.li;
      const jn = ind[j] as number;
      if (j >= this.lines || jn < n) break;
      if (jn > n) throw BAIL;
      p = (this.starts[j] as number) + n;
    }
    this.depth--;
    return obj;
  }

  private isItem(j: number, n: number): boolean {
    const p = (this.starts[j] as number) + n;
    return (
      this.s.charCodeAt(p) === 45 && (p + 1 === this.ends[j] || this.s.charCodeAt(p + 1) === 32)
    );
  }

  private seq(line: number, n: number, indentless: boolean): unknown[] {
    if (++this.depth > MAX_DEPTH) throw BAIL;
    const s = this.s;
    const ind = this.ind;
    const arr: unknown[] = [];
    let j = line;
    for (;;) {
      if (!this.isItem(j, n)) {
        if (!indentless) throw BAIL;
        this.li = j;
        break;
      }
      const e = this.ends[j] as number;
      const p = (this.starts[j] as number) + n;
      if (n === 0 && this.marker(p, e)) throw BAIL;
      let q = p + 1;
      while (q < e && s.charCodeAt(q) === 32) q++;
      let item: unknown;
      const c = s.charCodeAt(q);
      if (q >= e || c === 35) {
        const k = this.next(j + 1);
        const kn = ind[k] as number;
        if (k < this.lines && kn > n) item = this.node(k, kn);
        else {
          item = null;
          this.li = k;
        }
      } else if (c === 45 && (q + 1 === e || s.charCodeAt(q + 1) === 32)) {
        throw BAIL;
      } else if (this.isKey(q, e)) {
        item = this.map(j, q - (this.starts[j] as number), q);
      } else {
        item = this.inline(q, e, j, n);
        if ((ind[this.li] as number) > n) throw BAIL;
      }
      arr.push(item);
      j = this.li;
      const jn = ind[j] as number;
      if (j >= this.lines || jn < n) break;
      if (jn > n) throw BAIL;
    }
    this.depth--;
    return arr;
  }

  /** Does a mapping key (`key:` followed by a space or the line end) start at `p`? */
  private isKey(p: number, e: number): boolean {
    const s = this.s;
    const c = s.charCodeAt(p);
    let k: number;
    if (c === 34 || c === 39) {
      this.inLine.quoted(p, e);
      k = this.inLine.qEnd;
      while (k < e && s.charCodeAt(k) === 32) k++;
      return k < e && s.charCodeAt(k) === 58 && (k + 1 === e || s.charCodeAt(k + 1) === 32);
    }
    for (k = p; k < e; k++) {
      const ch = s.charCodeAt(k);
      if (ch === 58 && (k + 1 === e || s.charCodeAt(k + 1) === 32)) return true;
      if (ch === 32 && s.charCodeAt(k + 1) === 35) return false;
    }
    return false;
  }

  /** Read the key at `p` into `key` and `afterKey`, or bail. */
  private readKey(p: number, e: number): void {
    const s = this.s;
    const c = s.charCodeAt(p);
    let k: number;
    if (c === 34 || c === 39) {
      this.key = this.inLine.quoted(p, e);
      k = this.inLine.qEnd;
      while (k < e && s.charCodeAt(k) === 32) k++;
      if (k >= e || s.charCodeAt(k) !== 58 || (k + 1 < e && s.charCodeAt(k + 1) !== 32)) throw BAIL;
    } else {
      if (
        isIndicator(c) &&
        !((c === 45 || c === 63 || c === 58) && p + 1 < e && s.charCodeAt(p + 1) !== 32)
      ) {
        throw BAIL;
      }
      for (k = p; ; k++) {
        if (k >= e) throw BAIL;
        const ch = s.charCodeAt(k);
        if (ch === 58 && (k + 1 === e || s.charCodeAt(k + 1) === 32)) break;
        if (ch === 32 && s.charCodeAt(k + 1) === 35) throw BAIL;
      }
      let end = k;
      while (s.charCodeAt(end - 1) === 32) end--;
      if (end - p > MAX_KEY) throw BAIL;
      const key = s.slice(p, end);
      if (resolvePlain(key) !== key || resolved.kind !== K_STR || key === '<<') throw BAIL;
      this.key = key;
    }
    k++;
    while (k < e && s.charCodeAt(k) === 32) k++;
    this.afterKey = k;
  }

  /** A value that starts on line `j` at `q`, inside a block collection at column `n`. */
  private inline(q: number, e: number, j: number, n: number): unknown {
    const s = this.s;
    const c = s.charCodeAt(q);
    if (c === 124 || c === 62) return this.blockScalar(q, j, n, c === 124);
    let value: unknown;
    let k: number;
    if (c === 34 || c === 39) {
      value = this.inLine.quoted(q, e);
      k = this.inLine.qEnd;
    } else if (c === 91 || c === 123) {
      value = this.inLine.flow(q, e);
      k = this.inLine.qEnd;
    } else {
      if (
        isIndicator(c) &&
        !((c === 45 || c === 63 || c === 58) && q + 1 < e && s.charCodeAt(q + 1) !== 32)
      ) {
        throw BAIL;
      }
      let last = q;
      for (k = q; k < e; k++) {
        const ch = s.charCodeAt(k);
        if (ch === 32) {
          if (s.charCodeAt(k + 1) === 35) break;
        } else {
          if (ch === 58 && (k + 1 === e || s.charCodeAt(k + 1) === 32)) throw BAIL;
          last = k + 1;
        }
      }
      value = plainValue(s.slice(q, last));
      this.li = this.next(j + 1);
      return value;
    }
    if (!this.restIsEmpty(k, e)) throw BAIL;
    this.li = this.next(j + 1);
    return value;
  }

  private blockScalar(q: number, j: number, n: number, literal: boolean): string {
    const sc = new Scanner(this.s);
    sc.pos = q;
    sc.line = j;
    sc.lineStart = this.starts[j] as number;
    sc.indent = n;
    let value: string;
    try {
      value = scanBlockScalar(sc, literal).value;
    } catch {
      throw BAIL;
    }
    let k = j + 1;
    while (k < this.lines && (this.ends[k] as number) < sc.pos) k++;
    this.li = this.next(k);
    return value;
  }
}
