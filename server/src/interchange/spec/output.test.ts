// Acceptance tests for the output object, completeness and the file format (cqi-interchange.md "Files",
// "Output", "Clarifications: Extent of the data and completeness", "Output").
import { describe, expect, it } from 'vitest';
import {
  INDICATORS,
  canonical,
  child,
  cqiOk,
  exclusionsOf,
  figures,
  folderFiles,
  placement,
  removal,
  report,
  runDir,
  visit,
  writeFolder,
  type FolderSpec,
  type IndicatorKey,
} from './harness.ts';

const P = '2023-10-01';

describe('the output object', () => {
  it.each([
    // E = P + 1 year − 1 day.
    ['2023-10-01', '2024-09-30'],
    ['2023-03-01', '2024-02-29'], // 2024 is a leap year
    ['2024-03-01', '2025-02-28'],
    ['2024-02-28', '2025-02-27'],
    ['2023-10-15', '2024-10-14'],
  ])('period %s ends %s', async (start, end) => {
    const res = await cqiOk({}, start);
    expect(res.period).toEqual({ start, end });
  });

  it('every indicator key is present; value is null for every 0 denominator; no exclusions', async () => {
    // A child born 2026-09-30 and nothing else: every population is empty, and the latest date in the data
    // is E + 730 = 2026-09-30, so every indicator is complete ("it follows from the dates alone, also for an
    // empty population").
    const res = await cqiOk({ children: [child('C9', '2026-09-30')], horizon: false }, P);
    expect(Object.keys(res.indicators).sort()).toEqual([...INDICATORS].sort());
    for (const key of INDICATORS) {
      const want =
        key === 'caseworker_visits'
          ? {
              numerator: 0,
              denominator: 0,
              value: null,
              complete: true,
              residence: { numerator: 0, denominator: 0, value: null },
            }
          : { numerator: 0, denominator: 0, value: null, complete: true };
      expect(figures(res, key), key).toEqual(want);
    }
    expect(res.exclusions).toEqual([]);
  });
});

type Flags = Record<IndicatorKey, boolean>;
const flags = (upToE: boolean, upToE365: boolean, upToE730: boolean): Flags => ({
  permanency_12m_entries: upToE365,
  permanency_12m_12_23: upToE,
  permanency_12m_24_plus: upToE,
  reentry_12m: upToE730,
  placement_stability: upToE,
  maltreatment_in_care: upToE,
  recurrence_12m: upToE365,
  caseworker_visits: upToE,
});

describe('completeness: follow-up ends E (2024-09-30), E + 365 (2025-09-30), E + 730 (2026-09-30)', () => {
  // C1, removed on P and still in care. Without an extra date the latest date in the data is 2023-10-01.
  const base = (extra: Partial<FolderSpec> = {}): FolderSpec => ({
    children: [child('C1', '2010-01-01')],
    removals: [removal('C1', 'R1', '2023-10-01')],
    horizon: false,
    ...extra,
  });
  const cases: { name: string; spec: FolderSpec; want: Flags }[] = [
    {
      name: 'latest date 2023-10-01 (the removal): nothing complete',
      spec: base(),
      want: flags(false, false, false),
    },
    {
      name: 'latest date E − 1 (a visit): nothing complete',
      spec: base({ visits: [visit('C1', '2024-09-29')] }),
      want: flags(false, false, false),
    },
    {
      name: 'latest date E (a visit): the indicators that end at E',
      spec: base({ visits: [visit('C1', '2024-09-30')] }),
      want: flags(true, false, false),
    },
    {
      name: 'latest date E from adjudication_date',
      spec: base({
        removals: [removal('C1', 'R1', '2023-10-01', '', '', { adjudication_date: '2024-09-30' })],
      }),
      want: flags(true, false, false),
    },
    {
      name: 'latest date E + 364 from a placement end_date',
      spec: base({ placements: [placement('C1', 'R1', '2023-10-01', 'group_home', 'G', '2025-09-29')] }),
      want: flags(true, false, false),
    },
    {
      name: 'latest date E + 365 from a report_date: also the 365-day follow-ups',
      spec: base({ maltreatment: [report('C1', 'M1', '2025-09-30', 'unsubstantiated')] }),
      want: flags(true, true, false),
    },
    {
      name: 'latest date E + 729 from a discharge_date: not yet re-entry',
      spec: base({ removals: [removal('C1', 'R1', '2023-10-01', '2026-09-29', 'transfer')] }),
      want: flags(true, true, false),
    },
    {
      name: 'latest date E + 730 from an incident_date: everything',
      spec: base({ maltreatment: [report('C1', 'M1', '2023-11-01', 'other', '2026-09-30')] }),
      want: flags(true, true, true),
    },
    {
      name: 'latest date E + 730 from a birth_date of another child: everything',
      spec: base({ children: [child('C1', '2010-01-01'), child('C2', '2026-09-30')] }),
      want: flags(true, true, true),
    },
  ];
  it.each(cases)('$name', async ({ spec, want }) => {
    const res = await cqiOk(spec, P);
    const got = Object.fromEntries(INDICATORS.map((k) => [k, res.indicators[k].complete]));
    expect(got).toEqual(want);
  });

  // Period 2022-10-01 … 2023-09-30: E + 365 days = 2024-09-29 and E + 730 days = 2025-09-29, a day short of
  // "one year / two years later" because 29 February 2024 lies between.
  it.each([
    ['2024-09-28', flags(true, false, false)],
    ['2024-09-29', flags(true, true, false)],
    ['2025-09-28', flags(true, true, false)],
    ['2025-09-29', flags(true, true, true)],
  ] as const)(
    'period 2022-10-01, latest date %s: follow-ups are counted in days, not years',
    async (latest, want) => {
      const res = await cqiOk(
        {
          children: [child('C1', '2010-01-01')],
          removals: [removal('C1', 'R1', '2022-10-01')],
          visits: [visit('C1', latest)],
          horizon: false,
        },
        '2022-10-01',
      );
      expect(Object.fromEntries(INDICATORS.map((k) => [k, res.indicators[k].complete]))).toEqual(want);
    },
  );

  it('an open episode counts its days through E even when the data stop earlier', async () => {
    // Removed 2024-01-01, open, nothing later: days(2024-01-01, 2024-10-01) = 274 in maltreatment_in_care and
    // placement_stability, both incomplete (latest date 2024-01-01 < E).
    const res = await cqiOk(
      {
        children: [child('C1', '2010-01-01')],
        removals: [removal('C1', 'R1', '2024-01-01')],
        horizon: false,
      },
      P,
    );
    expect(figures(res, 'maltreatment_in_care')).toEqual({
      numerator: 0,
      denominator: 274,
      value: 0,
      complete: false,
    });
    expect(figures(res, 'placement_stability')).toEqual({
      numerator: 0,
      denominator: 274,
      value: 0,
      complete: false,
    });
  });
});

describe('the file format', () => {
  // The same content as cqiOk would write, used to compare a variant with the plain folder.
  const plain: FolderSpec = {
    children: [child('C1', '2010-01-01'), child('C2', '2005-10-01')],
    removals: [
      removal('C1', 'R1', '2023-10-01', '2023-12-01', 'reunification'),
      removal('C1', 'R2', '2024-01-01'),
      removal('C2', 'R1', '2023-11-01'),
    ],
    placements: [
      placement('C1', 'R1', '2023-10-01', 'foster_family_nonrelative', 'A'),
      placement('C1', 'R1', '2023-11-01', 'group_home', 'B'),
    ],
    maltreatment: [report('C1', 'M1', '2023-11-15')],
    visits: [visit('C1', '2023-10-15')],
  };

  it('unknown columns are ignored and columns may come in any order', async () => {
    const want = await cqiOk(plain, P);
    const files = folderFiles(plain);
    // Add a `notes` column first and a `case_worker` column last, and reverse the contract's columns.
    const twisted: Record<string, string> = {};
    for (const [file, text] of Object.entries(files)) {
      const rows = text
        .trimEnd()
        .split('\n')
        .map((l) => l.split(','));
      twisted[file] =
        rows
          .map((cells, i) =>
            [i === 0 ? 'notes' : `n${i}`, ...[...cells].reverse(), i === 0 ? 'case_worker' : 'X'].join(','),
          )
          .join('\n') + '\n';
    }
    const got = await runDir(await writeFolder(twisted), { periodStart: P });
    expect(got.errors).toEqual([]);
    expect(canonical(got.result!)).toEqual(canonical(want));
  });

  it('optional files may be absent (an absent file is empty)', async () => {
    const spec: FolderSpec = { children: plain.children, removals: plain.removals, horizon: false };
    const absent = await cqiOk(spec, P);
    const empty = await cqiOk({ ...spec, placements: [], maltreatment: [], visits: [] }, P);
    expect(absent).toEqual(empty);
    // C1's cohort removal (2023-10-01 … 12-01, 61 days) and its re-entry (2024-01-01 … E, 274 days) = 335 days,
    // no placements, so no moves.
    expect(figures(absent, 'placement_stability')).toMatchObject({ numerator: 0, denominator: 335 });
  });

  it('RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes; CRLF line ends', async () => {
    // child_id "C,1" holds a comma; the notes cell holds a doubled quote and a line break; dates and codes
    // may be quoted. C,1 is in care 4 days (excluded, twice); C2 is 18 at removal.
    const crlf = (lines: string[]): string => lines.join('\r\n') + '\r\n';
    const files = {
      'children.csv': crlf([
        'child_id,birth_date,county,notes',
        '"C,1",2010-01-01,"Doña Ana, NM","said ""hello""\r\nthen left"',
        'C2,"2005-10-01",Bernalillo,',
      ]),
      'removals.csv': crlf([
        'removal_id,child_id,removal_date,discharge_date,discharge_reason',
        'R1,"C,1",2023-10-01,2023-10-05,"reunification"',
        'R1,C2,2023-11-01,2023-12-01,reunification',
      ]),
      'placements.csv': crlf([
        'child_id,removal_id,start_date,end_date,setting,provider_id',
        '"C,1",R1,2023-10-01,,"foster_family_relative","Smith, J."',
      ]),
    };
    const got = await runDir(await writeFolder(files), { periodStart: P });
    expect(got.errors).toEqual([]);
    const res = got.result!;
    expect(figures(res, 'permanency_12m_entries')).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
    });
    expect(exclusionsOf(res, 'permanency_12m_entries')).toEqual([
      'C,1: in care less than 8 days',
      'C2: age 18 or more at removal',
    ]);
    expect(exclusionsOf(res, 'maltreatment_in_care')).toEqual(['C,1: in care less than 8 days']);
    // C2 in care 2023-11-01 … 12-01 entirely at 18: no days.
    expect(figures(res, 'maltreatment_in_care')).toMatchObject({ numerator: 0, denominator: 0, value: null });
  });

  it('a file without a final line break reads the same', async () => {
    const files = folderFiles(plain);
    const bare = Object.fromEntries(Object.entries(files).map(([f, t]) => [f, t.trimEnd()]));
    const a = await runDir(await writeFolder(files), { periodStart: P });
    const b = await runDir(await writeFolder(bare), { periodStart: P });
    expect(b.errors).toEqual([]);
    expect(canonical(b.result!)).toEqual(canonical(a.result!));
  });
});
