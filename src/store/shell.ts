/**
 * The terminal's command engine. It lives in a separate chunk (`src/sim/tools.ts`) fetched as soon
 * as the store loads, in parallel with first paint; until it arrives a command answers that the
 * terminal is still starting (this lasts a fraction of a second).
 */
import type { SimState } from '../sim/core.ts';
import type * as ToolsModule from '../sim/tools.ts';
import type { CommandOutput, RunOptions, ShellContext } from '../sim/tools.ts';

export type { CommandOutput, ShellContext };

type Tools = typeof ToolsModule;
let tools: Tools | undefined;

/** Resolves when the command engine is loaded. */
export const toolsReady: Promise<Tools> = import('../sim/tools.ts').then((m) => (tools = m));

export const toolsLoaded = (): boolean => tools !== undefined;

export function runCommand(state: SimState, line: string, opts: RunOptions): CommandOutput {
  if (tools) return tools.runCommand(state, line, opts);
  const context = opts.context ?? { host: 'workstation' };
  return {
    state,
    stdout: '',
    stderr: 'The terminal is still starting; try again in a moment.\n',
    exitCode: 1,
    traces: [],
    context,
    prompt: '$ ',
  };
}

export function completions(
  state: SimState,
  line: string,
  cursor: number,
  context?: ShellContext,
): string[] {
  return tools ? tools.completions(state, line, cursor, context) : [];
}
