// Acceptance table for caseworker visits (cqi-interchange.md "Indicators", "Clarifications: Dates";
// domain-rules.md §3). Period 2023-10-01 (P) … 2024-09-30 (E): its calendar months Oct 2023 … Sep 2024 (12) lie
// wholly inside it. Every expected figure is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  child,
  cqiOk,
  figures,
  removal,
  visit,
  type FolderSpec,
  type Indicator,
  type Row,
} from './harness.ts';

interface Case {
  name: string;
  spec: FolderSpec;
  period?: string;
  want: Indicator;
}
const P = '2023-10-01';
const kid = [child('C1', '2010-01-01')];
// In care all year (removed 2023-06-01, open): 12 child-months.
const allYear = removal('C1', 'R1', '2023-06-01');
const withVisits = (...visits: Row[]): FolderSpec => ({ children: kid, removals: [allYear], visits });
const cv = (
  n: number,
  d: number,
  v: number | null,
  rn: number,
  rd: number,
  rv: number | null,
): Indicator => ({
  numerator: n,
  denominator: d,
  value: v,
  complete: true,
  residence: { numerator: rn, denominator: rd, value: rv },
});
const MONTHS = [
  '2023-10',
  '2023-11',
  '2023-12',
  '2024-01',
  '2024-02',
  '2024-03',
  '2024-04',
  '2024-05',
  '2024-06',
  '2024-07',
  '2024-08',
  '2024-09',
];

describe('caseworker_visits', () => {
  const cases: Case[] = [
    {
      // 12 months, no visits → 0/12 = 0; residence 0/0 → null.
      name: 'in care all year, no visits',
      spec: withVisits(),
      want: cv(0, 12, 0, 0, 0, null),
    },
    {
      // A visit every month, face to face (empty = true), at the residence → 12/12; residence 12/12.
      name: 'a residence visit every month',
      spec: withVisits(...MONTHS.map((m) => visit('C1', `${m}-15`, 'residence'))),
      want: cv(12, 12, 100, 12, 12, 100),
    },
    {
      // face_to_face empty means true: 1/12 = 8.333… → 8.33; residence 1/1 = 100.
      name: 'empty face_to_face means true',
      spec: withVisits(visit('C1', '2023-10-05', 'residence', '')),
      want: cv(1, 12, 8.33, 1, 1, 100),
    },
    {
      name: 'face_to_face true',
      spec: withVisits(visit('C1', '2023-10-05', 'residence', 'true')),
      want: cv(1, 12, 8.33, 1, 1, 100),
    },
    {
      // Not face to face → does not count anywhere: 0/12; residence 0/0.
      name: 'a visit that is not face to face does not count',
      spec: withVisits(visit('C1', '2023-10-05', 'residence', 'false')),
      want: cv(0, 12, 0, 0, 0, null),
    },
    {
      // Face to face elsewhere: visited 1/12; residence 0/1 = 0.
      name: 'a face-to-face visit elsewhere: visited, not in the residence',
      spec: withVisits(visit('C1', '2023-10-05', 'other')),
      want: cv(1, 12, 8.33, 0, 1, 0),
    },
    {
      // Two visits in one month (other, residence) → one visited month, at the residence: 1/12; 1/1.
      name: 'two visits in one month count once',
      spec: withVisits(visit('C1', '2023-10-05', 'other'), visit('C1', '2023-10-25', 'residence')),
      want: cv(1, 12, 8.33, 1, 1, 100),
    },
    {
      // 2023-10-31 and 2023-11-01: two months → 2/12 = 16.666… → 16.67; residence 2/2.
      name: 'visits on the last and first days of consecutive months',
      spec: withVisits(visit('C1', '2023-10-31'), visit('C1', '2023-11-01')),
      want: cv(2, 12, 16.67, 2, 2, 100),
    },
    {
      // Removed 2023-10-02: not in care on 10-01 → October is not counted → 11 months; the October visit does
      // not count → 0/11.
      name: 'removed on the 2nd: that month is not counted, nor its visit',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-02')],
        visits: [visit('C1', '2023-10-20')],
      },
      want: cv(0, 11, 0, 0, 0, null),
    },
    {
      // Removed 2023-10-01: in care every day of October → 12 months; the October visit → 1/12.
      name: 'removed on the 1st: the month counts',
      spec: {
        children: kid,
        removals: [removal('C1', 'R1', '2023-10-01')],
        visits: [visit('C1', '2023-10-20')],
      },
      want: cv(1, 12, 8.33, 1, 1, 100),
    },
    {
      // Discharged 2024-09-30: not in care on 09-30 → September not counted → 11 months.
      name: 'discharged on the last day of a month: that month is not counted',
      spec: { children: kid, removals: [removal('C1', 'R1', '2023-06-01', '2024-09-30', 'reunification')] },
      want: cv(0, 11, 0, 0, 0, null),
    },
    {
      // Discharged 2024-10-01: in care through 09-30 → 12 months.
      name: 'discharged on the first day of the next month: the month counts',
      spec: { children: kid, removals: [removal('C1', 'R1', '2023-06-01', '2024-10-01', 'reunification')] },
      want: cv(0, 12, 0, 0, 0, null),
    },
    {
      // Discharged 2024-01-15 and removed again the same day: in care on every date of January (the first
      // episode covers 01-01 … 01-14, the second from 01-15) → 12 months.
      name: 're-entry on the discharge date keeps the month whole',
      spec: {
        children: kid,
        removals: [
          removal('C1', 'R1', '2023-06-01', '2024-01-15', 'reunification'),
          removal('C1', 'R2', '2024-01-15'),
        ],
      },
      want: cv(0, 12, 0, 0, 0, null),
    },
    {
      // Removed again 2024-01-16: not in care on 01-15 → January not counted → 11.
      name: 'a one-day gap loses the month',
      spec: {
        children: kid,
        removals: [
          removal('C1', 'R1', '2023-06-01', '2024-01-15', 'reunification'),
          removal('C1', 'R2', '2024-01-16'),
        ],
      },
      want: cv(0, 11, 0, 0, 0, null),
    },
    {
      // Period 2023-10-15 … 2024-10-14: whole months Nov 2023 … Sep 2024 = 11. Visits on 2023-10-20 and
      // 2024-10-05 fall in partial months → not counted; 2023-11-01 counts → 1/11 = 9.0909… → 9.09.
      name: 'a period starting mid-month: partial months are left out',
      period: '2023-10-15',
      spec: withVisits(visit('C1', '2023-10-20'), visit('C1', '2024-10-05'), visit('C1', '2023-11-01')),
      want: cv(1, 11, 9.09, 1, 1, 100),
    },
    {
      // Born 2006-03-01: the 18th birthday is 2024-03-01 → not under 18 on the first day of March → months
      // Oct … Feb = 5. The March visit does not count → 0/5.
      name: '18 on the first day of the month: that month and later are not counted',
      spec: {
        children: [child('C1', '2006-03-01')],
        removals: [allYear],
        visits: [visit('C1', '2024-03-10')],
      },
      want: cv(0, 5, 0, 0, 0, null),
    },
    {
      // Born 2006-03-02: 17 on 2024-03-01 → March counts → Oct … Mar = 6; the March visit → 1/6 = 16.666… →
      // 16.67.
      name: 'under 18 on the first day of the month (birthday on the 2nd): the month counts',
      spec: {
        children: [child('C1', '2006-03-02')],
        removals: [allYear],
        visits: [visit('C1', '2024-03-10')],
      },
      want: cv(1, 6, 16.67, 1, 1, 100),
    },
    {
      // Never in care: no months → 0/0 null; residence 0/0 null.
      name: 'visits to a child never in care: nothing',
      spec: { children: kid, visits: [visit('C1', '2023-10-05')] },
      want: cv(0, 0, null, 0, 0, null),
    },
    {
      // C1 12 months + C2 removed 2024-04-01 (Apr … Sep = 6) = 18. Visited months: C1 Oct (residence),
      // Nov (other), Dec (residence) → 3/18 = 16.666… → 16.67; residence 2/3 = 66.666… → 66.67.
      name: 'two children: 3 of 18 months visited, 2 of 3 at the residence',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2012-01-01')],
        removals: [allYear, removal('C2', 'R1', '2024-04-01')],
        visits: [visit('C1', '2023-10-05'), visit('C1', '2023-11-05', 'other'), visit('C1', '2023-12-05')],
      },
      want: cv(3, 18, 16.67, 2, 3, 66.67),
    },
    {
      // C1 12 + C2 12 + C3 (removed 2024-02-01: Feb … Sep = 8) = 32 months; one visited → 1/32 = 3.125 →
      // 3.13 (half-up).
      name: 'rounding half-up: 1 of 32 = 3.125 → 3.13',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2011-01-01'), child('C3', '2012-01-01')],
        removals: [allYear, removal('C2', 'R1', '2023-05-01'), removal('C3', 'R1', '2024-02-01')],
        visits: [visit('C3', '2024-05-05')],
      },
      want: cv(1, 32, 3.13, 1, 1, 100),
    },
  ];

  it.each(cases)('$name', async ({ spec, period, want }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, 'caseworker_visits')).toEqual(want);
  });
});
