/**
 * `kubectl apply -f` and `kubectl create -f`. Per object: `Warning: …` lines (stderr) as the server
 * returns them, then `kind[.group]/name created|configured|unchanged` (stdout); errors are collected
 * and printed after everything else, exit status 1 if any (kubectl apply.go Run).
 */

import { step } from '../../reducer.ts';
import type { ApplyResult } from '../../registry/results.ts';
import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { discover } from './deps.ts';
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

/** Prints an ApplyResult the way kubectl does (one result per -f source). */
export function printApplyResults(results: ApplyResult[], suffix: string): ProcResult {
  let stdout = '';
  let stderr = '';
  const errors: string[] = [];
  for (const r of results) {
    for (const o of r.objects) {
      for (const w of o.warnings ?? []) stderr += `Warning: ${w}\n`;
      stdout += `${kindPrefix(o.kind)}/${o.name} ${o.action}${suffix}\n`;
    }
    for (const e of r.errors) errors.push(e.message.replace(/\n$/, ''));
  }
  if (errors.length > 0) stderr += `${errors.join('\n')}\n`;
  return { stdout, stderr, code: errors.length > 0 ? 1 : 0 };
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
  const results: ApplyResult[] = [];
  for (const src of sources) {
    const action = {
      type: 'manifests/applied' as const,
      text: src.text,
      source: src.name,
      mode,
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    };
    if (dry === 'none') results.push(dispatch(k.s, action));
    else results.push(step(k.s.state, { ...action, at: k.s.at }).result);
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
