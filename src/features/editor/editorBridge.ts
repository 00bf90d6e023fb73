/**
 * The seam between the always-loaded editor panel and the lazily loaded Monaco editor: the panel
 * asks for pending keystrokes to be written to the store (before Apply, rename, close, save) and
 * learns how many problems the simulator found, without importing Monaco.
 */
let flush: (() => void) | null = null;

/** Called by YamlEditor while it is mounted. */
export function registerFlush(fn: (() => void) | null): void {
  flush = fn;
}

/** Writes what was typed but not yet stored (the store is updated debounced). */
export function flushEditor(): void {
  flush?.();
}
