import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FEDERAL_RULE_PACK, NEW_MEXICO_RULE_PACK, type RulePack } from '../rules/rule-pack.ts';
import { addDays, birthdayOn, daysBetween } from '../time/dates.ts';
import {
  creditReportDueDate,
  exitDocumentProblems,
  exitDocumentsRequired,
  exitDate,
  missingExitDocuments,
  missingNinetyDayElements,
  planApplies,
  stampTeamRejections,
  teamMemberProblems,
  teamRejectionChanges,
  transitionPlanDueDate,
  transitionPlanStatus,
  type ExcludedPerson,
  type TeamMember,
} from './adulthood.ts';

const NM = NEW_MEXICO_RULE_PACK;

describe('the 90-day transition plan is due 90 days before the exit age (SSA §475(5)(H))', () => {
  it.each([
    ['2008-06-15', false, '2026-06-15', '2026-03-17'],
    // born on 29 February: 18 on 1 March of a common year, so due on 1 December
    ['2008-02-29', false, '2026-03-01', '2025-12-01'],
    ['2008-02-29', true, '2029-03-01', '2028-12-01'],
    // 1 March: the 90 days cross a common February
    ['2007-03-01', false, '2025-03-01', '2024-12-01'],
    // 28 February of a leap year: the 90 days cross 29 February 2024... no, they end before it
    ['2006-02-28', false, '2024-02-28', '2023-11-30'],
    ['2010-12-31', false, '2028-12-31', '2028-10-02'],
    // extended foster care to 21 (New Mexico's election, configurable)
    ['2009-01-01', true, '2030-01-01', '2029-10-03'],
  ])('born %s, extended care %s: exits %s, plan due %s', (birth, extended, exit, due) => {
    expect(exitDate(birth, NM, extended)).toBe(exit);
    expect(transitionPlanDueDate(birth, NM, extended)).toBe(due);
  });

  it('has no greater age under the federal floor: extended care changes nothing there', () => {
    expect(transitionPlanDueDate('2009-01-01', FEDERAL_RULE_PACK, true)).toBe('2026-10-03');
  });

  it('follows a configured extended-care age', () => {
    const pack: RulePack = {
      ...NM,
      transition: { ...NM.transition, extendedCareAge: { value: 23, citation: 'test' } },
    };
    expect(transitionPlanDueDate('2009-01-01', pack, true)).toBe('2031-10-03');
  });

  it('is always exactly 90 days before the configured age (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => addDays('1995-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 16, max: 26 }), fc.boolean(), (birth, age, extended) => {
        const pack: RulePack = {
          ...NM,
          transition: {
            ...NM.transition,
            exitAge: { value: Math.min(age, 18), citation: 'test' },
            extendedCareAge: { value: age, citation: 'test' },
          },
        };
        const exit = birthdayOn(birth, extended ? age : Math.min(age, 18));
        const due = transitionPlanDueDate(birth, pack, extended);
        expect(daysBetween(due, exit)).toBe(90);
      }),
      { numRuns: 500 },
    );
  });
});

describe('plan status', () => {
  it.each([
    ['2026-03-17', null, '2026-01-01', 'on_time'],
    ['2026-03-17', null, '2026-02-15', 'due_soon'],
    ['2026-03-17', null, '2026-03-17', 'due_soon'],
    ['2026-03-17', null, '2026-03-18', 'overdue'],
    ['2026-03-17', '2026-03-20', '2026-04-01', 'done'],
  ] as const)('due %s, completed %s, today %s → %s', (due, done, today, status) => {
    expect(transitionPlanStatus(due, done, today, NM)).toBe(status);
  });

  it('applies from the 14th birthday (SSA §475(1)(B))', () => {
    expect(planApplies('2012-05-01', '2026-04-30', NM)).toBe(false);
    expect(planApplies('2012-05-01', '2026-05-01', NM)).toBe(true);
  });
});

describe('exit documents (SSA §475(5)(I))', () => {
  it.each([
    // in care from 1 September: six months reach 1 March, the exit day: required
    ['2025-09-01', '2026-03-01', true],
    // one day short of six months at exit: not required
    ['2025-09-02', '2026-03-01', false],
    ['2020-01-10', '2026-03-01', true],
    [null, '2026-03-01', false],
  ])('removed %s, exits %s → required %s', (removal, exit, required) => {
    expect(exitDocumentsRequired(removal, exit, NM)).toBe(required);
  });

  it('lists what is still needed or only requested, in the statute’s order', () => {
    expect(
      missingExitDocuments([
        { kind: 'state_id', state: 'requested', date: '2026-01-02' },
        { kind: 'birth_certificate', state: 'have', date: '2025-12-01' },
        { kind: 'medical_records', state: 'not_needed', date: null },
      ]),
    ).toEqual(['social_security_card', 'health_insurance_information', 'state_id']);
  });

  it('asks for the date of a document received or requested, and refuses one listed twice', () => {
    expect(
      exitDocumentProblems(
        [
          { kind: 'state_id', state: 'have', date: null },
          { kind: 'state_id', state: 'requested', date: '2027-01-01' },
        ],
        '2026-01-01',
      ),
    ).toEqual([
      'exitDocuments.0: give the date it was received',
      'exitDocuments.1: state_id is listed twice',
      'exitDocuments.1: the date is in the future',
    ]);
  });
});

describe('youth-chosen team members (SSA §475(1)(B), §475A(b))', () => {
  const excluded: ExcludedPerson[] = [
    { personId: 'p-foster', name: 'Rosa Rivera', why: 'foster_parent' },
    { personId: 'p-worker', name: 'Marisol Trujillo', why: 'caseworker' },
  ];
  const member = (name: string, personId: string | null = null): TeamMember => ({
    name,
    relationship: 'mentor',
    personId,
  });
  it.each([
    [[member('Ana Ortiz'), member('Ben Ruiz')], []],
    [
      [member('Ana Ortiz'), member('Ben Ruiz'), member('Cy Lee')],
      ['team: the youth may choose at most 2 members'],
    ],
    [[member('Someone', 'p-foster')], ['team.0: the youth’s foster parent cannot be a youth-chosen member']],
    // by name too, whatever the accents and spacing
    [[member('  marisol  TRUJILLO ')], ['team.0: the youth’s caseworker cannot be a youth-chosen member']],
    [[member('Rosá Rivera')], ['team.0: the youth’s foster parent cannot be a youth-chosen member']],
    [[member('Ana Ortiz'), member('ana ortiz')], ['team.1: ana ortiz is listed twice']],
  ])('%j → %j', (members, problems) => {
    expect(teamMemberProblems(members, excluded, NM)).toEqual(problems);
  });
});

describe('the agency rejects a youth-chosen member for good cause (SSA §475(1)(B), §475A(b))', () => {
  const cause = 'Has threatened the youth; see the safety plan.';
  const rejected = (name: string, reason = cause): TeamMember => ({
    name,
    relationship: 'mentor',
    personId: null,
    rejected: { reason, on: '2025-06-02', byRole: 'caseworker' },
  });
  const member = (name: string): TeamMember => ({ name, relationship: 'mentor', personId: null });
  it.each([
    // a rejected member stays on the record and leaves room for another
    [[member('Ana Ortiz'), rejected('Ben Ruiz'), member('Cy Lee')], []],
    [[rejected('Ana Ortiz'), rejected('Ben Ruiz'), member('Cy Lee'), member('Di Paz')], []],
    [
      [rejected('Ana Ortiz'), member('Ben Ruiz'), member('Cy Lee'), member('Di Paz')],
      ['team: the youth may choose at most 2 members'],
    ],
    // old rows: no `rejected` at all, or null, count as on the team
    [
      [member('Ana Ortiz'), { ...member('Ben Ruiz'), rejected: null }, member('Cy Lee')],
      ['team: the youth may choose at most 2 members'],
    ],
    [
      [member('Ana Ortiz'), rejected('Ben Ruiz', '  ')],
      [
        'team.1.rejected.reason: give the agency’s good cause for not accepting Ben Ruiz (at least 10 characters; SSA §475(1)(B))',
      ],
    ],
    [[rejected('Ana Ortiz', 'too short')], [expect.stringMatching(/^team\.0\.rejected\.reason: give/)]],
    [[rejected('Ana Ortiz', 'x'.repeat(1001))], ['team.0.rejected.reason: at most 1000 characters']],
    // rejecting does not make the same person choosable again, nor a foster parent choosable
    [[rejected('Ana Ortiz'), member('ana ortiz')], ['team.1: ana ortiz is listed twice']],
  ])('%j → %j', (members, problems) => {
    expect(teamMemberProblems(members, [], NM)).toEqual(problems);
  });

  it('never adds a "too many members" problem by rejecting someone', () => {
    const tooMany = (ms: TeamMember[]) => teamMemberProblems(ms, [], NM).some((p) => p.startsWith('team: '));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,8}$/), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        fc.nat(5),
        (names, wasRejected, pick) => {
          const team = names.map((n, i) => (wasRejected[i] ? rejected(n) : member(n)));
          if (!team.length) return;
          const i = pick % team.length;
          const after = team.map((m, j) => (j === i ? rejected(m.name) : m));
          expect(!tooMany(team) && tooMany(after)).toBe(false);
          // and the count is of the members not rejected, whatever their order
          expect(tooMany(after)).toBe(after.filter((m) => !m.rejected).length > 2);
        },
      ),
    );
  });

  it('stamps a new rejection with the day and role, keeps an unchanged one, and clears an un-rejected one', () => {
    const before = [rejected('Ana Ortiz'), member('Ben Ruiz')];
    before[0]!.rejected!.on = '2025-01-10';
    const input = (name: string, reason: string | null) => ({
      name,
      relationship: 'mentor' as const,
      personId: null,
      rejected: reason === null ? null : { reason },
    });
    const kept = stampTeamRejections(
      [input('Ana Ortiz', ` ${cause} `), input('Ben Ruiz', 'Sells drugs to youth in care.')],
      before,
      '2025-06-02',
      'supervisor',
    );
    expect(kept.map((m) => m.rejected)).toEqual([
      { reason: cause, on: '2025-01-10', byRole: 'caseworker' },
      { reason: 'Sells drugs to youth in care.', on: '2025-06-02', byRole: 'supervisor' },
    ]);
    expect(teamRejectionChanges(before, kept)).toEqual(['team.1.rejected']);
    const cleared = stampTeamRejections([input('ana ortiz', null)], before, '2025-06-02', 'caseworker');
    expect(cleared[0]!.rejected).toBeNull();
    expect(teamRejectionChanges(before, cleared)).toEqual(['team.0.rejected']);
    // a plan stored before rejections existed reads as no rejection: nothing changed
    expect(teamRejectionChanges([member('Ana Ortiz')], [{ ...member('Ana Ortiz'), rejected: null }])).toEqual(
      [],
    );
  });
});

describe('the 90-day plan’s elements and the credit report', () => {
  it('names what the plan does not cover yet', () => {
    expect(
      missingNinetyDayElements({
        housing: true,
        healthInsurance: false,
        education: true,
        mentorsAndSupport: true,
        employment: false,
        healthCareProxy: true,
      }),
    ).toEqual(['healthInsurance', 'employment']);
  });

  it.each([
    // no check yet: due on the 14th birthday, or on entering care when that was later
    ['2011-04-10', '2024-01-01', [], '2025-04-10'],
    ['2011-04-10', '2025-09-01', [], '2025-09-01'],
    // then a year after the last check
    ['2011-04-10', '2024-01-01', ['2025-05-01', '2025-02-01'], '2026-05-01'],
  ])('born %s, removed %s, checks %j → due %s', (birth, removal, checks, due) => {
    const list = checks.map((checkedOn) => ({ checkedOn, result: 'clean' as const }));
    expect(creditReportDueDate(birth, removal, list, NM)).toBe(due);
  });
});
