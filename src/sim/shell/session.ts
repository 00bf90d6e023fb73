/**
 * One `runCommand` call's mutable working set. Nothing outlives the call: the session is built from
 * the caller's state and options and turned back into a CommandOutput at the end.
 */

import type { SimState } from '../model/state.ts';
import type { Trace } from '../model/trace.ts';
import { step, type ResultOf, type SimAction } from '../reducer.ts';
import { profileFor, type ImageProfile } from './images.ts';
import type { ShellContext } from './types.ts';
import { isNodeHost, isPodHost } from './types.ts';

export interface Session {
  state: SimState;
  readonly at: number;
  ctx: ShellContext;
  files: Record<string, string>;
  filesChanged: boolean;
  traces: Trace[];
  clear: boolean;
  /** `$?` */
  status: number;
  readonly history: readonly string[];
  /** Nesting of `$( … )` and `sh -c` (bounded so a line cannot recurse forever). */
  depth: number;
  /** Whether the running program's stdout is the terminal (not a pipe, file or `$( )`). */
  stdoutTty: boolean;
  /** Set by `exit` inside `sh -c`/`bash -c`: stop the rest of that script. */
  exitRequested?: number;
  /** Nesting of non-interactive shells (`sh -c`, `ssh NODE CMD`): `exit` ends those, not the session. */
  subshell: number;
}

export const MAX_DEPTH = 8;

/** Applies one reducer action at the command's time and keeps the new state. */
export function dispatch<A extends SimAction['type']>(
  s: Session,
  action: Omit<Extract<SimAction, { type: A }>, 'at'> & { type: A },
): ResultOf[A] {
  const r = step(s.state, { ...action, at: s.at } as Extract<SimAction, { type: A }>);
  s.state = r.state;
  return r.result as ResultOf[A];
}

/** The shell program of a context: bash, busybox ash, Debian's dash, or none (exec'd directly). */
export type ShellKind = 'bash' | 'ash' | 'dash';

export function shellKind(s: Session): ShellKind {
  const h = s.ctx.host;
  if (!isPodHost(h) || s.ctx.shell === 'bash') return 'bash';
  return podProfile(s)?.sh ?? 'ash';
}

/** Name the shell reports itself as in its error messages (`bash:` / `sh:`). */
export const shellName = (k: ShellKind): string => (k === 'bash' ? 'bash' : 'sh');

export function podOf(s: Session) {
  const h = s.ctx.host;
  return isPodHost(h) ? s.state.pods[`${h.namespace}/${h.pod}`] : undefined;
}

/** Image profile of the container a pod context runs in. */
export function podProfile(s: Session): ImageProfile | undefined {
  const h = s.ctx.host;
  if (!isPodHost(h)) return undefined;
  const pod = podOf(s);
  const c = pod?.spec.containers.find((x) => x.name === h.container) ?? pod?.spec.containers[0];
  return profileFor(c?.image ?? '');
}

export function homeDir(ctx: ShellContext): string {
  if (ctx.host === 'workstation') return '/home/learner';
  if (isNodeHost(ctx.host)) return '/root';
  return '/root';
}

export function cwdOf(s: Session): string {
  if (s.ctx.cwd) return s.ctx.cwd;
  if (isPodHost(s.ctx.host)) return podProfile(s)?.workdir ?? '/';
  return homeDir(s.ctx);
}

/** Host name as `hostname` prints it. */
export function hostName(s: Session): string {
  const h = s.ctx.host;
  if (h === 'workstation') return s.state.config.client.name;
  if (isNodeHost(h)) return h.node;
  const pod = podOf(s);
  return pod?.spec.hostname ?? h.pod;
}

/** bash's `\w`: the working directory with the home directory shown as `~`. */
function tildeDir(dir: string, home: string): string {
  if (dir === home) return '~';
  return dir.startsWith(`${home}/`) ? `~${dir.slice(home.length)}` : dir;
}

/**
 * The prompt a context shows. Workstation: `$ `. Nodes (Ubuntu, root): `root@node1:~# `.
 * Pods: bash without a bashrc prints its default `\s-\v\$ ` (`bash-5.2# `, as in the article's
 * netshoot transcript); Debian-based images source /etc/bash.bashrc (`root@web-xyz:/# `);
 * busybox ash prints `\w \$ ` (`~ # ` in netshoot's /root, `/ # ` elsewhere); dash prints `# `.
 */
export function promptOf(s: Session): string {
  const h = s.ctx.host;
  if (h === 'workstation') return '$ ';
  const cwd = cwdOf(s);
  if (isNodeHost(h)) return `root@${h.node}:${tildeDir(cwd, '/root')}# `;
  const profile = podProfile(s);
  const kind = shellKind(s);
  if (kind === 'bash') {
    if (profile?.bashPrompt === 'debian') return `root@${hostName(s)}:${tildeDir(cwd, '/root')}# `;
    return `bash-${profile?.bashVersion ?? '5.2'}# `;
  }
  if (kind === 'dash') return '# ';
  return `${tildeDir(cwd, '/root')} # `;
}

export function newSession(
  state: SimState,
  at: number,
  ctx: ShellContext,
  files: Record<string, string>,
  history: readonly string[],
): Session {
  return {
    state,
    at,
    ctx,
    files: { ...files },
    filesChanged: false,
    traces: [],
    clear: false,
    status: 0,
    history,
    depth: 0,
    stdoutTty: true,
    subshell: 0,
  };
}
