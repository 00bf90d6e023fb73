/** Reads one chunk with the go-yaml pipeline and wraps it as a ParsedDocument. */
import { readerLimit } from './chunks.ts';
import { Decoder, type LineNode } from './decode.ts';
import { YamlFailure } from './errors.ts';
import { BAIL_RESULT, fastRead } from './fastpath.ts';
import { Parser } from './parser.ts';
import { Scanner } from './scanner.ts';
import type { ParsedDocument } from './types.ts';

/** Maps chunk offsets to 0-based chunk lines (by `\n`, as an editor counts them). */
export function lineIndex(text: string): (pos: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (pos: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

export interface ChunkValue {
  value: unknown;
  lines: LineNode | null;
}

/** Decode a chunk as sigs.k8s.io/yaml's Unmarshal would; throws YamlFailure on error. */
export function readChunk(
  text: string,
  strict: boolean,
  lineOf: ((pos: number) => number) | null,
): ChunkValue {
  if (text === '---\n') return { value: null, lines: null };
  const limit = readerLimit(text);
  if (limit === null && !strict && lineOf === null) {
    const value = fastRead(text);
    if (value !== BAIL_RESULT) return { value, lines: null };
  }
  const sc =
    limit === null
      ? new Scanner(text)
      : new Scanner(text.slice(0, limit.end), limit.problem, limit.pos);
  return new Decoder(new Parser(sc), strict, lineOf).run();
}

export class ManifestDocument implements ParsedDocument {
  readonly index: number;
  readonly value: unknown;
  readonly startLine: number;
  readonly endLine: number;
  readonly #text: string;
  readonly #strict: boolean;
  #lines: LineNode | null | undefined = undefined;

  constructor(
    index: number,
    value: unknown,
    startLine: number,
    endLine: number,
    text: string,
    strict: boolean,
  ) {
    this.index = index;
    this.value = value;
    this.startLine = startLine;
    this.endLine = endLine;
    this.#text = text;
    this.#strict = strict;
  }

  lineOf(path: readonly (string | number)[]): number {
    if (this.#lines === undefined) {
      const base = this.startLine;
      const toLine = lineIndex(this.#text);
      try {
        this.#lines = readChunk(this.#text, this.#strict, (pos) => base + toLine(pos)).lines;
      } catch (e) {
        if (!(e instanceof YamlFailure)) throw e;
        this.#lines = null;
      }
    }
    let node = this.#lines;
    if (node === null) return this.startLine;
    for (const seg of path) {
      let next: LineNode | undefined;
      if (node.map !== null) next = node.map.get(String(seg));
      else if (node.items !== null) {
        const i = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
        next = i >= 0 ? node.items[i] : undefined;
      }
      if (next === undefined) break;
      node = next;
    }
    return node.line;
  }
}
