import { createStore, type StoreApi } from 'zustand/vanilla';
import { initialState } from '../sim/core.ts';
import type { StoreEnv } from './env.ts';
import { createFilesSlice } from './filesSlice.ts';
import { createLessonsSlice } from './lessonsSlice.ts';
import type { Restored } from './persistence.ts';
import { createPrefsSlice } from './prefsSlice.ts';
import { createSimSlice } from './simSlice.ts';
import { createTerminalSlice } from './terminalSlice.ts';
import { createTraceSlice, currentRecord, hopDurationMs } from './traceSlice.ts';
import type { AppState, Language, Theme } from './types.ts';

export interface AppStoreOptions {
  /** Wall clock; defaults to Date.now. */
  now?: () => number;
  /** Seed of the default cluster (pod names, addresses); 1 unless a test wants another. */
  seed?: number;
  /** State read back from storage. */
  restored?: Restored;
  language?: Language;
  theme?: Theme;
  applyTheme?: (theme: Theme) => void;
  /** Timers for the playback clock (fake ones in tests). */
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export type AppStore = StoreApi<AppState>;

/** Creates a store (the app has one, `appStore`; tests make their own). */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  const now = options.now ?? Date.now;
  const r = options.restored;
  const counters = {
    line: Math.max(0, ...(r?.terminal?.lines ?? []).map((l) => l.id)) + 1,
    trace: Math.max(0, ...(r?.traces ?? []).map((t) => t.id)) + 1,
    notice: 1,
  };
  const defaultSim = () => initialState({ seed: options.seed ?? 1, now });
  const env: StoreEnv = {
    now,
    defaultSim,
    firstSim: () => r?.sim ?? defaultSim(),
    nextId: (kind) => counters[kind]++,
    ...(options.applyTheme ? { applyTheme: options.applyTheme } : {}),
  };

  const store = createStore<AppState>()((set, get) => {
    const state: AppState = {
      ...createSimSlice(set, get, env),
      ...createTraceSlice(set, get, env),
      ...createTerminalSlice(set, get, env),
      ...createFilesSlice(set, get, env),
      ...createPrefsSlice(set, get, env),
      ...createLessonsSlice(set, get, env),
    };
    if (options.language) state.language = options.language;
    if (options.theme) state.theme = options.theme;
    return r ? { ...state, ...restoredState(r, state) } : state;
  });

  // The playback clock: one timer, re-armed whenever the playback changes; nothing per frame.
  const setT = options.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearT =
    options.clearTimeout ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let timer: unknown;
  store.subscribe((s, prev) => {
    if (s.playback === prev.playback && s.traces === prev.traces) return;
    if (timer !== undefined) clearT(timer);
    timer = undefined;
    if (s.playback.playing && currentRecord(s))
      timer = setT(() => {
        timer = undefined;
        store.getState().tick();
      }, hopDurationMs(s.playback.speed));
  });
  return store;
}

function restoredState(r: Restored, base: AppState): Partial<AppState> {
  const out: Partial<AppState> = {};
  if (r.files) {
    out.files = r.files;
    out.activeFile = r.files.some((f) => f.path === r.activeFile)
      ? (r.activeFile as string)
      : (r.files[0]?.path ?? base.activeFile);
  }
  if (r.sim) out.sim = r.sim;
  if (r.terminal) {
    out.history = r.terminal.history;
    out.lines = r.terminal.lines;
    // A shell inside a pod or node of a cluster that was not restored makes no sense.
    out.context = r.sim ? r.terminal.context : { host: 'workstation' };
    out.prompt = r.sim ? r.terminal.prompt : '$ ';
  }
  if (r.traces && r.sim) out.traces = r.traces;
  if (r.language) out.language = r.language;
  if (r.speed) out.playback = { ...base.playback, speed: r.speed };
  if (r.lessonPanelOpen !== undefined) out.lessonPanelOpen = r.lessonPanelOpen;
  if (r.lessons) {
    // A lesson's task is only meaningful on the cluster it was saved with.
    out.lesson = r.sim ? r.lessons.session : null;
    out.progress = r.lessons.progress;
    out.quizMode = r.lessons.quizMode;
    out.savedWork = r.lessons.savedWork;
  }
  return out;
}
