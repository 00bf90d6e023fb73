import { useSyncExternalStore } from 'react';

/** The two colour themes; Monaco follows them as `vs` / `vs-dark`. */
export type Theme = 'light' | 'dark';

/** localStorage key; index.html reads the same key before the first paint. */
export const THEME_STORAGE_KEY = 'k8s-playground:theme';

const listeners = new Set<() => void>();

function readSaved(): Theme | null {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : null;
  } catch {
    return null; // storage blocked (private mode, sandboxed iframe)
  }
}

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The theme now shown: the `dark` class on <html> is the single source of truth. */
export function currentTheme(): Theme {
  return document.documentElement.classList.contains('dark') ? 'dark' : 'light';
}

function apply(theme: Theme): void {
  document.documentElement.classList.toggle('dark', theme === 'dark');
  listeners.forEach((l) => l());
}

/** Applies the remembered theme, or the system preference when none was chosen. */
export function initTheme(): void {
  apply(readSaved() ?? systemTheme());
  // Follow the system while the learner has not picked a theme.
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (readSaved() === null) apply(systemTheme());
  });
}

/** Shows `theme` and remembers the choice. */
export function setTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // not remembered, still applied
  }
  apply(theme);
}

/** Calls `listener` whenever the shown theme changes; returns the unsubscribe function. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current theme, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}
