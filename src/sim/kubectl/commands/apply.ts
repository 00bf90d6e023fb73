/**
 * `kubectl apply -f` and `kubectl create -f`. Per object: `Warning: …` lines (stderr) as the server
 * returns them, then `kind[.group]/name created|configured|unchanged` (stdout); errors are collected
 * and printed after everything else, exit status 1 if any (kubectl apply.go Run).
 */

import { step } from '../../reducer.ts';
import type { ApplyResult } from '../../registry/results.ts';
import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { discover, parseManifestStream } from './deps.ts';
import { rawApiMessage } from './imperative.ts';
import { readSources } from './files.ts';
import type { FlagDef } from './flags.ts';
import { kerr, usageError, type CommandDef, type Kctx } from './types.ts';

export const APPLY_FLAGS: FlagDef[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'server-side', type: 'bool' },
  { name: 'force-conflicts', type: 'bool' },
  { name: 'field-manager', type: 'string' },
  { name: 'validate', type: 'string', noOptDefVal: 'strict' },
  { name: 'overwrite', type: 'bool' },
  { name: 'prune', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'timeout', type: 'string' },
  { name: 'wait', type: 'bool' },
  { name: 'record', type: 'bool' },
  { name: 'save-config', type: 'bool' },
  { name: 'windows-line-endings', type: 'bool' },
  { name: 'edit', type: 'bool' },
  { name: 'raw', type: 'string' },
];

/** `service`, `deployment.apps`: the NamePrinter's resource prefix for a kind. */
export function kindPrefix(kind: string): string {
  const r = discover(kind);
  if (!r) return kind.toLowerCase();
  return r.group ? `${r.singular}.${r.group}` : r.singular;
}

export function dryRunMode(k: Kctx): 'none' | 'client' | 'server' | string {
  const v = k.flags.str('dry-run', 'none');
  if (v === 'unchanged' || v === 'client') return 'client';
  if (v === 'none' || v === 'server') return v;
  return `Invalid dry-run value (${v}). Must be "none", "server", or "client".`;
}

export interface SourcedResult {
  result: ApplyResult;
  source: string;
  /** Objects (`Kind/namespace/name`) that existed before: their errors came from a patch. */
  existed: ReadonlySet<string>;
}

/**
 * One error as kubectl prints it inside an aggregate (apply.go returns several errors as
 * utilerrors.NewAggregate; checkErr then prints each through StandardErrorMessage, which renders
 * Invalid errors as `Error from server (Invalid): error when creating "f": <status message>`).
 */
function aggregateLine(
  message: string,
  r: SourcedResult,
  e: ApplyResult['errors'][number],
): string {
  if (message.startsWith('The ') && / is invalid: ?(\n|[^\n])/.test(message)) {
    const key = `${e.kind}/${e.namespace ?? ''}/${e.name}`;
    const verb = r.existed.has(key) ? 'patching' : 'creating';
    return `Error from server (Invalid): error when ${verb} "${r.source}": ${rawApiMessage(message)}`;
  }
  return message.replace(/^error: /, '');
}

/** Prints ApplyResults (one per -f source) the way kubectl apply/create does. */
export function printApplyResults(results: SourcedResult[], suffix: string): ProcResult {
  let stdout = '';
  let stderr = '';
  const errors: { message: string; r: SourcedResult; e: ApplyResult['errors'][number] }[] = [];
  for (const r of results) {
    for (const o of r.result.objects) {
      for (const w of o.warnings ?? []) stderr += `Warning: ${w}\n`;
      stdout += `${kindPrefix(o.kind)}/${o.name} ${o.action}${suffix}\n`;
    }
    for (const e of r.result.errors) errors.push({ message: e.message.replace(/\n$/, ''), r, e });
  }
  if (errors.length === 1) stderr += `${errors[0]?.message}\n`;
  else if (errors.length > 1)
    stderr += errors.map((x) => `${aggregateLine(x.message, x.r, x.e)}\n`).join('');
  return { stdout, stderr, code: errors.length > 0 ? 1 : 0 };
}

/** `Kind/namespace/name` of every object a manifest names that exists now. */
function existing(k: Kctx, text: string): Set<string> {
  const out = new Set<string>();
  const parsed = parseManifestStream(text);
  for (const doc of parsed.documents) {
    const v = doc.value as {
      kind?: unknown;
      metadata?: { name?: unknown; namespace?: unknown };
    } | null;
    if (!v || typeof v.kind !== 'string' || typeof v.metadata?.name !== 'string') continue;
    const info = discover(v.kind);
    if (!info) continue;
    const ns = info.namespaced
      ? typeof v.metadata.namespace === 'string'
        ? v.metadata.namespace
        : k.namespace
      : '';
    const coll = k.s.state[info.collection] as Readonly<Record<string, unknown>>;
    if (coll[ns ? `${ns}/${v.metadata.name}` : v.metadata.name])
      out.add(`${v.kind}/${ns}/${v.metadata.name}`);
  }
  return out;
}

function runManifests(k: Kctx, mode: 'apply' | 'create'): ProcResult {
  const files = k.flags.list('filename');
  if (k.flags.has('kustomize')) return kerr('error: kustomize is not available in this playground');
  if (files.length === 0) {
    return mode === 'apply'
      ? kerr('error: must specify one of -f and -k')
      : usageError(k, 'Unexpected args: []');
  }
  const dry = dryRunMode(k);
  if (dry !== 'none' && dry !== 'client' && dry !== 'server') return kerr(dry);
  const sources = readSources(k.s, files, k.stdin);
  if (typeof sources === 'string') return kerr(sources);
  const results: SourcedResult[] = [];
  for (const src of sources) {
    const existed = existing(k, src.text);
    const action = {
      type: 'manifests/applied' as const,
      text: src.text,
      source: src.name,
      mode,
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    };
    const result =
      dry === 'none' ? dispatch(k.s, action) : step(k.s.state, { ...action, at: k.s.at }).result;
    results.push({ result, source: src.name, existed });
  }
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  return printApplyResults(results, suffix);
}

export const APPLY: CommandDef = {
  name: 'apply',
  flags: APPLY_FLAGS,
  run: (k) =>
    k.flags.args.length > 0
      ? usageError(k, `Unexpected args: [${k.flags.args.join(' ')}]`)
      : runManifests(k, 'apply'),
};

export const runCreateFromFiles = (k: Kctx): ProcResult => runManifests(k, 'create');
