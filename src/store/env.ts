/** What the store's slices share: the clock, id counters and the default cluster. */
import type { StoreApi } from 'zustand/vanilla';
import type { SimState } from '../sim/core.ts';
import type { AppState, Theme } from './types.ts';

export interface StoreEnv {
  /** Wall clock (ms since epoch) stamped on every simulator action. */
  now: () => number;
  /** A fresh default cluster (what "Reset cluster" restores). */
  defaultSim: () => SimState;
  /** The cluster the store starts with (restored from storage, else the default). */
  firstSim: () => SimState;
  /** Next id of a kind (terminal lines, traces, notices), increasing for the page's lifetime. */
  nextId: (kind: 'line' | 'trace' | 'notice') => number;
  /** Shows a theme (the DOM side of `setTheme`; absent in tests). */
  applyTheme?: (theme: Theme) => void;
}

export type SetState = StoreApi<AppState>['setState'];
export type GetState = () => AppState;
export type SliceCreator<T> = (set: SetState, get: GetState, env: StoreEnv) => T;
