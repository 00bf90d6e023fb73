/**
 * Splits a stream into documents the way kubectl does (apimachinery `yaml.NewYAMLReader`). A
 * separator is a line starting with `---` followed only by whitespace (Go's unicode.IsSpace);
 * `--- # note` or `--- !tag` are not separators. A separator ends the current chunk and is
 * dropped, but when no line has been collected yet (start of stream, or right after another
 * separator) it is kept as the chunk's first line, which go-yaml then reads as a document start:
 * `---\n---\na: 1` is two chunks, `null` and `{a: 1}`. Lines are fed with `\r\n` reduced to `\n`
 * and every line ends in `\n`. Each chunk is a separate go-yaml stream, so a BOM opening a chunk
 * is dropped.
 */

export interface Chunk {
  /** The chunk text, `\n`-terminated. */
  text: string;
  /** 1-based absolute line numbers of the chunk's first and last line. */
  startLine: number;
  endLine: number;
}

function isGoSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Normalise the stream: drop a leading BOM, turn `\r\n` into `\n` (as bufio.ReadLine does), and
 * replace lone surrogates with U+FFFD, which is what the text becomes once encoded as UTF-8.
 */
export function normalizeStream(text: string): string {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n/g, '\n');
  if (SURROGATE.test(s)) s = s.replace(LONE_SURROGATE, '\ufffd');
  return s;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  let i = s.indexOf('\n', from);
  while (i >= 0 && i < to) {
    n++;
    i = s.indexOf('\n', i + 1);
  }
  return n;
}

/** Calls `emit` for each chunk in order; stops early when `emit` returns false. */
export function forEachChunk(s: string, emit: (chunk: Chunk) => boolean): void {
  let chunkStart = 0;
  let chunkLine = 1;
  let scanned = 0;
  let line = 1;
  let q = s.startsWith('---') ? 0 : s.indexOf('\n---');
  if (q > 0) q++;
  while (q >= 0 && q < s.length) {
    line += countNewlines(s, scanned, q);
    scanned = q;
    let lineEnd = s.indexOf('\n', q);
    if (lineEnd < 0) lineEnd = s.length;
    let sep = true;
    for (let i = q + 3; i < lineEnd; i++) {
      if (!isGoSpace(s.charCodeAt(i))) {
        sep = false;
        break;
      }
    }
    if (sep && q > chunkStart) {
      if (!emit(makeChunk(s.slice(chunkStart, q), chunkLine, line - 1))) return;
      chunkStart = lineEnd + 1;
      chunkLine = line + 1;
    }
    if (lineEnd >= s.length) break;
    q = s.indexOf('\n---', lineEnd);
    if (q >= 0) q++;
  }
  if (chunkStart < s.length) {
    line += countNewlines(s, scanned, s.length);
    const last = s.charCodeAt(s.length - 1) === 10 ? line - 1 : line;
    const text = s.slice(chunkStart);
    emit(makeChunk(text.endsWith('\n') ? text : text + '\n', chunkLine, last));
  }
}

function makeChunk(text: string, startLine: number, endLine: number): Chunk {
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, startLine, endLine };
}

/** Characters libyaml's reader rejects (lone surrogates were replaced by normalizeStream). */
const INVALID = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

export interface ReaderLimit {
  /** Where scanning must stop: the start of the 512-byte input block holding the bad character. */
  end: number;
  /** Offset of the bad character. */
  pos: number;
  problem: string;
}

/**
 * libyaml's reader rejects control characters (and invalid code points) while decoding its
 * 512-byte input blocks, so the error fires as soon as scanning reaches that block.
 */
export function readerLimit(text: string): ReaderLimit | null {
  const m = INVALID.exec(text);
  if (m === null) return null;
  const pos = m.index;
  const problem = 'control characters are not allowed';
  let bytes = 0;
  for (let i = 0; i < pos; i++) {
    const u = text.charCodeAt(i);
    bytes +=
      u < 0x80
        ? 1
        : u < 0x800
          ? 2
          : u >= 0xd800 && u <= 0xdbff
            ? 4
            : u >= 0xdc00 && u <= 0xdfff
              ? 0
              : 3;
  }
  const block = bytes - (bytes % 512);
  let end = 0;
  let b = 0;
  while (end < pos) {
    const u = text.charCodeAt(end);
    const w = u < 0x80 ? 1 : u < 0x800 ? 2 : u >= 0xd800 && u <= 0xdbff ? 4 : 3;
    if (b + w > block) break;
    b += w;
    end += w === 4 ? 2 : 1;
  }
  return { end, pos, problem };
}
