/**
 * The terminal's command engine lives in its own chunk (`src/sim/tools.ts`, ADR 5). It is fetched
 * the first time the terminal is used (focus, a key, a command) or once the page is idle, so it never
 * competes with the canvas and the editor for the first load. A command entered before it arrives
 * waits for it (a few tens of milliseconds).
 */
import type { SimState } from '../sim/core.ts';
import type * as ToolsModule from '../sim/tools.ts';
import type { CommandOutput, RunOptions, ShellContext } from '../sim/tools.ts';

export type { CommandOutput, ShellContext };

type Tools = typeof ToolsModule;
let tools: Tools | undefined;
let loading: Promise<Tools> | undefined;

/** Starts loading the command engine (once) and resolves when it is there. */
export function loadTools(): Promise<Tools> {
  loading ??= import('../sim/tools.ts').then((m) => (tools = m));
  return loading;
}

export const toolsLoaded = (): boolean => tools !== undefined;

/** The engine, when loaded. */
export const loadedTools = (): Tools | undefined => tools;

export function runCommand(
  state: SimState,
  line: string,
  opts: RunOptions,
): CommandOutput | undefined {
  return tools?.runCommand(state, line, opts);
}

export function completions(
  state: SimState,
  line: string,
  cursor: number,
  context?: ShellContext,
): string[] {
  return tools ? tools.completions(state, line, cursor, context) : [];
}
