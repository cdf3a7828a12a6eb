// Acceptance tables for maltreatment in care and recurrence (cqi-interchange.md "Indicators", "Clarifications:
// Populations"; domain-rules.md §1.3 (f), (g); Appendix A footnotes a, b). Period 2023-10-01 (P) … 2024-09-30
// (E); every expected figure is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  child,
  cqiOk,
  exclusionsOf,
  expected,
  figures,
  removal,
  report,
  type FolderSpec,
  type Indicator,
  type Row,
} from './harness.ts';

interface Case {
  name: string;
  spec: FolderSpec;
  period?: string;
  want: Indicator;
  excluded?: string[];
}
const P = '2023-10-01';
const SHORT = 'in care less than 8 days';
const kid = [child('C1', '2010-01-01')];
// Open from P: days in care in [P, E] = days(2023-10-01, 2024-10-01) = 366.
const openFromP = removal('C1', 'R1', '2023-10-01');
const inCare = (...maltreatment: Row[]): FolderSpec => ({
  children: kid,
  removals: [openFromP],
  maltreatment,
});

describe('maltreatment_in_care', () => {
  const cases: Case[] = [
    {
      // 79 FR 22604 fn a, b. Child A: episode 1 2023-10-01 … 10-11 (10 days), episode 2 2023-11-01 … 12-11
      // (40 days); child B 2024-01-01 … 04-10 (100 days) → 10 + 40 + 100 = 150 days. Reports: A 2023-10-09
      // (day 8 of episode 1), A 2023-11-15 (day 14 of episode 2), A 2023-12-01 (indicated, day 30); B 2024-02-01
      // → 3 + 1 = 4. 4 / 150 × 100,000 = 2,666.666… → 2666.67.
      name: '79 FR 22604 fn a, b: days 10 + 40 + 100 = 150, reports 3 + 1 = 4',
      spec: {
        children: [child('A', '2010-01-01'), child('B', '2012-01-01')],
        removals: [
          removal('A', 'R1', '2023-10-01', '2023-10-11', 'reunification'),
          removal('A', 'R2', '2023-11-01', '2023-12-11', 'reunification'),
          removal('B', 'R1', '2024-01-01', '2024-04-10', 'reunification'),
        ],
        maltreatment: [
          report('A', 'M1', '2023-10-09'),
          report('A', 'M2', '2023-11-15'),
          report('A', 'M3', '2023-12-01', 'indicated'),
          report('B', 'M4', '2024-02-01'),
        ],
      },
      want: expected(4, 150, 2666.67),
    },
    {
      // days(2023-10-01, 2023-10-08) = 7 ≤ 7 → within the first 7 days → 0/366.
      name: 'report 7 days after removal: not counted',
      spec: inCare(report('C1', 'M1', '2023-10-08')),
      want: expected(0, 366, 0),
    },
    {
      // days(2023-10-01, 2023-10-09) = 8 → counted: 1/366 × 100,000 = 273.224… → 273.22.
      name: 'report 8 days after removal: counted',
      spec: inCare(report('C1', 'M1', '2023-10-09')),
      want: expected(1, 366, 273.22),
    },
    {
      // Incident 2023-09-30, before the removal 2023-10-01 → not counted.
      name: 'incident before the removal: not counted',
      spec: inCare(report('C1', 'M1', '2023-11-01', 'substantiated', '2023-09-30')),
      want: expected(0, 366, 0),
    },
    {
      // Incident on the removal date is not before it → counted → 273.22.
      name: 'incident on the removal date: counted',
      spec: inCare(report('C1', 'M1', '2023-11-01', 'substantiated', '2023-10-01')),
      want: expected(1, 366, 273.22),
    },
    {
      // Unsubstantiated and other do not count; indicated does → 1/366.
      name: 'dispositions: unsubstantiated and other do not count, indicated does',
      spec: inCare(
        report('C1', 'M1', '2023-11-01', 'unsubstantiated'),
        report('C1', 'M2', '2023-12-01', 'other'),
        report('C1', 'M3', '2024-01-01', 'indicated'),
      ),
      want: expected(1, 366, 273.22),
    },
    {
      // Two identical rows of report M1 → one report → 1/366.
      name: 'duplicate rows of a report count once',
      spec: inCare(report('C1', 'M1', '2023-11-01'), report('C1', 'M1', '2023-11-01')),
      want: expected(1, 366, 273.22),
    },
    {
      // M1 has an unsubstantiated row and an indicated row: one report, which counts because one row qualifies.
      name: 'a report counts if any of its rows qualifies (disposition)',
      spec: inCare(
        report('C1', 'M1', '2023-11-01', 'unsubstantiated'),
        report('C1', 'M1', '2023-11-01', 'indicated'),
      ),
      want: expected(1, 366, 273.22),
    },
    {
      // M1's first row has an incident before the removal, its second none: the second qualifies → 1.
      name: 'a report counts if any of its rows qualifies (incident date)',
      spec: inCare(
        report('C1', 'M1', '2023-11-01', 'substantiated', '2023-09-01'),
        report('C1', 'M1', '2023-11-01', 'substantiated'),
      ),
      want: expected(1, 366, 273.22),
    },
    {
      // The same report_id for two children is two reports (the key is child_id, report_id). Days 366 + 366 =
      // 732; 2 / 732 × 100,000 = 273.224… → 273.22.
      name: 'the same report_id for two children: two reports',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2011-01-01')],
        removals: [openFromP, removal('C2', 'R1', '2023-10-01')],
        maltreatment: [report('C1', 'M1', '2023-11-01'), report('C2', 'M1', '2023-11-01')],
      },
      want: expected(2, 732, 273.22),
    },
    {
      // Episodes 2023-10-01 … 11-01 (31 days) and 2023-12-01 … open (days(2023-12-01, 2024-10-01) = 305):
      // 336 days. The report of 2023-11-15 falls between them → 0/336.
      name: 'a report between episodes: not counted',
      spec: {
        children: kid,
        removals: [
          removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification'),
          removal('C1', 'R2', '2023-12-01'),
        ],
        maltreatment: [report('C1', 'M1', '2023-11-15')],
      },
      want: expected(0, 336, 0),
    },
    {
      // Episode 2023-10-01 … 11-01 (31 days). A report on the discharge date is outside it (report < discharge
      // required) → 0/31.
      name: 'a report on the discharge date: not counted',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification')],
        maltreatment: [report('C1', 'M1', '2023-11-01')],
      },
      want: expected(0, 31, 0),
    },
    {
      // The last day in care, 2023-10-31 → counted: 1/31 × 100,000 = 3,225.806… → 3225.81.
      name: 'a report on the last day in care: counted',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification')],
        maltreatment: [report('C1', 'M1', '2023-10-31')],
      },
      want: expected(1, 31, 3225.81),
    },
    {
      // Report 2024-10-01, after E → not counted (the child is still in care).
      name: 'a report after E: not counted',
      spec: inCare(report('C1', 'M1', '2024-10-01')),
      want: expected(0, 366, 0),
    },
    {
      // In care from 2023-06-01 (open): days counted only in [P, E] = 366. Report 2023-09-15 (before P) → no;
      // report 2023-10-05 (in P, 126 days after the removal; incident 2023-07-01 after the removal) → yes.
      name: 'an episode begun before P: only days and reports in the period',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-06-01')],
        maltreatment: [
          report('C1', 'M1', '2023-09-15'),
          report('C1', 'M2', '2023-10-05', 'substantiated', '2023-07-01'),
        ],
      },
      want: expected(1, 366, 273.22),
    },
    {
      // 2023-09-01 … 2023-10-03: a 32-day episode (not short) with 2 days in the period (10-01, 10-02).
      // Report 2023-10-02, 31 days after the removal → 1/2 × 100,000 = 50,000.
      name: 'a long episode with only 2 days in the period: 2 days, and it is not short',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-09-01', '2023-10-03', 'reunification')],
        maltreatment: [report('C1', 'M1', '2023-10-02')],
      },
      want: expected(1, 2, 50000),
    },
    {
      // Child A: 2023-10-01 … 10-06, 5 days → not counted, one exclusion; child B open from P: 366 days.
      name: "a short episode's days are not counted",
      spec: {
        children: [child('A', '2010-01-01'), child('B', '2010-01-01')],
        removals: [
          removal('A', 'R1', '2023-10-01', '2023-10-06', 'reunification'),
          removal('B', 'R1', '2023-10-01'),
        ],
      },
      want: expected(0, 366, 0),
      excluded: [`A: ${SHORT}`],
    },
    {
      // Two short episodes (5 and 3 days) → no days, and the child is listed once.
      name: 'two short episodes: one exclusion line for the child',
      spec: {
        children: kid,
        removals: [
          removal('C1', 'R1', '2023-10-01', '2023-10-06', 'reunification'),
          removal('C1', 'R2', '2023-11-01', '2023-11-04', 'reunification'),
        ],
      },
      want: expected(0, 0, null),
      excluded: [`C1: ${SHORT}`],
    },
    {
      // 2023-09-28 … 2023-10-03: a 5-day episode, in care on 10-01 and 10-02 → in the population, short →
      // no days, one exclusion. READING: "every child in care at some date in [P, E]" lists such a child.
      name: 'a short episode straddling P: excluded',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-09-28', '2023-10-03', 'reunification')],
      },
      want: expected(0, 0, null),
      excluded: [`C1: ${SHORT}`],
    },
    {
      // Removed and discharged on 2023-10-10 (length 0): in care on no date at all ("removal_date <= d <
      // discharge_date" holds for no d), so the child is not "in care at some date in [P, E]": outside the
      // population, hence not listed as excluded from it. (permanency_12m_entries does list it: its population
      // is the removals dated in the period.)
      name: 'an episode of length 0 puts the child in no maltreatment population, so it is not listed',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-10', '2023-10-10', 'reunification')],
      },
      want: expected(0, 0, null),
      excluded: [],
    },
    {
      // Born 2006-01-15, open from P: days stop before the 18th birthday: days(2023-10-01, 2024-01-15) = 106.
      // Report 2024-01-14 (17) counts: 1/106 × 100,000 = 943.396… → 943.4; report 2024-01-20 (18) does not.
      name: 'days and reports stop at the 18th birthday',
      spec: {
        children: [child('C1', '2006-01-15')],
        removals: [openFromP],
        maltreatment: [report('C1', 'M1', '2024-01-14'), report('C1', 'M2', '2024-01-20')],
      },
      want: expected(1, 106, 943.4),
    },
    {
      // Born 2008-02-29, period 2025-10-01 … 2026-09-30, open from P: the 18th birthday is 2026-03-01, so days
      // run through 2026-02-28: days(2025-10-01, 2026-03-01) = 151; a report on 2026-02-28 counts →
      // 1/151 × 100,000 = 662.25.
      name: '29 February birthday: days run through 28 February of the 18th year',
      period: '2025-10-01',
      spec: {
        children: [child('C1', '2008-02-29')],
        removals: [removal('C1', 'R1', '2025-10-01')],
        maltreatment: [report('C1', 'M1', '2026-02-28')],
      },
      want: expected(1, 151, 662.25),
    },
    {
      // In care 2023-01-01 … 2023-09-30, before P: not in the population; a report dated in the period while at
      // home does not count → 0/0, null.
      name: 'a child out of care in the period: no days, no reports',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2023-09-30', 'reunification')],
        maltreatment: [report('C1', 'M1', '2023-10-05')],
      },
      want: expected(0, 0, null),
    },
    {
      // days(2023-10-01, 2024-06-13) = 256, one report → 100,000 / 256 = 390.625 exactly → 390.63 (half-up).
      name: 'rounding half-up: 1 report in 256 days = 390.625 → 390.63',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-01', '2024-06-13', 'reunification')],
        maltreatment: [report('C1', 'M1', '2024-01-01')],
      },
      want: expected(1, 256, 390.63),
    },
  ];

  it.each(cases)('$name', async ({ spec, period, want, excluded }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, 'maltreatment_in_care')).toEqual(want);
    expect(exclusionsOf(res, 'maltreatment_in_care')).toEqual(excluded ?? []);
  });
});

// Recurrence needs no removals: its population is every child with a qualifying report.
const reports = (...maltreatment: Row[]): FolderSpec => ({ children: kid, maltreatment });

describe('recurrence_12m', () => {
  const cases: Case[] = [
    {
      // days(2023-11-01, 2023-11-15) = 14 → not more than 14 → 0/1.
      name: 'a second report 14 days later: not recurrence',
      spec: reports(report('C1', 'M1', '2023-11-01'), report('C1', 'M2', '2023-11-15')),
      want: expected(0, 1, 0),
    },
    {
      // 15 days → recurrence → 1/1.
      name: 'a second report 15 days later: recurrence',
      spec: reports(report('C1', 'M1', '2023-11-01'), report('C1', 'M2', '2023-11-16')),
      want: expected(1, 1, 100),
    },
    {
      // days(2023-11-01, 2024-10-31) = 365 → at most 365 → 1/1 (the second report falls after E).
      name: 'a second report 365 days later: recurrence',
      spec: reports(report('C1', 'M1', '2023-11-01'), report('C1', 'M2', '2024-10-31')),
      want: expected(1, 1, 100),
    },
    {
      // 366 days → not within 12 months → 0/1.
      name: 'a second report 366 days later: not recurrence',
      spec: reports(report('C1', 'M1', '2023-11-01'), report('C1', 'M2', '2024-11-01')),
      want: expected(0, 1, 0),
    },
    {
      // Later reports unsubstantiated (30 days) and other (60 days) are not "such" reports → 0/1.
      name: 'later unsubstantiated and other reports are not recurrence',
      spec: reports(
        report('C1', 'M1', '2023-11-01'),
        report('C1', 'M2', '2023-12-01', 'unsubstantiated'),
        report('C1', 'M3', '2023-12-31', 'other'),
      ),
      want: expected(0, 1, 0),
    },
    {
      // Indicated initial, indicated 30 days later → 1/1.
      name: 'indicated reports count as such',
      spec: reports(
        report('C1', 'M1', '2023-11-01', 'indicated'),
        report('C1', 'M2', '2023-12-01', 'indicated'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // Born 2005-12-01 (18th birthday 2023-12-01). Initial 2023-11-01 at 17; the second 2024-01-15 at 18: only
      // the initial report must be before the 18th birthday → 1/1.
      name: 'initial report at 17, second at 18: recurrence',
      spec: {
        children: [child('C1', '2005-12-01')],
        maltreatment: [report('C1', 'M1', '2023-11-01'), report('C1', 'M2', '2024-01-15')],
      },
      want: expected(1, 1, 100),
    },
    {
      // First qualifying report on the 18th birthday → not "while under 18" → not in the population → 0/0.
      name: 'first report on the 18th birthday: not in the population',
      spec: {
        children: [child('C1', '2005-12-01')],
        maltreatment: [report('C1', 'M1', '2023-12-01'), report('C1', 'M2', '2024-01-15')],
      },
      want: expected(0, 0, null),
    },
    {
      // An unsubstantiated report at 17 then a substantiated one at 18: no substantiated/indicated report under 18
      // → 0/0.
      name: 'only an unsubstantiated report before 18: not in the population',
      spec: {
        children: [child('C1', '2005-12-01')],
        maltreatment: [report('C1', 'M1', '2023-11-01', 'unsubstantiated'), report('C1', 'M2', '2023-12-10')],
      },
      want: expected(0, 0, null),
    },
    {
      // A report before P (2023-09-20) is not the initial one: the initial is 2023-10-01, and 2023-10-10 is
      // 9 days after it → 0/1 (if 09-20 were initial, 10-10 would be 20 days later and count).
      name: 'the initial report is the first in the period, not an earlier one',
      spec: reports(
        report('C1', 'M0', '2023-09-20'),
        report('C1', 'M1', '2023-10-01'),
        report('C1', 'M2', '2023-10-10'),
      ),
      want: expected(0, 1, 0),
    },
    {
      // Initial 11-01; 11-10 (9 days) does not count; 11-20 is 19 days after the initial (10 after 11-10) →
      // recurrence, measured from the initial report → 1/1.
      name: 'days are measured from the initial report',
      spec: reports(
        report('C1', 'M1', '2023-11-01'),
        report('C1', 'M2', '2023-11-10'),
        report('C1', 'M3', '2023-11-20'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // An unsubstantiated report 2023-10-05 is not the initial one; the substantiated 2023-10-25 is, and
      // nothing follows → 0/1 (if 10-05 were initial, 10-25 would be 20 days later).
      name: 'the initial report is the first substantiated or indicated one',
      spec: reports(report('C1', 'M1', '2023-10-05', 'unsubstantiated'), report('C1', 'M2', '2023-10-25')),
      want: expected(0, 1, 0),
    },
    {
      // Two rows of one report (same child_id, report_id, date) are one report → 0/1.
      name: 'duplicate rows of the initial report are not a second report',
      spec: reports(report('C1', 'M1', '2023-11-01'), report('C1', 'M1', '2023-11-01')),
      want: expected(0, 1, 0),
    },
    {
      // Only a report after E → not in the population.
      name: 'reports only after E: not in the population',
      spec: reports(report('C1', 'M1', '2024-10-01'), report('C1', 'M2', '2024-12-01')),
      want: expected(0, 0, null),
    },
    {
      // Initial on E (2024-09-30); the second 2025-03-01, after E but within 365 days → 1/1.
      name: 'initial report on E, recurrence after E',
      spec: reports(report('C1', 'M1', '2024-09-30'), report('C1', 'M2', '2025-03-01')),
      want: expected(1, 1, 100),
    },
    {
      // C1 recurs (30 days), C2 and C3 do not → 1/3 = 33.333… → 33.33. No child is in care: recurrence does
      // not need a removal.
      name: 'one child of three recurs: 33.33',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2011-01-01'), child('C3', '2012-01-01')],
        maltreatment: [
          report('C1', 'M1', '2023-11-01'),
          report('C1', 'M2', '2023-12-01'),
          report('C2', 'M1', '2024-02-01'),
          report('C3', 'M1', '2024-03-01', 'indicated'),
        ],
      },
      want: expected(1, 3, 33.33),
    },
  ];

  it.each(cases)('$name', async ({ spec, want }) => {
    const res = await cqiOk(spec, P);
    expect(figures(res, 'recurrence_12m')).toEqual(want);
  });
});
