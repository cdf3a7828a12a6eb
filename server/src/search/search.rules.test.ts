import { describe, expect, it } from 'vitest';
import { hasPermission, ROLES } from '@hearth/core';
import { classifySearchQuery, type SearchQuery } from './search.rules.ts';

// The search route declares `child.read` for "whoever may read a case or a child": that holds only while
// every role that may read a case may also read a child.
it('lets every role that may read a case search, through child.read', () => {
  const caseOnly = ROLES.filter((r) => hasPermission([r], 'case.read') && !hasPermission([r], 'child.read'));
  expect(caseOnly).toEqual([]);
});

describe('classifySearchQuery', () => {
  const table: [string, SearchQuery][] = [
    // Dates of birth: ISO, and month-first as Americans type them.
    ['2016-05-01', { kind: 'birthDate', date: '2016-05-01' }],
    [' 2016-5-1 ', { kind: 'birthDate', date: '2016-05-01' }],
    ['5/1/2016', { kind: 'birthDate', date: '2016-05-01' }],
    ['05/01/2016', { kind: 'birthDate', date: '2016-05-01' }],
    ['12-31-2015', { kind: 'birthDate', date: '2015-12-31' }],
    ['2/29/2016', { kind: 'birthDate', date: '2016-02-29' }],
    ['2/29/2015', { kind: 'unusable', reason: 'notADate' }],
    ['2016-13-01', { kind: 'unusable', reason: 'notADate' }],
    ['31/12/2015', { kind: 'unusable', reason: 'notADate' }],
    // Mixed separators are no date: read as a petition number fragment.
    ['5/1-2016', { kind: 'petitionNumber', key: '512016' }],
    // Petition numbers: letters and digits only, lower-cased.
    ['D-202-JQ-2024-00012', { kind: 'petitionNumber', key: 'd202jq202400012' }],
    ['d202jq', { kind: 'petitionNumber', key: 'd202jq' }],
    ['jq 2024 000', { kind: 'petitionNumber', key: 'jq2024000' }],
    ['00012', { kind: 'petitionNumber', key: '00012' }],
    ['2024', { kind: 'petitionNumber', key: '2024' }],
    // Names: words in any order, commas as court forms write them, duplicates once.
    ['Rodrigez', { kind: 'name', tokens: ['rodrigez'] }],
    ['Maria Rodriguez', { kind: 'name', tokens: ['maria', 'rodriguez'] }],
    ['Rodriguez, Maria', { kind: 'name', tokens: ['rodriguez', 'maria'] }],
    ['  José   Núñez ', { kind: 'name', tokens: ['josé', 'núñez'] }],
    ["O'Brien", { kind: 'name', tokens: ["o'brien"] }],
    ['ana ANA', { kind: 'name', tokens: ['ana'] }],
    ['a b c d e f g', { kind: 'name', tokens: ['a', 'b', 'c', 'd', 'e'] }],
    ['Maria - Lopez', { kind: 'name', tokens: ['maria', 'lopez'] }],
    ['!!', { kind: 'unusable', reason: 'noLettersOrDigits' }],
    ['- -', { kind: 'unusable', reason: 'noLettersOrDigits' }],
  ];

  it.each(table)('%j', (q, expected) => {
    expect(classifySearchQuery(q)).toEqual(expected);
  });
});
