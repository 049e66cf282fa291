/**
 * Keeps the page in the store and the URL hash (#/cohorts) in step, so reload,
 * back and forward work in the browser and in Electron alike (file:// has no paths).
 */
import { useEffect } from 'react';
import { selectors } from '../state/selectors';
import { useAppStore } from '../state/store';
import { isRouteId, type RouteId } from './route-ids';

/** The page of a hash; what follows it (`#/customers/customer/12`) is the page's own business. */
export function routeFromHash(hash: string): RouteId | null {
  const id = hash.replace(/^#\/?/, '').split('/')[0];
  return isRouteId(id) ? id : null;
}

export function useHashRoute(): void {
  const page = useAppStore(selectors.page);
  const showPage = useAppStore((state) => state.showPage);

  useEffect(() => {
    const follow = () => {
      const fromHash = routeFromHash(window.location.hash);
      if (fromHash) showPage(fromHash);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [showPage]);

  useEffect(() => {
    // The store's page, not this render's: on first load the hash was just followed above, and
    // writing `#/${page}` from the stale render would drop the rest of it (#/customers/customer/12).
    const current = useAppStore.getState().page;
    if (routeFromHash(window.location.hash) !== current) window.location.hash = `#/${current}`;
  }, [page]);
}
