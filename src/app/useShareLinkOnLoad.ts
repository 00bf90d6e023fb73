import { useEffect } from 'react';
import { appStore, backupBeforeShare, openShareFragment, SHARE_PREFIX } from '../store/index.ts';

/**
 * Opens a `#s=…` share link found in the address (on load and when the hash changes), then removes
 * it from the address so a reload does not open it again over newer work. The workspace as it was
 * is kept in localStorage (`k8s-playground:state:before-share`) before the shared cluster replaces it.
 */
export function useShareLinkOnLoad(): void {
  useEffect(() => {
    const check = () => {
      const hash = location.hash;
      if (!hash.startsWith(SHARE_PREFIX)) return;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      void openShareFragment(appStore, hash, backupBeforeShare);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
