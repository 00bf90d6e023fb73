import { useSyncExternalStore } from 'react';

/**
 * How packets move: `full` (animated), `reduced` (the learner asked the OS for less motion: the
 * packet steps from hop to hop without travelling) or `instant` (tests: `?speed=instant`).
 */
export type Motion = 'full' | 'reduced' | 'instant';

/** `?speed=instant` in the page URL: no motion and the fastest playback clock (for e2e tests). */
export function instantFromUrl(search: string): boolean {
  return new URLSearchParams(search).get('speed') === 'instant';
}

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const snapshot = (): Motion =>
  instantFromUrl(window.location.search)
    ? 'instant'
    : window.matchMedia(QUERY).matches
      ? 'reduced'
      : 'full';

export function useMotion(): Motion {
  return useSyncExternalStore(subscribe, snapshot, () => 'full');
}
