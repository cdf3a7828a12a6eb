import { navigate, useQuery } from '../../app/router.ts';
import { queryFrom, searchHref } from './searchResults.ts';

export function goToSearch(q: string): void {
  navigate(searchHref(q));
}

/** The query of the address now (`?q=`), trimmed; empty when there is none. */
export function useSearchQuery(): string {
  return queryFrom(useQuery());
}
