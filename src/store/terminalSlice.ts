import type { GetState, SetState, SliceCreator, StoreEnv } from './env.ts';
import { filesRecord, mergeWritten } from './files.ts';
import { loadTools, runCommand, toolsLoaded } from './shell.ts';
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

/** Echoes a command line with its prompt (what the learner sees at once). */
function echo(set: SetState, get: GetState, env: StoreEnv, line: string, on?: ShellContext): void {
  const s = get();
  set({
    lines: appendLines(s.lines, [['prompt', (on ? '$ ' : s.prompt) + line]], () =>
      env.nextId('line'),
    ),
  });
}

/** Runs an echoed line and appends its output; returns the exit code. */
function execute(
  set: SetState,
  get: GetState,
  env: StoreEnv,
  line: string,
  on?: ShellContext,
): number {
  const s = get();
  const at = env.now();
  if (line.trim() === '') return 0;
  const out = runCommand(s.sim, line, {
    at,
    context: on ?? s.context,
    files: filesRecord(s.files),
    history: s.history,
  });
  if (!out) return 1;
  const lines = appendLines(
    out.clear ? [] : s.lines,
    [
      ['stdout', out.stdout],
      ['stderr', out.stderr],
    ],
    () => env.nextId('line'),
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

/**
 * Runs a line as typed. With `on`, it runs in that context instead of the shell's (echoed with that
 * context's prompt) and the shell stays where it was: the editor's Apply always runs on the
 * learner's workstation, even while the terminal is inside a pod.
 *
 * Until the command engine has arrived (see shell.ts) lines are echoed at once and run in order as
 * soon as it is there; the exit code is then `undefined`.
 */
export const createTerminalSlice: SliceCreator<TerminalSlice> = (set, get, env) => {
  let queue: Promise<void> | undefined;
  const runLine = (line: string, on?: ShellContext): number | undefined => {
    echo(set, get, env, line, on);
    if (!queue && toolsLoaded()) return execute(set, get, env, line, on);
    const prev = queue ?? Promise.resolve();
    const mine: Promise<void> = prev
      .then(() => loadTools())
      .then(() => {
        execute(set, get, env, line, on);
      })
      .finally(() => {
        if (queue === mine) queue = undefined;
      });
    queue = mine;
    return undefined;
  };
  return {
    lines: [],
    history: [],
    context: { host: 'workstation' },
    prompt: '$ ',
    run: (line) => runLine(line),
    runOnWorkstation: (line) => runLine(line, WORKSTATION),
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
  };
};
