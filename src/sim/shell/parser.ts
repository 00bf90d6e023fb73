/**
 * Shell grammar over the tokens: lists of and-or chains of pipelines of simple commands, with
 * bash's syntax-error wording (`syntax error near unexpected token `|'`, `unexpected end of file`).
 */

import type { OpName, RedirOp, Token, WordTok } from './lexer.ts';

export interface Redir {
  fd: number;
  op: RedirOp;
  target?: WordTok;
  dup?: number;
  body?: string;
}

export interface SimpleCommand {
  words: WordTok[];
  redirs: Redir[];
}

export interface Pipeline {
  cmds: SimpleCommand[];
  /** `! cmd`: invert the status. */
  bang: boolean;
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type ParseResult =
  | { ok: true; list: AndOr[] }
  /** `message` is bash's text without the `bash: ` prefix. */
  | { ok: false; message: string };

const near = (tok: string): ParseResult => ({
  ok: false,
  message: `syntax error near unexpected token \`${tok}'`,
});
const EOF: ParseResult = { ok: false, message: 'syntax error: unexpected end of file' };

const opText = (op: OpName): string => (op === '\n' ? 'newline' : op);

class Parser {
  i = 0;
  constructor(readonly toks: Token[]) {}

  peek(): Token | undefined {
    return this.toks[this.i];
  }

  skipNewlines(): void {
    let t = this.peek();
    while (t && t.t === 'op' && t.op === '\n') {
      this.i++;
      t = this.peek();
    }
  }

  isBang(t: Token | undefined): boolean {
    if (!t || t.t !== 'word' || t.segs.length !== 1) return false;
    const s = t.segs[0];
    return s !== undefined && s.k === 'lit' && !s.q && s.text === '!';
  }

  command(): SimpleCommand | ParseResult {
    const cmd: SimpleCommand = { words: [], redirs: [] };
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.t === 'word') {
        cmd.words.push(t);
        this.i++;
      } else if (t.t === 'redir') {
        this.i++;
        if (t.op === '<<' || t.op === '>&') {
          cmd.redirs.push({
            fd: t.fd,
            op: t.op,
            ...(t.dup !== undefined ? { dup: t.dup } : {}),
            ...(t.body !== undefined ? { body: t.body } : {}),
          });
          continue;
        }
        const target = this.peek();
        if (!target) return near('newline');
        if (target.t === 'op') return near(opText(target.op));
        if (target.t === 'redir') return near(target.op === '&>' ? '&>' : target.op);
        cmd.redirs.push({ fd: t.fd, op: t.op, target });
        this.i++;
      } else {
        if (t.op === '(') return near('(');
        break;
      }
    }
    return cmd;
  }

  pipeline(): Pipeline | ParseResult {
    const p: Pipeline = { cmds: [], bang: false };
    if (this.isBang(this.peek())) {
      p.bang = true;
      this.i++;
    }
    for (;;) {
      const t = this.peek();
      if (!t) return p.cmds.length === 0 ? EOF : near('newline');
      if (t.t === 'op') return near(opText(t.op));
      const c = this.command();
      if ('ok' in c) return c;
      p.cmds.push(c);
      const n = this.peek();
      if (n && n.t === 'op' && n.op === '|') {
        this.i++;
        this.skipNewlines();
        if (!this.peek()) return EOF;
        continue;
      }
      return p;
    }
  }

  andOr(): AndOr | ParseResult {
    const first = this.pipeline();
    if ('ok' in first) return first;
    const node: AndOr = { first, rest: [] };
    for (;;) {
      const t = this.peek();
      if (!t || t.t !== 'op' || (t.op !== '&&' && t.op !== '||')) return node;
      this.i++;
      this.skipNewlines();
      if (!this.peek()) return EOF;
      const p = this.pipeline();
      if ('ok' in p) return p;
      node.rest.push({ op: t.op, pipeline: p });
    }
  }

  list(): ParseResult {
    const list: AndOr[] = [];
    this.skipNewlines();
    while (this.peek()) {
      const t = this.peek() as Token;
      if (t.t === 'op') return near(opText(t.op));
      const a = this.andOr();
      if ('ok' in a) return a;
      list.push(a);
      const sep = this.peek();
      if (!sep) break;
      if (sep.t === 'op' && (sep.op === ';' || sep.op === '&' || sep.op === '\n')) {
        this.i++;
        this.skipNewlines();
        continue;
      }
      if (sep.t === 'op') return near(opText(sep.op));
    }
    return { ok: true, list };
  }
}

export function parse(tokens: Token[]): ParseResult {
  return new Parser(tokens).list();
}
