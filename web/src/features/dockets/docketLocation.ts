import { navigate, useQuery } from '../../app/router.ts';
import { docketHref, type DocketLocation } from './docketQuery.ts';

export function goToDocket(loc: DocketLocation): void {
  navigate(docketHref(loc));
}

export function useDocketLocation(): string {
  return useQuery();
}
