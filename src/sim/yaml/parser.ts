/**
 * The libyaml parser state machine (go-yaml v2 `parserc.go`) over the scanner's tokens. It fills
 * one reusable event record instead of allocating events; errors carry libyaml's marks.
 */
import { F_PARSER, YamlFailure } from './errors.ts';
import {
  flowMappingKey,
  flowMappingValue,
  flowSequenceEntry,
  flowSequenceEntryMappingKey,
  flowSequenceEntryMappingValue,
} from './parseFlow.ts';
import {
  blockMappingKey,
  blockMappingValue,
  blockSequenceEntry,
  indentlessSequenceEntry,
} from './parseBlock.ts';
import {
  E_ALIAS,
  E_DOCUMENT_END,
  E_DOCUMENT_START,
  E_MAPPING_END,
  E_MAPPING_START,
  E_SCALAR,
  E_SEQUENCE_START,
  E_STREAM_END,
  E_STREAM_START,
  S_STREAM_START,
  S_IMPLICIT_DOCUMENT_START,
  S_DOCUMENT_START,
  S_DOCUMENT_CONTENT,
  S_DOCUMENT_END,
  S_BLOCK_NODE,
  S_BLOCK_NODE_OR_INDENTLESS_SEQUENCE,
  S_FLOW_NODE,
  S_BLOCK_SEQUENCE_FIRST_ENTRY,
  S_BLOCK_SEQUENCE_ENTRY,
  S_INDENTLESS_SEQUENCE_ENTRY,
  S_BLOCK_MAPPING_FIRST_KEY,
  S_BLOCK_MAPPING_KEY,
  S_BLOCK_MAPPING_VALUE,
  S_FLOW_SEQUENCE_FIRST_ENTRY,
  S_FLOW_SEQUENCE_ENTRY,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE,
  S_FLOW_SEQUENCE_ENTRY_MAPPING_END,
  S_FLOW_MAPPING_FIRST_KEY,
  S_FLOW_MAPPING_KEY,
  S_FLOW_MAPPING_VALUE,
  S_FLOW_MAPPING_EMPTY_VALUE,
  S_END,
} from './events.ts';
import type { Scanner } from './scanner.ts';
import {
  STYLE_PLAIN,
  T_ALIAS,
  T_ANCHOR,
  T_BLOCK_ENTRY,
  T_BLOCK_MAPPING_START,
  T_BLOCK_SEQUENCE_START,
  T_DOCUMENT_END,
  T_DOCUMENT_START,
  T_FLOW_MAPPING_START,
  T_FLOW_SEQUENCE_START,
  T_SCALAR,
  T_STREAM_END,
  T_TAG,
  T_TAG_DIRECTIVE,
  T_VERSION_DIRECTIVE,
  type Token,
} from './token.ts';

const DEFAULT_TAG_HANDLES: ReadonlyArray<readonly [string, string]> = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
];

export class Parser {
  readonly sc: Scanner;
  private state = S_STREAM_START;
  readonly states: number[] = [];
  /** Context marks (collection starts) as line, offset pairs. */
  private readonly marks: number[] = [];
  private tagDirectives: Array<readonly [string, string]> = [];

  // The current event.
  type = 0;
  pos = 0;
  line = 0;
  anchor = '';
  tag = '';
  value = '';
  /** libyaml's plain_implicit. */
  implicit = false;
  style = 0;

  constructor(sc: Scanner) {
    this.sc = sc;
  }

  /** Produce the next event into the fields above and return its type. */
  next(): number {
    this.anchor = '';
    this.tag = '';
    this.value = '';
    this.implicit = false;
    this.style = 0;
    switch (this.state) {
      case S_STREAM_START:
        return this.streamStart();
      case S_IMPLICIT_DOCUMENT_START:
        return this.documentStart(true);
      case S_DOCUMENT_START:
        return this.documentStart(false);
      case S_DOCUMENT_CONTENT:
        return this.documentContent();
      case S_DOCUMENT_END:
        return this.documentEnd();
      case S_BLOCK_NODE:
        return this.node(true, false);
      case S_BLOCK_NODE_OR_INDENTLESS_SEQUENCE:
        return this.node(true, true);
      case S_FLOW_NODE:
        return this.node(false, false);
      case S_BLOCK_SEQUENCE_FIRST_ENTRY:
        return blockSequenceEntry(this, true);
      case S_BLOCK_SEQUENCE_ENTRY:
        return blockSequenceEntry(this, false);
      case S_INDENTLESS_SEQUENCE_ENTRY:
        return indentlessSequenceEntry(this);
      case S_BLOCK_MAPPING_FIRST_KEY:
        return blockMappingKey(this, true);
      case S_BLOCK_MAPPING_KEY:
        return blockMappingKey(this, false);
      case S_BLOCK_MAPPING_VALUE:
        return blockMappingValue(this);
      case S_FLOW_SEQUENCE_FIRST_ENTRY:
        return flowSequenceEntry(this, true);
      case S_FLOW_SEQUENCE_ENTRY:
        return flowSequenceEntry(this, false);
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY:
        return flowSequenceEntryMappingKey(this);
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE:
        return flowSequenceEntryMappingValue(this);
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_END:
        return this.event(E_MAPPING_END, this.sc.peekToken(), S_FLOW_SEQUENCE_ENTRY);
      case S_FLOW_MAPPING_FIRST_KEY:
        return flowMappingKey(this, true);
      case S_FLOW_MAPPING_KEY:
        return flowMappingKey(this, false);
      case S_FLOW_MAPPING_VALUE:
        return flowMappingValue(this, false);
      case S_FLOW_MAPPING_EMPTY_VALUE:
        return flowMappingValue(this, true);
      default:
        return (this.type = E_STREAM_END);
    }
  }

  fail(problem: string, t: Token, contextLine = 0, contextPos = -1): never {
    throw new YamlFailure(F_PARSER, problem, t.line, contextLine, t.pos, contextPos);
  }

  pushMark(t: Token): void {
    this.marks.push(t.line, t.pos);
  }

  popMark(): void {
    this.marks.pop();
    this.marks.pop();
  }

  /** Fail with the innermost collection start as context. */
  failInCollection(problem: string, t: Token): never {
    const n = this.marks.length;
    return this.fail(problem, t, this.marks[n - 2], this.marks[n - 1]);
  }

  popState(): number {
    return this.states.pop() as number;
  }

  /** Set an event at token `t`'s start mark and move to `state`. */
  event(type: number, t: Token, state: number): number {
    this.type = type;
    this.pos = t.pos;
    this.line = t.line;
    this.state = state;
    return type;
  }

  emptyScalar(pos: number, line: number, state: number): number {
    this.type = E_SCALAR;
    this.pos = pos;
    this.line = line;
    this.implicit = true;
    this.style = STYLE_PLAIN;
    this.state = state;
    return E_SCALAR;
  }

  private streamStart(): number {
    const t = this.sc.peekToken();
    this.event(E_STREAM_START, t, S_IMPLICIT_DOCUMENT_START);
    this.sc.skipToken();
    return E_STREAM_START;
  }

  private documentStart(implicit: boolean): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (!implicit) {
      while (t.type === T_DOCUMENT_END) {
        sc.skipToken();
        t = sc.peekToken();
      }
    }
    if (
      implicit &&
      t.type !== T_VERSION_DIRECTIVE &&
      t.type !== T_TAG_DIRECTIVE &&
      t.type !== T_DOCUMENT_START &&
      t.type !== T_STREAM_END
    ) {
      this.processDirectives();
      this.states.push(S_DOCUMENT_END);
      return this.event(E_DOCUMENT_START, t, S_BLOCK_NODE);
    }
    if (t.type !== T_STREAM_END) {
      const start = t;
      this.processDirectives();
      t = sc.peekToken();
      if (t.type !== T_DOCUMENT_START) this.fail('did not find expected <document start>', t);
      this.states.push(S_DOCUMENT_END);
      this.event(E_DOCUMENT_START, start, S_DOCUMENT_CONTENT);
      sc.skipToken();
      return E_DOCUMENT_START;
    }
    this.event(E_STREAM_END, t, S_END);
    sc.skipToken();
    return E_STREAM_END;
  }

  private processDirectives(): void {
    const sc = this.sc;
    let sawVersion = false;
    let t = sc.peekToken();
    while (t.type === T_VERSION_DIRECTIVE || t.type === T_TAG_DIRECTIVE) {
      if (t.type === T_VERSION_DIRECTIVE) {
        if (sawVersion) this.fail('found duplicate %YAML directive', t);
        if (t.major !== 1 || t.minor !== 1) this.fail('found incompatible YAML document', t);
        sawVersion = true;
      } else {
        if (this.tagDirectives.some(([h]) => h === t.value))
          this.fail('found duplicate %TAG directive', t);
        this.tagDirectives.push([t.value, t.suffix]);
      }
      sc.skipToken();
      t = sc.peekToken();
    }
    for (const d of DEFAULT_TAG_HANDLES) {
      if (!this.tagDirectives.some(([h]) => h === d[0])) this.tagDirectives.push(d);
    }
  }

  private documentContent(): number {
    const t = this.sc.peekToken();
    const ty = t.type;
    if (
      ty === T_VERSION_DIRECTIVE ||
      ty === T_TAG_DIRECTIVE ||
      ty === T_DOCUMENT_START ||
      ty === T_DOCUMENT_END ||
      ty === T_STREAM_END
    ) {
      return this.emptyScalar(t.pos, t.line, this.popState());
    }
    return this.node(true, false);
  }

  private documentEnd(): number {
    const t = this.sc.peekToken();
    this.event(E_DOCUMENT_END, t, S_DOCUMENT_START);
    if (t.type === T_DOCUMENT_END) this.sc.skipToken();
    this.tagDirectives = [];
    return E_DOCUMENT_END;
  }

  node(block: boolean, indentlessSequence: boolean): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (t.type === T_ALIAS) {
      this.event(E_ALIAS, t, this.popState());
      this.anchor = t.value;
      this.value = t.value;
      sc.skipToken();
      return E_ALIAS;
    }
    const start = t;
    let anchor = '';
    let tagToken: Token | null = null;
    if (t.type === T_ANCHOR) {
      anchor = t.value;
      sc.skipToken();
      t = sc.peekToken();
      if (t.type === T_TAG) {
        tagToken = t;
        sc.skipToken();
        t = sc.peekToken();
      }
    } else if (t.type === T_TAG) {
      tagToken = t;
      sc.skipToken();
      t = sc.peekToken();
      if (t.type === T_ANCHOR) {
        anchor = t.value;
        sc.skipToken();
        t = sc.peekToken();
      }
    }
    let tag = '';
    if (tagToken !== null) {
      if (tagToken.value === '') {
        tag = tagToken.suffix;
      } else {
        const handle = tagToken.value;
        const d = this.tagDirectives.find(([h]) => h === handle);
        if (d === undefined)
          this.fail('found undefined tag handle', tagToken, start.line, start.pos);
        tag = d[1] + tagToken.suffix;
      }
    }
    const ty = t.type;
    let type: number;
    let state: number;
    if (indentlessSequence && ty === T_BLOCK_ENTRY) {
      type = E_SEQUENCE_START;
      state = S_INDENTLESS_SEQUENCE_ENTRY;
    } else if (ty === T_SCALAR) {
      this.event(E_SCALAR, start, this.popState());
      this.anchor = anchor;
      this.tag = tag;
      this.value = t.value;
      this.implicit = (tag === '' && t.style === STYLE_PLAIN) || tag === '!';
      this.style = t.style;
      sc.skipToken();
      return E_SCALAR;
    } else if (ty === T_FLOW_SEQUENCE_START) {
      type = E_SEQUENCE_START;
      state = S_FLOW_SEQUENCE_FIRST_ENTRY;
    } else if (ty === T_FLOW_MAPPING_START) {
      type = E_MAPPING_START;
      state = S_FLOW_MAPPING_FIRST_KEY;
    } else if (block && ty === T_BLOCK_SEQUENCE_START) {
      type = E_SEQUENCE_START;
      state = S_BLOCK_SEQUENCE_FIRST_ENTRY;
    } else if (block && ty === T_BLOCK_MAPPING_START) {
      type = E_MAPPING_START;
      state = S_BLOCK_MAPPING_FIRST_KEY;
    } else if (anchor !== '' || tag !== '') {
      this.event(E_SCALAR, start, this.popState());
      this.anchor = anchor;
      this.tag = tag;
      this.implicit = tag === '';
      this.style = STYLE_PLAIN;
      return E_SCALAR;
    } else {
      return this.fail('did not find expected node content', t, start.line, start.pos);
    }
    this.event(type, start, state);
    this.anchor = anchor;
    this.tag = tag;
    this.implicit = tag === '';
    return type;
  }
}
