/**
 * The simulator's command line (kubectl, curl, dig, ssh …), a second public entry point so the UI
 * can load it after first paint: the core in `index.ts` is what the canvas needs to start.
 */
export { completions, promptFor, runCommand } from './shell/index.ts';
export type { CommandOutput, RunOptions, ShellContext } from './shell/index.ts';
