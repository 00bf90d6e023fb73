/**
 * kubectl's command tree as cobra walks it: global flags anywhere, subcommands found by skipping
 * flags (and their values), pflag errors with kubectl's usage hint, unknown commands with cobra's
 * "Did you mean this?" suggestions (Levenshtein distance ≤ 2 or prefix, case-insensitive).
 */

import type { Session } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { isNodeHost } from '../../shell/types.ts';
import { APPLY } from './apply.ts';
import { CREATE } from './create.ts';
import { DELETE } from './delete.ts';
import { DESCRIBE } from './describe.ts';
import { EXEC, RUN } from './exec.ts';
import { EXPOSE } from './expose.ts';
import { Flags, GLOBAL_FLAGS, parseFlags, type FlagDef } from './flags.ts';
import { GET } from './get.ts';
import { ROOT_HELP, commandHelp } from './help.ts';
import { LABEL } from './label.ts';
import { PATCH } from './patch.ts';
import { API_RESOURCES, CLUSTER_INFO, CONFIG, VERSION } from './misc.ts';
import { flagError, kerr, type CommandDef, type Kctx } from './types.ts';
import { ROLLOUT, SCALE } from './workloads.ts';

const IMPLEMENTED: CommandDef[] = [
  GET,
  DESCRIBE,
  APPLY,
  CREATE,
  DELETE,
  EXPOSE,
  SCALE,
  LABEL,
  PATCH,
  RUN,
  ROLLOUT,
  EXEC,
  VERSION,
  CLUSTER_INFO,
  API_RESOURCES,
  CONFIG,
];

/** Every command of kubectl v1.33 (what cobra can suggest). */
export const KUBECTL_COMMANDS = [
  'annotate',
  'api-resources',
  'api-versions',
  'apply',
  'attach',
  'auth',
  'autoscale',
  'certificate',
  'cluster-info',
  'completion',
  'config',
  'cordon',
  'cp',
  'create',
  'debug',
  'delete',
  'describe',
  'diff',
  'drain',
  'edit',
  'events',
  'exec',
  'explain',
  'expose',
  'get',
  'kustomize',
  'label',
  'logs',
  'options',
  'patch',
  'plugin',
  'port-forward',
  'proxy',
  'replace',
  'rollout',
  'run',
  'scale',
  'set',
  'taint',
  'top',
  'uncordon',
  'version',
  'wait',
];

export const ROOT: CommandDef = { name: 'kubectl', flags: [], sub: IMPLEMENTED };

function levenshtein(a: string, b: string): number {
  const d: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] as number;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] as number;
      d[j] = Math.min(
        (d[j] as number) + 1,
        (d[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return d[b.length] as number;
}

/** cobra SuggestionsFor (minimum distance 2). */
export function suggestionsFor(typed: string, names: readonly string[]): string[] {
  const t = typed.toLowerCase();
  return names.filter((n) => levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t));
}

function unknownCommand(name: string): ProcResult {
  const s = suggestionsFor(name, KUBECTL_COMMANDS);
  const hint = s.length > 0 ? `\n\nDid you mean this?\n${s.map((x) => `\t${x}\n`).join('')}` : '\n';
  return { stdout: '', stderr: `error: unknown command "${name}" for "kubectl"${hint}`, code: 1 };
}

/** Index of the first positional argument, skipping flags and the values of non-boolean flags. */
function firstPositional(args: readonly string[], defs: readonly FlagDef[]): number {
  const needsValue = (a: string): boolean => {
    if (a.includes('=')) return false;
    const d = a.startsWith('--')
      ? defs.find((x) => x.name === a.slice(2))
      : a.length === 2
        ? defs.find((x) => x.short === a[1])
        : undefined;
    return d !== undefined && d.type !== 'bool' && d.noOptDefVal === undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') return -1;
    if (a.startsWith('-') && a.length > 1) {
      if (needsValue(a)) i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** Runs `kubectl ARGS…` in the session (workstation; nodes have kubectl without a kubeconfig). */
export function kubectl(s: Session, argv: string[], stdin: string): ProcResult {
  if (isNodeHost(s.ctx.host)) {
    return {
      stdout: '',
      stderr:
        'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n',
      code: 1,
    };
  }
  let cmd = ROOT;
  let path = 'kubectl';
  let args = argv.slice(1);
  for (;;) {
    const subs = cmd.sub;
    if (!subs) break;
    const i = firstPositional(args, [...GLOBAL_FLAGS, ...cmd.flags]);
    if (i < 0) break;
    const word = args[i] as string;
    const sub = subs.find((c) => c.name === word || c.aliases?.includes(word));
    if (!sub) {
      if (cmd === ROOT) {
        if (KUBECTL_COMMANDS.includes(word)) {
          return kerr(`error: "kubectl ${word}" is not simulated in this playground; try "help"`);
        }
        return unknownCommand(word);
      }
      if (!cmd.run)
        return kerr(`error: unknown command "${word}"\nSee '${path} -h' for help and examples`);
      break;
    }
    args = [...args.slice(0, i), ...args.slice(i + 1)];
    cmd = sub;
    path += ` ${sub.name}`;
  }
  const parsed = parseFlags(args, [...GLOBAL_FLAGS, ...cmd.flags]);
  if (typeof parsed === 'string') return flagError(path, parsed);
  const flags = new Flags(parsed);
  if (flags.bool('help')) return { stdout: commandHelp(path, cmd), stderr: '', code: 0 };
  if (cmd === ROOT) return { stdout: ROOT_HELP, stderr: '', code: 0 };
  if (!cmd.run) return { stdout: '', stderr: commandHelp(path, cmd), code: 1 };
  const ns = flags.str('namespace');
  const k: Kctx = {
    s,
    stdin,
    path,
    flags,
    namespace: ns || 'default',
    nsExplicit: flags.has('namespace'),
  };
  if (flags.has('namespace') && ns === '') {
    return kerr('error: a namespace must be specified, use --namespace or -n');
  }
  return cmd.run(k);
}

export { IMPLEMENTED };
