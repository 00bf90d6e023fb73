/**
 * The simulation core's public API (see README "Simulator API"). Other layers import the simulator
 * through this file, or — the UI, for load time — through its two halves: `core.ts` (everything but
 * the command line) and `tools.ts` (the command line).
 */
export * from './core.ts';
export { createCluster } from './cluster.ts';
export type { ActionInput, Cluster } from './cluster.ts';
export * from './tools.ts';
