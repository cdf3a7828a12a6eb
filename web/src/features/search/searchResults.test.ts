import { describe, expect, it } from 'vitest';
import type { SearchCaseHit, SearchChildHit, SearchPersonHit } from '../../api/types.ts';
import { searchEn } from '../../i18n/search.en.ts';
import { searchEs } from '../../i18n/search.es.ts';
import {
  canSearch,
  checkQuery,
  groupResults,
  personRowKey,
  queryFrom,
  searchHref,
  whyKey,
} from './searchResults.ts';

const child = (id: string, over: Partial<SearchChildHit> = {}): SearchChildHit => ({
  kind: 'child',
  id,
  givenName: 'Ana',
  familyName: 'Test',
  birthDate: '2016-05-01',
  petitionNumbers: [],
  matched: 'name',
  score: 1,
  ...over,
});
const kase = (id: string, over: Partial<SearchCaseHit> = {}): SearchCaseHit => ({
  kind: 'case',
  id,
  petitionNumber: 'D-202-JQ-2025-00001',
  status: 'open',
  courtName: 'Court',
  children: [],
  matched: 'name',
  score: 1,
  ...over,
});

const person = (id: string, caseId: string, over: Partial<SearchPersonHit> = {}): SearchPersonHit => ({
  kind: 'person',
  id,
  givenName: 'Esperanza',
  familyName: 'Test',
  birthDate: null,
  caseRoles: ['parent'],
  case: { id: caseId, petitionNumber: 'D-202-JQ-2025-00001' },
  matched: 'name',
  score: 1,
  ...over,
});

describe('search results on the page', () => {
  it('groups children, people on cases and cases apart, keeping the closest-first order of each', () => {
    const { children, people, cases } = groupResults([
      child('a'),
      person('p', '1'),
      kase('1'),
      child('b'),
      kase('2'),
      person('p', '2'),
      child('c'),
    ]);
    expect(children.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(people.map(personRowKey)).toEqual(['p:1', 'p:2']);
    expect(cases.map((c) => c.id)).toEqual(['1', '2']);
    expect(groupResults([])).toEqual({ children: [], people: [], cases: [] });
  });

  it('counts what was found, people on cases too, in English and Spanish', () => {
    expect(searchEn.found('x', 0, 0, 0)).toBe('Nothing found for “x”.');
    expect(searchEn.found('x', 1, 0, 0)).toBe('Found 1 child for “x”.');
    expect(searchEn.found('x', 0, 0, 1)).toBe('Found 1 person on cases for “x”.');
    expect(searchEn.found('x', 2, 1, 3)).toBe('Found 2 children, 3 people on cases and 1 case for “x”.');
    expect(searchEs.found('x', 2, 1, 3)).toBe(
      'Se encontraron 2 niños, 3 personas de casos y 1 caso para “x”.',
    );
  });

  it.each([
    [child('a'), 'childName'],
    [child('a', { score: 0.62 }), 'childNameClose'],
    [child('a', { matched: 'birthDate' }), 'childBirthDate'],
    [child('a', { matched: 'petitionNumber', score: 0.8 }), 'childPetition'],
    [kase('1'), 'caseName'],
    [kase('1', { score: 0.5 }), 'caseNameClose'],
    [kase('1', { matched: 'birthDate' }), 'caseBirthDate'],
    [kase('1', { matched: 'petitionNumber' }), 'casePetition'],
    [kase('1', { matched: 'petitionNumber', score: 0.7 }), 'casePetitionPart'],
    [person('p', '1'), 'personName'],
    [person('p', '1', { score: 0.55 }), 'personNameClose'],
    [person('p', '1', { matched: 'birthDate' }), 'personBirthDate'],
  ] as const)('says why %j was found', (hit, key) => {
    expect(whyKey(hit)).toBe(key);
  });

  it('reads and writes the query in the address', () => {
    expect(searchHref(' María Rodríguez ')).toBe('/search?q=Mar%C3%ADa+Rodr%C3%ADguez');
    expect(queryFrom('?q=Mar%C3%ADa+Rodr%C3%ADguez')).toBe('María Rodríguez');
    expect(queryFrom(new URL(`http://x${searchHref('5/31/2016')}`).search)).toBe('5/31/2016');
    expect(queryFrom('')).toBe('');
    expect(queryFrom('?x=1')).toBe('');
  });

  it('checks the length before asking the server', () => {
    expect(checkQuery('   ')).toBe('empty');
    expect(checkQuery(' M ')).toBe('tooShort');
    expect(checkQuery('Mi')).toBe('ok');
  });

  it('offers the search box to those who may read a child or a case only', () => {
    expect(canSearch(['caseworker'])).toBe(true);
    expect(canSearch(['caregiver'])).toBe(true);
    expect(canSearch(['youth'])).toBe(true);
    expect(canSearch(['administrator'])).toBe(false);
    expect(canSearch([])).toBe(false);
  });
});
