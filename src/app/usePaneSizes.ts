import { useCallback, useState } from 'react';

/** Pane sizes in percent of their parent (see App.tsx); layout state moves to the store later. */
export interface PaneSizes {
  /** Editor width, of the top row. */
  editor: number;
  /** Side column (lesson + inspector) width, of the top row. */
  side: number;
  /** Lesson panel height, of the side column. */
  lesson: number;
  /** Terminal height, of the main area. */
  terminal: number;
}

export const DEFAULT_SIZES: PaneSizes = { editor: 34, side: 24, lesson: 50, terminal: 28 };

/** Limits per pane; the canvas keeps at least `MIN_CANVAS` percent of the top row. */
export const LIMITS = {
  editor: { min: 15, max: 60 },
  side: { min: 12, max: 40 },
  lesson: { min: 15, max: 85 },
  terminal: { min: 10, max: 60 },
} as const satisfies Record<keyof PaneSizes, { min: number; max: number }>;
export const MIN_CANVAS = 20;

/** The largest size `pane` may take now, given the other panes of its row. */
export function maxSize(sizes: PaneSizes, pane: keyof PaneSizes): number {
  const { max } = LIMITS[pane];
  if (pane === 'editor') return Math.min(max, 100 - MIN_CANVAS - sizes.side);
  if (pane === 'side') return Math.min(max, 100 - MIN_CANVAS - sizes.editor);
  return max;
}

export function usePaneSizes() {
  const [sizes, setSizes] = useState<PaneSizes>(DEFAULT_SIZES);
  const resize = useCallback((pane: keyof PaneSizes, value: number) => {
    setSizes((s) => {
      const next = Math.min(Math.max(value, LIMITS[pane].min), maxSize(s, pane));
      return next === s[pane] ? s : { ...s, [pane]: next };
    });
  }, []);
  return { sizes, resize };
}
