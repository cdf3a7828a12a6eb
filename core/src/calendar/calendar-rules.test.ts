import { describe, expect, it } from 'vitest';
import {
  calendarRulesFor,
  closedDaysFor,
  courtHoursFor,
  FEDERAL_FLOOR,
  type CalendarRulePack,
} from './calendar-rules.ts';
import { LAKESHORE_CALENDAR_2025, LAKESHORE_CALENDAR_2027 } from './rule-packs-lakeshore.ts';
import { FEDERAL_ONLY_CALENDAR, NEW_MEXICO_CALENDAR } from './rule-packs-nm.ts';
import { addCourtDays } from './court-days.ts';
import { closedDaysOf, holidaysOfYear } from './holidays.ts';
import { advanceCalendar, type ExistingHearing, type ScheduleFacts } from './schedule.ts';

// Table tests of every deadline rule, each from its statute (domain-rules §§4.2, 5.1). The schedule is
// computed without placing anything: each later hearing is counted as if held on its deadline.

const held = (hearingType: string, day: string): ExistingHearing => ({
  id: `${hearingType}-${day}`,
  hearingType,
  start: `${day}T16:00:00Z`,
  end: `${day}T16:30:00Z`,
  status: 'held',
  proposed: false,
});

const facts = (more: Partial<ScheduleFacts> = {}): ScheduleFacts => ({
  filingDate: '2026-01-05',
  serviceDate: null,
  removalDate: null,
  adjudicationDate: null,
  noReasonableEffortsDate: null,
  endedOn: null,
  endedHow: null,
  hearings: [],
  ...more,
});

function deadlines(f: ScheduleFacts, pack: CalendarRulePack = NEW_MEXICO_CALENDAR, today = f.filingDate) {
  return advanceCalendar(f, {
    pack,
    floor: FEDERAL_FLOOR,
    enteredCareDaysAfterRemoval: 60,
    today,
    hours: courtHoursFor(pack, 'America/Denver', null),
    closedDays: closedDaysFor(pack, null, 2025, 2029),
    placer: null,
  }).steps;
}

type Row = {
  name: string;
  pack?: CalendarRulePack;
  facts: Partial<ScheduleFacts>;
  step: string;
  deadline: string;
  rule: string;
  earliest?: string;
};

const ROWS: Row[] = [
  {
    name: 'NMSA §32A-4-18(A): custody hearing within 10 days of the petition, not sooner than 2 days',
    facts: { filingDate: '2026-01-05' },
    step: 'custody',
    deadline: '2026-01-15',
    earliest: '2026-01-07',
    rule: 'nm.custody-hearing',
  },
  {
    name: 'NMSA §32A-4-19: adjudication within 60 days of service on the respondent',
    facts: { serviceDate: '2026-01-20' },
    step: 'adjudication',
    deadline: '2026-03-21',
    rule: 'nm.adjudication',
  },
  {
    name: 'NMSA §32A-4-19: service not recorded, so the 60 days run from the filing (the earliest service)',
    facts: {},
    step: 'adjudication',
    deadline: '2026-03-06',
    rule: 'nm.adjudication',
  },
  {
    name: 'NMSA §32A-4-22: disposition within 30 days after the adjudication finding',
    facts: { adjudicationDate: '2026-02-20', hearings: [held('custody', '2026-01-09')] },
    step: 'disposition',
    deadline: '2026-03-22',
    rule: 'nm.disposition',
  },
  {
    name: 'NMSA §32A-4-25(A): initial judicial review within 60 days of the disposition',
    facts: {
      adjudicationDate: '2026-02-20',
      hearings: [held('custody', '2026-01-09'), held('disposition', '2026-03-10')],
    },
    step: 'initial_review',
    deadline: '2026-05-09',
    rule: 'nm.initial-judicial-review',
  },
  {
    name: 'NMSA §32A-4-25.1(A): permanency within six months of the initial review, when that is first',
    facts: {
      removalDate: '2026-01-02',
      adjudicationDate: '2026-02-20',
      hearings: [
        held('custody', '2026-01-09'),
        held('disposition', '2026-03-10'),
        held('initial_judicial_review', '2026-05-01'),
      ],
    },
    step: 'first_permanency',
    deadline: '2026-11-01',
    rule: 'nm.permanency-after-initial-review',
  },
  {
    name: 'NMSA §32A-4-25.1(A): permanency within twelve months of entering care, when that is first',
    facts: {
      removalDate: '2025-06-01',
      hearings: [
        held('custody', '2026-01-09'),
        held('adjudication', '2026-02-20'),
        held('disposition', '2026-03-10'),
        held('initial_judicial_review', '2026-05-01'),
      ],
    },
    // Entered care: removal + 60 days = 2025-07-31 (SSA §475(5)(F)), earlier than the adjudication.
    step: 'first_permanency',
    deadline: '2026-07-31',
    rule: 'nm.permanency-12-months-in-care',
  },
  {
    name: 'SSA §471(a)(15)(E)(i): permanency hearing within 30 days of a no-reasonable-efforts finding',
    facts: {
      removalDate: '2026-01-02',
      adjudicationDate: '2026-02-20',
      noReasonableEffortsDate: '2026-06-10',
      hearings: [
        held('custody', '2026-01-09'),
        held('disposition', '2026-03-10'),
        held('initial_judicial_review', '2026-05-01'),
      ],
    },
    step: 'first_permanency',
    deadline: '2026-07-10',
    rule: 'us.permanency-after-no-reasonable-efforts',
  },
  {
    name: 'NMSA §32A-4-25(B): a review within six months of the permanency hearing',
    facts: {
      adjudicationDate: '2026-02-20',
      hearings: [
        held('custody', '2026-01-09'),
        held('disposition', '2026-03-10'),
        held('initial_judicial_review', '2026-05-01'),
        held('permanency', '2026-10-15'),
      ],
    },
    step: 'periodic_review-1',
    deadline: '2027-04-15',
    rule: 'nm.periodic-review',
  },
  {
    name: 'NMSA §32A-4-25.1; CWIG NM: a permanency hearing every 12 months',
    facts: {
      adjudicationDate: '2026-02-20',
      hearings: [
        held('custody', '2026-01-09'),
        held('disposition', '2026-03-10'),
        held('initial_judicial_review', '2026-05-01'),
        held('permanency', '2026-10-15'),
        held('periodic_review', '2027-04-20'),
      ],
    },
    step: 'permanency-1',
    deadline: '2027-10-15',
    rule: 'nm.permanency-every-12-months',
  },
  {
    name: 'SSA §475(5)(B): the federal six-month review binds when the state review would fall later',
    facts: {
      removalDate: '2025-10-01',
      adjudicationDate: '2026-02-20',
      hearings: [held('custody', '2026-01-09'), held('disposition', '2026-04-15')],
    },
    // Entered care 2025-11-30 (removal + 60); 6 months = 2026-05-30, before disposition + 60 = 2026-06-14.
    step: 'initial_review',
    deadline: '2026-05-30',
    rule: 'us.periodic-review-6-months',
  },
  {
    name: 'SSA §475(5)(C): federal floor alone: permanency hearing 12 months after entering care',
    pack: FEDERAL_ONLY_CALENDAR,
    // Entered care 2026-03-11; the last review (2026-09-20) + 6 months falls later, on 2027-03-20.
    facts: { removalDate: '2026-01-10', hearings: [held('periodic_review', '2026-09-20')] },
    step: 'first_permanency',
    deadline: '2027-03-11',
    rule: 'us.first-permanency-12-months',
  },
  {
    name: 'Lakeshore §3-201 (fictitious): shelter hearing within 3 court days, over a holiday weekend',
    pack: LAKESHORE_CALENDAR_2025,
    facts: { filingDate: '2026-07-02' },
    // Friday 3 July is Independence Day observed; 4–5 July a weekend: 6, 7, 8 July are the court days.
    step: 'custody',
    deadline: '2026-07-08',
    earliest: '2026-07-06',
    rule: 'xx.shelter-hearing',
  },
  {
    name: 'Lakeshore §3-301 (fictitious, 2025 text): adjudication within 45 days of the petition',
    pack: LAKESHORE_CALENDAR_2025,
    facts: { filingDate: '2026-12-30' },
    step: 'adjudication',
    deadline: '2027-02-13',
    rule: 'xx.adjudication-45',
  },
  {
    name: 'Lakeshore §3-301 (fictitious, as amended 2027): adjudication within 40 days of the petition',
    pack: LAKESHORE_CALENDAR_2027,
    facts: { filingDate: '2027-01-04' },
    step: 'adjudication',
    deadline: '2027-02-13',
    rule: 'xx.adjudication-40',
  },
  {
    name: 'Lakeshore §3-301 (fictitious): disposition within 20 court days of the adjudication',
    pack: LAKESHORE_CALENDAR_2025,
    facts: {
      filingDate: '2026-01-05',
      adjudicationDate: '2026-02-02',
      hearings: [held('custody', '2026-01-07')],
    },
    // 20 court days from Mon 2 Feb 2026, skipping weekends and Washington's Birthday (16 Feb).
    step: 'disposition',
    deadline: '2026-03-03',
    rule: 'xx.disposition-20-court-days',
  },
  {
    name: 'Lakeshore §3-401 (fictitious): permanency within nine months of entering care',
    pack: LAKESHORE_CALENDAR_2025,
    facts: {
      filingDate: '2026-01-05',
      removalDate: '2026-01-03',
      adjudicationDate: '2026-02-02',
      hearings: [held('custody', '2026-01-07'), held('disposition', '2026-02-20')],
    },
    step: 'first_permanency',
    deadline: '2026-08-20',
    rule: 'xx.permanency-6-months-after-disposition',
  },
  {
    name: 'Lakeshore §3-405 (fictitious): a review every four months after the permanency hearing',
    pack: LAKESHORE_CALENDAR_2025,
    facts: {
      filingDate: '2026-01-05',
      adjudicationDate: '2026-02-02',
      hearings: [
        held('custody', '2026-01-07'),
        held('disposition', '2026-02-20'),
        held('periodic_review', '2026-05-01'),
        held('permanency', '2026-08-03'),
      ],
    },
    step: 'periodic_review-1',
    deadline: '2026-12-03',
    rule: 'xx.review-4-months',
  },
];

describe('deadline rules, one row per statute', () => {
  it.each(ROWS)('$name', (row) => {
    const f = facts(row.facts);
    const steps = deadlines(f, row.pack ?? NEW_MEXICO_CALENDAR);
    const step = steps.find((s) => s.key === row.step);
    expect(step, `step ${row.step} in ${steps.map((s) => s.key).join(', ')}`).toBeDefined();
    expect(step!.deadline).toBe(row.deadline);
    expect(step!.rule?.id).toBe(row.rule);
    if (row.earliest) expect(step!.earliest).toBe(row.earliest);
    // The explanation names the rule's citation and the deadline.
    expect(step!.explanation).toContain(step!.rule!.citation);
    expect(step!.explanation).toContain(row.deadline);
  });

  it('Lakeshore: nine months in care binds when the child entered care early', () => {
    const steps = deadlines(
      facts({
        filingDate: '2026-01-05',
        removalDate: '2025-09-01',
        hearings: [
          held('custody', '2026-01-07'),
          held('adjudication', '2026-02-02'),
          held('disposition', '2026-02-20'),
        ],
      }),
      LAKESHORE_CALENDAR_2025,
    );
    // Entered care 2025-10-31, + 9 months = 2026-07-31, before disposition + 6 months (2026-08-20).
    const p = steps.find((s) => s.key === 'first_permanency')!;
    expect(p.deadline).toBe('2026-07-31');
    expect(p.rule?.id).toBe('xx.permanency-9-months-in-care');
    expect(p.others.map((o) => o.rule.id)).toContain('us.first-permanency-12-months');
  });

  it('NM: the schedule runs from the petition through the first permanency hearing and two after it', () => {
    const steps = deadlines(facts());
    expect(steps.map((s) => s.key)).toEqual([
      'custody',
      'adjudication',
      'disposition',
      'initial_review',
      'first_permanency',
      'periodic_review-1',
      'permanency-1',
    ]);
    expect(steps.every((s) => s.status === 'due')).toBe(true);
  });

  it('a dismissed case sets no further hearing and says why', () => {
    const steps = deadlines(
      facts({ endedOn: '2026-01-20', endedHow: 'dismissed', hearings: [held('custody', '2026-01-09')] }),
    );
    expect(steps[0]!.status).toBe('held');
    expect(steps.slice(1).every((s) => s.status === 'dropped')).toBe(true);
    expect(steps[1]!.explanation).toContain('dismissed on 2026-01-20');
  });

  it('a no-reasonable-efforts finding already answered by a permanency hearing binds no later one', () => {
    const steps = deadlines(
      facts({
        adjudicationDate: '2026-02-20',
        noReasonableEffortsDate: '2026-06-10',
        hearings: [
          held('custody', '2026-01-09'),
          held('disposition', '2026-03-10'),
          held('initial_judicial_review', '2026-05-01'),
          held('permanency', '2026-07-01'),
        ],
      }),
    );
    const next = steps.find((s) => s.key === 'permanency-1')!;
    expect(next.rule?.id).not.toBe('us.permanency-after-no-reasonable-efforts');
    expect(next.others.map((o) => o.rule.id)).not.toContain('us.permanency-after-no-reasonable-efforts');
  });
});

describe('versions and jurisdictions', () => {
  it('picks the version in force on the filing date', () => {
    expect(calendarRulesFor('US-XX', '2026-12-31').id).toBe('xx-lakeshore-calendar-2025');
    expect(calendarRulesFor('US-XX', '2027-01-01').id).toBe('xx-lakeshore-calendar-2027');
    expect(calendarRulesFor('US-NM', '2026-11-23').id).toBe('us-nm-calendar-2022');
    expect(calendarRulesFor('US-NM', '2019-01-01').id).toBe('us-nm-calendar-2022');
    expect(calendarRulesFor('US-ZZ', '2026-01-01').id).toBe(FEDERAL_ONLY_CALENDAR.id);
  });

  it('every rule cites its source, and the fictitious state says it is fictitious', () => {
    for (const pack of [NEW_MEXICO_CALENDAR, LAKESHORE_CALENDAR_2025, LAKESHORE_CALENDAR_2027]) {
      for (const step of [...pack.steps, ...pack.cycle])
        for (const r of step.rules) expect(r.citation.length).toBeGreaterThan(5);
    }
    for (const step of LAKESHORE_CALENDAR_2027.steps)
      for (const r of step.rules) expect(r.citation).toContain('fictitious');
    expect(LAKESHORE_CALENDAR_2027.fictitious).toBe(true);
  });

  it('a dedicated docket sits only on its days and hours', () => {
    const closed = closedDaysFor(NEW_MEXICO_CALENDAR, 'family_treatment_court', 2026, 2026);
    expect(closed.has('2026-11-25')).toBe(false); // a Wednesday
    expect(closed.has('2026-11-24')).toBe(true); // a Tuesday
    expect(closed.has('2026-11-11')).toBe(true); // a Wednesday, but Veterans Day
    expect(courtHoursFor(NEW_MEXICO_CALENDAR, 'America/Denver', 'family_treatment_court')).toMatchObject({
      open: '13:00',
      close: '17:00',
      lunch: null,
    });
  });
});

describe('court holidays', () => {
  it('the federal rule set gives the 2026 and 2027 observed dates (5 U.S.C. §6103)', () => {
    expect(holidaysOfYear(NEW_MEXICO_CALENDAR.holidays, 2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-01-19',
      '2026-02-16',
      '2026-05-25',
      '2026-06-19',
      '2026-07-03',
      '2026-09-07',
      '2026-10-12',
      '2026-11-11',
      '2026-11-26',
      '2026-12-25',
    ]);
    expect(holidaysOfYear(NEW_MEXICO_CALENDAR.holidays, 2027).map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-01-18',
      '2027-02-15',
      '2027-05-31',
      '2027-06-18',
      '2027-07-05',
      '2027-09-06',
      '2027-10-11',
      '2027-11-11',
      '2027-11-25',
      '2027-12-24',
      // 1 January 2028 is a Saturday: observed on Friday 31 December 2027.
      '2027-12-31',
    ]);
  });

  it('each jurisdiction has its own holidays', () => {
    const lake = closedDaysOf(LAKESHORE_CALENDAR_2025.holidays, 2026, 2026);
    expect(lake.has('2026-10-12')).toBe(false); // no Columbus Day
    expect(lake.has('2026-11-27')).toBe(true); // day after Thanksgiving
    expect(lake.has('2026-06-12')).toBe(true); // Founders' Day, second Friday of June
    expect(closedDaysOf(NEW_MEXICO_CALENDAR.holidays, 2026, 2026).has('2026-11-27')).toBe(false);
  });

  it('counts court days over weekends and holidays', () => {
    const closed = closedDaysOf(NEW_MEXICO_CALENDAR.holidays, 2026, 2026);
    expect(addCourtDays('2026-11-25', 1, closed)).toBe('2026-11-27');
    expect(addCourtDays('2026-12-24', 1, closed)).toBe('2026-12-28');
    expect(addCourtDays('2026-12-24', 0, closed)).toBe('2026-12-24');
  });
});
