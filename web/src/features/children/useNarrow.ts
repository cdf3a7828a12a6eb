import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 39.99em)';

function subscribe(listener: () => void): () => void {
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/** Whether the screen is phone-narrow, so a drawing can use a narrower viewBox and keep its text readable. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches);
}
