/**
 * JSON merge patches through the reducer's `object/patched` action: what `kubectl label`,
 * `kubectl rollout restart` and `kubectl patch --type merge` send.
 */

import type { Json } from '../../registry/merge.ts';
import { dispatch, type Session } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import type { FlagDef } from './flags.ts';
import { parseManifestStream } from './deps.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

export type PatchOutcome =
  { ok: true; changed: boolean; message: string } | { ok: false; message: string };

/** Applies a JSON merge patch; the session keeps the new state. */
export function patchObject(
  s: Session,
  kind: string,
  name: string,
  namespace: string | undefined,
  patch: { [k: string]: Json },
  subresource?: 'status',
): PatchOutcome {
  const r = dispatch(s, {
    type: 'object/patched',
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    patch,
    ...(subresource ? { subresource } : {}),
  });
  return r.ok
    ? { ok: true, changed: r.changed, message: r.message }
    : { ok: false, message: r.message };
}

const FLAGS: FlagDef[] = [
  { name: 'patch', short: 'p', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'patch-file', type: 'string' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'local', type: 'bool' },
  { name: 'field-manager', type: 'string' },
  { name: 'subresource', type: 'string' },
  { name: 'record', type: 'bool' },
];

const KINDS: Record<string, string> = {
  services: 'Service',
  pods: 'Pod',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  endpointslices: 'EndpointSlice',
  nodes: 'Node',
  namespaces: 'Namespace',
};

/** `kubectl patch TYPE NAME -p '{…}'` (merge semantics for `--type merge` and the default strategic). */
function runPatch(k: Kctx): ProcResult {
  const f = k.flags;
  const text = f.str('patch');
  if (!f.has('patch'))
    return kerr('error: must specify --patch or --patch-file containing the contents of the patch');
  const type = f.str('type', 'strategic');
  if (type === 'json')
    return kerr('error: JSON patches (--type json) are not supported by the simulated cluster');
  if (type !== 'strategic' && type !== 'merge') {
    return kerr(`error: --type must be one of [json merge strategic], not "${type}"`);
  }
  const parsed = parseTargets(f.args);
  if (!parsed.ok) return kerr(parsed.message);
  const t = parsed.targets[0];
  if (!t || t.name === undefined)
    return kerr('error: resource(s) were provided, but no name was specified');
  const doc = parseManifestStream(text);
  if (doc.error)
    return kerr(
      `error: unable to parse "${text}": ${doc.error.message.replace(/^error converting YAML to JSON: /, '')}`,
    );
  const patch = (doc.documents[0]?.value ?? null) as Json;
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    return kerr(
      `error: unable to parse "${text}": json: cannot unmarshal into Go value of type map[string]interface {}`,
    );
  }
  const subresource = f.str('subresource', '');
  if (subresource !== '' && subresource !== 'status' && subresource !== 'scale') {
    return kerr(
      `error: invalid subresource value: "${subresource}". Must be one of [status scale]`,
    );
  }
  const r = patchObject(
    k.s,
    KINDS[t.resource] ?? t.resource,
    t.name,
    k.namespace,
    patch,
    subresource === 'status' ? 'status' : undefined,
  );
  return r.ok ? { stdout: `${r.message}\n`, stderr: '', code: 0 } : kerr(r.message);
}

export const PATCH: CommandDef = { name: 'patch', flags: FLAGS, run: runPatch };
