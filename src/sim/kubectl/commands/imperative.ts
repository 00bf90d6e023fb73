/**
 * Shared plumbing of the imperative commands (create service/deployment/namespace, expose, run):
 * send a generated object through the registry as `kubectl create` would, print `kind/name verb`,
 * or print the object for `--dry-run=client -o yaml|json`.
 */

import type { JsonValue } from '../printers/wire.ts';
import { jsonToText, jsonToYaml } from '../printers/index.ts';
import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { dryRunMode, kindPrefix } from './apply.ts';
import { kerr, type Kctx } from './types.ts';
import { step } from '../../reducer.ts';

/** The API server's own message inside kubectl's rendering (what `err.Error()` gives). */
export function rawApiMessage(kubectlText: string): string {
  const t = kubectlText.replace(/\n$/, '');
  const invalid = /^The (.+? ".*?" is invalid): ?\n((?:\* .*(?:\n|$))+)$/.exec(t);
  if (invalid) {
    const causes = (invalid[2] as string)
      .split('\n')
      .filter(Boolean)
      .map((l) => l.slice(2));
    return `${invalid[1]}: [${causes.join(', ')}]`;
  }
  if (t.startsWith('The ') && t.includes(' is invalid: ')) return t.slice(4);
  return t
    .replace(/^Error from server \([A-Za-z]+\): /, '')
    .replace(/^error when creating ".*?": /, '');
}

/** kubectl's CheckErr of a create error that did not come from a file. */
export function withoutSource(kubectlText: string): string {
  return kubectlText.replace(
    /^(Error from server \([A-Za-z]+\): )error when creating ".*?": /,
    '$1',
  );
}

export interface CreateOptions {
  /** Wraps the server error (`failed to create ClusterIP service: …`). */
  wrap?: (raw: string) => string;
  /** Verb printed after the name (`created`, `exposed`). */
  verb?: string;
}

/** Creates `obj` (already in API JSON form) unless a dry run; prints like kubectl's NamePrinter. */
export function createObject(
  k: Kctx,
  obj: Record<string, JsonValue>,
  o: CreateOptions = {},
): ProcResult {
  const dry = dryRunMode(k);
  if (dry !== 'none' && dry !== 'client' && dry !== 'server') return kerr(dry);
  const output = k.flags.str('output');
  const kind = String(obj.kind);
  const name = String((obj.metadata as Record<string, JsonValue>).name);
  if (dry === 'client') {
    if (output === 'yaml') return { stdout: jsonToYaml(obj), stderr: '', code: 0 };
    if (output === 'json') return { stdout: jsonToText(obj), stderr: '', code: 0 };
    if (output === 'name') return { stdout: `${kindPrefix(kind)}/${name}\n`, stderr: '', code: 0 };
    return {
      stdout: `${kindPrefix(kind)}/${name} ${o.verb ?? 'created'} (dry run)\n`,
      stderr: '',
      code: 0,
    };
  }
  const action = {
    type: 'manifests/applied' as const,
    text: jsonToYaml(obj),
    mode: 'create' as const,
    ...(k.nsExplicit ? { namespace: k.namespace } : {}),
  };
  const result =
    dry === 'none' ? dispatch(k.s, action) : step(k.s.state, { ...action, at: k.s.at }).result;
  const err = result.errors[0];
  if (err) {
    if (o.wrap) return kerr(`error: ${o.wrap(rawApiMessage(err.message))}`);
    return kerr(withoutSource(err.message));
  }
  const created = result.objects[0];
  const warnings = (created?.warnings ?? []).map((w) => `Warning: ${w}\n`).join('');
  if (output === 'name')
    return { stdout: `${kindPrefix(kind)}/${name}\n`, stderr: warnings, code: 0 };
  const suffix = dry === 'server' ? ' (server dry run)' : '';
  return {
    stdout: `${kindPrefix(kind)}/${name} ${o.verb ?? 'created'}${suffix}\n`,
    stderr: warnings,
    code: 0,
  };
}

/** cmdutil NameFromCommandArgs. */
export function nameArg(k: Kctx): string | ProcResult {
  const args = k.flags.args;
  if (args.length !== 1) {
    return kerr(
      `error: exactly one NAME is required, got ${args.length}\nSee '${k.path} -h' for help and examples`,
    );
  }
  return args[0] as string;
}
