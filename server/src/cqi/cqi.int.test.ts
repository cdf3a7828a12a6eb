import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import {
  computeIndicators,
  cqiPeriod,
  dayOfIso,
  ROLE_GRANTS,
  type CqiChild,
  type DischargeReason,
  type PlacementSetting,
} from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';

/**
 * The outcome-indicator dashboard against a small district made by hand, whose figures for FFY 2023
 * (2022-10-01 to 2023-09-30) are worked out below from the contract (cqi-interchange.md), child by child:
 *
 *  A  born 2015-01-01, hispanic, female: removed 2022-11-01, a move on 2023-01-15, home 2023-05-01
 *     (reunification, 181 days); removed again 2023-08-01 (re-entry after 92 days), still in care.
 *     Visited face to face in November (residence) and December (elsewhere); January only by phone.
 *  B  born 2020-06-15, white, male: removed 2022-12-01, home 2022-12-05: in care less than 8 days.
 *  C  born 2005-03-01, hispanic, female: removed 2023-02-01 at 17, a move on 2023-02-20, 18 on 2023-03-01,
 *     another placement after, emancipated 2023-06-01. Substantiated reports on 2023-02-15 (in care, day
 *     14) and 2023-04-01 (a recurrence; after 18, so not in care's count). Visited in February at home.
 *  D  born 2012-07-01, hispanic, male: in care since 2021-06-15 (15 months on P), guardianship 2023-07-01.
 *  E  born 2010-01-10, race not recorded, female: in care since 2020-01-10 (32 months on P), adopted
 *     2024-01-01; visited at home every month of the year.
 *  H  born 2012-05-05: in care in the first half of 2019 only, long before the periods asked for.
 *  G1–G12  born 2019-04-01, American Indian or Alaska Native, female: removed 2023-03-01, home 2023-04-15
 *     (45 days); visited at home in March.
 *
 *  permanency_12m_entries  A, C, G×12 (B excluded): 13 / 14 = 92.86 %
 *  permanency_12m_12_23    D: 1 / 1 = 100 %;   permanency_12m_24_plus  E: 0 / 1 = 0 %
 *  reentry_12m             A, G×12 went home within 12 months; A came back: 1 / 13 = 7.69 %
 *  placement_stability     A 242 days (181 + 61) 1 move, C 28 days (to 18) 1 move, G 12 × 45 days:
 *                          2 / 810 = 2.47 per 1,000 days
 *  maltreatment_in_care    A 242 + C 28 + D 273 + E 365 + G 540 = 1,448 days; C's first report: 1 →
 *                          69.06 per 100,000 days (B's episode is under 8 days: excluded)
 *  recurrence_12m          C: 1 / 1 = 100 %
 *  caseworker_visits       months: A 8 (Nov–Apr, Aug, Sep), C 1, D 9, E 12, G 12 × 1 = 42; visited
 *                          A 2 + C 1 + E 12 + G 12 = 27 → 64.29 %; at the residence 1 + 1 + 12 + 12 = 26
 *                          of 27 → 96.30 %
 */

type Visit = [date: string, location: 'residence' | 'other', faceToFace: boolean];
type HandChild = {
  name: string;
  birth: string;
  sex: 'female' | 'male';
  race: string | null;
  county?: string;
  episodes: {
    removal: string;
    discharge: string | null;
    reason: DischargeReason | null;
    placements: [start: string, setting: PlacementSetting, provider?: 'home'][];
  }[];
  reports?: [ref: string, date: string, incident: string | null][];
  visits?: Visit[];
};

const monthly = (from: number, to: number, year: number): Visit[] =>
  Array.from({ length: to - from + 1 }, (_, i) => [
    `${year}-${String(from + i).padStart(2, '0')}-15`,
    'residence',
    true,
  ]);

const HAND: HandChild[] = [
  {
    name: 'A',
    birth: '2015-01-01',
    sex: 'female',
    race: 'hispanic',
    episodes: [
      {
        removal: '2022-11-01',
        discharge: '2023-05-01',
        reason: 'reunification',
        placements: [
          ['2022-11-01', 'foster_family_nonrelative', 'home'],
          ['2023-01-15', 'group_home'],
        ],
      },
      {
        removal: '2023-08-01',
        discharge: null,
        reason: null,
        placements: [['2023-08-01', 'foster_family_relative']],
      },
    ],
    visits: [
      ['2022-11-10', 'residence', true],
      ['2022-12-10', 'other', true],
      ['2023-01-10', 'residence', false],
    ],
  },
  {
    name: 'B',
    birth: '2020-06-15',
    sex: 'male',
    race: 'white',
    episodes: [
      {
        removal: '2022-12-01',
        discharge: '2022-12-05',
        reason: 'reunification',
        placements: [['2022-12-01', 'foster_family_nonrelative']],
      },
    ],
  },
  {
    name: 'C',
    birth: '2005-03-01',
    sex: 'female',
    race: 'hispanic',
    episodes: [
      {
        removal: '2023-02-01',
        discharge: '2023-06-01',
        reason: 'emancipation',
        placements: [
          ['2023-02-01', 'group_home'],
          ['2023-02-20', 'institution'],
          ['2023-04-01', 'supervised_independent_living'],
        ],
      },
    ],
    reports: [
      ['R-C-1', '2023-02-15', '2023-02-14'],
      ['R-C-2', '2023-04-01', null],
    ],
    visits: [['2023-02-10', 'residence', true]],
  },
  {
    name: 'D',
    birth: '2012-07-01',
    sex: 'male',
    race: 'hispanic',
    episodes: [
      {
        removal: '2021-06-15',
        discharge: '2023-07-01',
        reason: 'guardianship',
        placements: [['2021-06-15', 'foster_family_relative']],
      },
    ],
  },
  {
    name: 'E',
    birth: '2010-01-10',
    sex: 'female',
    race: null,
    county: 'Sandoval',
    episodes: [
      {
        removal: '2020-01-10',
        discharge: '2024-01-01',
        reason: 'adoption',
        placements: [['2020-01-10', 'pre_adoptive']],
      },
    ],
    visits: [...monthly(10, 12, 2022), ...monthly(1, 9, 2023)],
  },
  {
    // Long before the periods asked for: left out of the read, and adds nothing to the engine's figures.
    name: 'H',
    birth: '2012-05-05',
    sex: 'male',
    race: 'white',
    episodes: [
      {
        removal: '2019-01-01',
        discharge: '2019-06-01',
        reason: 'reunification',
        placements: [['2019-01-01', 'foster_family_nonrelative']],
      },
    ],
    reports: [['R-H-1', '2019-02-01', '2019-01-30']],
    visits: [['2019-02-10', 'residence', true]],
  },
  ...Array.from({ length: 12 }, (_, i): HandChild => ({
    name: `G${i + 1}`,
    birth: '2019-04-01',
    sex: 'female',
    race: 'american_indian_alaska_native',
    episodes: [
      {
        removal: '2023-03-01',
        discharge: '2023-04-15',
        reason: 'reunification',
        placements: [['2023-03-01', 'foster_family_relative']],
      },
    ],
    visits: [['2023-03-10', 'residence', true]],
  })),
];

const FFY2023 = '2022-10-01';
const EXPECTED = {
  permanency_12m_entries: [13, 14, 92.86],
  permanency_12m_12_23: [1, 1, 100],
  permanency_12m_24_plus: [0, 1, 0],
  reentry_12m: [1, 13, 7.69],
  placement_stability: [2, 810, 2.47],
  maltreatment_in_care: [1, 1448, 69.06],
  recurrence_12m: [1, 1, 100],
  caseworker_visits: [27, 42, 64.29],
} as const;

let db: Db;
let app: FastifyInstance;
let org: Org;
let analyst: Session;
/** Database id of each hand-made child, by name. */
const ids = new Map<string, string>();
/** The same children as the engine's input, built by hand (not read back from the database). */
const engineChildren: CqiChild[] = [];

async function insertChild(c: HandChild): Promise<string> {
  const j = org.jurisdictionId;
  const [person] = await db.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date, sex, race_ethnicity)
     VALUES ($1, $2, 'Handmade', $3, $4, $5) RETURNING id`,
    [j, `Kid${c.name}`, c.birth, c.sex, c.race ? [c.race] : []],
  );
  const [child] = await db.query<{ id: string }>(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id, county) VALUES ($1, $2, $3, $4) RETURNING id`,
    [j, person!.id, `HAND-${c.name}-${j.slice(0, 6)}`, c.county ?? 'Bernalillo'],
  );
  const childId = child!.id;
  const episodes: CqiChild['episodes'] = [];
  for (const e of c.episodes) {
    const [removal] = await db.query<{ id: string }>(
      `INSERT INTO removal_episode (jurisdiction_id, child_id, removal_date, removal_manner, discharge_date,
         discharge_reason) VALUES ($1, $2, $3, 'court_ordered', $4, $5) RETURNING id`,
      [j, childId, e.removal, e.discharge, e.reason],
    );
    const placements: CqiChild['episodes'][number]['placements'] = [];
    for (const [start, setting, provider] of e.placements) {
      await db.query(
        `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [j, removal!.id, childId, setting, provider ? org.provider : null, start],
      );
      placements.push({
        start: dayOfIso(start),
        end: null,
        setting,
        providerId: provider ? org.provider : null,
      });
    }
    episodes.push({
      removalId: removal!.id,
      removal: dayOfIso(e.removal),
      discharge: e.discharge ? dayOfIso(e.discharge) : null,
      reason: e.reason,
      adjudication: null,
      placements,
    });
  }
  for (const [ref, date, incident] of c.reports ?? [])
    await db.query(
      `INSERT INTO maltreatment_report (jurisdiction_id, child_id, report_ref, report_date, incident_date, disposition)
       VALUES ($1, $2, $3, $4, $5, 'substantiated')`,
      [j, childId, ref, date, incident],
    );
  for (const [date, location, f2f] of c.visits ?? [])
    await db.query(
      `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face)
       VALUES ($1, $2, $3, $4, $5)`,
      [j, childId, date, location, f2f],
    );
  engineChildren.push({
    childId,
    birth: dayOfIso(c.birth),
    sex: c.sex,
    raceEthnicity: c.race,
    county: c.county ?? 'Bernalillo',
    episodes,
    reports: (c.reports ?? []).map(([reportId, date, incident]) => ({
      reportId,
      date: dayOfIso(date),
      incident: incident ? dayOfIso(incident) : null,
      disposition: 'substantiated' as const,
    })),
    visits: (c.visits ?? []).map(([date, location, f2f]) => ({
      date: dayOfIso(date),
      atResidence: location === 'residence',
      faceToFace: f2f,
    })),
  });
  return childId;
}

const auditRows = async (accountId: string, action: string): Promise<{ data: Record<string, unknown> }[]> =>
  db.query('SELECT data FROM audit_event WHERE actor_id = $1 AND action = $2 ORDER BY seq', [
    accountId,
    action,
  ]);

async function readXlsx(body: Buffer): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : String(v));
    }
    rows[n - 1] = cells;
  });
  return rows;
}

/** CSV as renderTable writes it, read back (quoted fields, doubled quotes; a BOM first). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  analyst = await signIn(app, org.accounts.cqi_analyst.email);
  for (const c of HAND) ids.set(c.name, await insertChild(c));
  // Children are reached through their cases. A is on the judge's docket case: the judge may open A and
  // no other hand-made child (the others are on the other judge's case).
  for (const [name, id] of ids)
    await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1, $2, $3)', [
      name === 'A' ? org.assignedCase : org.otherCase,
      id,
      org.jurisdictionId,
    ]);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (s: Session, url: string) => as(app, s, { method: 'GET', url });

describe(`outcome indicators on ${testDbKind()}`, () => {
  it('computes the contract’s figures for a period, equal to the engine over the same children made by hand', async () => {
    const res = await get(analyst, `/api/v1/cqi/indicators?periodStart=${FFY2023}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ start: '2022-10-01', end: '2023-09-30', fiscalYear: 2023 });
    // The latest date in the records: the factory's removals of 2025-01-05.
    expect(body.latestDate).toBe('2025-01-05');
    const byKey = Object.fromEntries(body.indicators.map((c: { key: string }) => [c.key, c]));
    for (const [key, [numerator, denominator, value]] of Object.entries(EXPECTED))
      expect(byKey[key], key).toMatchObject({ numerator, denominator, value });
    expect(byKey.caseworker_visits.residence).toEqual({ numerator: 26, denominator: 27, value: 96.3 });
    expect(byKey.reentry_12m.complete).toBe(false); // follows its children to 2025-09-29
    expect(byKey.permanency_12m_entries.complete).toBe(true);
    expect(byKey.permanency_12m_entries.excluded).toBe(1); // B
    expect(byKey.maltreatment_in_care.excluded).toBe(1); // B again

    // The engine over the hand-built children gives the same figures.
    const engine = computeIndicators(engineChildren, cqiPeriod(FFY2023), dayOfIso('2025-01-05'));
    for (const card of body.indicators) {
      const { numerator, denominator, value, complete, residence } =
        engine.indicators[card.key as 'reentry_12m'];
      expect({ numerator, denominator, value, complete, residence }, card.key).toEqual({
        numerator: card.numerator,
        denominator: card.denominator,
        value: card.value,
        complete: card.complete,
        residence: card.residence,
      });
    }
    // Read against the national values: P1 92.86 % is above Round 4's 35.2 %, and higher is better.
    expect(byKey.permanency_12m_entries).toMatchObject({
      better: 'higher',
      onBetterSide: true,
      reference: { measure: 'round4_performance', value: 35.2, status: 'unverified' },
    });
    expect(byKey.maltreatment_in_care).toMatchObject({ better: 'lower', onBetterSide: false });

    const [audit] = await auditRows(org.accounts.cqi_analyst.id, 'cqi.viewed');
    expect(audit?.data).toMatchObject({ view: 'cqi.indicators', periodStart: FFY2023 });
    expect(JSON.stringify(audit?.data)).not.toContain(ids.get('A')!);
  });

  it('opens on the latest federal fiscal year whose 12-month follow-up is complete, and refuses 29 February', async () => {
    const res = await get(analyst, '/api/v1/cqi/indicators');
    // Latest date 2025-01-05: FFY 2023's follow-up ended 2024-09-29; FFY 2024's runs to 2025-09-30.
    expect(res.json()).toMatchObject({ defaultPeriodStart: '2022-10-01', period: { start: '2022-10-01' } });
    const bad = await get(analyst, '/api/v1/cqi/indicators?periodStart=2024-02-29');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'query.periodStart' })]);
  });

  it('gives a trend of consecutive 12-month periods, each computed by the engine', async () => {
    const res = await get(analyst, `/api/v1/cqi/indicators/trend?periodStart=${FFY2023}&periods=3`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.periods.map((p: { period: { fiscalYear: number } }) => p.period.fiscalYear)).toEqual([
      2021, 2022, 2023,
    ]);
    const last = body.periods[2].indicators.find((f: { key: string }) => f.key === 'permanency_12m_entries');
    expect(last).toMatchObject({ numerator: 13, denominator: 14, value: 92.86 });
    for (const p of body.periods) {
      const engine = computeIndicators(engineChildren, cqiPeriod(p.period.start), dayOfIso('2025-01-05'));
      for (const f of p.indicators)
        expect(f.numerator, `${p.period.start} ${f.key}`).toBe(
          engine.indicators[f.key as 'reentry_12m'].numerator,
        );
    }
    expect(body.references).toHaveLength(16);
  });

  it('lists the children behind each number, adding up to it', async () => {
    for (const [key, [numerator, denominator]] of Object.entries(EXPECTED)) {
      for (const [part, total] of [
        ['numerator', numerator],
        ['denominator', denominator],
      ] as const) {
        const res = await get(
          analyst,
          `/api/v1/cqi/indicators/${key}/children?periodStart=${FFY2023}&part=${part}&limit=500`,
        );
        expect(res.statusCode, `${key} ${part}`).toBe(200);
        const body = res.json();
        const sum = body.items.reduce((n: number, c: { figure: number }) => n + c.figure, 0);
        expect(sum, `${key} ${part}`).toBe(total);
        expect(body.total.figure, `${key} ${part}`).toBe(total);
        expect(body.withheld).toBe(0);
      }
    }
    const excluded = await get(
      analyst,
      `/api/v1/cqi/indicators/permanency_12m_entries/children?periodStart=${FFY2023}&part=excluded`,
    );
    expect(excluded.json().items).toEqual([
      expect.objectContaining({
        id: ids.get('B'),
        givenName: 'KidB',
        age: 2,
        excluded: 'in care less than 8 days',
      }),
    ]);
    const moves = await get(
      analyst,
      `/api/v1/cqi/indicators/placement_stability/children?periodStart=${FFY2023}&part=numerator`,
    );
    expect(
      moves
        .json()
        .items.map((c: { givenName: string; figure: number; age: number }) => [c.givenName, c.figure, c.age]),
    ).toEqual([
      ['KidA', 1, 7],
      ['KidC', 1, 17],
    ]);
    // Every child shown is audited as read.
    const listed = await auditRows(org.accounts.cqi_analyst.id, 'child.listed');
    expect(listed.at(-1)?.data.ids).toEqual(expect.arrayContaining([ids.get('A'), ids.get('C')]));
  });

  it('pages the list, and narrows it to one equity group', async () => {
    const page = await get(
      analyst,
      `/api/v1/cqi/indicators/permanency_12m_entries/children?periodStart=${FFY2023}&part=denominator&limit=5&offset=10`,
    );
    expect(page.json().items).toHaveLength(4);
    expect(page.json().page).toEqual({ limit: 5, offset: 10, nextOffset: null });
    const group = await get(
      analyst,
      `/api/v1/cqi/indicators/permanency_12m_entries/children?periodStart=${FFY2023}&part=numerator&group=age_group&value=1_5`,
    );
    expect(group.json()).toMatchObject({ total: { children: 12, figure: 12 }, withheld: 0 });
    expect(group.json().items).toHaveLength(12);
  });

  it('never lists a child the viewer may not open: the judge sees the docket’s child, the rest are counted', async () => {
    const judge = await signIn(app, org.accounts.judge.email);
    const res = await get(
      judge,
      `/api/v1/cqi/indicators/permanency_12m_entries/children?periodStart=${FFY2023}&part=denominator`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([ids.get('A')]);
    expect(res.json()).toMatchObject({ total: { children: 14, figure: 14 }, withheld: 13 });
    const listed = await auditRows(org.accounts.judge.id, 'child.listed');
    expect(listed.at(-1)?.data.ids).toEqual([ids.get('A')]);
  });

  it('refuses whoever may not read indicators, and a right held over less than the jurisdiction', async () => {
    const caseworker = await signIn(app, org.accounts.caseworker.email);
    for (const url of [
      '/api/v1/cqi/indicators',
      '/api/v1/cqi/equity?by=sex',
      `/api/v1/cqi/indicators/permanency_12m_entries/children?part=numerator`,
    ]) {
      const res = await get(caseworker, url);
      expect(res.statusCode, url).toBe(403);
    }
    const supervisor = await signIn(app, org.accounts.supervisor.email);
    const grants = ROLE_GRANTS.supervisor;
    const saved = grants['cqi.read'];
    grants['cqi.read'] = ['unit'];
    try {
      const res = await get(supervisor, '/api/v1/cqi/indicators');
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/whole jurisdiction/);
    } finally {
      grants['cqi.read'] = saved;
    }
    expect((await get(supervisor, '/api/v1/cqi/indicators')).statusCode).toBe(200);
  });
});

describe(`equity on ${testDbKind()}`, () => {
  it('breaks each indicator down by group, with the disparity, and suppresses small cells', async () => {
    const res = await get(analyst, `/api/v1/cqi/equity?periodStart=${FFY2023}&by=race_ethnicity`);
    expect(res.statusCode).toBe(200);
    const p1 = res.json().indicators.find((i: { key: string }) => i.key === 'permanency_12m_entries');
    expect(p1.whole).toEqual({ numerator: 13, denominator: 14, value: 92.86, suppressed: false });
    const groups = Object.fromEntries(p1.groups.map((g: { group: string }) => [g.group, g]));
    // Twelve children, 12 of 12: enough to show, but with the whole (13 of 14) shown it would give the
    // hidden hispanic group away as 1 of 2, so it is hidden too (complementary suppression).
    expect(groups.american_indian_alaska_native).toEqual({
      group: 'american_indian_alaska_native',
      figure: { numerator: null, denominator: null, value: null, suppressed: true },
      disparity: null,
      worse: null,
    });
    // The three hispanic children (A and C in this population): counts, value and disparity withheld.
    expect(groups.hispanic).toEqual({
      group: 'hispanic',
      figure: { numerator: null, denominator: null, value: null, suppressed: true },
      disparity: null,
      worse: null,
    });
    expect(groups.white).toBeUndefined(); // B is excluded, so white has no one in this population
    expect(JSON.stringify(res.json())).not.toMatch(/"numerator":[1-9],/);
    const audit = await auditRows(org.accounts.cqi_analyst.id, 'cqi.viewed');
    expect(audit.at(-1)?.data).toMatchObject({ view: 'cqi.equity', by: 'race_ethnicity' });
  });

  it('groups by age at each indicator’s own reference date', async () => {
    const res = await get(analyst, `/api/v1/cqi/equity?periodStart=${FFY2023}&by=age_group`);
    const p1 = res.json().indicators.find((i: { key: string }) => i.key === 'permanency_12m_entries');
    expect(p1.groups.map((g: { group: string }) => g.group)).toEqual(['1_5', '6_12', '13_17']);
  });

  it('exports the equity table with the small cells empty, in CSV and XLSX, audited', async () => {
    const csv = await get(
      analyst,
      `/api/v1/cqi/equity/export?periodStart=${FFY2023}&by=race_ethnicity&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".*\.csv"/);
    const rows = parseCsv(csv.body);
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const hispanic = rows.find(
      (r) =>
        r[col('Indicator')]!.startsWith('Permanency in 12 months for children entering') &&
        r[col('Group')] === 'Hispanic or Latino',
    )!;
    expect(hispanic[col('Numerator')]).toBe('');
    expect(hispanic[col('Denominator')]).toBe('');
    expect(hispanic[col('Value')]).toBe('');
    expect(hispanic[col('Suppressed (a count from 1 to 9)')]).toBe('yes');

    const xlsx = await get(
      analyst,
      `/api/v1/cqi/equity/export?periodStart=${FFY2023}&by=race_ethnicity&format=xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    const sheet = await readXlsx(xlsx.rawPayload);
    const h = sheet[0]!;
    const row = sheet.find(
      (r) =>
        String(r[h.indexOf('Indicator')]).startsWith('Permanency in 12 months for children entering') &&
        r[h.indexOf('Group')] === 'Hispanic or Latino',
    )!;
    expect(row[h.indexOf('Numerator')]).toBeNull();
    expect(row[h.indexOf('Value')]).toBeNull();
    const whole = sheet.find(
      (r) =>
        String(r[h.indexOf('Indicator')]).startsWith('Permanency in 12 months for children entering') &&
        r[h.indexOf('Group')] === 'Whole jurisdiction',
    )!;
    expect(whole[h.indexOf('Numerator')]).toBe(13);
    const exported = await auditRows(org.accounts.cqi_analyst.id, 'data.exported');
    expect(exported.map((a) => a.data)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ format: 'csv', table: 'cqi.equity', by: 'race_ethnicity' }),
        expect.objectContaining({ format: 'xlsx', table: 'cqi.equity' }),
      ]),
    );
  });

  it('exports the indicators, the trend and the list of children; suppression applies to the aggregates', async () => {
    const ind = parseCsv(
      (await get(analyst, `/api/v1/cqi/indicators/export?periodStart=${FFY2023}&format=csv`)).body,
    );
    const h = ind[0]!;
    const reentry = ind.find((r) => r[0] === 'Re-entry to foster care in 12 months')!;
    expect(reentry[h.indexOf('Numerator')]).toBe(''); // 1 re-entry: suppressed in a file
    const p1 = ind.find((r) => r[0] === 'Permanency in 12 months for children entering care')!;
    expect([p1[h.indexOf('Numerator')], p1[h.indexOf('Denominator')], p1[h.indexOf('Value')]]).toEqual([
      '13',
      '14',
      '92.86',
    ]);
    const trend = await get(
      analyst,
      `/api/v1/cqi/indicators/trend/export?periodStart=${FFY2023}&periods=2&format=xlsx`,
    );
    expect(trend.statusCode).toBe(200);
    expect((await readXlsx(trend.rawPayload)).length).toBe(1 + 2 * 8);
    const list = parseCsv(
      (
        await get(
          analyst,
          `/api/v1/cqi/indicators/placement_stability/children/export?periodStart=${FFY2023}&part=numerator&format=csv`,
        )
      ).body,
    );
    expect(list.slice(1).map((r) => r[2])).toEqual(['KidA', 'KidC']);
    // The judge may read indicators but not export.
    const judge = await signIn(app, org.accounts.judge.email);
    expect((await get(judge, `/api/v1/cqi/indicators/export?format=csv`)).statusCode).toBe(403);
    // The administrator may export, but not read indicators.
    const admin = await signIn(app, org.accounts.administrator.email);
    expect((await get(admin, `/api/v1/cqi/indicators/export?format=csv`)).statusCode).toBe(403);
  });
});

describe(`reference values on ${testDbKind()}`, () => {
  it('lists the national values, each sourced or unverified, with its source', async () => {
    const res = await get(analyst, '/api/v1/cqi/reference-values');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items).toHaveLength(16);
    expect(items).toContainEqual(
      expect.objectContaining({
        indicator: 'permanency_12m_entries',
        measure: 'round3_standard',
        value: 40.5,
        better: 'higher',
        status: 'sourced',
        version: 1,
        own: false,
      }),
    );
  });

  it('corrects one for the jurisdiction under If-Match, audited, leaving other jurisdictions’ alone', async () => {
    const url = '/api/v1/cqi/reference-values/permanency_12m_entries/round4_performance';
    const body = { value: 35.3, status: 'sourced', source: 'CB R4 workbook, tab P1 (synthetic test)' };
    const none = await as(app, analyst, { method: 'PUT', url, payload: body });
    expect(none.statusCode).toBe(428);
    const ok = await as(app, analyst, { method: 'PUT', url, payload: body, headers: { 'if-match': '"1"' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json()).toMatchObject({ value: 35.3, status: 'sourced', version: 2, own: true });
    const stale = await as(app, analyst, {
      method: 'PUT',
      url,
      payload: body,
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const again = await as(app, analyst, {
      method: 'PUT',
      url,
      payload: { ...body, value: 35.4 },
      headers: { 'if-match': '"2"' },
    });
    expect(again.json()).toMatchObject({ value: 35.4, version: 3 });
    const [audit] = await auditRows(org.accounts.cqi_analyst.id, 'cqi.reference_changed');
    expect(audit?.data).toMatchObject({
      changes: { value: { old: 35.2, new: 35.3 }, status: { old: 'unverified', new: 'sourced' } },
    });
    const card = (await get(analyst, `/api/v1/cqi/indicators?periodStart=${FFY2023}`))
      .json()
      .indicators.find((c: { key: string }) => c.key === 'permanency_12m_entries');
    expect(card.reference).toMatchObject({ value: 35.4, own: true });

    // Another district still reads the national value.
    const other = await createOrg(db);
    const otherAnalyst = await signIn(app, other.accounts.cqi_analyst.email);
    const theirs = (await get(otherAnalyst, '/api/v1/cqi/reference-values'))
      .json()
      .items.find(
        (r: { indicator: string; measure: string }) =>
          r.indicator === 'permanency_12m_entries' && r.measure === 'round4_performance',
      );
    expect(theirs).toMatchObject({ value: 35.2, version: 1, own: false });

    // Reading the dashboard is not configuring it.
    const judge = await signIn(app, org.accounts.judge.email);
    const refused = await as(app, judge, {
      method: 'PUT',
      url,
      payload: body,
      headers: { 'if-match': '"3"' },
    });
    expect(refused.statusCode).toBe(403);
  });
});
