/** Share-link actions on a store: make a link of the workspace, open one without losing local work. */
import type { AppStore } from './createAppStore.ts';
import { mergeShared } from './files.ts';
import { decodeShare, encodeShare, type ShareDecodeResult } from './shareLink.ts';
import { INITIAL_PLAYBACK } from './traceSlice.ts';

/** The `#s=…` fragment for the store's files and cluster now. */
export function shareFragment(store: AppStore): Promise<string> {
  const { files, activeFile, sim } = store.getState();
  return encodeShare({ files, activeFile, sim });
}

/**
 * Opens a `#s=…` fragment: the shared cluster replaces the local one, the shared files open next
 * to the local ones (see `mergeShared`), and a notice says what happened. A bad link changes
 * nothing and says why.
 */
export async function openShareFragment(
  store: AppStore,
  fragment: string,
  /** Runs just before a valid link replaces the cluster (the page keeps a copy of the old state). */
  beforeApply?: () => void,
): Promise<ShareDecodeResult> {
  const r = await decodeShare(fragment);
  const s = store.getState();
  if (!r.ok) {
    s.showNotice('share.invalid', r.detail);
    return r;
  }
  const { files, activeFile, sim } = r.payload;
  beforeApply?.();
  store.setState((cur) => ({
    files: mergeShared(cur.files, files),
    activeFile,
    sim,
    traces: [],
    playback: { ...INITIAL_PLAYBACK, speed: cur.playback.speed },
    context: { host: 'workstation' },
    prompt: '$ ',
  }));
  store.getState().showNotice('share.loaded');
  return r;
}
