/** `kubectl label TYPE NAME k=v … [k-] [--overwrite] [-l SEL | --all] [--list]` (label.go). */

import type { Json } from '../../registry/merge.ts';
import type { ProcResult } from '../../shell/types.ts';
import { kindPrefix } from './apply.ts';
import type { FlagDef } from './flags.ts';
import { findObject, list, metaOf, notFound } from './objects.ts';
import { patchObject } from './patch.ts';
import { parseSelector } from './selector.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';
import type { Printable, ResourceName } from './deps.ts';

const FLAGS: FlagDef[] = [
  { name: 'overwrite', type: 'bool' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'list', type: 'bool' },
  { name: 'local', type: 'bool' },
  { name: 'resource-version', type: 'string' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'field-manager', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'record', type: 'bool' },
];

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

/** cmdutil.GetResourcesAndPairs: resources first, then `k=v` / `k-` pairs. */
function split(args: string[]): { resources: string[]; pairs: string[] } | string {
  const resources: string[] = [];
  const pairs: string[] = [];
  let first = true;
  for (const s of args) {
    const isPair = s.includes('=') || s.endsWith('-');
    if (isPair) {
      first = false;
      pairs.push(s);
    } else if (first) resources.push(s);
    else return `all resources must be specified before label changes: ${s}`;
  }
  return { resources, pairs };
}

function parseLabels(pairs: string[]): { add: Record<string, string>; remove: string[] } | string {
  const add: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (parts.length !== 2) return `invalid label spec: ${spec}`;
      const v = parts[1] as string;
      if (v.length > 63)
        return `invalid label value: "${spec}": must be no more than 63 characters`;
      if (!LABEL_VALUE.test(v)) {
        return `invalid label value: "${spec}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`;
      }
      add[parts[0] as string] = v;
    } else if (spec.endsWith('-')) remove.push(spec.slice(0, -1));
    else return `unknown label spec: ${spec}`;
  }
  for (const r of remove)
    if (r in add) return 'can not both modify and remove a label in the same command';
  return { add, remove };
}

const KIND: Record<ResourceName, string> = {
  services: 'Service',
  pods: 'Pod',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  endpoints: 'Endpoints',
  endpointslices: 'EndpointSlice',
  nodes: 'Node',
  namespaces: 'Namespace',
};

export function runLabel(k: Kctx): ProcResult {
  const f = k.flags;
  const sp = split(f.args);
  if (typeof sp === 'string') return kerr(`error: ${sp}`);
  const labels = parseLabels(sp.pairs);
  if (typeof labels === 'string') return kerr(`error: ${labels}`);
  if (sp.resources.length === 0) {
    return kerr(
      'error: one or more resources must be specified as <resource> <name> or <resource>/<name>',
    );
  }
  const listOnly = f.bool('list');
  if (Object.keys(labels.add).length === 0 && labels.remove.length === 0 && !listOnly) {
    return kerr('error: at least one label update is required');
  }
  const parsed = parseTargets(sp.resources);
  if (!parsed.ok) return kerr(parsed.message);
  const targets: { r: ResourceName; obj: Printable }[] = [];
  const errors: string[] = [];
  const byName = parsed.targets.some((t) => t.name !== undefined);
  if (byName) {
    for (const t of parsed.targets) {
      const obj = findObject(k.s.state, t.resource, k.namespace, t.name as string);
      if (obj) targets.push({ r: t.resource, obj });
      else errors.push(notFound(t.resource, t.name as string));
    }
  } else {
    if (!f.bool('all') && !f.has('selector'))
      return kerr('error: resource(s) were provided, but no name was specified');
    const sel = f.has('selector') ? parseSelector(f.str('selector')) : undefined;
    if (typeof sel === 'string') return kerr(`error: ${sel}`);
    for (const r of parsed.types) {
      for (const obj of list(k.s.state, r, f.bool('all-namespaces') ? undefined : k.namespace, sel))
        targets.push({ r, obj });
    }
  }
  let stdout = '';
  for (const { r, obj } of targets) {
    const meta = metaOf(obj);
    const current = meta.labels ?? {};
    if (listOnly) {
      stdout += Object.entries(current)
        .map(([key, v]) => `${key}=${v}\n`)
        .join('');
      continue;
    }
    if (!f.bool('overwrite')) {
      const clash = Object.keys(labels.add).filter((key) => key in current);
      if (clash.length > 0) {
        errors.push(
          clash
            .map(
              (key) =>
                `error: '${key}' already has a value (${current[key]}), and --overwrite is false`,
            )
            .join('\n'),
        );
        continue;
      }
    }
    for (const key of labels.remove) if (!(key in current)) stdout += `label "${key}" not found.\n`;
    const next: Record<string, string> = { ...current, ...labels.add };
    for (const key of labels.remove) delete next[key];
    const changed =
      JSON.stringify(Object.entries(next).sort()) !==
      JSON.stringify(Object.entries(current).sort());
    const patch: { [key: string]: Json } = {};
    for (const [key, v] of Object.entries(labels.add)) if (current[key] !== v) patch[key] = v;
    for (const key of labels.remove) if (key in current) patch[key] = null;
    if (changed) {
      const res = patchObject(k.s, KIND[r], meta.name, meta.namespace, {
        metadata: { labels: patch },
      });
      if (!res.ok) {
        errors.push(res.message);
        continue;
      }
    }
    const shrunk = Object.keys(next).length < Object.keys(current).length;
    const msg = !changed ? 'not labeled' : !f.bool('overwrite') && shrunk ? 'unlabeled' : 'labeled';
    stdout += `${kindPrefix(KIND[r])}/${meta.name} ${msg}\n`;
  }
  if (errors.length > 0) return { stdout, stderr: `${errors.join('\n')}\n`, code: 1 };
  return { stdout, stderr: '', code: 0 };
}

export const LABEL: CommandDef = { name: 'label', flags: FLAGS, run: runLabel };
