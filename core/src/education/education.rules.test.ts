import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEDERAL_EDUCATION_RULES as RULES } from '../rules/education-rules.ts';
import {
  bestInterestFlags,
  checkBestInterest,
  chronicAbsenceFlags,
  checkDecisionMaker,
  countSchoolMoves,
  creditsStatus,
  currentEnrollment,
  educationFlags,
  enrollmentGapFlags,
  expectedCredits,
  isSchoolYearDay,
  nextReviewOf,
  schoolDaysBetween,
  specialEducationFlags,
  type EducationFacts,
} from './education.rules.ts';
import {
  ENROLLMENT_REASONS,
  type AttendanceTerm,
  type EnrollmentReason,
  type SchoolEnrollment,
} from './model.ts';

let seq = 0;
const school = (
  schoolName: string,
  enrolledOn: string,
  reason: EnrollmentReason = 'placement_change',
  exitedOn: string | null = null,
  extra: Partial<SchoolEnrollment> = {},
): SchoolEnrollment => ({
  id: `e${String(++seq).padStart(3, '0')}`,
  schoolName,
  enrolledOn,
  reason,
  exitedOn,
  exitReason: exitedOn ? 'moved' : null,
  isSchoolOfOrigin: false,
  ...extra,
});

const facts = (over: Partial<EducationFacts> = {}): EducationFacts => ({
  birthDate: '2014-03-01',
  placements: [],
  bestInterest: [],
  enrollments: [],
  credits: [],
  specialEducation: [],
  attendance: [],
  ...over,
});

const term = (
  termStart: string,
  daysAbsent: number,
  daysEnrolled: number | null,
  id = `t${termStart}`,
): AttendanceTerm => ({
  id,
  term: `Term from ${termStart}`,
  termStart,
  termEnd: `${termStart.slice(0, 4)}-12-19`,
  daysAbsent,
  daysEnrolled,
});

describe('the school year (rule pack: 15 August to 31 May, unconfirmed)', () => {
  it.each([
    ['2026-08-14', false],
    ['2026-08-15', true],
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-05-31', true],
    ['2027-06-01', false],
    ['2027-07-04', false],
  ])('%s is a school-year day: %s', (date, expected) => {
    expect(isSchoolYearDay(date, RULES)).toBe(expected);
  });

  it('counts school days strictly between two dates: weekdays in the school year only', () => {
    // Friday 2026-11-20 to Monday 2026-11-30: Mon 23 … Fri 27 are five weekdays.
    expect(schoolDaysBetween('2026-11-20', '2026-11-30', RULES)).toBe(5);
    expect(schoolDaysBetween('2026-11-20', '2026-11-21', RULES)).toBe(0);
    // Summer: none.
    expect(schoolDaysBetween('2026-06-01', '2026-08-01', RULES)).toBe(0);
  });
});

describe('school moves (SSA §475(1)(G); a promotion is not a move)', () => {
  it.each<[string, SchoolEnrollment[], string | null, number, number]>([
    ['no schools', [], null, 0, 0],
    ['one school: the school of origin', [school('Origin ES', '2022-08-16')], null, 0, 0],
    [
      'two schools, the change in October',
      [school('Origin ES', '2022-08-16', 'other', '2026-10-02'), school('Mesa ES', '2026-10-05')],
      null,
      1,
      1,
    ],
    [
      'a summer change is a move but not a school-year move',
      [school('Origin ES', '2022-08-16', 'other', '2026-06-30'), school('Mesa ES', '2026-07-20')],
      null,
      1,
      0,
    ],
    [
      'a promotion to middle school is no move',
      [
        school('Origin ES', '2020-08-16', 'other', '2026-05-29'),
        school('Valle MS', '2026-08-17', 'promotion'),
      ],
      null,
      0,
      0,
    ],
    [
      'three changes, one before entering care',
      [
        school('A', '2020-08-16', 'other', '2023-01-10'),
        school('B', '2023-01-12', 'family_move', '2025-02-01'),
        school('C', '2025-02-03', 'placement_change', '2025-09-01'),
        school('D', '2025-09-02', 'returned_to_school_of_origin'),
      ],
      '2025-01-20',
      2,
      2,
    ],
    [
      'order of the list does not matter',
      [school('Y', '2026-01-05'), school('X', '2025-08-20', 'other', '2026-01-02')],
      null,
      1,
      1,
    ],
  ])('%s', (_name, enrollments, since, moves, schoolYearMoves) => {
    expect(countSchoolMoves(enrollments, RULES, since)).toEqual({ moves, schoolYearMoves });
  });

  it('adding an enrollment never lowers the move count (property)', () => {
    const dateArb = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const enrollmentArb = fc.record({
      schoolName: fc.constantFrom('A', 'B', 'C'),
      enrolledOn: dateArb,
      reason: fc.constantFrom(...ENROLLMENT_REASONS),
      id: fc.uuid(),
    });
    fc.assert(
      fc.property(
        fc.array(enrollmentArb, { maxLength: 8 }),
        enrollmentArb,
        fc.option(dateArb, { nil: null }),
        (list, added, since) => {
          const full = (e: (typeof list)[number]): SchoolEnrollment => ({
            ...e,
            exitedOn: null,
            exitReason: null,
            isSchoolOfOrigin: false,
          });
          const before = countSchoolMoves(list.map(full), RULES, since);
          const after = countSchoolMoves([...list, added].map(full), RULES, since);
          expect(after.moves).toBeGreaterThanOrEqual(before.moves);
          expect(after.schoolYearMoves).toBeGreaterThanOrEqual(before.schoolYearMoves);
          expect(after.schoolYearMoves).toBeLessThanOrEqual(after.moves);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds the school attended today', () => {
    const a = school('A', '2025-08-20', 'other', '2026-10-02');
    const b = school('B', '2026-10-05');
    expect(currentEnrollment([a, b], '2026-11-23')?.schoolName).toBe('B');
    expect(currentEnrollment([a, b], '2026-10-02')?.schoolName).toBe('A');
    expect(currentEnrollment([a, b], '2026-10-03')).toBeNull();
  });
});

describe('the best-interest determination deadline (SSA §475(1)(G); 5 days, unconfirmed)', () => {
  const placement = { placementId: 'p2', startedOn: '2026-11-02', setting: 'foster_family_relative' };
  // Deadline: 2026-11-07. Flags hold from the 8th.
  it.each<[string, string, { placementId: string | null; decidedOn: string }[], string | null, number]>([
    ['today is the deadline, none yet: not flagged', '2026-11-07', [], null, 0],
    ['a day past the deadline, none: missing by 1 day', '2026-11-08', [], 'bid_missing', 1],
    ['three weeks on, none: missing by 16 days', '2026-11-23', [], 'bid_missing', 16],
    [
      'made on the deadline day: on time',
      '2026-11-23',
      [{ placementId: 'p2', decidedOn: '2026-11-07' }],
      null,
      0,
    ],
    [
      'made the day after: late by 1',
      '2026-11-23',
      [{ placementId: 'p2', decidedOn: '2026-11-08' }],
      'bid_late',
      1,
    ],
    [
      'made before the move (planned): on time',
      '2026-11-23',
      [{ placementId: 'p2', decidedOn: '2026-10-20' }],
      null,
      0,
    ],
    [
      'unlinked, 5 days before the move: counts',
      '2026-11-23',
      [{ placementId: null, decidedOn: '2026-10-28' }],
      null,
      0,
    ],
    [
      'unlinked, 6 days before the move: does not',
      '2026-11-23',
      [{ placementId: null, decidedOn: '2026-10-27' }],
      'bid_missing',
      16,
    ],
    [
      'linked to another placement: does not',
      '2026-11-23',
      [{ placementId: 'p1', decidedOn: '2026-11-03' }],
      'bid_missing',
      16,
    ],
  ])('%s', (_name, today, bids, kind, amount) => {
    const flags = bestInterestFlags(
      facts({ placements: [placement], bestInterest: bids.map((b, i) => ({ id: `b${i}`, ...b })) }),
      today,
      RULES,
    );
    if (kind === null) expect(flags).toEqual([]);
    else {
      expect(flags).toHaveLength(1);
      expect(flags[0]).toMatchObject({ kind, amount, subjectId: 'p2', unconfirmed: true });
      expect(flags[0]!.citation).toMatch(/§475\(1\)\(G\)/);
    }
  });

  it('reads the number of days from the rule pack', () => {
    const rules = { ...RULES, bestInterestDays: { value: 10, citation: 'state policy' } };
    const f = facts({ placements: [placement] });
    expect(bestInterestFlags(f, '2026-11-12', rules)).toEqual([]);
    expect(bestInterestFlags(f, '2026-11-13', rules)[0]).toMatchObject({ amount: 1, unconfirmed: false });
  });

  it('asks nothing for a runaway episode, a respite stay, or a child not of school age', () => {
    expect(
      bestInterestFlags(facts({ placements: [{ ...placement, setting: 'runaway' }] }), '2026-11-23', RULES),
    ).toEqual([]);
    expect(
      bestInterestFlags(facts({ birthDate: '2023-01-01', placements: [placement] }), '2026-11-23', RULES),
    ).toEqual([]);
    expect(
      bestInterestFlags(facts({ birthDate: '2008-01-01', placements: [placement] }), '2026-11-23', RULES),
    ).toEqual([]);
  });

  it('an unlinked determination answers only the placement it falls in', () => {
    const flags = bestInterestFlags(
      facts({
        placements: [
          { placementId: 'p1', startedOn: '2026-03-01', setting: 'foster_family_nonrelative' },
          placement,
        ],
        bestInterest: [{ id: 'b1', placementId: null, decidedOn: '2026-03-03' }],
      }),
      '2026-11-23',
      RULES,
    );
    expect(flags.map((f) => f.subjectId)).toEqual(['p2']);
  });
});

describe('enrollment gaps (immediate enrollment; over 3 school days flagged, unconfirmed)', () => {
  it.each<[string, string, string, number | null]>([
    ['next school day', '2026-11-20', '2026-11-23', null],
    ['three school days missed', '2026-11-16', '2026-11-20', null],
    ['four school days missed', '2026-11-13', '2026-11-20', 4],
    ['over the summer: nothing missed', '2026-05-29', '2026-08-17', null],
  ])('%s', (_name, exit, next, amount) => {
    const flags = enrollmentGapFlags(
      facts({ enrollments: [school('A', '2025-08-20', 'other', exit), school('B', next)] }),
      '2026-11-23',
      RULES,
    );
    if (amount === null) expect(flags).toEqual([]);
    else expect(flags).toEqual([expect.objectContaining({ kind: 'enrollment_gap', amount })]);
  });

  it('counts an open gap to today, but not after graduation', () => {
    const left = school('A', '2025-08-20', 'other', '2026-11-13');
    expect(enrollmentGapFlags(facts({ enrollments: [left] }), '2026-11-23', RULES)).toEqual([
      expect.objectContaining({ kind: 'enrollment_gap', amount: 6, since: '2026-11-14' }),
    ]);
    const graduated = { ...left, exitReason: 'graduated' as const };
    expect(enrollmentGapFlags(facts({ enrollments: [graduated] }), '2026-11-23', RULES)).toEqual([]);
  });
});

describe('credits for the grade (24 to graduate, unconfirmed; 2 or more behind flagged)', () => {
  it.each<[number, string, number]>([
    [9, '2026-08-15', 0],
    [9, '2027-05-31', 6],
    [10, '2026-08-15', 6],
    [11, '2027-06-15', 18],
    [12, '2027-07-01', 24],
    // Mid-year: the share of the school year gone (139 of 289 days).
    [10, '2027-01-01', 8.9],
  ])('grade %i on %s: %d expected', (grade, asOf, expected) => {
    expect(expectedCredits(grade, asOf, RULES)).toBe(expected);
  });

  it.each<[number, number | null, number, boolean]>([
    [13, null, 0, false],
    [12, null, 0, false],
    [11, null, 1, false],
    [10, null, 2, true],
    [5, 9, 4, true],
  ])('earned %d (expected given: %s): behind by %d, flagged %s', (earned, given, behindBy, isBehind) => {
    const status = creditsStatus(
      [
        { asOf: '2025-10-01', grade: 10, earned: 0, expected: 0 },
        { asOf: '2026-08-15', grade: 11, earned, expected: given },
      ],
      RULES,
    );
    expect(status).toMatchObject({ behindBy, isBehind, grade: 11 });
    const flags = educationFlags(
      facts({ credits: [{ asOf: '2026-08-15', grade: 11, earned, expected: given }] }),
      '2026-11-23',
      RULES,
    );
    expect(flags.some((f) => f.kind === 'credits_behind')).toBe(isBehind);
  });

  it('has no status without a record', () => {
    expect(creditsStatus([], RULES)).toBeNull();
  });
});

describe('IEP and 504 reviews (IDEA: at least annually)', () => {
  it('dates the next review a year on, and flags only the latest plan past it', () => {
    expect(nextReviewOf('iep', '2025-11-20', RULES)).toBe('2026-11-20');
    const plans = [
      { id: 'old', planType: 'iep' as const, planDate: '2024-01-10', nextReviewOn: '2025-01-10' },
      { id: 'new', planType: 'iep' as const, planDate: '2025-11-20', nextReviewOn: '2026-11-20' },
    ];
    expect(specialEducationFlags(facts({ specialEducation: plans }), '2026-11-20', RULES)).toEqual([]);
    expect(specialEducationFlags(facts({ specialEducation: plans }), '2026-11-23', RULES)).toEqual([
      expect.objectContaining({
        kind: 'iep_review_overdue',
        subjectId: 'new',
        amount: 3,
        unconfirmed: false,
      }),
    ]);
  });
});

describe('chronic absence (10% or more of the days enrolled in a term, unconfirmed)', () => {
  it.each<[string, AttendanceTerm[], number | null]>([
    ['9.9% of the days enrolled', [term('2026-08-17', 99, 1000)], null],
    ['10.0%', [term('2026-08-17', 100, 1000)], 100],
    ['10.1%', [term('2026-08-17', 101, 1000)], 101],
    // 0.1 * 70 is 7.000000000000001 in floating point: 7 of 70 is still 10%.
    ['7 of 70, exactly 10%', [term('2026-08-17', 7, 70)], 7],
    ['5 of 60', [term('2026-08-17', 5, 60)], null],
    ['9 of 60', [term('2026-08-17', 9, 60)], 9],
    ['days enrolled not given', [term('2026-08-17', 30, null)], null],
    ['zero days enrolled', [term('2026-08-17', 0, 0)], null],
    ['no attendance recorded', [], null],
    [
      'only the latest term counts: a bad spring, a good autumn',
      [term('2026-08-17', 2, 60), term('2026-01-05', 20, 80)],
      null,
    ],
    [
      'only the latest term counts: a good spring, a bad autumn (given in any order)',
      [term('2026-08-17', 8, 60), term('2026-01-05', 1, 80)],
      8,
    ],
    [
      'the latest term with days enrolled given counts',
      [term('2026-08-17', 30, null), term('2026-01-05', 12, 80)],
      12,
    ],
  ])('%s', (_, attendance, flagged) => {
    const flags = chronicAbsenceFlags(facts({ attendance }), RULES);
    if (flagged === null) expect(flags).toEqual([]);
    else
      expect(flags).toEqual([
        expect.objectContaining({ kind: 'chronic_absence', amount: flagged, unconfirmed: true }),
      ]);
  });

  it('says which term, from its first day, and the days it is counted out of', () => {
    const attendance = [term('2026-01-05', 1, 80), term('2026-08-17', 9, 60, 'autumn')];
    expect(educationFlags(facts({ attendance }), '2026-11-23', RULES)).toEqual([
      {
        kind: 'chronic_absence',
        subjectId: 'autumn',
        since: '2026-08-17',
        on: '2026-08-17',
        amount: 9,
        outOf: 60,
        citation: RULES.chronicAbsenceShare.citation,
        unconfirmed: true,
      },
    ]);
  });

  it('more days absent never removes the flag', () => {
    const termArb = fc
      .record({
        start: fc.integer({ min: 0, max: 40 }),
        enrolled: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
        absentShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ start, enrolled, absentShare }) =>
        term(
          `20${String(10 + Math.floor(start / 2)).padStart(2, '0')}-${start % 2 ? '08-17' : '01-05'}`,
          Math.floor(absentShare * (enrolled ?? 100)),
          enrolled,
          `t${start}`,
        ),
      );
    fc.assert(
      fc.property(
        fc.uniqueArray(termArb, { selector: (t) => t.termStart, maxLength: 5 }),
        fc.nat({ max: 120 }),
        fc.nat({ max: 4 }),
        (attendance, more, which) => {
          const before = chronicAbsenceFlags(facts({ attendance }), RULES);
          const i = which % Math.max(1, attendance.length);
          const worse = attendance.map((t, j) =>
            j === i
              ? { ...t, daysAbsent: Math.min(t.daysAbsent + more, t.daysEnrolled ?? t.daysAbsent + more) }
              : t,
          );
          const after = chronicAbsenceFlags(facts({ attendance: worse }), RULES);
          if (before.length > 0) expect(after).toHaveLength(1);
          expect(after.length).toBeGreaterThanOrEqual(before.length);
        },
      ),
    );
  });
});

describe('the education decision-maker: a parent unless limited, with the authority recorded', () => {
  it.each<[string, Parameters<typeof checkDecisionMaker>[0], string[]]>([
    ['a parent', { relationship: 'parent', authority: 'parental_right', authorityReference: null }, []],
    [
      'a foster parent by court order, order named',
      { relationship: 'foster_parent', authority: 'court_order', authorityReference: 'Order 2026-11-02' },
      [],
    ],
    [
      'a foster parent by court order, order missing',
      { relationship: 'foster_parent', authority: 'court_order', authorityReference: ' ' },
      ['authorityReference'],
    ],
    [
      'a relative claiming a parental right',
      { relationship: 'relative', authority: 'parental_right', authorityReference: null },
      ['authority'],
    ],
    [
      'a parent by court order',
      { relationship: 'parent', authority: 'court_order', authorityReference: 'x' },
      ['authority'],
    ],
    [
      'a youth before majority',
      { relationship: 'youth', authority: 'surrogate_appointment', authorityReference: 'x' },
      ['authority'],
    ],
  ])('%s', (_name, input, fields) => {
    expect(checkDecisionMaker(input).map((p) => p.field)).toEqual(fields);
  });
});

describe('a best-interest determination as recorded', () => {
  const base = {
    decidedOn: '2026-11-03',
    decision: 'stay_in_school_of_origin' as const,
    participants: [{ role: 'child', name: 'the child' }],
    factors: ['proximity_to_placement'],
    disputed: false,
    disputeOutcome: null,
    transport: {
      provider: 'school_district' as const,
      payer: 'shared' as const,
      startsOn: '2026-11-04',
      notes: null,
    },
  };
  it('needs a transport plan to stay, an outcome for a dispute, participants and factors', () => {
    expect(checkBestInterest(base)).toEqual([]);
    expect(checkBestInterest({ ...base, decision: 'move', transport: null })).toEqual([]);
    expect(checkBestInterest({ ...base, transport: null }).map((p) => p.field)).toEqual(['transport']);
    expect(checkBestInterest({ ...base, disputed: true }).map((p) => p.field)).toEqual(['disputeOutcome']);
    expect(checkBestInterest({ ...base, disputeOutcome: 'upheld' }).map((p) => p.field)).toEqual([
      'disputeOutcome',
    ]);
    expect(checkBestInterest({ ...base, participants: [], factors: [] }).map((p) => p.field)).toEqual([
      'participants',
      'factors',
    ]);
  });
});
