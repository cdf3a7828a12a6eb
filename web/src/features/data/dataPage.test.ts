import { describe, expect, it } from 'vitest';
import { dataPageParts, hasDataPage, INTERCHANGE_FILES, periodOf } from './dataPage.ts';

describe('the Data page', () => {
  it('shows the analyst both the counts and the files', () => {
    expect(dataPageParts(['cqi_analyst'])).toEqual({ summary: true, downloads: true });
  });

  it('shows judges and supervisors the counts only, administrators the files only', () => {
    expect(dataPageParts(['judge'])).toEqual({ summary: true, downloads: false });
    expect(dataPageParts(['supervisor'])).toEqual({ summary: true, downloads: false });
    expect(dataPageParts(['administrator'])).toEqual({ summary: false, downloads: true });
  });

  it('is not offered to roles with neither right', () => {
    for (const role of ['caseworker', 'court_clerk', 'parent_attorney', 'caregiver', 'youth'] as const)
      expect(hasDataPage([role]), role).toBe(false);
    expect(hasDataPage(['caseworker', 'supervisor'])).toBe(true);
  });

  it('names the five interchange files of the exporter', () => {
    expect(INTERCHANGE_FILES.map((f) => f.file)).toEqual([
      'children.csv',
      'removals.csv',
      'placements.csv',
      'maltreatment.csv',
      'visits.csv',
    ]);
  });

  it('takes the year and the month from the court-local day', () => {
    expect(periodOf('2026-11-23')).toEqual({ year: '2026', monthStart: '2026-11-01' });
  });
});
