/**
 * Anchored nodes are recorded as event slices while they are parsed, and aliases replay them:
 * go-yaml decodes an alias by decoding the anchored node again, so a replay reproduces its
 * behaviour (fresh values, alias counting) without keeping a node tree for the whole chunk.
 */
import { F_DECODE, YamlFailure } from './errors.ts';
import {
  E_ALIAS,
  E_MAPPING_END,
  E_MAPPING_START,
  E_SCALAR,
  E_SEQUENCE_END,
  E_SEQUENCE_START,
} from './events.ts';
import type { Parser } from './parser.ts';

/** The recorded events of one anchored node; `end` stays -1 while the node is still open. */
export class Range {
  readonly start: number;
  end = -1;
  /** The event type that starts the node (scalar, mapping or sequence start). */
  readonly kind: number;

  constructor(start: number, kind: number) {
    this.start = start;
    this.kind = kind;
  }
}

export class Recording {
  readonly type: number[] = [];
  readonly pos: number[] = [];
  readonly line: number[] = [];
  readonly tag: string[] = [];
  readonly value: string[] = [];
  readonly implicit: boolean[] = [];
  readonly target: (Range | null)[] = [];

  get length(): number {
    return this.type.length;
  }

  add(type: number, p: Parser, target: Range | null): void {
    this.type.push(type);
    this.pos.push(p.pos);
    this.line.push(p.line);
    this.tag.push(p.tag);
    this.value.push(p.value);
    this.implicit.push(p.implicit);
    this.target.push(target);
  }
}

/** An event source over a recorded range, with the Parser's event fields. */
export class Replay {
  type = 0;
  pos = 0;
  line = 0;
  tag = '';
  value = '';
  implicit = false;
  target: Range | null = null;
  private i: number;
  private readonly end: number;
  private readonly rec: Recording;

  constructor(rec: Recording, range: Range) {
    this.rec = rec;
    this.i = range.start;
    this.end = range.end;
  }

  /** The next event, or 0 when the range is exhausted. */
  next(): number {
    const i = this.i;
    if (i >= this.end) return 0;
    const rec = this.rec;
    this.i = i + 1;
    this.type = rec.type[i] as number;
    this.pos = rec.pos[i] as number;
    this.line = rec.line[i] as number;
    this.tag = rec.tag[i] as string;
    this.value = rec.value[i] as string;
    this.implicit = rec.implicit[i] as boolean;
    this.target = rec.target[i] as Range | null;
    return this.type;
  }
}

/** The parser's events, with anchors registered, anchored nodes recorded and aliases resolved. */
export class LiveEvents {
  readonly rec = new Recording();
  /** The anchored node the last alias event refers to. */
  target: Range | null = null;
  private readonly p: Parser;
  private readonly anchors = new Map<string, Range>();
  private readonly open: Range[] = [];
  private readonly openDepth: number[] = [];
  private depth = 0;

  constructor(p: Parser) {
    this.p = p;
  }

  /** Next event from the parser: registers anchors, records anchored nodes, resolves aliases. */
  next(): number {
    const p = this.p;
    const e = p.next();
    const rec = this.rec;
    if (e === E_ALIAS) {
      const target = this.anchors.get(p.value);
      if (target === undefined) {
        throw new YamlFailure(F_DECODE, `unknown anchor '${p.value}' referenced`, 0, 0, p.pos);
      }
      this.target = target;
      if (this.open.length > 0) rec.add(e, p, target);
    } else if (e === E_SCALAR || e === E_MAPPING_START || e === E_SEQUENCE_START) {
      if (p.anchor !== '') {
        const r = new Range(rec.length, e);
        this.anchors.set(p.anchor, r);
        if (e === E_SCALAR) {
          rec.add(e, p, null);
          r.end = rec.length;
          return e;
        }
        this.open.push(r);
        this.openDepth.push(this.depth);
      }
      if (this.open.length > 0) rec.add(e, p, null);
      if (e !== E_SCALAR) this.depth++;
    } else if (e === E_MAPPING_END || e === E_SEQUENCE_END) {
      if (this.open.length > 0) rec.add(e, p, null);
      this.depth--;
      const n = this.open.length - 1;
      if (n >= 0 && this.openDepth[n] === this.depth) {
        (this.open.pop() as Range).end = rec.length;
        this.openDepth.pop();
      }
    }
    return e;
  }
}
