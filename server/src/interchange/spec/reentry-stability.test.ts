// Acceptance tables for re-entry and placement stability (cqi-interchange.md "Indicators", "Conventions:
// Placement moves", "Clarifications"; domain-rules.md §1.3 (d), (e); Appendix A footnotes d, e).
// Period 2023-10-01 (P) … 2024-09-30 (E) unless a row says otherwise; every expected figure is worked by hand.
import { describe, expect, it } from 'vitest';
import {
  child,
  cqiOk,
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
}
const P = '2023-10-01';
const kid = [child('C1', '2010-01-01')];
const one = (...removals: Row[]): FolderSpec => ({ children: kid, removals });
// The cohort episode of most re-entry rows: 2023-10-01 … 2023-10-31, 30 days, reunification.
const reunified = removal('C1', 'R1', '2023-10-01', '2023-10-31', 'reunification');

describe('reentry_12m', () => {
  const cases: Case[] = [
    {
      // Removal on the discharge date 2023-10-31: valid, a re-entry on day 0 → 1/1.
      name: 're-entry on day 0 (removed again on the discharge date)',
      spec: one(reunified, removal('C1', 'R2', '2023-10-31')),
      want: expected(1, 1, 100),
    },
    {
      // days(2023-10-31, 2024-10-30) = 365 → within 12 months → 1/1.
      name: 're-entry on day 365',
      spec: one(reunified, removal('C1', 'R2', '2024-10-30')),
      want: expected(1, 1, 100),
    },
    {
      // days(2023-10-31, 2024-10-31) = 366 → not a re-entry within 12 months → 0/1.
      name: 're-entry on day 366: not counted',
      spec: one(reunified, removal('C1', 'R2', '2024-10-31')),
      want: expected(0, 1, 0),
    },
    {
      name: 'no later removal',
      spec: one(reunified),
      want: expected(0, 1, 0),
    },
    {
      // Adoption is permanency but not in the re-entry population → 0/0, null.
      name: 'adoption is not in the re-entry population',
      spec: one(
        removal('C1', 'R1', '2023-10-01', '2023-10-31', 'adoption'),
        removal('C1', 'R2', '2023-11-10'),
      ),
      want: expected(0, 0, null),
    },
    {
      // Guardianship (C1) and relative (C2), both re-entering 10 days later → 2/2.
      name: 'guardianship and relative are in the population',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2010-01-01')],
        removals: [
          removal('C1', 'R1', '2023-10-01', '2023-10-31', 'guardianship'),
          removal('C1', 'R2', '2023-11-10'),
          removal('C2', 'R1', '2023-10-01', '2023-10-31', 'relative'),
          removal('C2', 'R2', '2023-11-10'),
        ],
      },
      want: expected(2, 2, 100),
    },
    ...['emancipation', 'transfer', 'runaway', 'death', ''].map((reason) => ({
      name: `discharge reason "${reason}" is not in the population`,
      spec: one(removal('C1', 'R1', '2023-10-01', '2023-10-31', reason), removal('C1', 'R2', '2023-11-10')),
      want: expected(0, 0, null),
    })),
    {
      // Reunified days(2023-10-01, 2024-09-30) = 365 after removal → within 12 months → in the population.
      name: 'reunified on day 365 of the episode: in the population',
      spec: one(removal('C1', 'R1', '2023-10-01', '2024-09-30', 'reunification')),
      want: expected(0, 1, 0),
    },
    {
      // Reunified on day 366 → not discharged within 12 months → not in the population.
      name: 'reunified on day 366 of the episode: not in the population',
      spec: one(
        removal('C1', 'R1', '2023-10-01', '2024-10-01', 'reunification'),
        removal('C1', 'R2', '2024-10-05'),
      ),
      want: expected(0, 0, null),
    },
    {
      // The cohort episode is open → never discharged → not in the population.
      name: 'still in care: not in the population',
      spec: one(removal('C1', 'R1', '2023-10-01')),
      want: expected(0, 0, null),
    },
    {
      // Born 2006-01-15: 18th birthday 2024-01-15; reunified 2024-02-01 at 18 → not "under 18 at discharge".
      name: 'reunified at 18: not in the population',
      spec: {
        children: [child('C1', '2006-01-15')],
        removals: [
          removal('C1', 'R1', '2023-10-01', '2024-02-01', 'reunification'),
          removal('C1', 'R2', '2024-03-01'),
        ],
      },
      want: expected(0, 0, null),
    },
    {
      // Reunified 2024-01-14 at 17; removed again 2024-03-01 at 18 (47 days later): a later removal counts
      // whatever the child's age → 1/1.
      name: 'reunified at 17, re-entering at 18: counted',
      spec: {
        children: [child('C1', '2006-01-15')],
        removals: [
          removal('C1', 'R1', '2023-10-01', '2024-01-14', 'reunification'),
          removal('C1', 'R2', '2024-03-01'),
        ],
      },
      want: expected(1, 1, 100),
    },
    {
      // The cohort removal lasts 4 days → excluded from permanency_12m_entries → not in this population, though
      // a later episode was reunified and followed by a re-entry.
      name: 'an excluded (< 8 days) cohort removal keeps the child out',
      spec: one(
        removal('C1', 'R1', '2023-10-01', '2023-10-05', 'reunification'),
        removal('C1', 'R2', '2023-10-20', '2023-12-01', 'reunification'),
        removal('C1', 'R3', '2024-01-01'),
      ),
      want: expected(0, 0, null),
    },
    {
      // Born 2005-06-01: 18 at removal → excluded from the entry cohort → not here either.
      name: 'age 18 at removal: not in the population',
      spec: {
        children: [child('C1', '2005-06-01')],
        removals: [
          removal('C1', 'R1', '2023-10-01', '2023-10-31', 'reunification'),
          removal('C1', 'R2', '2023-11-10'),
        ],
      },
      want: expected(0, 0, null),
    },
    {
      // The re-entry episode lasts 2 days: any later removal counts, whatever its length → 1/1.
      name: 'a 2-day re-entry counts',
      spec: one(reunified, removal('C1', 'R2', '2023-11-10', '2023-11-12', 'reunification')),
      want: expected(1, 1, 100),
    },
    {
      // Two later removals within 12 months: the child counts once → 1/1.
      name: 'two re-entries count once',
      spec: one(
        reunified,
        removal('C1', 'R2', '2023-11-05', '2023-11-20', 'reunification'),
        removal('C1', 'R3', '2024-02-01'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // Entered 2024-09-01, reunified 2025-08-01 (334 days, after E), re-entered 2026-07-31:
      // days(2025-08-01, 2026-07-31) = 364 → 1/1; follow-up runs to E + 730 = 2026-09-30.
      name: 'discharge after E and re-entry in the second following year',
      spec: one(
        removal('C1', 'R1', '2024-09-01', '2025-08-01', 'reunification'),
        removal('C1', 'R2', '2026-07-31'),
      ),
      want: expected(1, 1, 100),
    },
    {
      // Period 2022-10-01. The trial-home-visit example: stay 425 (adjusted 348 for permanency_12m_entries
      // only). "Discharged within 12 months of removal" uses the unadjusted stay, 425 > 365 → not in the
      // population. READING: the contract puts the adjustment under "permanency_12m_entries only".
      name: 'trial home visit: the adjustment does not apply, 425 days is not within 12 months',
      period: '2022-10-01',
      spec: {
        children: kid,
        removals: [
          removal('C1', 'R1', '2023-01-01', '2024-03-01', 'reunification'),
          removal('C1', 'R2', '2024-04-01'),
        ],
        placements: [
          placement('C1', 'R1', '2023-01-01', 'foster_family_nonrelative', 'F1'),
          placement('C1', 'R1', '2023-11-15', 'trial_home_visit'),
        ],
      },
      want: expected(0, 0, null),
    },
    {
      // C1 re-enters on day 0, C2 and C3 do not: 1/3 = 33.333… → 33.33.
      name: 'one of three re-enters: 33.33',
      spec: {
        children: [child('C1', '2010-01-01'), child('C2', '2010-01-01'), child('C3', '2010-01-01')],
        removals: [
          reunified,
          removal('C1', 'R2', '2023-10-31'),
          removal('C2', 'R1', '2023-10-01', '2023-10-31', 'reunification'),
          removal('C3', 'R1', '2023-10-01', '2023-10-31', 'relative'),
        ],
      },
      want: expected(1, 3, 33.33),
    },
  ];

  it.each(cases)('$name', async ({ spec, period, want }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, 'reentry_12m')).toEqual(want);
  });
});

/** Placements of episode R1 of C1 with the given (date, setting, provider) triples. */
const pls = (rid: string, ...list: [string, string, string?][]): Row[] =>
  list.map(([d, s, p]) => placement('C1', rid, d, s, p ?? ''));
const FF = 'foster_family_nonrelative';
// An open episode from P: days in care P … E = days(2023-10-01, 2024-10-01) = 366.
const openFromP = removal('C1', 'R1', '2023-10-01');

describe('placement_stability', () => {
  const cases: Case[] = [
    {
      // 79 FR 22604 footnotes d, e: child A 10 days (2023-10-01 … 10-11) with 3 moves, child B 100 days
      // (days(2024-01-01, 2024-04-10) = 100) with 1 move → 4 moves / 110 days × 1,000 = 36.3636… → 36.36.
      name: '79 FR 22604 fn d, e: days 10 + 100 = 110, moves 3 + 1 = 4',
      spec: {
        children: [child('A', '2010-01-01'), child('B', '2012-01-01')],
        removals: [
          removal('A', 'R1', '2023-10-01', '2023-10-11', 'reunification'),
          removal('B', 'R1', '2024-01-01', '2024-04-10', 'reunification'),
        ],
        placements: [
          placement('A', 'R1', '2023-10-01', FF, 'P1'),
          placement('A', 'R1', '2023-10-03', 'group_home', 'P2'),
          placement('A', 'R1', '2023-10-05', 'foster_family_relative', 'P3'),
          placement('A', 'R1', '2023-10-08', 'institution', 'P4'),
          placement('B', 'R1', '2024-01-01', FF, 'P5'),
          placement('B', 'R1', '2024-02-01', FF, 'P6'),
        ],
      },
      want: expected(4, 110, 36.36),
    },
    {
      // One placement: the initial removal is not a move → 0/366 = 0.
      name: 'the initial placement is not a move',
      spec: { ...one(openFromP), placements: pls('R1', ['2023-10-01', FF, 'A']) },
      want: expected(0, 366, 0),
    },
    {
      // Placements without any placement row: days still count (366), no moves.
      name: 'an episode without placements: days count, no moves',
      spec: one(openFromP),
      want: expected(0, 366, 0),
    },
    {
      // A → THV → A: dropping the THV leaves A, A, the same provider → no move.
      name: 'through a trial home visit back to the same provider: no move',
      spec: {
        ...one(openFromP),
        placements: pls(
          'R1',
          ['2023-10-01', FF, 'A'],
          ['2023-11-01', 'trial_home_visit'],
          ['2023-12-01', FF, 'A'],
        ),
      },
      want: expected(0, 366, 0),
    },
    {
      // A → THV → B: after dropping the THV, A → B is one move (dated 2023-12-01) → 1/366 × 1,000 = 2.7322 →
      // 2.73.
      name: 'through a trial home visit to another provider: one move',
      spec: {
        ...one(openFromP),
        placements: pls(
          'R1',
          ['2023-10-01', FF, 'A'],
          ['2023-11-01', 'trial_home_visit'],
          ['2023-12-01', FF, 'B'],
        ),
      },
      want: expected(1, 366, 2.73),
    },
    {
      // A → runaway → A: no move.
      name: 'through runaway back to the same provider: no move',
      spec: {
        ...one(openFromP),
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2023-11-01', 'runaway'], ['2023-12-01', FF, 'A']),
      },
      want: expected(0, 366, 0),
    },
    {
      // A → runaway → B: one move.
      name: 'through runaway to another provider: one move',
      spec: {
        ...one(openFromP),
        placements: pls(
          'R1',
          ['2023-10-01', FF, 'A'],
          ['2023-11-01', 'runaway'],
          ['2023-12-01', 'group_home', 'B'],
        ),
      },
      want: expected(1, 366, 2.73),
    },
    {
      // A → respite → A: no move (respite dropped).
      name: 'through respite back to the same provider: no move',
      spec: {
        ...one(openFromP),
        placements: pls(
          'R1',
          ['2023-10-01', FF, 'A'],
          ['2023-11-01', 'respite', 'R'],
          ['2023-11-03', FF, 'A'],
        ),
      },
      want: expected(0, 366, 0),
    },
    {
      // Same non-empty provider_id, setting changes (foster family → pre-adoptive): not a move.
      name: 'same provider_id with a new setting: not a move',
      spec: {
        ...one(openFromP),
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2024-02-01', 'pre_adoptive', 'A']),
      },
      want: expected(0, 366, 0),
    },
    {
      // Both provider_ids empty: "the same non-empty provider_id" does not apply → a move.
      name: 'empty provider_ids: a move',
      spec: { ...one(openFromP), placements: pls('R1', ['2023-10-01', FF], ['2024-02-01', 'group_home']) },
      want: expected(1, 366, 2.73),
    },
    {
      // A → B → A: two moves → 2/366 × 1,000 = 5.4645 → 5.46.
      name: 'A → B → A: two moves',
      spec: {
        ...one(openFromP),
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2023-11-01', FF, 'B'], ['2023-12-01', FF, 'A']),
      },
      want: expected(2, 366, 5.46),
    },
    {
      // The first placement is a THV, dropped; then A is the first remaining placement → no move.
      name: 'a first placement dropped (THV) does not make the next one a move',
      spec: {
        ...one(openFromP),
        placements: pls('R1', ['2023-10-01', 'trial_home_visit'], ['2023-10-20', FF, 'A']),
      },
      want: expected(0, 366, 0),
    },
    {
      // Placements in file order B-second-first: they are ordered by start_date → A (10-01) → B (11-01) → 1.
      name: 'placements are ordered by start_date, not by file order',
      spec: {
        ...one(openFromP),
        placements: pls('R1', ['2023-11-01', FF, 'B'], ['2023-10-01', FF, 'A'], ['2023-12-01', FF, 'B']),
      },
      want: expected(1, 366, 2.73),
    },
    {
      // The move to B starts 2024-10-05, after E → not in the window → 0/366.
      name: 'a move after E is not counted',
      spec: { ...one(openFromP), placements: pls('R1', ['2023-10-01', FF, 'A'], ['2024-10-05', FF, 'B']) },
      want: expected(0, 366, 0),
    },
    {
      // Entered 2024-09-21, open: days 09-21 … 09-30 = days(2024-09-21, 2024-10-01) = 10; move on 09-25 →
      // 1/10 × 1,000 = 100.
      name: 'days stop at E: 10 days, 1 move',
      spec: {
        ...one(removal('C1', 'R1', '2024-09-21')),
        placements: pls('R1', ['2024-09-21', FF, 'A'], ['2024-09-25', FF, 'B']),
      },
      want: expected(1, 10, 100),
    },
    {
      // Discharged after E: days stop at E: days(2024-09-01, 2024-10-01) = 30; move 2024-09-15 → 1/30 ×
      // 1,000 = 33.333… → 33.33.
      name: 'an episode discharged after E: days stop at E',
      spec: {
        ...one(removal('C1', 'R1', '2024-09-01', '2024-12-01', 'reunification')),
        placements: pls('R1', ['2024-09-01', FF, 'A'], ['2024-09-15', FF, 'B']),
      },
      want: expected(1, 30, 33.33),
    },
    {
      // Episode 1: 2023-10-01 … 2023-12-01 = 61 days, one placement. Episode 2 (re-entry) 2024-01-01 … open:
      // days(2024-01-01, 2024-10-01) = 274; its first placement is not a move (the removal), its second is.
      // 1 / (61 + 274 = 335) × 1,000 = 2.985… → 2.99.
      name: "a re-entry's days count across episodes; its first placement is not a move",
      spec: {
        ...one(
          removal('C1', 'R1', '2023-10-01', '2023-12-01', 'reunification'),
          removal('C1', 'R2', '2024-01-01'),
        ),
        placements: [
          ...pls('R1', ['2023-10-01', FF, 'A']),
          ...pls('R2', ['2024-01-01', FF, 'B'], ['2024-03-01', FF, 'C']),
        ],
      },
      want: expected(1, 335, 2.99),
    },
    {
      // Episode 1: 31 days (2023-10-01 … 11-01) with A → B (1 move); episode 2: 3 days (12-01 … 12-04), short
      // ones included → 1 / (31 + 3 = 34) × 1,000 = 29.41.
      name: 'a short later episode counts',
      spec: {
        ...one(
          removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification'),
          removal('C1', 'R2', '2023-12-01', '2023-12-04', 'reunification'),
        ),
        placements: [
          ...pls('R1', ['2023-10-01', FF, 'A'], ['2023-10-15', FF, 'B']),
          ...pls('R2', ['2023-12-01', FF, 'C']),
        ],
      },
      want: expected(1, 34, 29.41),
    },
    {
      // Episode 1: 31 days with one placement; episode 2: 2023-12-01 … 12-04 (3 days) with C then D on 12-02:
      // the move inside the short episode counts → 1 / 34 × 1,000 = 29.41.
      name: 'a move inside a short later episode counts',
      spec: {
        ...one(
          removal('C1', 'R1', '2023-10-01', '2023-11-01', 'reunification'),
          removal('C1', 'R2', '2023-12-01', '2023-12-04', 'reunification'),
        ),
        placements: [
          ...pls('R1', ['2023-10-01', FF, 'A']),
          ...pls('R2', ['2023-12-01', FF, 'C'], ['2023-12-02', FF, 'D']),
        ],
      },
      want: expected(1, 34, 29.41),
    },
    {
      // Born 2006-01-15, removed 2023-10-01 at 17, open. Days stop the day before the 18th birthday:
      // days(2023-10-01, 2024-01-15) = 106. Move on 2024-01-14 counts; move on 2024-01-15 (the birthday) does
      // not → 1/106 × 1,000 = 9.4339… → 9.43.
      name: 'days and moves stop the day before the 18th birthday',
      spec: {
        children: [child('C1', '2006-01-15')],
        removals: [openFromP],
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2024-01-14', FF, 'B'], ['2024-01-15', FF, 'C']),
      },
      want: expected(1, 106, 9.43),
    },
    {
      // An episode before the cohort removal (2023-01-01 … 06-01, with a move) does not count. Cohort
      // 2023-11-01, open: days(2023-11-01, 2024-10-01) = 335, one move → 2.99.
      name: 'episodes before the cohort removal do not count',
      spec: {
        ...one(
          removal('C1', 'R1', '2023-01-01', '2023-06-01', 'reunification'),
          removal('C1', 'R2', '2023-11-01'),
        ),
        placements: [
          ...pls('R1', ['2023-01-01', FF, 'X'], ['2023-03-01', FF, 'Y']),
          ...pls('R2', ['2023-11-01', FF, 'A'], ['2024-02-01', FF, 'B']),
        ],
      },
      want: expected(1, 335, 2.99),
    },
    {
      // In care 2023-09-01 … open (entered before P): not in the entry cohort → 0/0, null.
      name: 'a child entered before P is not in the population',
      spec: {
        ...one(removal('C1', 'R1', '2023-09-01')),
        placements: pls('R1', ['2023-09-01', FF, 'A'], ['2023-12-01', FF, 'B']),
      },
      want: expected(0, 0, null),
    },
    {
      // An excluded child (5 days) is not in the population, moves and all → 0/0.
      name: 'a child excluded from the entry cohort (< 8 days) is not in the population',
      spec: {
        ...one(removal('C1', 'R1', '2023-10-01', '2023-10-06', 'reunification')),
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2023-10-03', FF, 'B']),
      },
      want: expected(0, 0, null),
    },
    {
      // Rounding half-up: days(2023-10-01, 2023-12-04) = 64, one move → 1/64 × 1,000 = 15.625 exactly →
      // 15.63 (half-up; banker's rounding would give 15.62).
      name: 'rounding half-up: 1 move in 64 days = 15.625 → 15.63',
      spec: {
        ...one(removal('C1', 'R1', '2023-10-01', '2023-12-04', 'reunification')),
        placements: pls('R1', ['2023-10-01', FF, 'A'], ['2023-11-01', FF, 'B']),
      },
      want: expected(1, 64, 15.63),
    },
  ];

  it.each(cases)('$name', async ({ spec, period, want }) => {
    const res = await cqiOk(spec, period ?? P);
    expect(figures(res, 'placement_stability')).toEqual(want);
  });
});
