import type { GetState, SetState, SliceCreator, StoreEnv } from './env.ts';
import { filesRecord, mergeWritten } from './files.ts';
import { runCommand, toolsLoaded } from './shell.ts';
import { withTraces } from './traceSlice.ts';
import type { ShellContext, TerminalLine, TerminalLineKind, TerminalSlice } from './types.ts';

/** Transcript entries kept in memory (each entry is one prompt line or one output block). */
export const MAX_LINES = 1000;
export const MAX_HISTORY = 500;

/** Appends entries, dropping empty output and the oldest entries past MAX_LINES. */
export function appendLines(
  lines: readonly TerminalLine[],
  items: readonly [TerminalLineKind, string][],
  nextId: () => number,
): TerminalLine[] {
  const add: TerminalLine[] = [];
  for (const [kind, raw] of items) {
    // Output blocks end in a newline; the block itself is the line break.
    const text = kind === 'prompt' ? raw : raw.replace(/\n$/, '');
    if (kind !== 'prompt' && raw === '') continue;
    add.push({ id: nextId(), kind, text });
  }
  if (add.length === 0) return lines as TerminalLine[];
  return [...lines, ...add].slice(-MAX_LINES);
}

/** History after typing `line`: blank lines and immediate repeats are not recorded (bash's ignoreboth). */
export function pushHistory(history: readonly string[], line: string): string[] {
  if (line.trim() === '' || /^\s/.test(line) || history[history.length - 1] === line)
    return history as string[];
  return [...history, line].slice(-MAX_HISTORY);
}

const WORKSTATION: ShellContext = { host: 'workstation' };

/**
 * Runs a line as typed. With `on`, it runs in that context instead of the shell's (echoed with that
 * context's prompt) and the shell stays where it was: the editor's Apply always runs on the
 * learner's workstation, even while the terminal is inside a pod.
 */
function runLine(
  set: SetState,
  get: GetState,
  env: StoreEnv,
  line: string,
  on?: ShellContext,
): number {
  const s = get();
  const at = env.now();
  const next = () => env.nextId('line');
  const prompt = on ? '$ ' : s.prompt;
  const echoed = appendLines(s.lines, [['prompt', prompt + line]], next);
  if (line.trim() === '') {
    set({ lines: echoed });
    return 0;
  }
  const out = runCommand(s.sim, line, {
    at,
    context: on ?? s.context,
    files: filesRecord(s.files),
    history: s.history,
  });
  const lines = appendLines(
    out.clear ? [] : echoed,
    [
      ['stdout', out.stdout],
      ['stderr', out.stderr],
    ],
    next,
  );
  set((cur) => ({
    sim: out.state,
    lines,
    history: pushHistory(cur.history, line),
    ...(on ? {} : { context: out.context, prompt: out.prompt }),
    ...(out.files ? { files: mergeWritten(cur.files, out.files) } : {}),
    ...withTraces(cur, out.traces, line.trim(), 'terminal', env, at),
  }));
  return out.exitCode;
}

export const createTerminalSlice: SliceCreator<TerminalSlice> = (set, get, env) => ({
  lines: [],
  history: [],
  context: { host: 'workstation' },
  prompt: '$ ',
  terminalReady: toolsLoaded(),
  run: (line) => runLine(set, get, env, line),
  runOnWorkstation: (line) => runLine(set, get, env, line, WORKSTATION),
  cancelLine: (line) =>
    set((s) => ({
      lines: appendLines(s.lines, [['prompt', `${s.prompt}${line}^C`]], () => env.nextId('line')),
    })),
  printCompletions: (line, listing) =>
    set((s) => ({
      lines: appendLines(
        s.lines,
        [
          ['prompt', s.prompt + line],
          ['stdout', listing],
        ],
        () => env.nextId('line'),
      ),
    })),
  clearTerminal: () => set({ lines: [] }),
});
