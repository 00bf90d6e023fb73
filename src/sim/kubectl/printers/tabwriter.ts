/**
 * Go's text/tabwriter (the algorithm, not an approximation), as kubectl uses it:
 *
 * - tables (`kubectl get`): cli-runtime `GetNewTabWriter` = github.com/liggitt/tabwriter with
 *   minwidth 6, tabwidth 4, padding 3, padchar ' ', flags RememberWidths;
 * - `kubectl describe`: `tabbedString` = text/tabwriter with minwidth 0, tabwidth 8, padding 2,
 *   padchar ' ', flags 0.
 *
 * Text is split into cells at '\t' (or '\v'); a line's last cell (text before the newline) never
 * belongs to a column and is not padded. A column block is a run of consecutive lines that all have
 * a tab-terminated cell in that column; each block is as wide as its widest cell plus padding (but at
 * least minwidth), and blocks are computed independently. A line with a single cell (no tab) flushes
 * the writer. Widths are counted in runes (code points), as Go counts them.
 */

export interface TabWriterOptions {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  /** liggitt/tabwriter's RememberWidths: column widths never shrink until reset. */
  rememberWidths?: boolean;
}

/** cli-runtime printers.GetNewTabWriter. */
export const TABLE_TABWRITER: TabWriterOptions = {
  minwidth: 6,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
  rememberWidths: true,
};

/** kubectl describe's tabbedString. */
export const DESCRIBE_TABWRITER: TabWriterOptions = {
  minwidth: 0,
  tabwidth: 8,
  padding: 2,
  padchar: ' ',
};

interface Cell {
  text: string;
  /** Width in runes. */
  width: number;
  /** Terminated by a horizontal tab (as opposed to '\v', a newline or a flush). */
  htab: boolean;
}

const runeCount = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export class TabWriter {
  private lines: Cell[][] = [[]];
  private cellText = '';
  private widths: number[] = [];
  private maxwidths: number[] = [];
  private out = '';

  constructor(private readonly opts: TabWriterOptions) {}

  /** Feeds text; complete lines with a single cell cause a flush, as in Go. */
  write(text: string): void {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue;
      this.cellText += text.slice(start, i);
      start = i + 1;
      const ncells = this.terminateCell(ch === '\t');
      if (ch === '\n' || ch === '\f') {
        this.lines.push([]);
        if (ch === '\f' || ncells === 1) this.flush();
      }
    }
    this.cellText += text.slice(start);
  }

  /** Formats and emits everything buffered (Go's Flush). */
  flush(): void {
    if (this.cellText.length > 0) this.terminateCell(false);
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.cellText = '';
    this.widths = [];
  }

  /** liggitt/tabwriter SetRememberedWidths(nil). */
  resetRememberedWidths(): void {
    this.maxwidths = [];
  }

  /** Flushes and returns all output produced so far. */
  toString(): string {
    this.flush();
    return this.out;
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1] as Cell[];
    line.push({ text: this.cellText, width: runeCount(this.cellText), htab });
    this.cellText = '';
    return line.length;
  }

  private line(i: number): Cell[] {
    return this.lines[i] as Cell[];
  }

  private format(line0In: number, line1: number): void {
    let line0 = line0In;
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= this.line(t).length - 1) continue;
      // A cell exists in this column: print the lines above, then measure the block.
      this.writeLines(line0, t);
      line0 = t;
      let width = this.opts.minwidth;
      for (; t < line1; t++) {
        const line = this.line(t);
        if (column >= line.length - 1) break;
        const w = (line[column] as Cell).width + this.opts.padding;
        if (w > width) width = w;
      }
      if (this.opts.rememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, t);
      this.widths.pop();
      line0 = t;
    }
    this.writeLines(line0, line1);
  }

  private remember(width: number): number {
    const col = this.widths.length;
    while (this.maxwidths.length < col)
      this.maxwidths.push(this.widths[this.maxwidths.length] ?? 0);
    const prev = this.maxwidths[col];
    if (prev === undefined) {
      this.maxwidths.push(width);
      return width;
    }
    if (prev > width) return prev;
    this.maxwidths[col] = width;
    return width;
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.line(i);
      line.forEach((c, j) => {
        this.out += c.text;
        const w = this.widths[j];
        if (w !== undefined) this.out += this.opts.padchar.repeat(Math.max(0, w - c.width));
      });
      // The last buffered line is the (empty) line after the final newline.
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }
}

/** Runs `text` through a fresh tabwriter and returns the aligned result. */
export function tabify(text: string, opts: TabWriterOptions): string {
  const w = new TabWriter(opts);
  w.write(text);
  return w.toString();
}
