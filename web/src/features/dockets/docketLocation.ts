import { useSyncExternalStore } from 'react';
import { navigate } from '../../app/router.ts';
import { docketHref, type DocketLocation } from './docketQuery.ts';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The router re-renders on a new path only; a new `?…` on the same page is told to the page here. */
export function goToDocket(loc: DocketLocation): void {
  navigate(docketHref(loc));
  for (const l of listeners) l();
}

export function useDocketLocation(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
