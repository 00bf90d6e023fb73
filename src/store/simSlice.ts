import { step, type SimAction } from '../sim/core.ts';
import type { SliceCreator } from './env.ts';
import { INITIAL_PLAYBACK } from './traceSlice.ts';
import type { SimSlice } from './types.ts';

export const createSimSlice: SliceCreator<SimSlice> = (set, get, env) => ({
  sim: env.firstSim(),
  dispatch: (action) => {
    const r = step(get().sim, { ...action, at: action.at ?? env.now() } as SimAction);
    set({ sim: r.state });
    return r.result as never;
  },
  resetCluster: () =>
    set((s) => ({
      // The default cluster, not the one restored from storage at start-up.
      sim: env.defaultSim(),
      // Old traces name pods and rules that no longer exist; a pod shell would be gone too.
      traces: [],
      playback: { ...INITIAL_PLAYBACK, speed: s.playback.speed },
      context: { host: 'workstation' },
      prompt: '$ ',
    })),
});
