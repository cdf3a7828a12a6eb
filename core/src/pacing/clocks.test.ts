import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CLOCK_KINDS,
  clockStatus,
  isAtRisk,
  permanencyClocks,
  type ClockKind,
  type PacingEpisode,
  type PacingFacts,
} from './clocks.ts';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK } from '../rules/rule-pack.ts';
import { addDays, daysBetween } from '../time/dates.ts';

const episode = (removalDate: string, more: Partial<PacingEpisode> = {}): PacingEpisode => ({
  id: 'r1',
  removalDate,
  adjudicationDate: null,
  dischargeDate: null,
  placements: [{ setting: 'foster_family_nonrelative', startDate: removalDate, endDate: null }],
  ...more,
});
const facts = (more: Partial<PacingFacts> = {}): PacingFacts => ({
  episodes: [episode('2025-01-05')],
  hearings: [],
  orders: [],
  findings: [],
  tprPetitionsFiled: [],
  tprExceptions: [],
  ...more,
});
const clock = (f: PacingFacts, today: string, kind: ClockKind, pack = FEDERAL_RULE_PACK) =>
  permanencyClocks(f, today, pack).clocks.find((c) => c.kind === kind)!;
const made = (type: string, date: string, orderId: string | null = null) => ({
  type,
  isMade: true,
  date,
  orderId,
});

describe('status of a deadline', () => {
  it.each([
    ['2025-03-01', '2025-03-02', 'overdue'],
    ['2025-03-01', '2025-03-01', 'dueSoon'],
    ['2025-03-31', '2025-03-01', 'dueSoon'],
    ['2025-04-01', '2025-03-01', 'ok'],
  ] as const)('due %s, today %s → %s (due soon within 30 days)', (due, today, status) => {
    expect(clockStatus(due, today, 30)).toBe(status);
  });
});

describe('date entered foster care and days in care (SSA §475(5)(F))', () => {
  it('is the earlier of the adjudication and 60 days after removal', () => {
    expect(clock(facts(), '2025-06-02', 'enteredFosterCare')).toMatchObject({
      status: 'ok',
      date: '2025-03-06',
      notes: [],
    });
    const adjudicated = facts({ episodes: [episode('2025-01-05', { adjudicationDate: '2025-02-01' })] });
    expect(clock(adjudicated, '2025-06-02', 'enteredFosterCare').date).toBe('2025-02-01');
    expect(clock(facts(), '2025-06-02', 'enteredFosterCare').citation).toMatch(/475\(5\)\(F\)/);
  });

  it('says the date may still move earlier while no adjudication is made and 60 days have not passed', () => {
    const recent = facts({ episodes: [episode('2025-05-01')] });
    expect(clock(recent, '2025-06-02', 'enteredFosterCare')).toMatchObject({
      date: '2025-06-30',
      notes: ['provisional'],
    });
  });

  it('counts the days of this episode, and all episodes together', () => {
    expect(clock(facts(), '2025-06-02', 'daysInCare')).toMatchObject({ days: 149, ofDays: 149 });
    const twice = facts({
      episodes: [episode('2023-01-01', { id: 'r0', dischargeDate: '2023-01-11' }), episode('2025-01-05')],
    });
    expect(clock(twice, '2025-06-02', 'daysInCare')).toMatchObject({
      days: 149,
      ofDays: 159,
      notes: ['earlierEpisodes'],
    });
  });
});

describe('15 of the most recent 22 months and the TPR petition (SSA §475(5)(E); 45 CFR 1356.21(i))', () => {
  // Entered care 2024-01-01: the 15 months are reached on 2025-03-31.
  const long = facts({ episodes: [episode('2023-11-02')] });

  it('counts toward the day it is reached, due soon in the last 30 days, overdue after it', () => {
    expect(clock(long, '2025-02-01', 'fifteenOfTwentyTwo')).toMatchObject({
      status: 'ok',
      dueDate: '2025-03-31',
      days: daysBetween('2024-01-01', '2025-02-01') + 1,
      notes: ['projected'],
    });
    expect(clock(long, '2025-03-15', 'fifteenOfTwentyTwo').status).toBe('dueSoon');
    const late = clock(long, '2025-05-01', 'fifteenOfTwentyTwo');
    expect(late).toMatchObject({ status: 'overdue', missed: false, notes: [] });
    expect(isAtRisk(late)).toBe(true);
  });

  it('is answered by a TPR petition filed for the child', () => {
    const filed = { ...long, tprPetitionsFiled: ['2025-03-20'] };
    expect(clock(filed, '2025-05-01', 'fifteenOfTwentyTwo')).toMatchObject({
      status: 'ok',
      metOn: '2025-03-20',
      notes: ['petitionFiled'],
    });
  });

  it('is answered by an exception documented for this episode, not another', () => {
    const exception = {
      removalId: 'r1',
      reason: 'compelling_reason',
      documentedDate: '2025-03-01',
      note: 'Adoption is not in the interest of a 16-year-old who wants guardianship.',
    };
    const documented = clock({ ...long, tprExceptions: [exception] }, '2025-05-01', 'fifteenOfTwentyTwo');
    expect(documented).toMatchObject({ status: 'ok', exception, notes: ['exceptionDocumented'] });
    const elsewhere = { ...exception, removalId: 'r0' };
    expect(clock({ ...long, tprExceptions: [elsewhere] }, '2025-05-01', 'fifteenOfTwentyTwo').status).toBe(
      'overdue',
    );
  });

  it('points out relative care, an exception the state allows, while the question is open', () => {
    const withKin = facts({
      episodes: [
        episode('2023-11-02', {
          placements: [{ setting: 'foster_family_relative', startDate: '2023-11-02', endDate: null }],
        }),
      ],
    });
    expect(clock(withKin, '2025-05-01', 'fifteenOfTwentyTwo').notes).toEqual(['relativeCare']);
  });

  it('is never reached on an open trial home visit', () => {
    const home = facts({
      episodes: [
        episode('2024-06-01', {
          placements: [
            { setting: 'group_home', startDate: '2024-06-01', endDate: '2024-12-01' },
            { setting: 'trial_home_visit', startDate: '2024-12-01', endDate: null },
          ],
        }),
      ],
    });
    expect(clock(home, '2025-06-02', 'fifteenOfTwentyTwo')).toMatchObject({
      status: 'ok',
      dueDate: null,
      notes: ['notReached'],
    });
  });
});

describe('reasonable efforts to prevent removal, by day 60 (45 CFR 1356.21(b)(1)(i))', () => {
  it.each([
    ['made in time', [made('reasonable_efforts_prevent_removal', '2025-01-10')], '2025-06-02', 'ok', false],
    [
      'found not required',
      [made('reasonable_efforts_not_required', '2025-01-10')],
      '2025-06-02',
      'ok',
      false,
    ],
    ['made late', [made('reasonable_efforts_prevent_removal', '2025-04-01')], '2025-06-02', 'overdue', true],
    ['not yet made, 14 days left', [], '2025-02-20', 'dueSoon', false],
    ['not made in time', [], '2025-06-02', 'overdue', true],
  ])('%s', (_name, findings, today, status, missed) => {
    const c = clock(facts({ findings }), today, 'reasonableEffortsPrevent');
    expect(c).toMatchObject({ dueDate: '2025-03-06', status, missed });
    // A finding that can no longer be made in time is not "at risk": it was missed.
    expect(isAtRisk(c)).toBe(status === 'dueSoon');
  });

  it('does not apply to a voluntary placement', () => {
    const voluntary = facts({ episodes: [episode('2025-01-05', { removalManner: 'voluntary' })] });
    expect(clock(voluntary, '2025-06-02', 'reasonableEffortsPrevent').status).toBe('notApplicable');
  });
});

describe('contrary to the welfare, in the first order (45 CFR 1356.21(c))', () => {
  const orders = [
    { id: 'o0', type: 'other', date: '2024-12-20' }, // before the removal: not the ruling sanctioning it
    { id: 'o1', type: 'custody', date: '2025-01-08' },
    { id: 'o2', type: 'adjudication', date: '2025-02-15' },
  ];
  it('is met when the first order after the removal made it', () => {
    const f = facts({ orders, findings: [made('contrary_to_welfare', '2025-01-08', 'o1')] });
    expect(clock(f, '2025-06-02', 'contraryToWelfare')).toMatchObject({ status: 'ok', metOn: '2025-01-08' });
  });
  it('is missed when the first order did not make it, even if a later one did', () => {
    const f = facts({ orders, findings: [made('contrary_to_welfare', '2025-02-15', 'o2')] });
    expect(clock(f, '2025-06-02', 'contraryToWelfare')).toMatchObject({
      status: 'overdue',
      missed: true,
      notes: ['notMade'],
    });
  });
  it('waits for the first order', () => {
    expect(clock(facts(), '2025-01-06', 'contraryToWelfare')).toMatchObject({
      status: 'ok',
      notes: ['awaitingFirstOrder'],
    });
  });
});

describe('reasonable efforts to finalize the permanency plan, every 12 months (45 CFR 1356.21(b)(2))', () => {
  const adjudicated = [episode('2024-01-10', { adjudicationDate: '2024-02-20' })];
  it('is due 12 months after entering care, and IV-E ineligible from the end of that month', () => {
    const f = facts({ episodes: adjudicated });
    expect(clock(f, '2025-01-25', 'reasonableEffortsFinalize')).toMatchObject({
      status: 'dueSoon',
      dueDate: '2025-02-20',
      since: '2024-02-20',
      ineligibleFrom: '2025-03-01',
    });
    const late = clock(f, '2025-02-21', 'reasonableEffortsFinalize');
    expect(late).toMatchObject({ status: 'overdue', missed: false, notes: ['ivEIneligible'] });
    expect(late.citation).toMatch(/1356\.21\(b\)\(2\)/);
  });
  it('runs again from the last finding made, and shows a permanency hearing set in time', () => {
    const f = facts({
      episodes: adjudicated,
      findings: [made('reasonable_efforts_finalize_plan', '2025-02-10')],
      hearings: [{ type: 'permanency', date: '2026-01-20', status: 'scheduled' }],
    });
    expect(clock(f, '2025-06-02', 'reasonableEffortsFinalize')).toMatchObject({
      status: 'ok',
      dueDate: '2026-02-10',
      metOn: '2025-02-10',
      scheduledOn: '2026-01-20',
      notes: ['scheduled'],
    });
  });
  it('does not count a finding refused', () => {
    const f = facts({
      episodes: adjudicated,
      findings: [{ ...made('reasonable_efforts_finalize_plan', '2025-02-10'), isMade: false }],
    });
    expect(clock(f, '2025-06-02', 'reasonableEffortsFinalize').dueDate).toBe('2025-02-20');
  });
});

describe('periodic review and permanency hearing (SSA §475(5)(B),(C); NMSA §32A-4-25.1(A))', () => {
  const adjudicated = [episode('2024-01-10', { adjudicationDate: '2024-02-20' })];
  it('reviews at least every six months from entering care or the last review held', () => {
    expect(clock(facts(), '2025-06-02', 'periodicReview').dueDate).toBe('2025-09-06');
    const reviewed = facts({
      hearings: [{ type: 'initial_judicial_review', date: '2025-05-01', status: 'held' }],
    });
    expect(clock(reviewed, '2025-06-02', 'periodicReview').dueDate).toBe('2025-11-01');
  });
  it('is ok once a hearing is set by the due date, and at risk when it is set after it', () => {
    const inTime = facts({
      episodes: adjudicated,
      hearings: [{ type: 'permanency', date: '2025-02-10', status: 'scheduled' }],
    });
    expect(clock(inTime, '2025-02-01', 'permanencyHearing')).toMatchObject({
      status: 'ok',
      dueDate: '2025-02-20',
      scheduledOn: '2025-02-10',
    });
    const late = facts({
      episodes: adjudicated,
      hearings: [{ type: 'permanency', date: '2025-03-10', status: 'scheduled' }],
    });
    expect(clock(late, '2025-02-01', 'permanencyHearing')).toMatchObject({
      status: 'dueSoon',
      notes: ['scheduledLate'],
    });
  });
  it('in New Mexico, is due six months after the initial judicial review when that comes first', () => {
    const f = facts({
      episodes: adjudicated,
      hearings: [{ type: 'initial_judicial_review', date: '2024-06-01', status: 'held' }],
    });
    const nm = clock(f, '2024-11-01', 'permanencyHearing', NEW_MEXICO_RULE_PACK);
    expect(nm).toMatchObject({ dueDate: '2024-12-01', citation: 'NMSA 1978 §32A-4-25.1(A)' });
    expect(clock(f, '2024-11-01', 'permanencyHearing').dueDate).toBe('2025-02-20');
  });
  it('is due within 30 days of a finding that reasonable efforts are not required', () => {
    const f = facts({
      episodes: adjudicated,
      findings: [made('reasonable_efforts_not_required', '2024-05-01')],
    });
    expect(clock(f, '2024-05-10', 'permanencyHearing')).toMatchObject({
      dueDate: '2024-05-31',
      status: 'dueSoon',
      citation: 'SSA §471(a)(15)(E)(i)',
      notes: ['noEffortsFinding'],
    });
  });
});

describe('trial home visit (45 CFR 1356.21(e))', () => {
  const thv = facts({
    episodes: [
      episode('2024-01-15', {
        placements: [
          { setting: 'group_home', startDate: '2024-01-15', endDate: '2024-08-31' },
          { setting: 'trial_home_visit', startDate: '2024-08-31', endDate: null },
        ],
      }),
    ],
  });
  it('runs out six months after it started (31 August → 28 February)', () => {
    expect(clock(thv, '2025-02-20', 'trialHomeVisit')).toMatchObject({
      status: 'dueSoon',
      dueDate: '2025-02-28',
      notes: ['noExtensionRecorded'],
    });
    expect(clock(thv, '2025-03-01', 'trialHomeVisit').status).toBe('overdue');
  });
  it('does not apply in another setting', () => {
    expect(clock(facts(), '2025-06-02', 'trialHomeVisit').status).toBe('notApplicable');
  });
});

describe('a child not in foster care today', () => {
  it('has every clock not applicable', () => {
    const home = facts({ episodes: [episode('2024-01-05', { dischargeDate: '2025-01-05' })] });
    const all = permanencyClocks(home, '2025-06-02', FEDERAL_RULE_PACK);
    expect(all.removalId).toBeNull();
    expect(all.clocks.map((c) => c.status)).toEqual(CLOCK_KINDS.map(() => 'notApplicable'));
  });
});

describe('properties of the clocks', () => {
  const day = (from: string, max: number) => fc.integer({ min: 0, max }).map((n) => addDays(from, n));
  const arbitraryFacts = fc
    .record({
      earlier: fc.option(fc.integer({ min: 30, max: 400 })),
      removal: day('2021-01-01', 1500),
      stay: fc.option(fc.integer({ min: 0, max: 1200 })),
      adjudicatedAfter: fc.option(fc.integer({ min: 0, max: 120 })),
      placedAfter: fc.option(
        fc.record({
          at: fc.integer({ min: 0, max: 900 }),
          setting: fc.constantFrom('trial_home_visit', 'runaway', 'foster_family_relative'),
        }),
      ),
      findings: fc.array(
        fc.record({
          type: fc.constantFrom(
            'reasonable_efforts_prevent_removal',
            'reasonable_efforts_finalize_plan',
            'reasonable_efforts_not_required',
            'contrary_to_welfare',
          ),
          after: fc.integer({ min: 0, max: 1200 }),
          isMade: fc.boolean(),
        }),
        { maxLength: 5 },
      ),
      hearings: fc.array(
        fc.record({
          type: fc.constantFrom('permanency', 'initial_judicial_review', 'periodic_review'),
          after: fc.integer({ min: 0, max: 1500 }),
          status: fc.constantFrom('scheduled', 'held', 'continued'),
        }),
        { maxLength: 6 },
      ),
      petitionAfter: fc.option(fc.integer({ min: 0, max: 1200 })),
    })
    .map((r): PacingFacts => {
      const placements = [{ setting: 'group_home', startDate: r.removal, endDate: null as string | null }];
      if (r.placedAfter) {
        placements[0]!.endDate = addDays(r.removal, r.placedAfter.at);
        placements.push({ setting: r.placedAfter.setting, startDate: placements[0]!.endDate, endDate: null });
      }
      const current: PacingEpisode = {
        id: 'r1',
        removalDate: r.removal,
        adjudicationDate: r.adjudicatedAfter === null ? null : addDays(r.removal, r.adjudicatedAfter),
        dischargeDate: r.stay === null ? null : addDays(r.removal, r.stay),
        placements,
      };
      const before: PacingEpisode[] =
        r.earlier === null
          ? []
          : [
              episode(addDays(r.removal, -r.earlier - 200), {
                id: 'r0',
                dischargeDate: addDays(r.removal, -r.earlier),
              }),
            ];
      return {
        episodes: [...before, current],
        hearings: r.hearings.map((h) => ({
          type: h.type,
          status: h.status,
          date: addDays(r.removal, h.after),
        })),
        orders: [{ id: 'o1', type: 'custody', date: addDays(r.removal, 3) }],
        findings: r.findings.map((f) => ({
          type: f.type,
          isMade: f.isMade,
          date: addDays(r.removal, f.after),
          orderId: 'o1',
        })),
        tprPetitionsFiled: r.petitionAfter === null ? [] : [addDays(r.removal, r.petitionAfter)],
        tprExceptions: [],
      };
    });
  const today = day('2021-01-01', 2500);
  const packs = fc.constantFrom(FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK);

  it('says overdue only after the due date, and due soon only within 30 days before it', () => {
    fc.assert(
      fc.property(arbitraryFacts, today, packs, (f, t, pack) => {
        const { clocks } = permanencyClocks(f, t, pack);
        expect(clocks.map((c) => c.kind)).toEqual([...CLOCK_KINDS]);
        for (const c of clocks) {
          // A finding missed in the order itself is missed on the day of that order.
          if (c.status === 'overdue')
            expect(c.dueDate !== null && (c.missed ? c.dueDate <= t : c.dueDate < t), c.kind).toBe(true);
          if (c.status === 'dueSoon')
            expect(c.dueDate !== null && c.dueDate >= t && daysBetween(t, c.dueDate) <= 30, c.kind).toBe(
              true,
            );
          if (c.missed) expect(c.status).toBe('overdue');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never counts more of the 15 of 22 months than the days in care', () => {
    fc.assert(
      fc.property(arbitraryFacts, today, (f, t) => {
        const { clocks, removalId } = permanencyClocks(f, t, FEDERAL_RULE_PACK);
        if (removalId === null) {
          expect(clocks.every((c) => c.status === 'notApplicable')).toBe(true);
          return;
        }
        const days = clocks.find((c) => c.kind === 'daysInCare')!;
        const fifteen = clocks.find((c) => c.kind === 'fifteenOfTwentyTwo')!;
        expect(fifteen.days!).toBeLessThanOrEqual(days.ofDays!);
        expect(days.days!).toBeLessThanOrEqual(days.ofDays!);
      }),
      { numRuns: 300 },
    );
  });
});
