/**
 * A scanner that follows libyaml as ported in go-yaml v2 (`scannerc.go`): the same tokens, simple
 * keys, indentation stack and error points, so that error texts and line numbers match kubectl.
 * Columns are UTF-16 offsets from the line start (libyaml counts code points; this only differs
 * after an astral character on the same line, where columns no longer matter).
 */
import { isBlank, isBlankZ, isBreak, isBreakZ, isIndicator } from './chars.ts';
import { F_READER, F_SCANNER, YamlFailure } from './errors.ts';
import { scanAnchor, scanDirective, scanTag } from './scanProps.ts';
import { scanBlockScalar, scanFlowScalar, scanPlainScalar } from './scanScalar.ts';
import {
  T_ALIAS,
  T_ANCHOR,
  T_BLOCK_END,
  T_BLOCK_ENTRY,
  T_BLOCK_MAPPING_START,
  T_BLOCK_SEQUENCE_START,
  T_DOCUMENT_END,
  T_DOCUMENT_START,
  T_FLOW_ENTRY,
  T_FLOW_MAPPING_END,
  T_FLOW_MAPPING_START,
  T_FLOW_SEQUENCE_END,
  T_FLOW_SEQUENCE_START,
  T_KEY,
  T_STREAM_END,
  T_STREAM_START,
  T_VALUE,
  Token,
} from './token.ts';

/** libyaml's `max_indents` and `max_flow_level`. */
const MAX_DEPTH = 10000;
/** Skipped tokens stay untouched for this many further skips before they are reused. */
const RETIRE_DELAY = 8;

class SimpleKey {
  possible = false;
  required = false;
  tokenNumber = 0;
  pos = 0;
  line = 0;
  col = 0;
}

export class Scanner {
  /** The chunk, cut where libyaml's reader would stop with an error (see `readerProblem`). */
  readonly s: string;
  /** Non-empty when `s` was cut at a block holding a character libyaml's reader rejects. */
  readonly readerProblem: string;
  /** Offset of that character, for the editor marker. */
  readonly readerPos: number;
  pos = 0;
  line = 0;
  lineStart = 0;

  flowLevel = 0;
  indent = -1;
  readonly indents: number[] = [];
  simpleKeyAllowed = false;
  readonly simpleKeys: SimpleKey[] = [];
  /** Token number -> index in `simpleKeys` of the possible simple key starting at that token. */
  private readonly byTok = new Map<number, number>();

  /** The token queue: `tokens[head..tail)`; the array is reused, never shrunk. */
  private readonly tokens: Token[] = [];
  private tail = 0;
  /** Recycled tokens, and the last few skipped ones (the parser still reads those briefly). */
  private readonly pool: Token[] = [];
  private readonly retired: Token[] = [];
  private retiredAt = 0;
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;
  streamEndProduced = false;

  constructor(s: string, readerProblem = '', readerPos = -1) {
    this.s = s;
    this.readerProblem = readerProblem;
    this.readerPos = readerPos;
  }

  /** Raise a scanner error at the current position (`yaml_parser_set_scanner_error`). */
  fail(contextLine: number, problem: string, contextPos = -1): never {
    if (this.readerProblem !== '' && this.pos >= this.s.length - 4) this.failReader();
    throw new YamlFailure(F_SCANNER, problem, this.line, contextLine, this.pos, contextPos);
  }

  failReader(): never {
    throw new YamlFailure(F_READER, this.readerProblem, 0, 0, this.readerPos);
  }

  peekToken(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head] as Token;
  }

  /** A token from the pool (or a new one), with its start mark set. */
  token(type: number, pos: number, line: number, col: number): Token {
    const t = this.pool.pop();
    if (t === undefined) return new Token(type, pos, line, col);
    t.type = type;
    t.pos = t.ePos = pos;
    t.line = t.eLine = line;
    t.col = t.eCol = col;
    t.value = '';
    t.suffix = '';
    t.style = 0;
    return t;
  }

  skipToken(): void {
    const t = this.tokens[this.head] as Token;
    if (this.retired.length < RETIRE_DELAY) {
      this.retired.push(t);
    } else {
      this.pool.push(this.retired[this.retiredAt] as Token);
      this.retired[this.retiredAt] = t;
      this.retiredAt = (this.retiredAt + 1) % RETIRE_DELAY;
    }
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.streamEndProduced = t.type === T_STREAM_END;
    this.head++;
    if (this.head === this.tail) {
      this.head = 0;
      this.tail = 0;
    }
  }

  private pushToken(t: Token): void {
    this.tokens[this.tail++] = t;
  }

  private insertToken(t: Token, at: number): void {
    if (at < 0) {
      this.tokens[this.tail++] = t;
      return;
    }
    const tokens = this.tokens;
    const i = this.head + at;
    for (let j = this.tail; j > i; j--) tokens[j] = tokens[j - 1] as Token;
    tokens[i] = t;
    this.tail++;
  }

  /** Fetch until the head token can no longer turn out to be a simple key (go-yaml v2.4). */
  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tail) {
        const idx = this.byTok.get(this.tokensParsed);
        if (idx === undefined || !this.keyIsValid(this.simpleKeys[idx] as SimpleKey)) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  /** A possible simple key stays valid while on its line and within 1024 characters. */
  private keyIsValid(k: SimpleKey): boolean {
    if (!k.possible) return false;
    if (k.line < this.line || k.pos + 1024 < this.pos) {
      if (k.required) this.fail(k.line, "could not find expected ':'", k.pos);
      k.possible = false;
      return false;
    }
    return true;
  }

  private fetchNextToken(): void {
    if (!this.streamStartProduced) {
      this.indent = -1;
      this.simpleKeys.push(new SimpleKey());
      this.simpleKeyAllowed = true;
      this.streamStartProduced = true;
      this.pushToken(this.token(T_STREAM_START, 0, 0, 0));
      return;
    }
    this.scanToNextToken();
    const col = this.pos - this.lineStart;
    this.unrollIndent(col);
    const s = this.s;
    const p = this.pos;
    const c = s.charCodeAt(p) | 0;
    if (c === 0) return this.fetchStreamEnd();
    if (col === 0) {
      if (c === 37) return this.fetchDirective();
      if (
        (c === 45 || c === 46) &&
        (s.charCodeAt(p + 1) | 0) === c &&
        (s.charCodeAt(p + 2) | 0) === c &&
        isBlankZ(s.charCodeAt(p + 3) | 0)
      ) {
        return this.fetchDocumentIndicator(c === 45 ? T_DOCUMENT_START : T_DOCUMENT_END);
      }
    }
    const n1 = s.charCodeAt(p + 1) | 0;
    switch (c) {
      case 91:
        return this.fetchFlowCollectionStart(T_FLOW_SEQUENCE_START);
      case 123:
        return this.fetchFlowCollectionStart(T_FLOW_MAPPING_START);
      case 93:
        return this.fetchFlowCollectionEnd(T_FLOW_SEQUENCE_END);
      case 125:
        return this.fetchFlowCollectionEnd(T_FLOW_MAPPING_END);
      case 44:
        return this.fetchFlowEntry();
      case 45:
        if (isBlankZ(n1)) return this.fetchBlockEntry();
        break;
      case 63:
        if (this.flowLevel > 0 || isBlankZ(n1)) return this.fetchKey();
        break;
      case 58:
        if (this.flowLevel > 0 || isBlankZ(n1)) return this.fetchValue();
        break;
      case 42:
      case 38:
        this.saveSimpleKey();
        this.simpleKeyAllowed = false;
        this.pushToken(scanAnchor(this, c === 42 ? T_ALIAS : T_ANCHOR));
        return;
      case 33:
        this.saveSimpleKey();
        this.simpleKeyAllowed = false;
        this.pushToken(scanTag(this));
        return;
      case 124:
      case 62:
        if (this.flowLevel === 0) {
          this.removeSimpleKey();
          this.simpleKeyAllowed = true;
          this.pushToken(scanBlockScalar(this, c === 124));
          return;
        }
        break;
      case 39:
      case 34:
        this.saveSimpleKey();
        this.simpleKeyAllowed = false;
        this.pushToken(scanFlowScalar(this, c === 39));
        return;
    }
    if (
      !(isBlankZ(c) || isIndicator(c)) ||
      (c === 45 && !isBlank(n1)) ||
      (this.flowLevel === 0 && (c === 63 || c === 58) && !isBlankZ(n1))
    ) {
      this.saveSimpleKey();
      this.simpleKeyAllowed = false;
      this.pushToken(scanPlainScalar(this));
      return;
    }
    this.fail(this.line, 'found character that cannot start any token');
  }

  private scanToNextToken(): void {
    const s = this.s;
    let p = this.pos;
    for (;;) {
      // libyaml skips a BOM at a line start here, but go-yaml's is_bom only looks at the start of
      // its buffer, so a BOM inside a stream is an ordinary character (the reader drops the first).
      let c = s.charCodeAt(p) | 0;
      if (this.flowLevel > 0 || !this.simpleKeyAllowed) {
        while (c === 32 || c === 9) c = s.charCodeAt(++p) | 0;
      } else {
        while (c === 32) c = s.charCodeAt(++p) | 0;
      }
      if (c === 35) {
        while (!isBreakZ(c)) c = s.charCodeAt(++p) | 0;
      }
      if (!isBreak(c)) break;
      p++;
      if (c === 13 && (s.charCodeAt(p) | 0) === 10) p++;
      this.line++;
      this.lineStart = p;
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
    this.pos = p;
  }

  private saveSimpleKey(): void {
    if (!this.simpleKeyAllowed) return;
    const col = this.pos - this.lineStart;
    const required = this.flowLevel === 0 && this.indent === col;
    this.removeSimpleKey();
    // go-yaml stores a fresh key; nothing else refers to the old one, so reuse it.
    const top = this.simpleKeys.length - 1;
    const k = this.simpleKeys[top] as SimpleKey;
    k.possible = true;
    k.required = required;
    k.tokenNumber = this.tokensParsed + (this.tail - this.head);
    k.pos = this.pos;
    k.line = this.line;
    k.col = col;
    this.byTok.set(k.tokenNumber, top);
  }

  private removeSimpleKey(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (k.possible) {
      if (k.required) this.fail(k.line, "could not find expected ':'", k.pos);
      k.possible = false;
      this.byTok.delete(k.tokenNumber);
    }
  }

  private rollIndent(
    column: number,
    number: number,
    type: number,
    pos: number,
    line: number,
  ): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > MAX_DEPTH) {
      const top = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
      this.fail(top.line, `exceeded max depth of ${MAX_DEPTH}`);
    }
    this.insertToken(
      this.token(type, pos, line, column),
      number < 0 ? -1 : number - this.tokensParsed,
    );
  }

  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.pushToken(this.token(T_BLOCK_END, this.pos, this.line, this.pos - this.lineStart));
      this.indent = this.indents.pop() as number;
    }
  }

  private fetchStreamEnd(): void {
    if (this.readerProblem !== '') this.failReader();
    if (this.pos !== this.lineStart) {
      this.line++;
      this.lineStart = this.pos;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.pushToken(this.token(T_STREAM_END, this.pos, this.line, 0));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.pushToken(scanDirective(this));
  }

  private fetchDocumentIndicator(type: number): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.pushToken(this.indicatorToken(type, 3));
  }

  private fetchFlowCollectionStart(type: number): void {
    this.saveSimpleKey();
    const k = new SimpleKey();
    k.tokenNumber = this.tokensParsed + (this.tail - this.head);
    k.pos = this.pos;
    k.line = this.line;
    this.simpleKeys.push(k);
    this.flowLevel++;
    if (this.flowLevel > MAX_DEPTH) this.fail(this.line, `exceeded max depth of ${MAX_DEPTH}`);
    this.simpleKeyAllowed = true;
    this.pushToken(this.indicatorToken(type, 1));
  }

  private fetchFlowCollectionEnd(type: number): void {
    this.removeSimpleKey();
    if (this.flowLevel > 0) {
      this.flowLevel--;
      const k = this.simpleKeys.pop() as SimpleKey;
      this.byTok.delete(k.tokenNumber);
    }
    this.simpleKeyAllowed = false;
    this.pushToken(this.indicatorToken(type, 1));
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.pushToken(this.indicatorToken(T_FLOW_ENTRY, 1));
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.fail(this.line, 'block sequence entries are not allowed in this context');
      }
      this.rollIndent(this.pos - this.lineStart, -1, T_BLOCK_SEQUENCE_START, this.pos, this.line);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.pushToken(this.indicatorToken(T_BLOCK_ENTRY, 1));
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed)
        this.fail(this.line, 'mapping keys are not allowed in this context');
      this.rollIndent(this.pos - this.lineStart, -1, T_BLOCK_MAPPING_START, this.pos, this.line);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.pushToken(this.indicatorToken(T_KEY, 1));
  }

  private fetchValue(): void {
    const k = this.simpleKeys[this.simpleKeys.length - 1] as SimpleKey;
    if (this.keyIsValid(k)) {
      this.insertToken(this.token(T_KEY, k.pos, k.line, k.col), k.tokenNumber - this.tokensParsed);
      this.rollIndent(k.col, k.tokenNumber, T_BLOCK_MAPPING_START, k.pos, k.line);
      k.possible = false;
      this.byTok.delete(k.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) {
          this.fail(this.line, 'mapping values are not allowed in this context');
        }
        this.rollIndent(this.pos - this.lineStart, -1, T_BLOCK_MAPPING_START, this.pos, this.line);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.pushToken(this.indicatorToken(T_VALUE, 1));
  }

  /** A token for an indicator of `width` characters at the current position, which it consumes. */
  private indicatorToken(type: number, width: number): Token {
    const t = this.token(type, this.pos, this.line, this.pos - this.lineStart);
    this.pos += width;
    t.ePos = this.pos;
    t.eCol = t.col + width;
    return t;
  }
}
