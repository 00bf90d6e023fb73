/**
 * describe.go describeContainers / DescribeProbe / describeStatus, used by describe pod (with
 * statuses) and DescribePodTemplate (without). Fields the shared Container type lacks (resources,
 * volumeMounts, probes) are read structurally when an object carries them.
 */

import type { Container } from '../../model/types.ts';
import { type DescribeWriter, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3 } from './describe-writer.ts';
import { byteCompare, joinHostPort, rfc1123z } from './format.ts';
import type { ContainerState, ContainerStatus } from './pod-status.ts';

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
  subPath?: string;
}

interface ProbeLike {
  httpGet?: { path?: string; port: number | string; host?: string; scheme?: string };
  tcpSocket?: { port: number | string; host?: string };
  exec?: { command?: string[] };
  grpc?: { port: number; service?: string };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
}

export type RichContainer = Container & {
  volumeMounts?: VolumeMount[];
  livenessProbe?: unknown;
  startupProbe?: unknown;
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** DescribeProbe with the API defaults (timeout 1s, period 10s, success 1, failure 3, path `/`). */
export function describeProbe(raw: unknown): string {
  const p = (isObject(raw) ? raw : {}) as ProbeLike;
  const attrs =
    `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s ` +
    `#success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const scheme = (p.httpGet.scheme ?? 'HTTP').toLowerCase();
    const port = String(p.httpGet.port);
    const host = port ? joinHostPort(p.httpGet.host ?? '', port) : (p.httpGet.host ?? '');
    return `http-get ${scheme}://${host}${p.httpGet.path || '/'} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function describeState(name: string, state: ContainerState, w: DescribeWriter): void {
  if (state.running) {
    w.write(LEVEL_2, `${name}:\tRunning\n`);
    w.write(LEVEL_3, `Started:\t${rfc1123z(state.running.startedAt)}\n`);
  } else if (state.waiting) {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`);
  } else if (state.terminated) {
    const t = state.terminated;
    w.write(LEVEL_2, `${name}:\tTerminated\n`);
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`);
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`);
    if (t.signal) w.write(LEVEL_3, `Signal:\t${t.signal}\n`);
    w.write(LEVEL_3, `Started:\t${t.startedAt ? rfc1123z(t.startedAt) : ''}\n`);
    w.write(LEVEL_3, `Finished:\t${t.finishedAt ? rfc1123z(t.finishedAt) : ''}\n`);
  } else {
    w.write(LEVEL_2, `${name}:\tWaiting\n`);
  }
}

function describeResources(c: RichContainer, w: DescribeWriter): void {
  for (const [title, list] of [
    ['Limits', c.resources?.limits],
    ['Requests', c.resources?.requests],
  ] as const) {
    const keys = Object.keys(list ?? {}).sort(byteCompare);
    if (keys.length) w.write(LEVEL_2, `${title}:\n`);
    for (const k of keys) w.write(LEVEL_3, `${k}:\t${(list as Record<string, string>)[k]}\n`);
  }
}

/**
 * describeContainers. `statuses` undefined = a pod template (no status lines); `space` is the
 * template's extra indent ("  "), which also shifts container names by one space.
 */
export function describeContainers(
  w: DescribeWriter,
  label: string,
  containers: readonly RichContainer[],
  statuses: readonly ContainerStatus[] | undefined,
  defaultMounts: readonly VolumeMount[],
  space = '',
): void {
  w.write(LEVEL_0, `${space}${label}:${containers.length === 0 ? ' <none>' : ''}\n`);
  for (const c of containers) {
    const status = statuses?.find((s) => s.name === c.name);
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`);
    if (status) w.write(LEVEL_2, `Container ID:\t${status.containerID ?? ''}\n`);
    w.write(LEVEL_2, `Image:\t${c.image}\n`);
    if (status) w.write(LEVEL_2, `Image ID:\t${status.imageID}\n`);
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol}`).join(', ');
    w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`);
    const hostPorts = (c.ports ?? []).map((p) => `${p.hostPort ?? 0}/${p.protocol}`).join(', ');
    w.write(
      LEVEL_2,
      hostPorts.includes(',')
        ? `Host Ports:\t${hostPorts}\n`
        : `Host Port:\t${hostPorts || '<none>'}\n`,
    );
    if (c.command?.length) {
      w.write(LEVEL_2, 'Command:\n');
      for (const s of c.command.flatMap((x) => x.split('\n'))) w.write(LEVEL_3, `${s}\n`);
    }
    if (c.args?.length) {
      w.write(LEVEL_2, 'Args:\n');
      for (const s of c.args.flatMap((x) => x.split('\n'))) w.write(LEVEL_3, `${s}\n`);
    }
    if (status) {
      describeState('State', status.state, w);
      if (status.lastState?.terminated) describeState('Last State', status.lastState, w);
      w.write(LEVEL_2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      w.write(LEVEL_2, `Restart Count:\t${status.restartCount}\n`);
    }
    describeResources(c, w);
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${describeProbe(c.startupProbe)}\n`);
    const env = c.env ?? [];
    w.write(LEVEL_2, `Environment:${env.length === 0 ? '\t<none>' : ''}\n`);
    for (const e of env) {
      (e.value ?? '').split('\n').forEach((s, i) => {
        w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`);
      });
    }
    const mounts = [...(c.volumeMounts ?? defaultMounts)].sort((a, b) =>
      byteCompare(a.mountPath, b.mountPath),
    );
    w.write(LEVEL_2, `Mounts:${mounts.length === 0 ? '\t<none>' : ''}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw'];
      if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`);
      w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}
