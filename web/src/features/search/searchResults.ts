import { hasPermission, type Role } from '@hearth/core';
import type { SearchCaseHit, SearchChildHit, SearchHit, SearchPersonHit } from '../../api/types.ts';
import type { searchEn } from '../../i18n/search.en.ts';

export const SEARCH_PATH = '/search';
/** The API's bounds on `q` (server/src/search/search.dto.ts); checked here first to say so plainly. */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 100;

/**
 * Who gets the search box: whoever may read a child or a case. This only hides the box; the API decides
 * what each person finds.
 */
export function canSearch(roles: readonly Role[]): boolean {
  return hasPermission(roles, 'child.read') || hasPermission(roles, 'case.read');
}

/** The address of the results page for a query. */
export function searchHref(q: string): string {
  return `${SEARCH_PATH}?${new URLSearchParams({ q: q.trim() }).toString()}`;
}

/** The query in an address's `?q=` (the router matches the path only, so the page reads this itself). */
export function queryFrom(locationSearch: string): string {
  return (new URLSearchParams(locationSearch).get('q') ?? '').trim();
}

export type QueryCheck = 'empty' | 'tooShort' | 'ok';

export function checkQuery(q: string): QueryCheck {
  const length = [...q.trim()].length;
  if (length === 0) return 'empty';
  return length < MIN_QUERY_LENGTH ? 'tooShort' : 'ok';
}

/**
 * The results as the page shows them: children, people on cases and cases apart, each in the API's order
 * (closest first).
 */
export function groupResults(items: readonly SearchHit[]): {
  children: SearchChildHit[];
  people: SearchPersonHit[];
  cases: SearchCaseHit[];
} {
  const children: SearchChildHit[] = [];
  const people: SearchPersonHit[] = [];
  const cases: SearchCaseHit[] = [];
  for (const item of items) {
    if (item.kind === 'child') children.push(item);
    else if (item.kind === 'person') people.push(item);
    else cases.push(item);
  }
  return { children, people, cases };
}

/** A person is listed once per case they are on: the two ids together name a row. */
export const personRowKey = (hit: SearchPersonHit): string => `${hit.id}:${hit.case.id}`;

export type WhyKey = keyof (typeof searchEn)['why'];

/** Which words say why an item was found: a close name is told apart from an exact one. */
export function whyKey(hit: SearchHit): WhyKey {
  const exact = hit.score >= 1;
  if (hit.kind === 'person') {
    if (hit.matched === 'birthDate') return 'personBirthDate';
    return exact ? 'personName' : 'personNameClose';
  }
  if (hit.kind === 'child') {
    if (hit.matched === 'name') return exact ? 'childName' : 'childNameClose';
    return hit.matched === 'birthDate' ? 'childBirthDate' : 'childPetition';
  }
  if (hit.matched === 'name') return exact ? 'caseName' : 'caseNameClose';
  if (hit.matched === 'birthDate') return 'caseBirthDate';
  return exact ? 'casePetition' : 'casePetitionPart';
}
