/** `kubectl scale` and `kubectl rollout restart|status` for Deployments. */

import type { Deployment } from '../../model/types.ts';
import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { rfc3339 } from '../printers/format.ts';
import type { FlagDef } from './flags.ts';
import { findObject, notFound } from './objects.ts';
import { patchObject } from './patch.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

const NO_ARGS = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

const SCALE_FLAGS: FlagDef[] = [
  { name: 'replicas', type: 'int' },
  { name: 'current-replicas', type: 'int' },
  { name: 'resource-version', type: 'string' },
  { name: 'timeout', type: 'string' },
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'record', type: 'bool' },
];

function deploymentTargets(k: Kctx, verb: string): { names: string[] } | ProcResult {
  if (k.flags.args.length === 0) return { stdout: '', stderr: NO_ARGS, code: 1 };
  const parsed = parseTargets(k.flags.args);
  if (!parsed.ok) return kerr(parsed.message);
  const names: string[] = [];
  for (const t of parsed.targets) {
    if (t.name === undefined)
      return kerr('error: resource(s) were provided, but no name was specified');
    if (t.resource !== 'deployments') {
      return kerr(
        `error: ${verb} of ${t.resource} is not supported by the simulated cluster (only deployments)`,
      );
    }
    names.push(t.name);
  }
  return { names };
}

export function runScale(k: Kctx): ProcResult {
  if (!k.flags.has('replicas')) return kerr('error: required flag(s) "replicas" not set');
  const replicas = k.flags.int('replicas', -1);
  if (replicas < 0)
    return kerr(
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
    );
  const t = deploymentTargets(k, 'scaling');
  if (!('names' in t)) return t;
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const name of t.names) {
    const current = k.flags.int('current-replicas', -1);
    const d = findObject(k.s.state, 'deployments', k.namespace, name) as Deployment | undefined;
    if (d && current >= 0 && d.spec.replicas !== current) {
      stderr += `error: Expected replicas to be ${current}, was ${d.spec.replicas}\n`;
      code = 1;
      continue;
    }
    const r = dispatch(k.s, { type: 'deployment/scaled', name, replicas, namespace: k.namespace });
    if (r.ok) stdout += `${r.message}\n`;
    else {
      stderr += `${r.message}\n`;
      code = 1;
    }
  }
  return { stdout, stderr, code };
}

function restart(k: Kctx): ProcResult {
  const t = deploymentTargets(k, 'restarting');
  if (!('names' in t)) return t;
  let stdout = '';
  const errors: string[] = [];
  for (const name of t.names) {
    if (!findObject(k.s.state, 'deployments', k.namespace, name)) {
      errors.push(notFound('deployments', name));
      continue;
    }
    const patch = {
      spec: {
        template: {
          metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': rfc3339(k.s.at) } },
        },
      },
    };
    const r = patchObject(k.s, 'Deployment', name, k.namespace, patch);
    if (r.ok) stdout += `deployment.apps/${name} restarted\n`;
    else errors.push(r.message);
  }
  if (errors.length > 0) return { stdout, stderr: `${errors.join('\n')}\n`, code: 1 };
  return { stdout, stderr: '', code: 0 };
}

function status(k: Kctx): ProcResult {
  const t = deploymentTargets(k, 'rollout status');
  if (!('names' in t)) return t;
  let stdout = '';
  for (const name of t.names) {
    const d = findObject(k.s.state, 'deployments', k.namespace, name) as Deployment | undefined;
    if (!d) return kerr(notFound('deployments', name), stdout);
    const want = d.spec.replicas;
    const updated = d.status.updatedReplicas ?? 0;
    const available = d.status.availableReplicas ?? 0;
    if (updated < want) {
      stdout += `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`;
    } else if (available < updated) {
      stdout += `Waiting for deployment "${name}" rollout to finish: ${available} of ${updated} updated replicas are available...\n`;
    } else stdout += `deployment "${name}" successfully rolled out\n`;
  }
  return { stdout, stderr: '', code: 0 };
}

export const SCALE: CommandDef = { name: 'scale', flags: SCALE_FLAGS, run: runScale };

const ROLLOUT_FLAGS: FlagDef[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-manager', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'timeout', type: 'string' },
  { name: 'revision', type: 'int' },
];

export const ROLLOUT: CommandDef = {
  name: 'rollout',
  flags: [],
  sub: [
    { name: 'restart', flags: ROLLOUT_FLAGS, run: restart },
    { name: 'status', flags: ROLLOUT_FLAGS, run: status },
  ],
};
