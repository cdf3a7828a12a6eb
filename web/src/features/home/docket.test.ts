import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../api/types.ts';
import { groupByDay } from './docket.ts';

const at = (id: string, start: string | null): CaseSummary => ({
  id,
  petitionNumber: id,
  filingDate: '2026-01-01',
  status: 'open',
  courtName: 'Court',
  judgeName: null,
  childCount: 1,
  nextHearing: start ? { type: 'review', start } : null,
});

describe('groupByDay (the judge docket)', () => {
  // 2026-11-23 15:00Z is 08:00 in Albuquerque: the court's day is the 23rd.
  const now = new Date('2026-11-23T15:00:00Z');

  it('splits by the court-local day of the next hearing', () => {
    const groups = groupByDay(
      [
        at('today-morning', '2026-11-23T16:00:00Z'),
        // 05:30Z on the 24th is still the evening of the 23rd in Mountain Time.
        at('today-late', '2026-11-24T05:30:00Z'),
        at('in-six-days', '2026-11-29T17:00:00Z'),
        at('in-seven-days', '2026-11-30T17:00:00Z'),
        at('past', '2026-11-20T17:00:00Z'),
        at('none', null),
      ],
      now,
    );
    expect(groups.today.map((c) => c.id)).toEqual(['today-morning', 'today-late']);
    expect(groups.thisWeek.map((c) => c.id)).toEqual(['in-six-days']);
    expect(groups.later.map((c) => c.id)).toEqual(['in-seven-days', 'past', 'none']);
  });
});
