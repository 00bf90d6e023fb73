import { useEffect } from 'react';
import { appStore, openShareFragment, SHARE_PREFIX } from '../store/index.ts';

/**
 * Opens a `#s=…` share link found in the address (on load and when the hash changes), then removes
 * it from the address so a reload does not open it again over newer work.
 */
export function useShareLinkOnLoad(): void {
  useEffect(() => {
    const check = () => {
      const hash = location.hash;
      if (!hash.startsWith(SHARE_PREFIX)) return;
      history.replaceState(null, '', `${location.pathname}${location.search}`);
      void openShareFragment(appStore, hash);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}
