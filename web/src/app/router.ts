import { useSyncExternalStore } from 'react';

/**
 * A small history-API router: the address bar is the state. Pages are matched in routes.tsx.
 * `hasNavigated` lets a page move focus to its heading after an in-app navigation (not on first load).
 */
const listeners = new Set<() => void>();
let navigated = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

window.addEventListener('popstate', () => {
  navigated = true;
});

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  navigated = true;
  if (opts.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  for (const l of listeners) l();
}

export function hasNavigated(): boolean {
  return navigated;
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/**
 * The query of the address (`?…`). `navigate` tells the same listeners as `usePath`, so a page whose
 * address changes only after the `?` (a new search, another docket day) re-renders too.
 */
export function useQuery(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}
