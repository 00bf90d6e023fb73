/** Word expansion: tilde, parameters, command and arithmetic substitution, field splitting. */

import type { Seg, WordTok } from './lexer.ts';

export interface Expander {
  /** Value of `$name` (undefined → empty). */
  variable(name: string): string | undefined;
  /** Runs `$( … )` and returns its stdout. */
  substitute(src: string): string;
  home: string;
}

const IFS = /[ \t\n]+/;

/** Evaluates `$(( … ))` with integers and + - * / % ( ); anything else gives 0. */
export function arithmetic(src: string, vars: (n: string) => string | undefined): number {
  const toks = src.match(/\d+|[A-Za-z_]\w*|[-+*/%()]/g) ?? [];
  let i = 0;
  const atom = (): number => {
    const t = toks[i++];
    if (t === undefined) return 0;
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -atom();
    if (t === '+') return atom();
    if (/^\d/.test(t)) return Number(t);
    return Number(vars(t) ?? 0) || 0;
  };
  const product = (): number => {
    let v = atom();
    while (toks[i] === '*' || toks[i] === '/' || toks[i] === '%') {
      const op = toks[i++];
      const r = atom();
      if (op === '*') v *= r;
      else if (r === 0) v = 0;
      else v = op === '/' ? Math.trunc(v / r) : v % r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (toks[i] === '+' || toks[i] === '-') {
      const op = toks[i++];
      const r = product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  };
  return sum();
}

function segValue(seg: Exclude<Seg, { k: 'lit' }>, x: Expander): string {
  switch (seg.k) {
    case 'var':
      return x.variable(seg.name) ?? '';
    case 'cmd':
      return x.substitute(seg.src).replace(/\n+$/, '');
    case 'arith':
      return String(arithmetic(seg.src, (n) => x.variable(n)));
  }
}

/** Expands one word into zero or more fields. */
export function expandWord(word: WordTok, x: Expander): string[] {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  word.segs.forEach((seg, idx) => {
    if (seg.k === 'lit') {
      let text = seg.text;
      if (idx === 0 && !seg.q && (text === '~' || text.startsWith('~/'))) {
        text = x.home + text.slice(1);
      }
      cur += text;
      has = true;
      return;
    }
    const v = segValue(seg, x);
    if (seg.q) {
      cur += v;
      has = true;
      return;
    }
    v.split(IFS).forEach((piece, i) => {
      if (i > 0 && has) {
        fields.push(cur);
        cur = '';
        has = false;
      }
      if (piece) {
        cur += piece;
        has = true;
      }
    });
  });
  if (has) fields.push(cur);
  return fields;
}

/** The literal text of a word without running anything (for completion and messages). */
export function wordText(word: WordTok): string {
  return word.segs
    .map((s) => (s.k === 'lit' ? s.text : s.k === 'var' ? `$${s.name}` : `$(${s.src})`))
    .join('');
}
