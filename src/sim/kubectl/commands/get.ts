/**
 * `kubectl get`: tables, `-o wide|yaml|json|name|jsonpath=…|custom-columns=…`, `-l`, `-A`,
 * `--sort-by`, several types and names.
 */

import type { ProcResult } from '../../shell/types.ts';
import {
  ENDPOINTS_DEPRECATION_WARNING,
  listToJson,
  listToYaml,
  noResourcesMessage,
  printNames,
  printTable,
  printTables,
  toJson,
  toYaml,
  type Printable,
  type ResourceName,
} from './deps.ts';
import type { FlagDef } from './flags.ts';
import { jsonPathTemplate } from './jsonpath.ts';
import { findObject, isNamespaced, list, metaOf, notFound } from './objects.ts';
import { parseSelector, type Selector } from './selector.ts';
import { parseTargets } from './targets.ts';
import { kerr, usageError, type CommandDef, type Kctx } from './types.ts';
import { parseColumns, printCustomColumns, type Column } from './customColumns.ts';
import { sortByField } from './sortby.ts';
import { EVENT_TYPES, getEvents } from './events.ts';

export const OUTPUT_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export const GET_FLAGS: FlagDef[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'show-labels', type: 'bool' },
  { name: 'no-headers', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
  { name: 'show-kind', type: 'bool' },
  { name: 'field-selector', type: 'string' },
  { name: 'sort-by', type: 'string' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  { name: 'chunk-size', type: 'int' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'raw', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'subresource', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
];

const MISSING_TYPE = `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl get -h' for help and examples
`;

export type OutputFormat =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' | 'json' | 'name' }
  | { kind: 'jsonpath'; template: string }
  | { kind: 'custom-columns'; columns: Column[] };

export function outputFormat(o: string): OutputFormat | string {
  if (o === '') return { kind: 'table', wide: false };
  if (o === 'wide') return { kind: 'table', wide: true };
  if (o === 'yaml' || o === 'json' || o === 'name') return { kind: o };
  const m = /^jsonpath=(.*)$/s.exec(o);
  if (m) return { kind: 'jsonpath', template: m[1] as string };
  const cc = /^custom-columns(?:=(.*))?$/s.exec(o);
  if (cc) {
    const columns = parseColumns(cc[1] ?? '');
    return Array.isArray(columns) ? { kind: 'custom-columns', columns } : columns.error;
  }
  return `unable to match a printer suitable for the output format "${o}", allowed formats are: ${OUTPUT_FORMATS}`;
}

interface Group {
  resource: ResourceName;
  objects: Printable[];
}

/** Renders groups of objects in the requested format (shared by get and the create/expose `-o`). */
export function render(
  groups: Group[],
  fmt: OutputFormat,
  single: boolean,
  k: Kctx,
  allNs: boolean,
): string | { error: string } {
  const objects = groups.flatMap((g) => g.objects);
  switch (fmt.kind) {
    case 'yaml':
      return single && objects.length === 1 ? toYaml(objects[0]) : listToYaml(objects);
    case 'json':
      return single && objects.length === 1 ? toJson(objects[0]) : listToJson(objects);
    case 'name':
      return groups.map((g) => printNames(g.resource, g.objects)).join('');
    case 'jsonpath': {
      const root =
        single && objects.length === 1
          ? objects[0]
          : { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
      return jsonPathTemplate(fmt.template, root);
    }
    case 'custom-columns':
      return printCustomColumns(fmt.columns, objects, k.flags.bool('no-headers'));
    case 'table': {
      const opts = {
        now: k.s.at,
        wide: fmt.wide,
        allNamespaces: allNs,
        showLabels: k.flags.bool('show-labels'),
        noHeaders: k.flags.bool('no-headers'),
        state: k.s.state,
      };
      const nonEmpty = groups.filter((g) => g.objects.length > 0);
      if (groups.length === 1 && nonEmpty[0])
        return printTable(nonEmpty[0].resource, nonEmpty[0].objects as never, opts);
      return printTables(nonEmpty, { ...opts, withKind: groups.length > 1 });
    }
  }
}

export function runGet(k: Kctx): ProcResult {
  const f = k.flags;
  const allNs = f.bool('all-namespaces');
  const fmt = outputFormat(f.str('output'));
  if (typeof fmt === 'string') return kerr(fmt);
  if (f.args.length === 0) return { stdout: '', stderr: MISSING_TYPE, code: 1 };
  if (
    f.args.length === 1 &&
    EVENT_TYPES.has((f.args[0] as string).toLowerCase()) &&
    fmt.kind === 'table'
  ) {
    return getEvents(k, allNs);
  }
  const parsed = parseTargets(f.args);
  if (!parsed.ok) return kerr(parsed.message);
  const ns = k.namespace;
  if (parsed.unmodeled) {
    return { stdout: '', stderr: `${noResourcesMessage(allNs ? undefined : ns)}\n`, code: 0 };
  }
  let selector: Selector | undefined;
  const selText = f.str('selector');
  if (f.has('selector')) {
    const sel = parseSelector(selText);
    if (typeof sel === 'string') return kerr(sel);
    selector = sel;
  }
  const byName = parsed.targets.some((t) => t.name !== undefined);
  if (byName && selector) return kerr('name cannot be provided when a selector is specified');
  if (byName && allNs) return kerr('a resource cannot be retrieved by name across all namespaces');
  let stderr = parsed.types.includes('endpoints') ? `${ENDPOINTS_DEPRECATION_WARNING}\n` : '';
  const groups: Group[] = [];
  const errors: string[] = [];
  const groupFor = (r: ResourceName): Group => {
    let g = groups.find((x) => x.resource === r);
    if (!g) groups.push((g = { resource: r, objects: [] }));
    return g;
  };
  for (const t of parsed.targets) {
    const g = groupFor(t.resource);
    if (t.name === undefined) {
      g.objects.push(...list(k.s.state, t.resource, allNs ? undefined : ns, selector));
      continue;
    }
    const obj = findObject(k.s.state, t.resource, ns, t.name);
    if (obj) g.objects.push(obj);
    else if (!f.bool('ignore-not-found')) errors.push(notFound(t.resource, t.name));
  }
  if (f.has('sort-by')) {
    for (const g of groups) {
      const sorted = sortByField(g.objects, f.str('sort-by'));
      if (!Array.isArray(sorted)) return kerr(sorted.error);
      g.objects = sorted;
    }
  }
  const total = groups.reduce((n, g) => n + g.objects.length, 0);
  let stdout = '';
  if (total === 0 && !byName && fmt.kind !== 'yaml' && fmt.kind !== 'json') {
    const clusterScoped = parsed.types.every((r) => !isNamespaced(r));
    stderr += `${noResourcesMessage(allNs || clusterScoped ? undefined : ns)}\n`;
  } else if (total > 0 || (!byName && (fmt.kind === 'yaml' || fmt.kind === 'json'))) {
    const r = render(groups, fmt, byName && parsed.targets.length === 1, k, allNs);
    if (typeof r !== 'string') return kerr(r.error);
    stdout = r;
  }
  if (errors.length > 0) return { stdout, stderr: `${stderr}${errors.join('\n')}\n`, code: 1 };
  return { stdout, stderr, code: 0 };
}

export const GET: CommandDef = { name: 'get', flags: GET_FLAGS, run: runGet };

export { usageError, metaOf };
