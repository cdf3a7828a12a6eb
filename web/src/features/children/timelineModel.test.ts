import { describe, expect, it } from 'vitest';
import type { ChildRecord } from '../../api/types.ts';
import { bandOf, childTimelineModel, markKindsOf, modelDates } from './timelineModel.ts';
import { dayNumber, scaleFor, WIDE } from './timelineScale.ts';

const child = {
  removals: [
    {
      id: 'r1',
      removalDate: '2024-03-10',
      dateEnteredFosterCare: '2024-05-09',
      dischargeDate: '2024-09-01',
      // A placement recorded as starting before its removal is drawn from the removal.
      placements: [{ id: 'p1', setting: 'group_home', startDate: '2024-03-01', endDate: null }],
    },
  ],
  findings: [{ type: 'contrary_to_welfare', isMade: true, date: '2024-03-12', orderId: 'o' }],
  upcomingHearings: [{ id: 'h', type: 'periodic_review', start: '2025-07-01T15:00:00Z', courtroom: null }],
} as unknown as ChildRecord;

describe('the child timeline model (shared with the case page)', () => {
  it('makes a band per removal, clipping placements to the episode and ending them at discharge', () => {
    const band = bandOf(child.removals![0]!);
    expect(band.segments).toEqual([
      { key: 'p1', setting: 'group_home', from: '2024-03-10', to: '2024-09-01' },
    ]);
  });

  it('labels each row and marks findings and upcoming hearings', () => {
    const model = childTimelineModel(child, (from, to) => `${from}/${to ?? 'today'}`);
    expect(model.rows.map((r) => r.label)).toEqual(['2024-03-10/2024-09-01']);
    expect(markKindsOf(model)).toEqual(['finding', 'hearing']);
  });

  it('scales from the earliest date to the latest, with a margin and the years between', () => {
    const model = childTimelineModel(child, () => '');
    const scale = scaleFor(modelDates(model, '2025-05-01'), WIDE);
    expect(scale.start).toBe(dayNumber('2024-03-10') - 15);
    expect(scale.end).toBe(dayNumber('2025-07-01') + 15);
    expect(scale.years).toEqual([2025]);
    expect(scale.x('2024-03-10')).toBeGreaterThan(0);
    expect(scale.x('2025-07-01')).toBeLessThan(WIDE);
  });
});
