/**
 * Tab completion for the word under the cursor: program names in command position; kubectl
 * subcommands, resource types, object names, namespaces and flags; node names after ssh.
 */

import type { SimState } from '../model/state.ts';
import { IMPLEMENTED, KUBECTL_COMMANDS } from '../kubectl/commands/index.ts';
import { GLOBAL_FLAGS, type FlagDef } from '../kubectl/commands/flags.ts';
import { list, metaOf } from '../kubectl/commands/objects.ts';
import { parseTargets } from '../kubectl/commands/targets.ts';
import type { CommandDef } from '../kubectl/commands/types.ts';
import { available, PROGRAMS } from './programs.ts';
import { newSession } from './session.ts';
import type { ShellContext } from './types.ts';

const BUILTIN_NAMES = ['cd', 'clear', 'echo', 'exit', 'help', 'history', 'pwd'];

const RESOURCE_WORDS = [
  'all',
  'deployments',
  'endpoints',
  'endpointslices',
  'namespaces',
  'nodes',
  'pods',
  'replicasets',
  'services',
  'deploy',
  'ep',
  'ns',
  'no',
  'po',
  'rs',
  'svc',
];

/** Splits the text before the cursor into words (quotes respected, roughly). */
function words(text: string): { done: string[]; current: string } {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let started = false;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      started = true;
    } else if (c === ' ' || c === '\t') {
      if (started || cur) out.push(cur);
      cur = '';
      started = false;
    } else if (c === '|' || c === ';' || c === '&') {
      if (cur) out.push(cur);
      out.length = 0;
      cur = '';
      started = false;
    } else {
      cur += c;
      started = true;
    }
  }
  return { done: out, current: cur };
}

function kubectlCompletions(
  state: SimState,
  args: string[],
  current: string,
  ctx: ShellContext,
): string[] {
  const session = newSession(state, state.now, ctx, {}, []);
  let cmd: CommandDef | undefined;
  const positional: string[] = [];
  let namespace = 'default';
  let prevFlag: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (prevFlag === 'n' || prevFlag === 'namespace') namespace = a;
    if (a.startsWith('-')) {
      prevFlag = a.replace(/^-+/, '').split('=')[0];
      if (a.includes('=')) prevFlag = undefined;
      continue;
    }
    const wasValue = prevFlag !== undefined && !isBool(cmd, prevFlag);
    prevFlag = undefined;
    if (wasValue) continue;
    const subs: CommandDef[] = cmd ? (cmd.sub ?? []) : IMPLEMENTED;
    const sub = subs.find((c) => c.name === a || c.aliases?.includes(a));
    if (sub && positional.length === 0) cmd = sub;
    else positional.push(a);
  }
  const last = args[args.length - 1];
  if (last === '-n' || last === '--namespace') return Object.keys(state.namespaces).sort();
  if (current.startsWith('-')) {
    const defs = [...GLOBAL_FLAGS, ...(cmd?.flags ?? [])];
    return defs.map((d) => `--${d.name}`);
  }
  if (!cmd) return KUBECTL_COMMANDS;
  if (cmd.sub && positional.length === 0) return cmd.sub.map((c) => c.name);
  const name = cmd.name;
  if (name === 'exec') {
    return positional.length === 0
      ? list(session.state, 'pods', namespace).map((o) => metaOf(o).name)
      : [];
  }
  if (
    ![
      'get',
      'describe',
      'delete',
      'label',
      'scale',
      'expose',
      'restart',
      'status',
      'edit',
    ].includes(name)
  )
    return [];
  if (positional.length === 0) return RESOURCE_WORDS;
  const parsed = parseTargets([positional[0] as string]);
  if (!parsed.ok || parsed.types.length !== 1) return [];
  const r = parsed.types[0];
  if (r === undefined) return [];
  return list(session.state, r, namespace).map((o) => metaOf(o).name);
}

function isBool(cmd: CommandDef | undefined, name: string): boolean {
  const defs: FlagDef[] = [...GLOBAL_FLAGS, ...(cmd?.flags ?? [])];
  const d = defs.find((x) => x.name === name || x.short === name);
  return d === undefined || d.type === 'bool';
}

/** Candidate words for the word at `cursor` (whole words, sorted, de-duplicated). */
export function completions(
  state: SimState,
  line: string,
  cursor: number,
  context: ShellContext = { host: 'workstation' },
): string[] {
  try {
    const { done, current } = words(line.slice(0, Math.max(0, Math.min(cursor, line.length))));
    let candidates: string[];
    if (done.length === 0) {
      const s = newSession(state, state.now, context, {}, []);
      candidates = [...BUILTIN_NAMES, ...Object.keys(PROGRAMS).filter((p) => available(s, p))];
    } else if (done[0] === 'kubectl') {
      candidates = kubectlCompletions(state, done.slice(1), current, context);
    } else if (done[0] === 'ssh') {
      candidates = state.config.nodes.map((n) => n.name);
    } else candidates = [];
    return [...new Set(candidates.filter((c) => c.startsWith(current)))].sort();
  } catch {
    return [];
  }
}
