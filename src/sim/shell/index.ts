/**
 * The playground terminal: `runCommand(state, line, opts)` runs one command line as typed in the
 * given context and returns the new state and what the terminal shows. Pure (state in, state out),
 * never throws.
 */

import type { SimState } from '../model/state.ts';
import { runLine } from './exec.ts';
import { newSession, promptOf, shellKind, shellName, type Session } from './session.ts';
import type { CommandOutput, ProcResult, RunOptions, ShellContext } from './types.ts';
import { isNodeHost, isPodHost } from './types.ts';

export { completions } from './completions.ts';
export type { CommandOutput, RunOptions, ShellContext, ShellHost } from './types.ts';

/** A context whose host is gone (pod deleted, node removed) falls back to where it came from. */
function liveContext(s: Session, ctx: ShellContext): ShellContext {
  const h = ctx.host;
  if (isPodHost(h) && !s.state.pods[`${h.namespace}/${h.pod}`]) {
    return ctx.parent ? liveContext(s, ctx.parent) : { host: 'workstation' };
  }
  if (isNodeHost(h) && !s.state.nodes[h.node]) {
    return ctx.parent ? liveContext(s, ctx.parent) : { host: 'workstation' };
  }
  return ctx;
}

/** The prompt shown for a context before any command runs. */
export function promptFor(
  state: SimState,
  context: ShellContext = { host: 'workstation' },
): string {
  return promptOf(newSession(state, state.now, context, {}, []));
}

/** Runs one command line. */
export function runCommand(state: SimState, line: string, opts: RunOptions): CommandOutput {
  const start: ShellContext = opts.context ?? { host: 'workstation' };
  const s = newSession(state, opts.at, start, opts.files ?? {}, [
    ...(opts.history ?? []),
    String(line),
  ]);
  let r: ProcResult;
  try {
    r = runLine(s, String(line), opts.stdin ?? '');
  } catch (e) {
    const name = shellName(shellKind(s));
    const msg = e instanceof Error ? e.message : String(e);
    r = { stdout: '', stderr: `${name}: internal error: ${msg}\n`, code: 1 };
  }
  let context = s.ctx;
  let stderr = r.stderr;
  const alive = liveContext(s, context);
  if (alive !== context) {
    if (isPodHost(context.host)) stderr += 'command terminated with exit code 137\n';
    context = alive;
  }
  s.ctx = context;
  return {
    state: s.state,
    stdout: r.stdout,
    stderr,
    exitCode: r.code,
    traces: s.traces,
    context,
    prompt: promptOf(s),
    ...(s.clear ? { clear: true } : {}),
    ...(s.filesChanged ? { files: s.files } : {}),
  };
}
