/** The playground terminal's public types and the per-command plumbing shared by every tool. */

import type { SimState } from '../model/state.ts';
import type { Trace } from '../model/trace.ts';

/** Where the learner's shell runs. */
export type ShellHost =
  'workstation' | { node: string } | { pod: string; namespace: string; container?: string };

export interface ShellContext {
  host: ShellHost;
  /** Working directory (default: the host's home or image workdir). */
  cwd?: string;
  /** Shell program of an interactive pod session (`bash` or `sh`); decides the prompt. */
  shell?: 'bash' | 'sh';
  /** The context `exit` returns to (ssh from a node, exec from a node's shell). */
  parent?: ShellContext;
  /** `kubectl run --rm -it`: the pod is deleted when this shell exits. */
  rmOnExit?: { pod: string; namespace: string };
}

export interface CommandOutput {
  state: SimState;
  stdout: string;
  stderr: string;
  exitCode: number;
  traces: Trace[];
  context: ShellContext;
  prompt: string;
  clear?: boolean;
  /** Workstation files written by `>`/`>>` redirections (the editor's files after the command). */
  files?: Record<string, string>;
}

export interface RunOptions {
  /** Wall-clock time of the command (ms since epoch): AGE columns, timestamps, reducer actions. */
  at: number;
  /** Text piped into the command line (as if `... | line`). */
  stdin?: string;
  context?: ShellContext;
  /** Editor files, readable as `kubectl apply -f NAME`, `cat NAME`, `< NAME` on the workstation. */
  files?: Record<string, string>;
  /** Earlier command lines, oldest first (for `history`). */
  history?: readonly string[];
}

/** What one program run returns. */
export interface ProcResult {
  stdout: string;
  stderr: string;
  code: number;
}

export const ok = (stdout = '', stderr = ''): ProcResult => ({ stdout, stderr, code: 0 });
export const fail = (stderr: string, code = 1, stdout = ''): ProcResult => ({
  stdout,
  stderr,
  code,
});

/** `from` of a `request/sent` action for a host. */
export function sourceOf(host: ShellHost): string {
  if (host === 'workstation') return 'client';
  if ('node' in host) return `node/${host.node}`;
  return `pod/${host.pod}`;
}

export const isPodHost = (
  h: ShellHost,
): h is { pod: string; namespace: string; container?: string } =>
  typeof h === 'object' && 'pod' in h;

export const isNodeHost = (h: ShellHost): h is { node: string } =>
  typeof h === 'object' && 'node' in h;

/** `rec[key]` for user-typed keys (never an Object.prototype member such as `constructor`). */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}
