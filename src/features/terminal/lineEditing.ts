/** Pure line-editing logic of the terminal input: Tab completion and history navigation. */

/** Start of the word under the cursor (after the last blank or quote before it). */
export function wordStart(line: string, cursor: number): number {
  let i = Math.min(cursor, line.length);
  while (i > 0 && !/[\s'"|;&]/.test(line[i - 1] as string)) i--;
  return i;
}

export function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return '';
  let p = words[0] as string;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

export interface Completed {
  line: string;
  cursor: number;
  /** Candidates to list (several matches and nothing more to insert), else null. */
  list: string[] | null;
}

/**
 * What Tab does, as in bash: one candidate is inserted with a trailing space; several are
 * completed to their common prefix, and listed when that adds nothing.
 */
export function complete(line: string, cursor: number, candidates: readonly string[]): Completed {
  const start = wordStart(line, cursor);
  const typed = line.slice(start, cursor);
  const matching = candidates.filter((c) => c.startsWith(typed));
  if (matching.length === 0) return { line, cursor, list: null };
  const insert = matching.length === 1 ? `${matching[0]} ` : commonPrefix(matching);
  if (insert.length > typed.length) {
    const rest = line.slice(cursor);
    // Completing a word that is already followed by a blank: step over it instead of adding one.
    const text = insert.endsWith(' ') && rest.startsWith(' ') ? insert.slice(0, -1) : insert;
    const skip = text === insert ? 0 : 1;
    return {
      line: line.slice(0, start) + text + rest,
      cursor: start + text.length + skip,
      list: null,
    };
  }
  return { line, cursor, list: matching.length > 1 ? [...matching] : null };
}

export interface HistoryCursor {
  /** Index into the history being shown, or null when editing the new line. */
  index: number | null;
  /** The new line as it was before browsing the history. */
  draft: string;
}

export const FRESH: HistoryCursor = { index: null, draft: '' };

/** ↑ (`-1`) or ↓ (`+1`): the line to show and the new cursor, or null when there is nowhere to go. */
export function browse(
  history: readonly string[],
  at: HistoryCursor,
  current: string,
  dir: -1 | 1,
): { line: string; at: HistoryCursor } | null {
  if (history.length === 0) return null;
  if (at.index === null) {
    if (dir === 1) return null;
    const index = history.length - 1;
    return { line: history[index] as string, at: { index, draft: current } };
  }
  const index = at.index + dir;
  if (index < 0) return null;
  if (index >= history.length) return { line: at.draft, at: FRESH };
  return { line: history[index] as string, at: { index, draft: at.draft } };
}

/** Candidates laid out in columns of equal width, as bash lists them (80 columns). */
export function columns(words: readonly string[], width = 80): string {
  const w = Math.max(...words.map((x) => x.length)) + 2;
  const perRow = Math.max(1, Math.floor(width / w));
  const rows = Math.ceil(words.length / perRow);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    let row = '';
    for (let c = 0; c < perRow; c++) {
      const word = words[c * rows + r];
      if (word !== undefined) row += word.padEnd(w);
    }
    out.push(row.trimEnd());
  }
  return out.join('\n');
}
