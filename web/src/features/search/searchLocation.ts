import { useSyncExternalStore } from 'react';
import { navigate } from '../../app/router.ts';
import { queryFrom, searchHref } from './searchResults.ts';

/**
 * The router re-renders on a new path only; a second search from the results page changes `?q=` alone.
 * So searching goes through `goToSearch`, which tells the results page as well, and Back and Forward
 * reach it through `popstate`.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function goToSearch(q: string): void {
  navigate(searchHref(q));
  for (const l of listeners) l();
}

/** The query of the address now (`?q=`), trimmed; empty when there is none. */
export function useSearchQuery(): string {
  return useSyncExternalStore(subscribe, () => queryFrom(window.location.search));
}
