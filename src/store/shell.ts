/**
 * The terminal's command engine (`src/sim/shell`). Every other store file imports it from here, so
 * the one import below is the only place that changes when `src/sim/index.ts` re-exports it.
 */
// TODO(lead): re-export runCommand, completions and their types from src/sim/index.ts, then import
// them from '../sim/index.ts' here and drop the eslint exception.
// eslint-disable-next-line no-restricted-imports
export { completions, runCommand } from '../sim/shell/index.ts';
// eslint-disable-next-line no-restricted-imports
export type { CommandOutput, ShellContext, ShellHost } from '../sim/shell/index.ts';
