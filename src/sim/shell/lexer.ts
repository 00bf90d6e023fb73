/**
 * A POSIX-shell tokenizer (the subset an interactive bash user types): quoting ('…', "…", $'…',
 * backslash), parameter and command substitution markers, operators, redirections and here-documents.
 * Expansion happens later (expand.ts); this only records what each word is made of.
 */

export type Seg =
  /** Literal text; `q` when it came from quotes (never field-split, never tilde-expanded). */
  | { k: 'lit'; text: string; q: boolean }
  | { k: 'var'; name: string; q: boolean }
  | { k: 'cmd'; src: string; q: boolean }
  | { k: 'arith'; src: string; q: boolean };

export interface WordTok {
  t: 'word';
  segs: Seg[];
}

export type OpName = '|' | '||' | '&&' | ';' | '&' | ';;' | '(' | ')' | '\n';

export interface OpTok {
  t: 'op';
  op: OpName;
}

export type RedirOp = '>' | '>>' | '<' | '&>' | '>&' | '<<' | '<<<';

export interface RedirTok {
  t: 'redir';
  /** File descriptor redirected (1 for `>`, 0 for `<`, 2 for `2>`; -1 for `&>`). */
  fd: number;
  op: RedirOp;
  /** `2>&1`: the descriptor duplicated. */
  dup?: number;
  /** Here-document body (after the delimiter line was found). */
  body?: string;
  /** Here-document delimiter as typed (for bash's end-of-file warning). */
  delim?: string;
}

export type Token = WordTok | OpTok | RedirTok;

export type LexResult =
  { ok: true; tokens: Token[]; warnings: string[] } | { ok: false; eof: string };

const OP_CHARS = new Set(['|', '&', ';', '(', ')', '<', '>', '\n']);
const BLANK = new Set([' ', '\t', '\r']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_PARAMS = new Set(['?', '$', '#', '!', '@', '*', '-', '0']);

const ANSI_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Finds the `)` closing a `$(` that starts at `start` (index after the paren); -1 if none. */
function matchParen(s: string, start: number): number {
  let depth = 1;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      if (j < 0) return -1;
      i = j;
    } else if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (j >= s.length) return -1;
      i = j;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

class Lexer {
  i = 0;
  tokens: Token[] = [];
  warnings: string[] = [];
  pendingHeredocs: RedirTok[] = [];
  segs: Seg[] = [];
  inWord = false;

  constructor(readonly s: string) {}

  lit(text: string, q: boolean): void {
    const last = this.segs[this.segs.length - 1];
    if (last && last.k === 'lit' && last.q === q) last.text += text;
    else this.segs.push({ k: 'lit', text, q });
    this.inWord = true;
  }

  endWord(): void {
    if (this.inWord) this.tokens.push({ t: 'word', segs: this.segs });
    this.segs = [];
    this.inWord = false;
  }

  /** `$…` at this.i (pointing at `$`); returns an EOF error char or undefined. */
  dollar(q: boolean): string | undefined {
    const s = this.s;
    const n = s[this.i + 1];
    if (n === '(' && s[this.i + 2] === '(') {
      const end = matchParen(s, this.i + 3);
      if (end < 0 || s[end + 1] !== ')') return ')';
      this.segs.push({ k: 'arith', src: s.slice(this.i + 3, end), q });
      this.inWord = true;
      this.i = end + 2;
      return undefined;
    }
    if (n === '(') {
      const end = matchParen(s, this.i + 2);
      if (end < 0) return ')';
      this.segs.push({ k: 'cmd', src: s.slice(this.i + 2, end), q });
      this.inWord = true;
      this.i = end + 1;
      return undefined;
    }
    if (n === '{') {
      const end = s.indexOf('}', this.i + 2);
      if (end < 0) return '}';
      this.segs.push({ k: 'var', name: s.slice(this.i + 2, end), q });
      this.inWord = true;
      this.i = end + 1;
      return undefined;
    }
    if (n !== undefined && SPECIAL_PARAMS.has(n)) {
      this.segs.push({ k: 'var', name: n, q });
      this.inWord = true;
      this.i += 2;
      return undefined;
    }
    if (n !== undefined && NAME_START.test(n)) {
      let j = this.i + 1;
      while (j < s.length && NAME_CHAR.test(s[j] as string)) j++;
      this.segs.push({ k: 'var', name: s.slice(this.i + 1, j), q });
      this.inWord = true;
      this.i = j;
      return undefined;
    }
    if (!q && n === "'") return this.ansiC();
    this.lit('$', q);
    this.i++;
    return undefined;
  }

  /** `$'…'` with backslash escapes. */
  ansiC(): string | undefined {
    const s = this.s;
    let j = this.i + 2;
    let out = '';
    while (j < s.length && s[j] !== "'") {
      if (s[j] === '\\' && j + 1 < s.length) {
        const e = s[j + 1] as string;
        out +=
          (Object.prototype.hasOwnProperty.call(ANSI_ESCAPES, e) ? ANSI_ESCAPES[e] : undefined) ??
          `\\${e}`;
        j += 2;
      } else out += s[j++];
    }
    if (j >= s.length) return "'";
    this.lit(out, true);
    this.i = j + 1;
    return undefined;
  }

  doubleQuoted(): string | undefined {
    const s = this.s;
    this.i++;
    this.lit('', true);
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (c === '"') {
        this.i++;
        return undefined;
      }
      if (c === '\\') {
        const n = s[this.i + 1];
        if (n === '\n') this.i += 2;
        else if (n === '$' || n === '`' || n === '"' || n === '\\') {
          this.lit(n, true);
          this.i += 2;
        } else {
          this.lit('\\', true);
          this.i++;
        }
      } else if (c === '$') {
        const e = this.dollar(true);
        if (e) return e;
      } else if (c === '`') {
        const end = s.indexOf('`', this.i + 1);
        if (end < 0) return '`';
        this.segs.push({ k: 'cmd', src: s.slice(this.i + 1, end), q: true });
        this.i = end + 1;
      } else {
        let j = this.i + 1;
        while (j < s.length && !'"\\$`'.includes(s[j] as string)) j++;
        this.lit(s.slice(this.i, j), true);
        this.i = j;
      }
    }
    return '"';
  }

  redirect(fd: number | undefined): string | undefined {
    const s = this.s;
    const c = s[this.i];
    if (c === '<') {
      if (s.startsWith('<<<', this.i)) return this.pushRedir({ t: 'redir', fd: 0, op: '<<<' }, 3);
      if (s.startsWith('<<', this.i)) return this.heredoc(fd ?? 0);
      return this.pushRedir({ t: 'redir', fd: fd ?? 0, op: '<' }, 1);
    }
    if (s.startsWith('&>>', this.i)) return this.pushRedir({ t: 'redir', fd: -1, op: '>>' }, 3);
    if (s.startsWith('&>', this.i)) return this.pushRedir({ t: 'redir', fd: -1, op: '&>' }, 2);
    if (s.startsWith('>>', this.i)) return this.pushRedir({ t: 'redir', fd: fd ?? 1, op: '>>' }, 2);
    const dup = /^>&(\d)/.exec(s.slice(this.i, this.i + 3));
    if (dup) {
      return this.pushRedir({ t: 'redir', fd: fd ?? 1, op: '>&', dup: Number(dup[1]) }, 3);
    }
    return this.pushRedir({ t: 'redir', fd: fd ?? 1, op: '>' }, 1);
  }

  pushRedir(tok: RedirTok, len: number): undefined {
    this.tokens.push(tok);
    this.i += len;
    return undefined;
  }

  heredoc(fd: number): string | undefined {
    const s = this.s;
    let j = this.i + 2;
    const strip = s[j] === '-';
    if (strip) j++;
    while (BLANK.has(s[j] as string)) j++;
    const start = j;
    while (j < s.length && !BLANK.has(s[j] as string) && !OP_CHARS.has(s[j] as string)) j++;
    const delim = s.slice(start, j).replace(/^(['"])(.*)\1$/, '$2');
    const tok: RedirTok = { t: 'redir', fd, op: '<<', delim: strip ? `-${delim}` : delim };
    this.tokens.push(tok);
    this.pendingHeredocs.push(tok);
    this.i = j;
    return undefined;
  }

  /** At a newline: read the bodies of pending here-documents. */
  readHeredocs(): void {
    const s = this.s;
    for (const tok of this.pendingHeredocs) {
      const strip = tok.delim?.startsWith('-') ?? false;
      const delim = strip ? (tok.delim as string).slice(1) : (tok.delim ?? '');
      let body = '';
      let found = false;
      while (this.i < s.length) {
        let nl = s.indexOf('\n', this.i);
        if (nl < 0) nl = s.length;
        let line = s.slice(this.i, nl);
        this.i = nl + 1;
        if (strip) line = line.replace(/^\t+/, '');
        if (line === delim) {
          found = true;
          break;
        }
        body += `${line}\n`;
      }
      if (!found) {
        this.warnings.push(
          `bash: warning: here-document at line 1 delimited by end-of-file (wanted \`${delim}')`,
        );
      }
      tok.body = body;
    }
    this.pendingHeredocs = [];
  }

  run(): LexResult {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (BLANK.has(c)) {
        this.endWord();
        this.i++;
      } else if (c === '\\') {
        const n = s[this.i + 1];
        if (n === '\n') this.i += 2;
        else if (n === undefined) {
          this.i++;
        } else {
          this.lit(n, true);
          this.i += 2;
        }
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) return { ok: false, eof: "'" };
        this.lit(s.slice(this.i + 1, end), true);
        this.i = end + 1;
      } else if (c === '"') {
        const e = this.doubleQuoted();
        if (e) return { ok: false, eof: e };
      } else if (c === '$') {
        const e = this.dollar(false);
        if (e) return { ok: false, eof: e };
      } else if (c === '`') {
        const end = s.indexOf('`', this.i + 1);
        if (end < 0) return { ok: false, eof: '`' };
        this.segs.push({ k: 'cmd', src: s.slice(this.i + 1, end), q: false });
        this.inWord = true;
        this.i = end + 1;
      } else if (c === '#' && !this.inWord) {
        const nl = s.indexOf('\n', this.i);
        this.i = nl < 0 ? s.length : nl;
      } else if (c === '>' || c === '<' || (c === '&' && s[this.i + 1] === '>')) {
        let fd: number | undefined;
        if (this.inWord && this.segs.length === 1) {
          const only = this.segs[0];
          if (only && only.k === 'lit' && !only.q && /^\d$/.test(only.text)) {
            fd = Number(only.text);
            this.segs = [];
            this.inWord = false;
          }
        }
        this.endWord();
        const e = this.redirect(fd);
        if (e) return { ok: false, eof: e };
      } else if (OP_CHARS.has(c)) {
        this.endWord();
        const two = s.slice(this.i, this.i + 2);
        if (two === '||' || two === '&&' || two === ';;') {
          this.tokens.push({ t: 'op', op: two });
          this.i += 2;
        } else {
          this.tokens.push({ t: 'op', op: c as OpName });
          this.i++;
          if (c === '\n' && this.pendingHeredocs.length > 0) this.readHeredocs();
        }
      } else {
        let j = this.i + 1;
        while (j < s.length && !/[\s\\'"$`|&;()<>#]/.test(s[j] as string)) j++;
        this.lit(s.slice(this.i, j), false);
        this.i = j;
      }
    }
    this.endWord();
    if (this.pendingHeredocs.length > 0) this.readHeredocs();
    return { ok: true, tokens: this.tokens, warnings: this.warnings };
  }
}

/** Tokenizes a command line (possibly several lines, with here-documents). */
export function lex(line: string): LexResult {
  return new Lexer(line).run();
}
