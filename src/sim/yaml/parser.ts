/**
 * The libyaml parser state machine (go-yaml v2 `parserc.go`) over the scanner's tokens. It fills
 * one reusable event record instead of allocating events; errors carry libyaml's marks.
 */
import { F_PARSER, YamlFailure } from './errors.ts';
import type { Scanner } from './scanner.ts';
import {
  STYLE_PLAIN,
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
  T_SCALAR,
  T_STREAM_END,
  T_TAG,
  T_TAG_DIRECTIVE,
  T_VALUE,
  T_VERSION_DIRECTIVE,
  type Token,
} from './token.ts';

export const E_STREAM_START = 1;
export const E_STREAM_END = 2;
export const E_DOCUMENT_START = 3;
export const E_DOCUMENT_END = 4;
export const E_ALIAS = 5;
export const E_SCALAR = 6;
export const E_SEQUENCE_START = 7;
export const E_SEQUENCE_END = 8;
export const E_MAPPING_START = 9;
export const E_MAPPING_END = 10;

const S_STREAM_START = 0;
const S_IMPLICIT_DOCUMENT_START = 1;
const S_DOCUMENT_START = 2;
const S_DOCUMENT_CONTENT = 3;
const S_DOCUMENT_END = 4;
const S_BLOCK_NODE = 5;
const S_BLOCK_NODE_OR_INDENTLESS_SEQUENCE = 6;
const S_FLOW_NODE = 7;
const S_BLOCK_SEQUENCE_FIRST_ENTRY = 8;
const S_BLOCK_SEQUENCE_ENTRY = 9;
const S_INDENTLESS_SEQUENCE_ENTRY = 10;
const S_BLOCK_MAPPING_FIRST_KEY = 11;
const S_BLOCK_MAPPING_KEY = 12;
const S_BLOCK_MAPPING_VALUE = 13;
const S_FLOW_SEQUENCE_FIRST_ENTRY = 14;
const S_FLOW_SEQUENCE_ENTRY = 15;
const S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY = 16;
const S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE = 17;
const S_FLOW_SEQUENCE_ENTRY_MAPPING_END = 18;
const S_FLOW_MAPPING_FIRST_KEY = 19;
const S_FLOW_MAPPING_KEY = 20;
const S_FLOW_MAPPING_VALUE = 21;
const S_FLOW_MAPPING_EMPTY_VALUE = 22;
const S_END = 23;

const DEFAULT_TAG_HANDLES: ReadonlyArray<readonly [string, string]> = [
  ['!', '!'],
  ['!!', 'tag:yaml.org,2002:'],
];

export class Parser {
  private readonly sc: Scanner;
  private state = S_STREAM_START;
  private readonly states: number[] = [];
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
        return this.blockSequenceEntry(true);
      case S_BLOCK_SEQUENCE_ENTRY:
        return this.blockSequenceEntry(false);
      case S_INDENTLESS_SEQUENCE_ENTRY:
        return this.indentlessSequenceEntry();
      case S_BLOCK_MAPPING_FIRST_KEY:
        return this.blockMappingKey(true);
      case S_BLOCK_MAPPING_KEY:
        return this.blockMappingKey(false);
      case S_BLOCK_MAPPING_VALUE:
        return this.blockMappingValue();
      case S_FLOW_SEQUENCE_FIRST_ENTRY:
        return this.flowSequenceEntry(true);
      case S_FLOW_SEQUENCE_ENTRY:
        return this.flowSequenceEntry(false);
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY:
        return this.flowSequenceEntryMappingKey();
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE:
        return this.flowSequenceEntryMappingValue();
      case S_FLOW_SEQUENCE_ENTRY_MAPPING_END:
        return this.event(E_MAPPING_END, this.sc.peekToken(), S_FLOW_SEQUENCE_ENTRY);
      case S_FLOW_MAPPING_FIRST_KEY:
        return this.flowMappingKey(true);
      case S_FLOW_MAPPING_KEY:
        return this.flowMappingKey(false);
      case S_FLOW_MAPPING_VALUE:
        return this.flowMappingValue(false);
      case S_FLOW_MAPPING_EMPTY_VALUE:
        return this.flowMappingValue(true);
      default:
        return (this.type = E_STREAM_END);
    }
  }

  private fail(problem: string, t: Token, contextLine = 0, contextPos = -1): never {
    throw new YamlFailure(F_PARSER, problem, t.line, contextLine, t.pos, contextPos);
  }

  private pushMark(t: Token): void {
    this.marks.push(t.line, t.pos);
  }

  private popMark(): void {
    this.marks.length -= 2;
  }

  /** Fail with the innermost collection start as context. */
  private failInCollection(problem: string, t: Token): never {
    const n = this.marks.length;
    return this.fail(problem, t, this.marks[n - 2], this.marks[n - 1]);
  }

  private popState(): number {
    return this.states.pop() as number;
  }

  /** Set an event at token `t`'s start mark and move to `state`. */
  private event(type: number, t: Token, state: number): number {
    this.type = type;
    this.pos = t.pos;
    this.line = t.line;
    this.state = state;
    return type;
  }

  private emptyScalar(pos: number, line: number, state: number): number {
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

  private node(block: boolean, indentlessSequence: boolean): number {
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

  private blockSequenceEntry(first: boolean): number {
    const sc = this.sc;
    if (first) {
      this.pushMark(sc.peekToken());
      sc.skipToken();
    }
    let t = sc.peekToken();
    if (t.type === T_BLOCK_ENTRY) {
      const e = t;
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_BLOCK_ENTRY && t.type !== T_BLOCK_END) {
        this.states.push(S_BLOCK_SEQUENCE_ENTRY);
        return this.node(true, false);
      }
      return this.emptyScalar(e.ePos, e.eLine, S_BLOCK_SEQUENCE_ENTRY);
    }
    if (t.type === T_BLOCK_END) {
      this.popMark();
      this.event(E_SEQUENCE_END, t, this.popState());
      sc.skipToken();
      return E_SEQUENCE_END;
    }
    return this.failInCollection("did not find expected '-' indicator", t);
  }

  private indentlessSequenceEntry(): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (t.type === T_BLOCK_ENTRY) {
      const e = t;
      sc.skipToken();
      t = sc.peekToken();
      const ty = t.type;
      if (ty !== T_BLOCK_ENTRY && ty !== T_KEY && ty !== T_VALUE && ty !== T_BLOCK_END) {
        this.states.push(S_INDENTLESS_SEQUENCE_ENTRY);
        return this.node(true, false);
      }
      return this.emptyScalar(e.ePos, e.eLine, S_INDENTLESS_SEQUENCE_ENTRY);
    }
    return this.event(E_SEQUENCE_END, t, this.popState());
  }

  private blockMappingKey(first: boolean): number {
    const sc = this.sc;
    if (first) {
      this.pushMark(sc.peekToken());
      sc.skipToken();
    }
    let t = sc.peekToken();
    if (t.type === T_KEY) {
      const k = t;
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_KEY && t.type !== T_VALUE && t.type !== T_BLOCK_END) {
        this.states.push(S_BLOCK_MAPPING_VALUE);
        return this.node(true, true);
      }
      return this.emptyScalar(k.ePos, k.eLine, S_BLOCK_MAPPING_VALUE);
    }
    if (t.type === T_BLOCK_END) {
      this.popMark();
      this.event(E_MAPPING_END, t, this.popState());
      sc.skipToken();
      return E_MAPPING_END;
    }
    return this.failInCollection('did not find expected key', t);
  }

  private blockMappingValue(): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (t.type === T_VALUE) {
      const v = t;
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_KEY && t.type !== T_VALUE && t.type !== T_BLOCK_END) {
        this.states.push(S_BLOCK_MAPPING_KEY);
        return this.node(true, true);
      }
      return this.emptyScalar(v.ePos, v.eLine, S_BLOCK_MAPPING_KEY);
    }
    return this.emptyScalar(t.pos, t.line, S_BLOCK_MAPPING_KEY);
  }

  private flowSequenceEntry(first: boolean): number {
    const sc = this.sc;
    if (first) {
      this.pushMark(sc.peekToken());
      sc.skipToken();
    }
    let t = sc.peekToken();
    if (t.type !== T_FLOW_SEQUENCE_END) {
      if (!first) {
        if (t.type !== T_FLOW_ENTRY) {
          return this.failInCollection("did not find expected ',' or ']'", t);
        }
        sc.skipToken();
        t = sc.peekToken();
      }
      if (t.type === T_KEY) {
        this.event(E_MAPPING_START, t, S_FLOW_SEQUENCE_ENTRY_MAPPING_KEY);
        this.implicit = true;
        sc.skipToken();
        return E_MAPPING_START;
      }
      if (t.type !== T_FLOW_SEQUENCE_END) {
        this.states.push(S_FLOW_SEQUENCE_ENTRY);
        return this.node(false, false);
      }
    }
    this.popMark();
    this.event(E_SEQUENCE_END, t, this.popState());
    sc.skipToken();
    return E_SEQUENCE_END;
  }

  private flowSequenceEntryMappingKey(): number {
    const sc = this.sc;
    const t = sc.peekToken();
    if (t.type !== T_VALUE && t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_SEQUENCE_END) {
      this.states.push(S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
      return this.node(false, false);
    }
    sc.skipToken();
    return this.emptyScalar(t.ePos, t.eLine, S_FLOW_SEQUENCE_ENTRY_MAPPING_VALUE);
  }

  private flowSequenceEntryMappingValue(): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (t.type === T_VALUE) {
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_SEQUENCE_END) {
        this.states.push(S_FLOW_SEQUENCE_ENTRY_MAPPING_END);
        return this.node(false, false);
      }
    }
    return this.emptyScalar(t.pos, t.line, S_FLOW_SEQUENCE_ENTRY_MAPPING_END);
  }

  private flowMappingKey(first: boolean): number {
    const sc = this.sc;
    if (first) {
      this.pushMark(sc.peekToken());
      sc.skipToken();
    }
    let t = sc.peekToken();
    if (t.type !== T_FLOW_MAPPING_END) {
      if (!first) {
        if (t.type !== T_FLOW_ENTRY) {
          return this.failInCollection("did not find expected ',' or '}'", t);
        }
        sc.skipToken();
        t = sc.peekToken();
      }
      if (t.type === T_KEY) {
        sc.skipToken();
        t = sc.peekToken();
        if (t.type !== T_VALUE && t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_MAPPING_END) {
          this.states.push(S_FLOW_MAPPING_VALUE);
          return this.node(false, false);
        }
        return this.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_VALUE);
      }
      if (t.type !== T_FLOW_MAPPING_END) {
        this.states.push(S_FLOW_MAPPING_EMPTY_VALUE);
        return this.node(false, false);
      }
    }
    this.popMark();
    this.event(E_MAPPING_END, t, this.popState());
    sc.skipToken();
    return E_MAPPING_END;
  }

  private flowMappingValue(empty: boolean): number {
    const sc = this.sc;
    let t = sc.peekToken();
    if (empty) return this.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_KEY);
    if (t.type === T_VALUE) {
      sc.skipToken();
      t = sc.peekToken();
      if (t.type !== T_FLOW_ENTRY && t.type !== T_FLOW_MAPPING_END) {
        this.states.push(S_FLOW_MAPPING_KEY);
        return this.node(false, false);
      }
    }
    return this.emptyScalar(t.pos, t.line, S_FLOW_MAPPING_KEY);
  }
}
