import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_DUE_WINDOW,
  dueItems,
  dueItemsForChild,
  dueStatus,
  type ChildDutyFacts,
  type DueItemKind,
  type DutyEpisode,
} from './due-items.ts';
import { fifteenOfTwentyTwoDate } from '../pacing/care-time.rules.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays, daysBetween } from '../time/dates.ts';

const episode = (removalDate: string, more: Partial<DutyEpisode> = {}): DutyEpisode => ({
  removalDate,
  adjudicationDate: null,
  dischargeDate: null,
  placements: [{ setting: 'foster_family_nonrelative', startDate: removalDate, endDate: null }],
  ...more,
});

const child = (more: Partial<ChildDutyFacts> = {}): ChildDutyFacts => ({
  childId: 'child-1',
  caseId: 'case-1',
  episodes: [episode('2024-01-15')],
  visits: [],
  hearings: [],
  tprPetitionFiled: false,
  ...more,
});

const itemOf = (facts: ChildDutyFacts, today: string, kind: DueItemKind, pack = FEDERAL_RULE_PACK) =>
  dueItemsForChild(facts, today, pack, { soonDays: 14, horizonDays: 800 }).find((i) => i.kind === kind);

describe('due status', () => {
  it.each([
    ['2025-03-01', '2025-03-02', 'overdue'],
    ['2025-03-01', '2025-03-01', 'dueSoon'],
    ['2025-03-15', '2025-03-01', 'dueSoon'],
    ['2025-03-16', '2025-03-01', 'upcoming'],
  ] as const)('due %s, today %s → %s', (due, today, status) => {
    expect(dueStatus(due, today, 14)).toBe(status);
  });
});

describe('monthly caseworker visit (P.L. 109-288; P.L. 112-34)', () => {
  it.each([
    // visited in February, not yet in March: due by the end of March
    ['2024-01-15', ['2024-02-10'], '2024-03-10', '2024-03-31', 'upcoming'],
    ['2024-01-15', ['2024-02-10'], '2024-03-20', '2024-03-31', 'dueSoon'],
    // February (a full month in care) passed without a visit: overdue since 29 February
    ['2024-01-15', ['2024-01-20'], '2024-03-05', '2024-02-29', 'overdue'],
    // removed on the 1st: February itself is a full month in care
    ['2024-02-01', [], '2024-03-05', '2024-02-29', 'overdue'],
    // removed mid-month: the first full month is March, so nothing is missed yet
    ['2024-02-15', [], '2024-02-20', '2024-03-31', 'upcoming'],
    ['2024-02-15', [], '2024-03-20', '2024-03-31', 'dueSoon'],
    // a visit before the removal does not count
    ['2024-02-01', ['2024-01-31'], '2024-03-05', '2024-02-29', 'overdue'],
  ])('removal %s, visits %j, today %s → due %s (%s)', (removal, visits, today, due, status) => {
    const item = itemOf(child({ episodes: [episode(removal)], visits }), today, 'caseworkerVisit');
    expect(item?.dueDate).toBe(due);
    expect(item?.status).toBe(status);
    expect(item?.citation).toMatch(/P\.L\. 109-288/);
  });

  it('lists nothing once the child was visited this month, even after a missed month', () => {
    expect(itemOf(child({ visits: ['2024-03-02'] }), '2024-03-05', 'caseworkerVisit')).toBeUndefined();
  });

  it('lists nothing for a child not in foster care today', () => {
    const home = child({ episodes: [episode('2023-01-10', { dischargeDate: '2023-09-01' })] });
    expect(dueItemsForChild(home, '2024-03-05', FEDERAL_RULE_PACK)).toEqual([]);
  });
});

describe('permanency hearing (SSA §475(5)(C); NMSA §32A-4-25.1(A))', () => {
  const adjudicated = episode('2024-01-10', { adjudicationDate: '2024-02-20' });

  it('is due 12 months after the date entered foster care (the earlier of adjudication and removal + 60)', () => {
    const item = itemOf(child({ episodes: [adjudicated] }), '2025-01-01', 'permanencyHearing');
    expect(item).toMatchObject({ dueDate: '2025-02-20', status: 'upcoming' });
    expect(item?.citation).toMatch(/475\(5\)\(C\)/);
    const late = itemOf(child({ episodes: [episode('2024-01-10')] }), '2025-01-01', 'permanencyHearing');
    expect(late?.dueDate).toBe('2025-03-10');
  });

  it('is overdue once the 12 months have passed without one', () => {
    expect(itemOf(child({ episodes: [adjudicated] }), '2025-02-21', 'permanencyHearing')?.status).toBe(
      'overdue',
    );
  });

  it('is not listed while one is scheduled', () => {
    const hearings = [{ type: 'permanency', date: '2025-02-10', status: 'scheduled' }];
    expect(
      itemOf(child({ episodes: [adjudicated], hearings }), '2025-01-01', 'permanencyHearing'),
    ).toBeUndefined();
  });

  it('is due again 12 months after the last one held', () => {
    const hearings = [{ type: 'permanency', date: '2025-02-01', status: 'held' }];
    expect(
      itemOf(child({ episodes: [adjudicated], hearings }), '2025-06-01', 'permanencyHearing')?.dueDate,
    ).toBe('2026-02-01');
  });

  it('in New Mexico, is due six months after the initial judicial review when that comes first', () => {
    const hearings = [{ type: 'initial_judicial_review', date: '2024-06-01', status: 'held' }];
    const facts = child({ episodes: [adjudicated], hearings });
    const nm = itemOf(facts, '2024-11-01', 'permanencyHearing', NEW_MEXICO_RULE_PACK);
    expect(nm).toMatchObject({ dueDate: '2024-12-01', citation: 'NMSA 1978 §32A-4-25.1(A)' });
    // The federal floor has no such rule.
    expect(itemOf(facts, '2024-11-01', 'permanencyHearing')?.dueDate).toBe('2025-02-20');
  });

  it('reads its months from the rule pack', () => {
    const pack = { ...FEDERAL_RULE_PACK, permanencyHearingMonths: { value: 6, citation: 'fictitious' } };
    expect(itemOf(child({ episodes: [adjudicated] }), '2024-07-01', 'permanencyHearing', pack)?.dueDate).toBe(
      '2024-08-20',
    );
  });
});

describe('trial home visit (45 CFR 1356.21(e))', () => {
  const thv = (start: string) =>
    child({
      episodes: [
        episode('2024-01-15', {
          placements: [
            { setting: 'group_home', startDate: '2024-01-15', endDate: start },
            { setting: 'trial_home_visit', startDate: start, endDate: null },
          ],
        }),
      ],
    });
  it('runs out six months after it started (31 August → 28 February)', () => {
    expect(itemOf(thv('2024-08-31'), '2025-02-20', 'trialHomeVisit')).toMatchObject({
      dueDate: '2025-02-28',
      status: 'dueSoon',
    });
    expect(itemOf(thv('2024-08-31'), '2025-03-01', 'trialHomeVisit')?.status).toBe('overdue');
  });
  it('is not listed for another setting', () => {
    expect(itemOf(child(), '2025-03-01', 'trialHomeVisit')).toBeUndefined();
  });
});

describe('15 of the most recent 22 months (SSA §475(5)(E); 45 CFR 1356.21(i))', () => {
  it('is reached at the end of the 15th month of a continuous stay', () => {
    // Entered care 2024-01-01 (removal 2023-11-02 + 60 days): January 2024 to March 2025 is 15 months.
    const e = episode('2023-11-02');
    expect(fifteenOfTwentyTwoDate([e], e, '2026-01-01', FEDERAL_RULE_PACK)).toBe('2025-03-31');
  });

  it('leaves out trial home visits and runaway days, so it is reached later', () => {
    const e = episode('2023-11-02', {
      placements: [
        { setting: 'foster_family_relative', startDate: '2023-11-02', endDate: '2024-05-01' },
        { setting: 'runaway', startDate: '2024-05-01', endDate: '2024-05-31' },
        { setting: 'foster_family_relative', startDate: '2024-05-31', endDate: null },
      ],
    });
    expect(fifteenOfTwentyTwoDate([e], e, '2026-01-01', FEDERAL_RULE_PACK)).toBe('2025-04-30');
  });

  it('counts an earlier episode inside the 22 months', () => {
    // 2023-03-01 to 2023-09-01 in care (entered 2023-04-30): 124 days; then back in care from 2024-01-01.
    const before = episode('2023-03-01', { dischargeDate: '2023-09-01' });
    const now = episode('2023-11-02');
    const reached = fifteenOfTwentyTwoDate([before, now], now, '2026-01-01', FEDERAL_RULE_PACK)!;
    expect(reached < '2025-03-31').toBe(true);
    const alone = fifteenOfTwentyTwoDate([now], now, '2026-01-01', FEDERAL_RULE_PACK);
    expect(alone).toBe('2025-03-31');
  });

  it('is overdue once reached without a TPR petition, and gone once one is filed', () => {
    const facts = child({ episodes: [episode('2023-11-02')] });
    expect(itemOf(facts, '2025-05-01', 'fifteenOfTwentyTwo')).toMatchObject({
      dueDate: '2025-03-31',
      status: 'overdue',
    });
    expect(itemOf({ ...facts, tprPetitionFiled: true }, '2025-05-01', 'fifteenOfTwentyTwo')).toBeUndefined();
    // An exception documented for the episode (45 CFR 1356.21(i)(2)) answers it too.
    expect(
      itemOf({ ...facts, tprExceptionDocumented: true }, '2025-05-01', 'fifteenOfTwentyTwo'),
    ).toBeUndefined();
  });
});

describe('court report before the next hearing (lead time unconfirmed)', () => {
  const hearings = [
    { type: 'periodic_review', date: '2025-03-12', status: 'scheduled' },
    { type: 'permanency', date: '2025-06-01', status: 'scheduled' },
    { type: 'custody', date: '2024-01-20', status: 'held' },
  ];
  it('is listed when the next hearing is within the lead time, and says the number is unconfirmed', () => {
    const item = itemOf(child({ hearings }), '2025-03-01', 'courtReport');
    expect(item).toMatchObject({
      dueDate: '2025-03-12',
      hearingType: 'periodic_review',
      status: 'dueSoon',
      unconfirmed: true,
    });
  });
  it('is not listed while the next hearing is further away', () => {
    expect(itemOf(child({ hearings }), '2025-02-20', 'courtReport')).toBeUndefined();
  });
});

describe('the list', () => {
  it('puts overdue items first, then by due date, and leaves out what is beyond the horizon', () => {
    const a = child({ childId: 'a', episodes: [episode('2024-02-01')] }); // visit overdue since 2024-02-29
    const b = child({
      childId: 'b',
      episodes: [episode('2024-01-15')],
      visits: ['2024-02-10'],
      hearings: [{ type: 'periodic_review', date: '2024-03-08', status: 'scheduled' }],
    });
    const items = dueItems([b, a], '2024-03-05', FEDERAL_RULE_PACK);
    // The permanency hearings (2025) and 15 of 22 are beyond the 60-day horizon.
    expect(items.map((i) => [i.childId, i.kind, i.status])).toEqual([
      ['a', 'caseworkerVisit', 'overdue'],
      ['b', 'courtReport', 'dueSoon'],
      ['b', 'caseworkerVisit', 'upcoming'],
    ]);
    expect(items.every((i) => daysBetween('2024-03-05', i.dueDate) <= DEFAULT_DUE_WINDOW.horizonDays)).toBe(
      true,
    );
  });
});

describe('properties', () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
  const facts = fc
    .record({
      removal: day('2020-01-01', 2000),
      stay: fc.option(fc.integer({ min: 0, max: 1500 })),
      adjudicatedAfter: fc.option(fc.integer({ min: 0, max: 120 })),
      thvAfter: fc.option(fc.integer({ min: 0, max: 700 })),
      visits: fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 20 }),
      hearings: fc.array(
        fc.record({
          after: fc.integer({ min: 0, max: 1500 }),
          type: fc.constantFrom('permanency', 'initial_judicial_review', 'periodic_review'),
          status: fc.constantFrom('scheduled', 'held', 'continued'),
        }),
        { maxLength: 6 },
      ),
      tpr: fc.boolean(),
    })
    .map((r): ChildDutyFacts => ({
      childId: 'c',
      caseId: 'k',
      episodes: [
        {
          removalDate: r.removal,
          adjudicationDate: r.adjudicatedAfter === null ? null : addDays(r.removal, r.adjudicatedAfter),
          dischargeDate: r.stay === null ? null : addDays(r.removal, r.stay),
          placements:
            r.thvAfter === null
              ? [{ setting: 'group_home', startDate: r.removal, endDate: null }]
              : [
                  { setting: 'group_home', startDate: r.removal, endDate: addDays(r.removal, r.thvAfter) },
                  { setting: 'trial_home_visit', startDate: addDays(r.removal, r.thvAfter), endDate: null },
                ],
        },
      ],
      visits: r.visits.map((n) => addDays(r.removal, n)),
      hearings: r.hearings.map((h) => ({
        type: h.type,
        status: h.status,
        date: addDays(r.removal, h.after),
      })),
      tprPetitionFiled: r.tpr,
    }));
  const today = day('2020-06-01', 2400);

  it('never marks an item overdue before its due date, and always after it', () => {
    fc.assert(
      fc.property(facts, today, fc.constantFrom(FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK), (f, t, pack) => {
        for (const item of dueItemsForChild(f, t, pack)) {
          expect(item.status === 'overdue').toBe(t > item.dueDate);
          expect(daysBetween(t, item.dueDate)).toBeLessThanOrEqual(DEFAULT_DUE_WINDOW.horizonDays);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists nothing for a child out of care today, and at most one item of each kind', () => {
    fc.assert(
      fc.property(facts, today, (f, t) => {
        const items = dueItemsForChild(f, t, FEDERAL_RULE_PACK);
        const e = f.episodes[0]!;
        const inCare = e.removalDate <= t && (e.dischargeDate === null || e.dischargeDate > t);
        if (!inCare) expect(items).toEqual([]);
        expect(new Set(items.map((i) => i.kind)).size).toBe(items.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('transition items (SSA §475(5)(H), §475(5)(I))', () => {
  // 17 on 2025-06-15: the 90-day plan is due 2026-03-17; in care since 2024-01-15.
  const youth = (plan: NonNullable<ChildDutyFacts['transition']>['plan']) =>
    child({ transition: { birthDate: '2008-06-15', plan } });

  it('lists the 90-day plan within the window, and drops it once done', () => {
    const item = itemOf(youth(null), '2026-03-10', 'transitionPlan', NEW_MEXICO_RULE_PACK);
    expect(item).toMatchObject({ dueDate: '2026-03-17', status: 'dueSoon', unconfirmed: false });
    const done = youth({ extendedCare: false, ninetyDayCompletedOn: '2026-03-01', creditChecks: [] });
    expect(itemOf(done, '2026-03-10', 'transitionPlan', NEW_MEXICO_RULE_PACK)).toBeUndefined();
  });

  it('moves the plan to 90 days before the extended-care age for a youth staying in care', () => {
    const extended = youth({ extendedCare: true, ninetyDayCompletedOn: null, creditChecks: [] });
    expect(itemOf(extended, '2029-02-01', 'transitionPlan', NEW_MEXICO_RULE_PACK)).toMatchObject({
      dueDate: '2029-03-17',
      unconfirmed: true,
    });
  });

  it('asks for a credit report a year after the last one', () => {
    const checked = youth({
      extendedCare: false,
      ninetyDayCompletedOn: null,
      creditChecks: [{ checkedOn: '2025-03-01', result: 'clean' }],
    });
    expect(itemOf(checked, '2026-02-20', 'creditReport', NEW_MEXICO_RULE_PACK)).toMatchObject({
      dueDate: '2026-03-01',
      status: 'dueSoon',
    });
  });

  it('asks for the credit report only once a plan to adulthood is recorded', () => {
    expect(itemOf(youth(null), '2026-02-20', 'creditReport', NEW_MEXICO_RULE_PACK)).toBeUndefined();
  });

  it('lists nothing for a child under 14 or without the facts', () => {
    const young = child({ transition: { birthDate: '2015-01-01', plan: null } });
    const kinds = dueItemsForChild(young, '2026-03-10', NEW_MEXICO_RULE_PACK).map((i) => i.kind);
    expect(kinds).not.toContain('transitionPlan');
    expect(kinds).not.toContain('creditReport');
  });
});
