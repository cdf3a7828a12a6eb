import { describe, expect, it } from 'vitest';
import { ROLES } from '@hearth/core';
import { homeSections, isDocket } from './homeFor.ts';

const EXPECTED = [
  ['judge', ['cases']],
  ['court_clerk', ['cases']],
  ['caseworker', ['cases']],
  ['supervisor', ['cases']],
  ['agency_attorney', ['cases']],
  ['parent_attorney', ['cases']],
  ['guardian_ad_litem', ['children', 'cases']],
  ['casa_volunteer', ['children', 'cases']],
  ['caregiver', ['children']],
  ['youth', ['children']],
  ['cqi_analyst', ['cases']],
  ['administrator', ['accounts']],
] as const;

describe('what each home holds', () => {
  it.each(EXPECTED)('%s: %j', (role, sections) => {
    expect(homeSections([role])).toEqual(sections);
  });

  it('covers every role', () => {
    expect(EXPECTED.map(([role]) => role).sort()).toEqual([...ROLES].sort());
  });

  it('splits only a judge’s list by day', () => {
    expect(ROLES.filter((r) => isDocket([r]))).toEqual(['judge']);
  });
});
