/** Typed selectors and small hooks over the app store (select small; see CONTEXT.md). */
import { useShallow } from 'zustand/react/shallow';
import type { Hop } from '../sim/core.ts';
import { useAppStore } from './appStore.ts';
import { currentRecord } from './traceSlice.ts';
import type { AppState, TraceRecord } from './types.ts';

export const selectCurrentTrace = (s: AppState): TraceRecord | undefined => currentRecord(s);

export const selectCurrentHop = (s: AppState): Hop | undefined =>
  currentRecord(s)?.trace.hops[s.playback.hop];

/** The traces of the current batch ("Send 10"), oldest first; just the current trace otherwise. */
export const selectCurrentBatch = (s: AppState): TraceRecord[] => {
  const b = s.playback.batch;
  if (b === null) {
    const rec = currentRecord(s);
    return rec ? [rec] : [];
  }
  return s.traces.filter((t) => t.batch === b);
};

export const useCurrentTrace = (): TraceRecord | undefined => useAppStore(selectCurrentTrace);
export const useCurrentHop = (): Hop | undefined => useAppStore(selectCurrentHop);
export const useCurrentBatch = (): TraceRecord[] => useAppStore(useShallow(selectCurrentBatch));

/** True for the one hop shown now (a per-row/per-edge boolean, so only two rows re-render). */
export const useIsHopActive = (traceId: number, hop: number): boolean =>
  useAppStore((s) => s.playback.traceId === traceId && s.playback.hop === hop);

/** The playback controls' state without re-rendering on unrelated changes. */
export const usePlayback = () => useAppStore(useShallow((s: AppState) => s.playback));
