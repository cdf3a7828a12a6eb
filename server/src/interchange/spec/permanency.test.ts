// Acceptance tables for the three permanency indicators (cqi-interchange.md, "Indicators"; domain-rules.md
// §1.3 (a)–(c)). Every expected figure is worked by hand from the contract; the arithmetic is in the comment.
// Period 2023-10-01 (P) … 2024-09-30 (E) unless a row says otherwise. The horizon child (harness.ts) makes every
// indicator complete.
import { describe, expect, it } from 'vitest';
import {
  child,
  cqiOk,
  exclusionsOf,
  expected,
  figures,
  placement,
  removal,
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
const kid = [child('C1', '2010-01-01')];
const one = (...removals: Row[]): FolderSpec => ({ children: kid, removals });

const AGE18 = 'age 18 or more at removal';
const SHORT = 'in care less than 8 days';

describe('permanency_12m_entries', () => {
  const cases: Case[] = [
    {
      // days(2023-10-01, 2024-01-09) = 100 ≤ 365, reunification, 13 years old → 1/1 = 100.
      name: 'reunified on day 100: counted',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-01-09', 'reunification')),
      want: expected(1, 1, 100),
    },
    {
      // Length of stay days(10-01, 10-08) = 7 < 8 → excluded; 0/0 → null.
      name: 'in care 7 days: excluded',
      spec: one(removal('C1', 'R1', '2023-10-01', '2023-10-08', 'reunification')),
      want: expected(0, 0, null),
      excluded: [`C1: ${SHORT}`],
    },
    {
      // days(10-01, 10-09) = 8 → not short; permanency within 365 → 1/1.
      name: 'in care 8 days: counted',
      spec: one(removal('C1', 'R1', '2023-10-01', '2023-10-09', 'reunification')),
      want: expected(1, 1, 100),
    },
    {
      // Discharged on the removal date: valid, length 0 < 8 → excluded.
      name: 'discharged on the removal date (length 0): excluded as less than 8 days',
      spec: one(removal('C1', 'R1', '2023-10-10', '2023-10-10', 'reunification')),
      want: expected(0, 0, null),
      excluded: [`C1: ${SHORT}`],
    },
    {
      // Open episode entered 2024-09-29, 2 days before the end of the data period: an open episode is never
      // "in care less than 8 days" → in the denominator, no permanency → 0/1 = 0.
      name: 'open episode entered two days before E: never short',
      spec: one(removal('C1', 'R1', '2024-09-29')),
      want: expected(0, 1, 0),
    },
    {
      // days(2023-10-01, 2024-09-30) = 365 (2024 is a leap year: 366 days to 2024-10-01) → ≤ 365 → counted.
      name: 'permanency on day 365: counted',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-09-30', 'reunification')),
      want: expected(1, 1, 100),
    },
    {
      // days(2023-10-01, 2024-10-01) = 366 > 365 → not counted; 0/1.
      name: 'permanency on day 366: not counted',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-10-01', 'reunification')),
      want: expected(0, 1, 0),
    },
    {
      // Entered on E; days(2024-09-30, 2025-09-30) = 365 → counted, with follow-up past E (to E + 365).
      name: 'entered on E, permanency 365 days later (E + 365): counted',
      spec: one(removal('C1', 'R1', '2024-09-30', '2025-09-30', 'adoption')),
      want: expected(1, 1, 100),
    },
    {
      // Entered 2023-09-30, the day before P: not in the cohort. 0/0.
      name: 'entered the day before P: not in the cohort',
      spec: one(removal('C1', 'R1', '2023-09-30', '2023-12-01', 'reunification')),
      want: expected(0, 0, null),
    },
    {
      // Entered 2024-10-01, the day after E: not in the cohort.
      name: 'entered the day after E: not in the cohort',
      spec: one(removal('C1', 'R1', '2024-10-01', '2024-12-01', 'reunification')),
      want: expected(0, 0, null),
    },
    {
      // Adoption is permanency: days(2023-10-01, 2024-04-18) = 200.
      name: 'adoption is permanency',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-04-18', 'adoption')),
      want: expected(1, 1, 100),
    },
    {
      name: 'guardianship is permanency',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-04-18', 'guardianship')),
      want: expected(1, 1, 100),
    },
    {
      name: 'relative is permanency',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-04-18', 'relative')),
      want: expected(1, 1, 100),
    },
    ...['emancipation', 'transfer', 'runaway', 'death', ''].map((reason) => ({
      // Not a permanency reason (an empty reason on a discharge is valid and is not permanency) → 0/1.
      name: `discharge reason "${reason}" is not permanency`,
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-04-18', reason)),
      want: expected(0, 1, 0),
    })),
    {
      // Born 2005-10-01: the 18th birthday 2023-10-01 is on the removal date → "age 18 or more at removal".
      name: 'age 18 at removal (18th birthday on the removal date): excluded',
      spec: {
        children: [child('C1', '2005-10-01')],
        removals: [removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification')],
      },
      want: expected(0, 0, null),
      excluded: [`C1: ${AGE18}`],
    },
    {
      // Age 18 at removal AND in care 3 days: precedence gives one line, the age reason.
      name: 'age 18 at removal and in care 3 days: one line, the age reason first in precedence',
      spec: {
        children: [child('C1', '2005-10-01')],
        removals: [removal('C1', 'R1', '2023-10-01', '2023-10-04', 'reunification')],
      },
      want: expected(0, 0, null),
      excluded: [`C1: ${AGE18}`],
    },
    {
      // Born 2005-10-02: 17 at removal 2023-10-01 → in the cohort. The 18th birthday 2023-10-02 comes before
      // the reunification 2023-10-20 → not "before the 18th birthday" → 0/1.
      name: 'one day short of 18 at removal: in the cohort; reunified after turning 18: not counted',
      spec: {
        children: [child('C1', '2005-10-02')],
        removals: [removal('C1', 'R1', '2023-10-01', '2023-10-20', 'reunification')],
      },
      want: expected(0, 1, 0),
    },
    {
      // Born 2006-03-01: 18th birthday 2024-03-01 = the discharge date → not before it → 0/1.
      name: 'reunified on the 18th birthday: not counted',
      spec: {
        children: [child('C1', '2006-03-01')],
        removals: [removal('C1', 'R1', '2023-10-01', '2024-03-01', 'reunification')],
      },
      want: expected(0, 1, 0),
    },
    {
      // Discharged 2024-02-29, the day before the 18th birthday; days(2023-10-01, 2024-02-29) = 151 → 1/1.
      name: 'reunified the day before the 18th birthday: counted',
      spec: {
        children: [child('C1', '2006-03-01')],
        removals: [removal('C1', 'R1', '2023-10-01', '2024-02-29', 'reunification')],
      },
      want: expected(1, 1, 100),
    },
    {
      // Born 2008-02-29: the 18th birthday is 2026-03-01 (2026 is not a leap year). Removed 2026-02-28: 17 →
      // in the cohort (period 2025-10-01 … 2026-09-30); open → 0/1.
      name: '29 February birthday: removed 28 February of the 18th year, still 17',
      period: '2025-10-01',
      spec: { children: [child('C1', '2008-02-29')], removals: [removal('C1', 'R1', '2026-02-28')] },
      want: expected(0, 1, 0),
    },
    {
      // Removed 2026-03-01 = the 18th birthday → excluded.
      name: '29 February birthday: removed 1 March of the 18th year, 18',
      period: '2025-10-01',
      spec: { children: [child('C1', '2008-02-29')], removals: [removal('C1', 'R1', '2026-03-01')] },
      want: expected(0, 0, null),
      excluded: [`C1: ${AGE18}`],
    },
    {
      // days(2025-12-01, 2026-02-28) = 89; 2026-02-28 is before the 18th birthday 2026-03-01 → 1/1.
      name: '29 February birthday: reunified 28 February, before the 18th birthday',
      period: '2025-10-01',
      spec: {
        children: [child('C1', '2008-02-29')],
        removals: [removal('C1', 'R1', '2025-12-01', '2026-02-28', 'reunification')],
      },
      want: expected(1, 1, 100),
    },
    {
      // Reunified 2026-03-01 = the 18th birthday → not before it → 0/1.
      name: '29 February birthday: reunified 1 March, on the 18th birthday',
      period: '2025-10-01',
      spec: {
        children: [child('C1', '2008-02-29')],
        removals: [removal('C1', 'R1', '2025-12-01', '2026-03-01', 'reunification')],
      },
      want: expected(0, 1, 0),
    },
    {
      // Two entries in the period: only the first (2023-10-05, 30 days, reunification) is the cohort removal →
      // denominator 1, numerator 1.
      name: 'two entries in the period: the child counts once, by the first',
      spec: one(
        removal('C1', 'R1', '2023-10-05', '2023-11-04', 'reunification'),
        removal('C1', 'R2', '2024-01-10'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // The first entry ends in a transfer; the second ends in reunification. Only the first is the cohort
      // removal → 0/1.
      name: "first entry only: a later entry's permanency does not count",
      spec: one(
        removal('C1', 'R1', '2023-10-05', '2023-11-04', 'transfer'),
        removal('C1', 'R2', '2024-01-10', '2024-02-10', 'reunification'),
      ),
      want: expected(0, 1, 0),
    },
    {
      // The first entry lasts days(10-05, 10-08) = 3 → excluded, and so is the child, though the second entry
      // (30 days, reunification) would qualify → 0/0, one exclusion line.
      name: 'an excluded first entry excludes the child',
      spec: one(
        removal('C1', 'R1', '2023-10-05', '2023-10-08', 'reunification'),
        removal('C1', 'R2', '2023-11-01', '2023-12-01', 'reunification'),
      ),
      want: expected(0, 0, null),
      excluded: [`C1: ${SHORT}`],
    },
    {
      // An entry before P (2023-03-01 … 06-01) is not the cohort removal; the first one in [P, E] is
      // (2023-11-01 … 12-15, 44 days, reunification) → 1/1.
      name: 'an earlier entry before P does not matter: the first entry in the period is the cohort',
      spec: one(
        removal('C1', 'R1', '2023-03-01', '2023-06-01', 'reunification'),
        removal('C1', 'R2', '2023-11-01', '2023-12-15', 'reunification'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // Domain rules §1.3(a) example, period 2022-10-01 … 2023-09-30: removal 2023-01-01, THV 2023-11-15,
      // reunification 2024-03-01. Stay days(2023-01-01, 2024-03-01) = 425; THV days(2023-11-15, 2024-03-01) =
      // 107; adjusted 425 − max(0, 107 − 30) = 348 ≤ 365 → counted.
      name: 'trial home visit example: stay 425, adjusted 348, counted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-11-15', 'trial_home_visit'),
        ],
      },
      want: expected(1, 1, 100),
    },
    {
      // The same stay without a trial home visit: 425 > 365 → 0/1.
      name: 'the same 425-day stay without a trial home visit: not counted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-11-15', 'foster_family_relative', 'F2'),
        ],
      },
      want: expected(0, 1, 0),
    },
    {
      // Last placement a THV but the reason is `relative`: the adjustment applies to reunification only →
      // 425 > 365 → 0/1.
      name: 'trial home visit ending in discharge to a relative: no adjustment',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'relative')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-11-15', 'trial_home_visit'),
        ],
      },
      want: expected(0, 1, 0),
    },
    {
      // The THV is not the last placement (a foster home from 2024-02-01 follows) → no adjustment → 0/1.
      name: 'trial home visit that is not the last placement: no adjustment',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-11-15', 'trial_home_visit'),
          placement('C1', 'R1', '2024-02-01', 'foster_family_nonrelative', 'F1'),
        ],
      },
      want: expected(0, 1, 0),
    },
    {
      // THV from 2023-12-02: days(2023-12-02, 2024-03-01) = 90 → 425 − 60 = 365 ≤ 365 → counted.
      name: 'trial home visit: adjusted stay exactly 365, counted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-12-02', 'trial_home_visit'),
        ],
      },
      want: expected(1, 1, 100),
    },
    {
      // THV from 2023-12-03: 89 days → 425 − 59 = 366 > 365 → not counted.
      name: 'trial home visit: adjusted stay 366, not counted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-12-03', 'trial_home_visit'),
        ],
      },
      want: expected(0, 1, 0),
    },
    {
      // Stay days(2023-01-01, 2024-01-03) = 367; THV days(2023-12-10, 2024-01-03) = 24 → max(0, 24 − 30) = 0
      // → adjusted 367 > 365 → not counted (a short THV never lengthens or shortens the stay).
      name: 'trial home visit shorter than 30 days: nothing subtracted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-01-03', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-12-10', 'trial_home_visit'),
        ],
      },
      want: expected(0, 1, 0),
    },
    {
      // The THV row comes first in the file but starts last: "the episode's last placement is the one with the
      // latest start_date" → the THV → adjusted 348 → counted.
      name: 'trial home visit listed first in the file but latest by start_date: adjusted',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification')],
        placements: [
          placement('C1', 'R1', '2023-11-15', 'trial_home_visit'),
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
        ],
      },
      want: expected(1, 1, 100),
    },
    {
      // Three children: C1 40 days reunification (counted), C2 open (not), C3 adoption on day 366 (not):
      // 1/3 = 33.333… → 33.33.
      name: 'value rounded to two decimals: 1 of 3 → 33.33',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2010-01-01'), child('C3', '2010-01-01')],
        removals: [
          removal('C1', 'R1', '2023-10-01', '2023-11-10', 'reunification'),
          removal('C2', 'R1', '2023-10-01'),
          removal('C3', 'R1', '2023-10-01', '2024-10-01', 'adoption'),
        ],
      },
      want: expected(1, 3, 33.33),
    },
  ];

  it.each(cases)('$name', async ({ spec, period, want, excluded }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, 'permanency_12m_entries')).toEqual(want);
    expect(exclusionsOf(res, 'permanency_12m_entries')).toEqual(excluded ?? []);
  });
});

const P2 = 'permanency_12m_12_23' as const;
const P3 = 'permanency_12m_24_plus' as const;
const AGE18P = 'age 18 or more on the first day of the period';

describe('permanency_12m_12_23 and permanency_12m_24_plus', () => {
  // Completed months count like completed years, comparing the day of the month (Clarifications, Dates).
  const cases: (Omit<Case, 'want'> & { p2: Indicator; p3: Indicator; excl2?: string[]; excl3?: string[] })[] =
    [
      {
        // 2022-10-01 → 2023-10-01: exactly 12 completed months → 12–23; open → 0/1.
        name: 'entered 12 months to the day before P: 12–23',
        spec: one(removal('C1', 'R1', '2022-10-01')),
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
      {
        // 2022-10-02 → 2023-10-01: 11 completed months (day 1 < day 2) → in neither population.
        name: 'entered 12 months less a day before P: neither',
        spec: one(removal('C1', 'R1', '2022-10-02')),
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
      },
      {
        // 2021-10-02 → 2023-10-01: 23 completed months → 12–23.
        name: 'entered 23 completed months before P: 12–23',
        spec: one(removal('C1', 'R1', '2021-10-02')),
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
      {
        // 2021-10-01 → 2023-10-01: 24 completed months → 24+.
        name: 'entered 24 months to the day before P: 24+',
        spec: one(removal('C1', 'R1', '2021-10-01')),
        p2: expected(0, 0, null),
        p3: expected(0, 1, 0),
      },
      {
        // Period 2023-10-15 … 2024-10-14: 2022-10-15 → 12 months (12–23); 2022-10-16 → 11 (neither).
        name: 'period starting mid-month: entered on the same day of the month a year before, 12–23',
        period: '2023-10-15',
        spec: {
          children: [child('C1', '2010-01-01'), child('C2', '2010-01-01')],
          removals: [removal('C1', 'R1', '2022-10-15'), removal('C2', 'R1', '2022-10-16')],
        },
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
      {
        // Period 2025-02-28: removal 2024-02-29 → 12 months by month number, but day 28 < 29 → 11 completed
        // months → neither. (An end-of-month rule, as in some date libraries, would say 12.)
        name: 'completed months compare the day of the month: 2024-02-29 → 2025-02-28 is 11 months',
        period: '2025-02-28',
        spec: one(removal('C1', 'R1', '2024-02-29')),
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
      },
      {
        // Period 2026-02-28: removal 2024-02-29 → 24 by month number, day 28 < 29 → 23 → 12–23, not 24+.
        name: 'completed months compare the day of the month: 2024-02-29 → 2026-02-28 is 23 months',
        period: '2026-02-28',
        spec: one(removal('C1', 'R1', '2024-02-29')),
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
      {
        // In care 12 months on P; reunified 2024-09-30 = E → on or before E, before 18 → 1/1.
        name: 'permanency on E: counted',
        spec: one(removal('C1', 'R1', '2022-10-01', '2024-09-30', 'reunification')),
        p2: expected(1, 1, 100),
        p3: expected(0, 0, null),
      },
      {
        // Reunified 2024-10-01 = E + 1 → not counted → 0/1 (no 365-day rule or THV adjustment here).
        name: 'permanency the day after E: not counted',
        spec: one(removal('C1', 'R1', '2022-10-01', '2024-10-01', 'reunification')),
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
      {
        // 24+ (2020-05-15 → 2023-10-01 = 40 completed months); adoption 2024-01-10 → 1/1.
        name: '24+: adoption in the period counted',
        spec: one(removal('C1', 'R1', '2020-05-15', '2024-01-10', 'adoption')),
        p2: expected(0, 0, null),
        p3: expected(1, 1, 100),
      },
      {
        // Guardianship and relative are permanency; emancipation is not. Three children, 12–23: 2/3 = 66.666… →
        // 66.67.
        name: 'permanency reasons: guardianship and relative count, emancipation does not (2 of 3)',
        spec: {
          children: [child('C1', '2010-01-01'), child('C2', '2010-01-01'), child('C3', '2010-01-01')],
          removals: [
            removal('C1', 'R1', '2022-06-01', '2024-01-10', 'guardianship'),
            removal('C2', 'R1', '2022-06-01', '2024-01-10', 'relative'),
            removal('C3', 'R1', '2022-06-01', '2024-01-10', 'emancipation'),
          ],
        },
        p2: expected(2, 3, 66.67),
        p3: expected(0, 0, null),
      },
      {
        // Discharged on P (2023-10-01): not in care on P (in care only on dates before the discharge) → neither.
        name: 'discharged on P: not in care on P',
        spec: one(removal('C1', 'R1', '2022-01-01', '2023-10-01', 'reunification')),
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
      },
      {
        // Discharged 2023-10-02: in care on P; 2022-01-01 → P = 21 months → 12–23; reunified → 1/1.
        name: 'discharged the day after P: in care on P, counted',
        spec: one(removal('C1', 'R1', '2022-01-01', '2023-10-02', 'reunification')),
        p2: expected(1, 1, 100),
        p3: expected(0, 0, null),
      },
      {
        // The current episode (2023-01-01, 9 months) decides, not earlier ones (2020-01-01 … 2021-01-01).
        name: 'only the current episode counts towards the months in care',
        spec: one(
          removal('C1', 'R1', '2020-01-01', '2021-01-01', 'reunification'),
          removal('C1', 'R2', '2023-01-01'),
        ),
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
      },
      {
        // Born 2005-10-01: 18 on P → excluded from 12–23 with the first-day reason.
        name: '12–23: age 18 on the first day: excluded',
        spec: { children: [child('C1', '2005-10-01')], removals: [removal('C1', 'R1', '2022-06-01')] },
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
        excl2: [`C1: ${AGE18P}`],
      },
      {
        // Born 2004-05-01: 19 on P; 2021-01-01 → 33 months → excluded from 24+.
        name: '24+: age 18 or more on the first day: excluded',
        spec: { children: [child('C1', '2004-05-01')], removals: [removal('C1', 'R1', '2021-01-01')] },
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
        excl3: [`C1: ${AGE18P}`],
      },
      {
        // Born 2005-10-01 (18 on P) but in care only since 2023-06-01 (4 months): in neither population, so in
        // neither exclusion list. READING: the first-day reason lists children of the 12–23 / 24+ populations.
        name: '18 on the first day but in care under 12 months: not listed as excluded',
        spec: { children: [child('C1', '2005-10-01')], removals: [removal('C1', 'R1', '2023-06-01')] },
        p2: expected(0, 0, null),
        p3: expected(0, 0, null),
      },
      {
        // Born 2005-10-02: 17 on P → in 12–23; reunified 2023-12-01, after the 18th birthday 2023-10-02 → 0/1.
        name: '12–23: turns 18 after P, discharged after: in the denominator, not the numerator',
        spec: {
          children: [child('C1', '2005-10-02')],
          removals: [removal('C1', 'R1', '2022-06-01', '2023-12-01', 'reunification')],
        },
        p2: expected(0, 1, 0),
        p3: expected(0, 0, null),
      },
    ];

  it.each(cases)('$name', async ({ spec, period, p2, p3, excl2, excl3 }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, P2)).toEqual(p2);
    expect(figures(res, P3)).toEqual(p3);
    expect(exclusionsOf(res, P2)).toEqual(excl2 ?? []);
    expect(exclusionsOf(res, P3)).toEqual(excl3 ?? []);
  });
});
