/** The terminal's command engine, from the simulator's public API (one import for the store). */
export { completions, runCommand } from '../sim/index.ts';
export type { CommandOutput, ShellContext } from '../sim/index.ts';
