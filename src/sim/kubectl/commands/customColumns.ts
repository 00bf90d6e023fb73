/**
 * `-o custom-columns=HEADER:PATH,…` (cli-runtime pkg/printers/customcolumn.go): one tabwriter row
 * per object; a cell joins every value its JSONPath selects with `,` (Go `%v` formatting: maps as
 * `map[k:v]` with sorted keys, lists as `[a b]`), or `<none>` when nothing matches.
 */

import { TABLE_TABWRITER, TabWriter } from '../printers/index.ts';
import { jsonPathResults } from './jsonpath.ts';
import { relaxedJSONPath } from './sortby.ts';

export interface Column {
  header: string;
  path: string;
}

/** NewCustomColumnsPrinterFromSpec: `HEADER:PATH` pairs separated by commas. */
export function parseColumns(spec: string): Column[] | { error: string } {
  if (spec === '') return { error: 'custom-columns format specified but no custom columns given' };
  const columns: Column[] = [];
  for (const part of spec.split(',')) {
    const i = part.indexOf(':');
    if (i < 0) {
      return {
        error: `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`,
      };
    }
    const path = relaxedJSONPath(part.slice(i + 1));
    if (typeof path !== 'string') return path;
    columns.push({ header: part.slice(0, i), path });
  }
  return columns;
}

/** fmt.Sprintf("%v", v) for a value of an unstructured object. */
export function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `map[${keys.map((k) => `${k}:${goValue(o[k])}`).join(' ')}]`;
  }
  return String(v);
}

/** The printed table for `objects` (a list prints one header line, then a row per item). */
export function printCustomColumns(
  columns: readonly Column[],
  objects: readonly unknown[],
  noHeaders: boolean,
): string | { error: string } {
  const w = new TabWriter(TABLE_TABWRITER);
  if (!noHeaders) w.write(`${columns.map((c) => c.header).join('\t')}\n`);
  for (const obj of objects) {
    const cells: string[] = [];
    for (const c of columns) {
      const values = jsonPathResults(c.path, obj);
      if (!Array.isArray(values)) return values;
      cells.push(values.length === 0 ? '<none>' : values.map(goValue).join(','));
    }
    w.write(`${cells.join('\t')}\n`);
  }
  return w.toString();
}
