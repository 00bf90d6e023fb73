import { step, type SendRequest, type Trace } from '../sim/core.ts';
import type { SliceCreator, StoreEnv } from './env.ts';
import type { AppState, Playback, TraceRecord, TraceSlice, TraceSource } from './types.ts';

/** How many traces the history keeps (oldest dropped first). */
export const MAX_TRACES = 50;
/** Most requests one "Send N" may send. */
export const MAX_BATCH = 100;
/** Time one hop takes at speed 1. */
export const HOP_MS = 700;
export const SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

export const hopDurationMs = (speed: number): number => HOP_MS / (speed > 0 ? speed : 1);

export const INITIAL_PLAYBACK: Playback = {
  traceId: null,
  hop: 0,
  playing: false,
  speed: 1,
  batch: null,
};

export const defaultLabel = (req: SendRequest): string => `${req.from} → ${req.to}`;

/** The record shown by the playback, if it is still in the history. */
export function currentRecord(s: Pick<AppState, 'traces' | 'playback'>): TraceRecord | undefined {
  const id = s.playback.traceId;
  return id === null ? undefined : s.traces.find((t) => t.id === id);
}

/** Appends traces as records (one batch when several) and points the playback at the last one. */
export function withTraces(
  s: Pick<AppState, 'traces' | 'playback'>,
  traces: readonly Trace[],
  label: string,
  source: TraceSource,
  env: Pick<StoreEnv, 'nextId'>,
  at: number,
): Pick<AppState, 'traces' | 'playback'> {
  if (traces.length === 0) return { traces: s.traces, playback: s.playback };
  const records: TraceRecord[] = [];
  for (const trace of traces) {
    const id = env.nextId('trace');
    const batch = traces.length > 1 ? (records[0]?.id ?? id) : undefined;
    records.push({ id, trace, label, source, at, ...(batch !== undefined ? { batch } : {}) });
  }
  const last = records[records.length - 1] as TraceRecord;
  return {
    traces: [...s.traces, ...records].slice(-MAX_TRACES),
    playback: {
      ...s.playback,
      traceId: last.id,
      hop: 0,
      playing: last.trace.hops.length > 1,
      batch: last.batch ?? null,
    },
  };
}

const hopCount = (s: AppState): number => currentRecord(s)?.trace.hops.length ?? 0;
const clampHop = (s: AppState, hop: number): number => Math.max(0, Math.min(hop, hopCount(s) - 1));

export const createTraceSlice: SliceCreator<TraceSlice> = (set, get, env) => {
  const send = (req: SendRequest, n: number, label: string, source: TraceSource): Trace[] => {
    const at = env.now();
    let sim = get().sim;
    const traces: Trace[] = [];
    for (let i = 0; i < n; i++) {
      const r = step(sim, { type: 'request/sent', request: req, at });
      sim = r.state;
      traces.push(r.result);
    }
    set((s) => ({ sim, ...withTraces(s, traces, label, source, env, at) }));
    return traces;
  };
  const setPlayback = (patch: Partial<Playback>) =>
    set((s) => ({ playback: { ...s.playback, ...patch } }));

  return {
    traces: [],
    playback: INITIAL_PLAYBACK,
    sendRequest: (req, label = defaultLabel(req), source = 'canvas') =>
      send(req, 1, label, source)[0] as Trace,
    sendMany: (req, n, label = defaultLabel(req), source = 'canvas') =>
      send(req, Math.max(1, Math.min(MAX_BATCH, Math.trunc(n) || 1)), label, source),
    addTraces: (traces, label, source) =>
      set((s) => withTraces(s, traces, label, source, env, env.now())),
    selectTrace: (id) => {
      const rec = get().traces.find((t) => t.id === id);
      if (!rec) return;
      setPlayback({
        traceId: id,
        hop: 0,
        playing: rec.trace.hops.length > 1,
        batch: rec.batch ?? null,
      });
    },
    selectHop: (hop) => {
      if (get().playback.traceId === null) return;
      setPlayback({ hop: clampHop(get(), hop), playing: false });
    },
    play: () => {
      const s = get();
      const n = hopCount(s);
      if (n === 0) return;
      // Playing from the last hop starts over, as a media player does.
      setPlayback({ playing: n > 1, hop: s.playback.hop >= n - 1 ? 0 : s.playback.hop });
    },
    pause: () => setPlayback({ playing: false }),
    stepForward: () =>
      setPlayback({ hop: clampHop(get(), get().playback.hop + 1), playing: false }),
    stepBack: () => setPlayback({ hop: clampHop(get(), get().playback.hop - 1), playing: false }),
    setSpeed: (speed) => {
      if (Number.isFinite(speed) && speed > 0) setPlayback({ speed: Math.min(speed, 64) });
    },
    tick: () => {
      const s = get();
      if (!s.playback.playing) return;
      const next = clampHop(s, s.playback.hop + 1);
      setPlayback({ hop: next, playing: next < hopCount(s) - 1 });
    },
    clearTraces: () =>
      set({
        traces: [],
        playback: { ...get().playback, ...INITIAL_PLAYBACK, speed: get().playback.speed },
      }),
  };
};
