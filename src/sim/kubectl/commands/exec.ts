/** `kubectl exec [-it] POD|TYPE/NAME [-c C] -- COMMAND…` (exec.go) and `kubectl run`. */

import type { Deployment, Pod, ReplicaSet, Service } from '../../model/types.ts';
import { execInPod } from '../../shell/contexts.ts';
import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import type { JsonValue } from '../printers/wire.ts';
import type { FlagDef } from './flags.ts';
import { createObject } from './imperative.ts';
import { findObject, list, notFound } from './objects.ts';
import { parseTargets } from './targets.ts';
import { kerr, usageError, type CommandDef, type Kctx } from './types.ts';
import { parseSelector } from './selector.ts';

const EXEC_FLAGS: FlagDef[] = [
  { name: 'container', short: 'c', type: 'string' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'pod-running-timeout', type: 'string' },
];

const selectorText = (m: Readonly<Record<string, string>>): string =>
  Object.keys(m)
    .sort()
    .map((k) => `${k}=${m[k]}`)
    .join(',');

/** AttachablePodForObject: a pod itself, or the first pod a workload/service selects. */
function podFor(k: Kctx, arg: string): Pod | ProcResult {
  if (!arg.includes('/')) {
    const pod = findObject(k.s.state, 'pods', k.namespace, arg) as Pod | undefined;
    return pod ?? kerr(notFound('pods', arg));
  }
  const parsed = parseTargets([arg]);
  if (!parsed.ok) return kerr(parsed.message);
  const t = parsed.targets[0];
  if (!t || t.name === undefined) return kerr(`error: ${arg} is not a valid pod`);
  const obj = findObject(k.s.state, t.resource, k.namespace, t.name);
  if (!obj) return kerr(notFound(t.resource, t.name));
  if (t.resource === 'pods') return obj as Pod;
  let sel: string | undefined;
  if (t.resource === 'deployments' || t.resource === 'replicasets') {
    sel = selectorText((obj as Deployment | ReplicaSet).spec.selector.matchLabels ?? {});
  } else if (t.resource === 'services') sel = selectorText((obj as Service).spec.selector ?? {});
  if (sel === undefined)
    return kerr(`error: cannot attach to ${t.resource.replace(/s$/, '')}: not implemented`);
  const matcher = parseSelector(sel);
  const pods =
    typeof matcher === 'string' ? [] : (list(k.s.state, 'pods', k.namespace, matcher) as Pod[]);
  const running = pods.filter((p) => p.status.phase === 'Running');
  const pod = running[0] ?? pods[0];
  return pod ?? kerr('error: no pods found');
}

/** Picks the container (`-c`, default-container annotation, or the first) and its notice. */
function containerFor(
  k: Kctx,
  pod: Pod,
  wanted: string,
): { name: string; notice: string } | ProcResult {
  const names = pod.spec.containers.map((c) => c.name);
  if (wanted) {
    if (!names.includes(wanted)) {
      return kerr(
        `Error from server (BadRequest): container ${wanted} is not valid for pod ${pod.metadata.name}`,
      );
    }
    return { name: wanted, notice: '' };
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && names.includes(annotated)) return { name: annotated, notice: '' };
  const first = names[0] ?? '';
  const notice =
    names.length > 1 && !k.flags.bool('quiet')
      ? `Defaulted container "${first}" out of: ${names.join(', ')}\n`
      : '';
  return { name: first, notice };
}

function notRunning(pod: Pod, container: string): ProcResult | undefined {
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') {
    return kerr(
      `error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase}`,
    );
  }
  if (!pod.spec.nodeName) {
    return kerr(
      `Error from server (BadRequest): pod ${pod.metadata.name} does not have a host assigned`,
    );
  }
  if (pod.status.phase !== 'Running') {
    return kerr(`error: unable to upgrade connection: container not found ("${container}")`);
  }
  return undefined;
}

export function runExec(k: Kctx): ProcResult {
  const f = k.flags;
  const args = f.args;
  const dash = f.p.argsLenAtDash;
  if (args.length === 0 || dash === 0)
    return usageError(k, 'pod, type/name or --filename must be specified');
  if (dash < 0 && args.length > 1) {
    return usageError(
      k,
      'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead',
    );
  }
  const command = dash < 0 ? [] : args.slice(dash);
  if (command.length === 0)
    return usageError(k, 'you must specify at least one command for the container');
  const pod = podFor(k, args[0] as string);
  if (!('metadata' in pod)) return pod;
  const c = containerFor(k, pod, f.str('container'));
  if (!('name' in c)) return c;
  const bad = notRunning(pod, c.name);
  if (bad) return bad;
  const r = execInPod(k.s, { pod, container: c.name }, command, k.stdin, {
    stdin: f.bool('stdin'),
    tty: f.bool('tty'),
  });
  return { ...r, stderr: c.notice + r.stderr };
}

export const EXEC: CommandDef = { name: 'exec', flags: EXEC_FLAGS, run: runExec };

const RUN_FLAGS: FlagDef[] = [
  { name: 'image', type: 'string' },
  { name: 'port', type: 'string' },
  { name: 'restart', type: 'string' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'env', type: 'stringArray' },
  { name: 'command', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'rm', type: 'bool' },
  { name: 'expose', type: 'bool' },
  { name: 'attach', type: 'bool' },
  { name: 'quiet', short: 'q', type: 'bool' },
  { name: 'image-pull-policy', type: 'string' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'annotations', type: 'stringArray' },
  { name: 'save-config', type: 'bool' },
  { name: 'privileged', type: 'bool' },
  { name: 'overrides', type: 'string' },
  { name: 'pod-running-timeout', type: 'string' },
  { name: 'field-manager', type: 'string' },
];

export function runRun(k: Kctx): ProcResult {
  const f = k.flags;
  const dash = f.p.argsLenAtDash;
  const positional = dash < 0 ? f.args : f.args.slice(0, dash);
  const extra = dash < 0 ? f.args.slice(1) : f.args.slice(dash);
  const name = positional[0];
  if (name === undefined) return usageError(k, 'NAME is required for run');
  const image = f.str('image');
  if (!image) return kerr('error: required flag(s) "image" not set');
  const attach = f.bool('stdin') || f.bool('attach');
  if (f.bool('rm') && !attach)
    return kerr('error: --rm should only be used for attached containers');
  const restart = f.str('restart') || 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart))
    return kerr(`error: invalid restart policy: ${restart}`);
  const port = f.str('port');
  if (f.bool('expose') && !port) return kerr('error: --port must be set when exposing a service');
  let labels: Record<string, string> = { run: name };
  if (f.str('labels')) {
    labels = {};
    for (const part of f.str('labels').split(',')) {
      const [key, v] = part.split('=');
      if (!key || v === undefined) return kerr(`error: unexpected label spec: ${part}`);
      labels[key] = v;
    }
  }
  const env = f.list('env').map((e) => {
    const i = e.indexOf('=');
    return { name: i < 0 ? e : e.slice(0, i), value: i < 0 ? '' : e.slice(i + 1) };
  });
  const container: Record<string, JsonValue> = {
    image,
    name,
    resources: {},
    ...(extra.length > 0 ? { [f.bool('command') ? 'command' : 'args']: extra } : {}),
    ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
    ...(env.length ? { env } : {}),
    ...(attach ? { stdin: true, stdinOnce: true, tty: f.bool('tty') } : {}),
  };
  const pod: Record<string, JsonValue> = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: {
      creationTimestamp: null,
      labels,
      name,
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
    status: {},
  };
  let stdout = '';
  let stderr = '';
  if (f.bool('expose')) {
    const svc: Record<string, JsonValue> = {
      kind: 'Service',
      apiVersion: 'v1',
      metadata: {
        creationTimestamp: null,
        name,
        ...(k.nsExplicit ? { namespace: k.namespace } : {}),
      },
      spec: {
        ports: [{ port: Number(port), protocol: 'TCP', targetPort: Number(port) }],
        selector: labels,
      },
      status: { loadBalancer: {} },
    };
    const r = createObject(k, svc);
    if (r.code !== 0) return r;
    stdout += r.stdout;
    stderr += r.stderr;
  }
  const created = createObject(k, pod);
  if (created.code !== 0 || !attach || f.str('dry-run', 'none') !== 'none') {
    return { stdout: stdout + created.stdout, stderr: stderr + created.stderr, code: created.code };
  }
  const live = findObject(k.s.state, 'pods', k.namespace, name) as Pod | undefined;
  if (!live) return { stdout, stderr, code: 0 };
  const cmd = extra.length > 0 ? extra : ['sh'];
  const interactive =
    f.bool('tty') &&
    cmd.length === 1 &&
    ['sh', 'bash', '/bin/sh', '/bin/bash'].includes(cmd[0] as string);
  if (interactive) stderr += "If you don't see a command prompt, try pressing enter.\n";
  const r = execInPod(k.s, { pod: live, container: name }, cmd, k.stdin, {
    stdin: true,
    tty: f.bool('tty'),
  });
  stdout += r.stdout;
  stderr += r.stderr.replace(/command terminated with exit code \d+\n$/, '');
  if (interactive && f.bool('rm')) {
    k.s.ctx = {
      ...k.s.ctx,
      rmOnExit: { pod: name, namespace: live.metadata.namespace ?? 'default' },
    };
  } else if (f.bool('rm')) {
    const d = dispatch(k.s, {
      type: 'object/deleted',
      kind: 'pods',
      name,
      namespace: live.metadata.namespace ?? 'default',
    });
    stdout += `${d.message}\n`;
  }
  return { stdout, stderr, code: r.code };
}

export const RUN: CommandDef = { name: 'run', flags: RUN_FLAGS, run: runRun };
