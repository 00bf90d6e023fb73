/** What every kubectl command gets and returns. */

import type { Session } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import type { FlagDef, Flags } from './flags.ts';

export interface Kctx {
  s: Session;
  stdin: string;
  /** `kubectl get`, `kubectl create service clusterip`, … (for usage hints). */
  path: string;
  flags: Flags;
  /** `-n`, else the kubeconfig context's namespace (`default`). */
  namespace: string;
  nsExplicit: boolean;
}

export interface CommandDef {
  name: string;
  aliases?: string[];
  flags: FlagDef[];
  /** Absent: a group command (`kubectl rollout`) that only dispatches to subcommands. */
  run?: (k: Kctx) => ProcResult;
  sub?: CommandDef[];
}

export const out = (stdout: string, stderr = ''): ProcResult => ({ stdout, stderr, code: 0 });

/** kubectl's CheckErr: `error: ` prefix unless the message already is an API/kubectl error. */
export function kerr(message: string, stdout = ''): ProcResult {
  const m = message.endsWith('\n') ? message : `${message}\n`;
  const text =
    m.startsWith('error: ') || m.startsWith('Error from server') || m.startsWith('The ')
      ? m
      : `error: ${m}`;
  return { stdout, stderr: text, code: 1 };
}

/** cmdutil.UsageErrorf: the message plus `See 'kubectl … -h' for help and examples`. */
export function usageError(k: Pick<Kctx, 'path'>, message: string): ProcResult {
  return kerr(`${message}\nSee '${k.path} -h' for help and examples`);
}

/** The flag error kubectl prints for pflag failures. */
export function flagError(path: string, message: string): ProcResult {
  return { stdout: '', stderr: `error: ${message}\nSee '${path} --help' for usage.\n`, code: 1 };
}
