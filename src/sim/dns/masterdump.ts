/**
 * BIND's lib/dns/masterdump.c text layout as dig 9.18 uses it: fields padded to columns
 * (TTL 24, class 32, type 40, rdata 48) with tabs of width 8, and at least one separator —
 * `indent()` emits as many tabs as reach the column, then spaces, and a single space when the
 * text already passed it. This is why long owner names print `name 30 IN A ip` with spaces while
 * short ones get tabs (`google.com.\t\t30\tIN\tA\t…`, as in the article).
 */

import type { DnsRecord } from './types.ts';

const TAB_WIDTH = 8;
export const TTL_COLUMN = 24;
export const CLASS_COLUMN = 32;
export const TYPE_COLUMN = 40;
export const RDATA_COLUMN = 48;

/** Padding that takes the cursor from column `from` to `to` (at least one character). */
export function indent(from: number, to: number): { text: string; column: number } {
  const target = Math.max(to, from + 1);
  const tabs = Math.floor(target / TAB_WIDTH) - Math.floor(from / TAB_WIDTH);
  let text = '';
  let col = from;
  if (tabs > 0) {
    text = '\t'.repeat(tabs);
    col = Math.floor(target / TAB_WIDTH) * TAB_WIDTH;
  }
  text += ' '.repeat(target - col);
  return { text, column: target };
}

/** Lays out `[text, column]` pairs: each field after the first is indented to its column. */
function layout(first: string, fields: [string, number][]): string {
  let out = first;
  let col = first.length;
  for (const [text, column] of fields) {
    const pad = indent(col, column);
    out += pad.text + text;
    col = pad.column + text.length;
  }
  return out;
}

/** One resource record as dig prints it in a section. */
export function recordLine(rr: DnsRecord): string {
  return layout(rr.name, [
    [String(rr.ttl), TTL_COLUMN],
    ['IN', CLASS_COLUMN],
    [rr.type, TYPE_COLUMN],
    [rr.data, RDATA_COLUMN],
  ]);
}

/**
 * The QUESTION SECTION line. masterdump's question_totext skips the TTL and starts counting
 * columns after dig's leading `;`, which message.c prints outside the layout.
 */
export function questionLine(name: string, type: string): string {
  return `;${layout(name, [
    ['IN', CLASS_COLUMN],
    [type, TYPE_COLUMN],
  ])}`;
}
