/**
 * Decodes the parser's events straight into plain JS values with go-yaml v2's `decode.go`
 * semantics for `interface{}` targets: merge keys applied in order and overriding, aliases
 * decoded again from their recording (with the excessive-aliasing guard), strict duplicate keys
 * on request, then sigs.k8s.io/yaml's JSON conversion checks (see entries.ts). go-yaml composes
 * the whole document before decoding, so a decode error only wins if the rest of the document
 * parses: after one, the remaining events are drained. Iterative: nesting depth is unbounded.
 */
import { Entries, type Entry, type LineNode } from './entries.ts';
import { JSON_MAX_DEPTH, checkJsonDepth } from './nonFinite.ts';
import { F_DECODE, YamlFailure } from './errors.ts';
import {
  E_ALIAS,
  E_DOCUMENT_END,
  E_MAPPING_END,
  E_MAPPING_START,
  E_SCALAR,
  E_SEQUENCE_END,
  E_SEQUENCE_START,
  E_STREAM_END,
} from './events.ts';
import type { Parser } from './parser.ts';
import { LiveEvents, type Range, Replay } from './record.ts';
import {
  K_FLOAT,
  K_STR,
  K_TIMESTAMP,
  TAG_MERGE,
  resolvePlain,
  resolveTagged,
  resolved,
} from './resolve.ts';
import { goSharpV } from './goFormat.ts';

export type { LineNode } from './entries.ts';

const F_MAP = 1;
const F_SEQ = 2;
const F_ALIAS = 3;
const F_MERGESEQ = 4;

const P_KEY = 0;
const P_VALUE = 1;
/** The next node is the value of a `<<` key. */
const P_MERGE = 2;
/** That value is being merged into this map. */
const P_MERGE_BUSY = 3;

export const K_MAP = 20;
export const K_SEQ = 21;
const K_ENTRIES = 22;

/** What the decoder reads of an event: the Parser itself, or a Replay. */
interface EventFields {
  pos: number;
  line: number;
  tag: string;
  value: string;
  implicit: boolean;
}

const NO_OBJ: Record<string, unknown> = {};
const NO_ARR: unknown[] = [];

class Frame {
  readonly kind: number;
  readonly pos: number;
  readonly line: number;
  obj: Record<string, unknown>;
  arr: unknown[];
  /** Merge-sequence children collect their entries here instead of assigning them. */
  collect: Entry[] | null = null;
  into = false;
  phase = P_KEY;
  keyKind = 0;
  keyValue: unknown = null;
  keyText = '';
  keyPos = 0;
  lines: LineNode | null = null;
  seen: Set<string> | null = null;
  parts: Entry[][] | null = null;
  target: Frame | null = null;

  constructor(
    kind: number,
    pos: number,
    line: number,
    obj: Record<string, unknown>,
    arr: unknown[],
  ) {
    this.kind = kind;
    this.pos = pos;
    this.line = line;
    this.obj = obj;
    this.arr = arr;
  }
}

function allowedAliasRatio(count: number): number {
  if (count <= 400000) return 0.99;
  if (count >= 4000000) return 0.1;
  return 0.99 - 0.89 * ((count - 400000) / 3600000);
}

export class Decoder {
  private readonly p: Parser;
  private readonly strict: boolean;
  private readonly lineOf: ((pos: number) => number) | null;
  private readonly entries: Entries;
  private readonly frames: Frame[] = [];
  private readonly replays: Replay[] = [];
  private readonly live: LiveEvents;
  private pendingInto: Frame | null = null;
  private pendingCollect = false;
  private count = 0;
  private aliasCount = 0;
  private aliasDepth = 0;
  private readonly active = new Set<number>();
  private failure: YamlFailure | null = null;
  private done = false;
  private root: unknown = null;
  private rootLines: LineNode | null = null;
  private lastText = '';
  /** Deepest frame stack seen: an upper bound on the value's nesting depth. */
  private maxDepth = 0;

  constructor(p: Parser, strict: boolean, lineOf: ((pos: number) => number) | null) {
    this.p = p;
    this.live = new LiveEvents(p);
    this.strict = strict;
    this.lineOf = lineOf;
    this.entries = new Entries(strict, lineOf);
  }

  /** Decode the chunk's first document (go-yaml Unmarshal); throws YamlFailure. */
  run(): { value: unknown; lines: LineNode | null } {
    const p = this.p;
    p.next(); // STREAM-START
    if (p.next() === E_STREAM_END) return { value: null, lines: null };
    this.enter(p.pos); // the document node
    while (!this.done && this.failure === null) {
      const r = this.replays[this.replays.length - 1];
      if (r !== undefined) {
        const e = r.next();
        if (e === 0) this.replays.pop();
        else this.handle(e, r, r.target);
      } else {
        const e = this.live.next();
        this.handle(e, p, this.live.target);
      }
    }
    if (this.failure !== null) {
      while (this.live.next() !== E_DOCUMENT_END);
      throw this.failure;
    }
    p.next(); // DOCUMENT-END
    this.entries.finish(this.root);
    if (this.maxDepth > JSON_MAX_DEPTH) checkJsonDepth(this.root);
    return { value: this.root, lines: this.rootLines };
  }

  private fail(problem: string, pos: number): void {
    if (this.failure === null) this.failure = new YamlFailure(F_DECODE, problem, 0, 0, pos);
  }

  /** One go-yaml `unmarshal` call: count it for the excessive-aliasing guard. */
  private enter(pos: number): boolean {
    this.count++;
    if (this.aliasDepth > 0) this.aliasCount++;
    if (
      this.aliasCount > 100 &&
      this.count > 1000 &&
      this.aliasCount / this.count > allowedAliasRatio(this.count)
    ) {
      this.fail('document contains excessive aliasing', pos);
      return false;
    }
    return true;
  }

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  private newLines(pos: number, map: boolean): LineNode | null {
    if (this.lineOf === null) return null;
    return { line: this.lineOf(pos), map: map ? new Map() : null, items: map ? null : [] };
  }

  private handle(e: number, src: EventFields, target: Range | null): void {
    const top = this.top();
    switch (e) {
      case E_SCALAR: {
        if (top !== undefined) {
          if (top.kind === F_MAP) {
            if (
              top.phase === P_KEY &&
              src.value === '<<' &&
              (src.implicit || src.tag === TAG_MERGE)
            ) {
              top.phase = P_MERGE;
              return;
            }
            if (top.phase === P_MERGE) return this.failWantMap(src.pos);
          } else if (top.kind === F_MERGESEQ) {
            return this.failWantMap(src.pos);
          }
        }
        if (!this.enter(src.pos)) return;
        const v = this.scalar(src);
        if (this.failure !== null) return;
        this.lastText = src.value;
        const lines =
          this.lineOf === null ? null : { line: this.lineOf(src.pos), map: null, items: null };
        return this.deliver(v, resolved.kind, lines, src.pos, src.line);
      }
      case E_ALIAS: {
        const range = target as Range;
        const merging =
          top !== undefined &&
          ((top.kind === F_MAP && top.phase === P_MERGE) || top.kind === F_MERGESEQ);
        if (merging && range.kind !== E_MAPPING_START) return this.failWantMap(src.pos);
        if (!this.enter(src.pos)) return;
        if (this.active.has(src.pos) || range.end < 0) {
          return this.fail(`anchor '${src.value}' value contains itself`, src.pos);
        }
        this.active.add(src.pos);
        this.aliasDepth++;
        this.frames.push(new Frame(F_ALIAS, src.pos, src.line, NO_OBJ, NO_ARR));
        this.replays.push(new Replay(this.live.rec, range));
        if (merging) {
          if ((top as Frame).kind === F_MAP) {
            (top as Frame).phase = P_MERGE_BUSY;
            this.pendingInto = top as Frame;
          } else {
            this.pendingCollect = true;
          }
        }
        return;
      }
      case E_MAPPING_START: {
        if (!this.enter(src.pos)) return;
        let into = this.pendingInto;
        this.pendingInto = null;
        if (into === null && top !== undefined && top.kind === F_MAP && top.phase === P_MERGE) {
          top.phase = P_MERGE_BUSY;
          into = top;
        }
        const f = new Frame(F_MAP, src.pos, src.line, into === null ? {} : into.obj, NO_ARR);
        if (into !== null) {
          f.into = true;
          f.collect = into.collect;
          f.lines = into.lines;
          f.seen = into.seen;
        } else if (this.pendingCollect || (top !== undefined && top.kind === F_MERGESEQ)) {
          this.pendingCollect = false;
          f.collect = [];
        } else {
          f.lines = this.newLines(src.pos, true);
          if (this.strict) f.seen = new Set();
        }
        this.frames.push(f);
        if (this.frames.length > this.maxDepth) this.maxDepth = this.frames.length;
        return;
      }
      case E_SEQUENCE_START: {
        if (top !== undefined && top.kind === F_MAP && top.phase === P_MERGE) {
          top.phase = P_MERGE_BUSY;
          const m = new Frame(F_MERGESEQ, src.pos, src.line, NO_OBJ, NO_ARR);
          m.parts = [];
          m.target = top;
          this.frames.push(m);
          return;
        }
        if (top !== undefined && top.kind === F_MERGESEQ) return this.failWantMap(src.pos);
        if (!this.enter(src.pos)) return;
        const f = new Frame(F_SEQ, src.pos, src.line, NO_OBJ, []);
        f.lines = this.newLines(src.pos, false);
        this.frames.push(f);
        if (this.frames.length > this.maxDepth) this.maxDepth = this.frames.length;
        return;
      }
      case E_MAPPING_END: {
        const f = this.frames.pop() as Frame;
        if (f.into) return this.mergeDone();
        if (f.collect !== null) return this.deliver(f.collect, K_ENTRIES, null, f.pos, f.line);
        return this.deliver(f.obj, K_MAP, f.lines, f.pos, f.line);
      }
      case E_SEQUENCE_END: {
        const f = this.frames.pop() as Frame;
        if (f.kind === F_MERGESEQ) {
          const parts = f.parts as Entry[][];
          const t = f.target as Frame;
          for (let i = parts.length - 1; i >= 0; i--) {
            for (const en of parts[i] as Entry[])
              this.apply(t, en.kind, en.kv, en.text, en.value, en.lines, en.keyPos, en.valueLine);
          }
          return this.mergeDone();
        }
        return this.deliver(f.arr, K_SEQ, f.lines, f.pos, f.line);
      }
      default:
        return;
    }
  }

  private failWantMap(pos: number): void {
    this.fail('map merge requires map or sequence of maps as the value', pos);
  }

  private scalar(src: EventFields): unknown {
    if (src.tag === '' && !src.implicit) {
      resolved.kind = K_STR;
      return src.value;
    }
    let v: unknown;
    if (src.tag === '') {
      v = resolvePlain(src.value);
    } else {
      try {
        v = resolveTagged(src.tag, src.value);
      } catch (err) {
        if (!(err instanceof YamlFailure)) throw err;
        this.fail(err.problem, src.pos);
        return null;
      }
    }
    if (resolved.kind === K_TIMESTAMP) {
      resolved.kind = K_STR;
      return src.value;
    }
    if (resolved.kind === K_FLOAT && !Number.isFinite(v as number))
      this.entries.noteNonFinite(src.pos);
    return v;
  }

  /** Hand a finished node's value to the frame that waits for it. */
  private deliver(
    v: unknown,
    kind: number,
    lines: LineNode | null,
    pos: number,
    line: number,
  ): void {
    for (;;) {
      const top = this.top();
      if (top === undefined) {
        this.root = v;
        this.rootLines = lines;
        this.done = true;
        return;
      }
      if (top.kind === F_ALIAS) {
        this.frames.pop();
        this.aliasExit(top);
        if (lines !== null && this.lineOf !== null)
          lines = { line: this.lineOf(top.pos), map: lines.map, items: lines.items };
        pos = top.pos;
        line = top.line;
        continue;
      }
      if (top.kind === F_SEQ) {
        top.arr.push(v);
        if (top.lines !== null) (top.lines.items as LineNode[]).push(lines as LineNode);
        return;
      }
      if (top.kind === F_MERGESEQ) {
        (top.parts as Entry[][]).push(v as Entry[]);
        return;
      }
      if (top.phase === P_KEY) {
        if (kind === K_MAP || kind === K_SEQ) {
          return this.fail('invalid map key: ' + goSharpV(v, this.entries.info), pos);
        }
        top.keyValue = v;
        top.keyKind = kind;
        top.keyText = this.lastText;
        top.keyPos = pos;
        top.phase = P_VALUE;
        return;
      }
      this.apply(top, top.keyKind, top.keyValue, top.keyText, v, lines, top.keyPos, line);
      top.phase = P_KEY;
      return;
    }
  }

  private apply(
    f: Frame,
    kind: number,
    kv: unknown,
    text: string,
    value: unknown,
    lines: LineNode | null,
    keyPos: number,
    valueLine: number,
  ): void {
    if (f.collect !== null) {
      f.collect.push({ kind, kv, text, value, lines, keyPos, valueLine });
      return;
    }
    this.entries.set(f.obj, f.seen, f.lines, kind, kv, text, value, lines, keyPos, valueLine);
  }

  /** A merge into the map below finished (its alias frames end with it). */
  private mergeDone(): void {
    for (;;) {
      const top = this.top() as Frame;
      if (top.kind === F_ALIAS) {
        this.frames.pop();
        this.aliasExit(top);
        continue;
      }
      top.phase = P_KEY;
      return;
    }
  }

  private aliasExit(f: Frame): void {
    this.aliasDepth--;
    this.active.delete(f.pos);
  }
}
