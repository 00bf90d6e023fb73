/**
 * cli-runtime HumanReadablePrinter for server-side tables: headers upper-cased, NAMESPACE first with
 * -A (namespaced kinds only), `kind/name` with several kinds, LABELS last with --show-labels, no
 * header line when there are no rows, aligned by the table tabwriter.
 */

import type { ObjectMeta } from '../../model/types.ts';
import type { SimState } from '../../model/state.ts';
import { formatLabels } from './format.ts';
import { TABLE_TABWRITER, TabWriter } from './tabwriter.ts';

/** What a cell function may need besides the object itself. */
export interface TableContext {
  /** Wall-clock time in ms, for AGE cells. */
  now: number;
  wide: boolean;
  /** Related objects (e.g. for derived columns); optional for self-contained kinds. */
  state?: SimState;
}

/** One column of a `kubectl get` table, as printers.go defines it. */
export interface Column<T> {
  /** Upper-cased header as kubectl prints it. */
  header: string;
  /** Priority 1 columns: only with `-o wide`. */
  wide?: boolean;
  cell(obj: T, ctx: TableContext): string;
}

export interface TableOptions {
  now: number;
  wide?: boolean;
  /** `-A`: NAMESPACE column first (ignored for cluster-scoped kinds). */
  allNamespaces?: boolean;
  /** `--show-labels`: LABELS column last. */
  showLabels?: boolean;
  noHeaders?: boolean;
  /** Prefix names with `kind/` (kubectl does this when several kinds are printed, e.g. `get all`). */
  withKind?: boolean;
  state?: SimState;
}

export interface TableSpec<T> {
  columns: readonly Column<T>[];
  namespaced: boolean;
  /** `service`, `deployment.apps`, ... (the prefix used by `-o name` and `get all`). */
  kindPrefix: string;
  meta(obj: T): ObjectMeta;
}

/** The rows (cells) of a table, header first unless suppressed; empty when there are no objects. */
export function tableRows<T>(
  spec: TableSpec<T>,
  objects: readonly T[],
  opts: TableOptions,
): string[][] {
  if (objects.length === 0) return [];
  const ctx: TableContext = { now: opts.now, wide: !!opts.wide, state: opts.state };
  const columns = spec.columns.filter((c) => !c.wide || opts.wide);
  const withNamespace = !!opts.allNamespaces && spec.namespaced;
  const rows: string[][] = [];
  if (!opts.noHeaders) {
    const header = columns.map((c) => c.header);
    if (withNamespace) header.unshift('NAMESPACE');
    if (opts.showLabels) header.push('LABELS');
    rows.push(header);
  }
  for (const obj of objects) {
    const cells = columns.map((c) => c.cell(obj, ctx));
    if (opts.withKind && cells.length > 0) cells[0] = `${spec.kindPrefix}/${cells[0]}`;
    const meta = spec.meta(obj);
    if (withNamespace) cells.unshift(meta.namespace ?? '');
    if (opts.showLabels) cells.push(formatLabels(meta.labels));
    rows.push(cells);
  }
  return rows;
}

/** Writes rows into a tabwriter (one line per row, cells separated by tabs). */
export function writeRows(w: TabWriter, rows: readonly string[][]): void {
  for (const r of rows) w.write(`${r.join('\t')}\n`);
}

/** A whole table as kubectl prints it ('' when there are no objects). */
export function renderTable<T>(
  spec: TableSpec<T>,
  objects: readonly T[],
  opts: TableOptions,
): string {
  const w = new TabWriter(TABLE_TABWRITER);
  writeRows(w, tableRows(spec, objects, opts));
  return w.toString();
}
