/**
 * The page's one store, wired to the browser: restored from localStorage, saved back (throttled and
 * on page hide), following the theme, and setting `<html lang>`. Tests use `createAppStore`.
 */
import { useStore } from 'zustand';
import { currentTheme, setTheme, subscribeTheme } from '../components/theme.ts';
import { createAppStore } from './createAppStore.ts';
import {
  BEFORE_SHARE_KEY,
  encodePersisted,
  loadPersisted,
  savePersisted,
  toPersisted,
  type StorageLike,
} from './persistence.ts';
import { languageFromNavigator } from './prefsSlice.ts';
import type { AppState } from './types.ts';

const SAVE_DELAY_MS = 400;

function browserStorage(): StorageLike | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked (sandboxed iframe, some private modes)
  }
}

const hasDom = typeof document !== 'undefined';
const storage = browserStorage();
const restored = loadPersisted(storage);

export const appStore = createAppStore({
  restored,
  language:
    restored.language ??
    languageFromNavigator(typeof navigator === 'undefined' ? [] : navigator.languages),
  ...(hasDom ? { theme: currentTheme(), applyTheme: setTheme } : {}),
});

if (restored.damaged) appStore.getState().showNotice('storage.recovered');

/** Select a small part of the state: `useAppStore(s => s.playback.hop)`; `useShallow` for objects. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(appStore, selector);
}

// --- persistence -------------------------------------------------------------------------------

const beforePersist = new Set<() => void>();

/** Registers a flush that runs before every save (the editor writes its pending text). */
export function addBeforePersist(fn: () => void): () => void {
  beforePersist.add(fn);
  return () => beforePersist.delete(fn);
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Writes the state now (pending editor text included). */
export function persistNow(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  beforePersist.forEach((fn) => fn());
  savePersisted(storage, appStore.getState());
}

const PERSISTED_KEYS = [
  'files',
  'activeFile',
  'sim',
  'history',
  'lines',
  'context',
  'traces',
  'language',
  'lessonPanelOpen',
  'lesson',
  'progress',
  'quizMode',
  'savedWork',
] as const satisfies readonly (keyof AppState)[];

if (storage) {
  appStore.subscribe((s, prev) => {
    const changed =
      PERSISTED_KEYS.some((k) => s[k] !== prev[k]) || s.playback.speed !== prev.playback.speed;
    if (changed && saveTimer === undefined) saveTimer = setTimeout(persistNow, SAVE_DELAY_MS);
  });
  if (hasDom) {
    window.addEventListener('pagehide', persistNow);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') persistNow();
    });
  }
}

/** Keeps a copy of the workspace before a share link replaces the cluster (one level of undo). */
export function backupBeforeShare(): void {
  beforePersist.forEach((fn) => fn());
  try {
    storage?.setItem(BEFORE_SHARE_KEY, encodePersisted(toPersisted(appStore.getState(), true)));
  } catch {
    // no room: the shared link still opens; local files are merged, never dropped
  }
}

// --- document wiring ---------------------------------------------------------------------------

if (hasDom) {
  document.documentElement.lang = appStore.getState().language;
  appStore.subscribe((s, prev) => {
    if (s.language !== prev.language) document.documentElement.lang = s.language;
  });
  // The theme's source of truth is the `dark` class (set before first paint); mirror it here.
  subscribeTheme(() => {
    const theme = currentTheme();
    if (appStore.getState().theme !== theme) appStore.setState({ theme });
  });
}
