import { create } from 'zustand';

/**
 * The canvas's own UI state (not persisted, not part of the app store): view options, what the
 * current hop lights up, the open request menu and the hit-counter baseline. Highlights change once
 * per hop; every edge and node reads its own boolean (`s.activeEdges.has(id)`).
 */
export interface CanvasUiState {
  showSystemPods: boolean;
  toggleSystemPods: () => void;
  activeEdges: ReadonlySet<string>;
  activeItems: ReadonlySet<string>;
  setActive: (edges: readonly string[], items: readonly string[]) => void;
  menu: { target: string; left: number; top: number } | null;
  openMenu: (target: string, opener: HTMLElement) => void;
  closeMenu: (restoreFocus?: boolean) => void;
  /** Hit counters count traces with id ≥ this. */
  hitsSince: number;
  resetHits: (since: number) => void;
}

const EMPTY: ReadonlySet<string> = new Set();
/** The request menu's width in px (kept inside the canvas). */
export const MENU_W = 360;
let opener: HTMLElement | null = null;

const sameSet = (a: ReadonlySet<string>, b: readonly string[]) =>
  a.size === new Set(b).size && b.every((x) => a.has(x));

export const useCanvasUi = create<CanvasUiState>()((set, get) => ({
  showSystemPods: false,
  toggleSystemPods: () => set((s) => ({ showSystemPods: !s.showSystemPods })),
  activeEdges: EMPTY,
  activeItems: EMPTY,
  setActive: (edges, items) => {
    const s = get();
    if (sameSet(s.activeEdges, edges) && sameSet(s.activeItems, items)) return;
    set({
      activeEdges: edges.length ? new Set(edges) : EMPTY,
      activeItems: items.length ? new Set(items) : EMPTY,
    });
  },
  menu: null,
  openMenu: (target, el) => {
    opener = el;
    const root = el.closest('[data-canvas-root]');
    const r = el.getBoundingClientRect();
    const base = root?.getBoundingClientRect() ?? { left: 0, top: 0, width: 1e4, height: 1e4 };
    const left = Math.max(4, Math.min(r.left - base.left, base.width - MENU_W - 4));
    const top = Math.max(4, Math.min(r.bottom - base.top + 4, base.height - 120));
    set({ menu: { target, left, top } });
  },
  closeMenu: (restoreFocus = true) => {
    set({ menu: null });
    if (restoreFocus) opener?.focus();
    opener = null;
  },
  hitsSince: 0,
  resetHits: (since) => set({ hitsSince: since }),
}));
