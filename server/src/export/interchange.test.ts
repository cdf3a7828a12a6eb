import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealAuditChain, verifyAuditChain, type AuditContext } from '../audit/audit-log.ts';
import type { Db } from '../platform/db.ts';
import { createTestDb } from '../../test/test-db.ts';
import { formatCsvField, formatCsvRow, openCsvFile } from './csv.ts';
import { exportInterchange } from './interchange.ts';

/** A strict RFC 4180 reader for the assertions: records end with LF, fields may be quoted. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += c;
        i += 1;
      }
      const after = text[i];
      if (after !== ',' && after !== '\n')
        throw new Error(`unexpected ${JSON.stringify(after)} after quoted field`);
      atFieldStart = false;
      continue;
    }
    if (ch === '"') throw new Error(`bare quote at ${i}`);
    if (ch === '\r') throw new Error(`CR outside quotes at ${i}`);
    if (ch === ',') {
      record.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
    } else {
      field += ch;
      atFieldStart = false;
    }
    i += 1;
  }
  if (field !== '' || record.length > 0) throw new Error('last record does not end with LF');
  return records;
}

const J1 = '10000000-0000-4000-8000-000000000001';
const J2 = '10000000-0000-4000-8000-000000000002';
const PROV1 = '20000000-0000-4000-8000-000000000001';
const PROV2 = '20000000-0000-4000-8000-000000000002';
const PROV9 = '20000000-0000-4000-8000-000000000009';
const R1 = '30000000-0000-4000-8000-000000000001';
const R2 = '30000000-0000-4000-8000-000000000002';
const R3 = '30000000-0000-4000-8000-000000000003';
const R9 = '30000000-0000-4000-8000-000000000009';
const COUNTY_TRICKY = 'Doña Ana, "South"';

const audit: AuditContext = {
  actorId: 'system',
  actorLabel: 'hearth export (test)',
  jurisdictionId: J1,
  requestId: null,
  ip: null,
  now: () => new Date('2024-10-01T12:00:00Z'),
};

async function seed(db: Db): Promise<void> {
  await db.query(
    `INSERT INTO jurisdiction (id, code, name, state_code, rule_pack_id) VALUES
       ($1, 'T1', 'Test One', 'NM', 'nm'), ($2, 'T2', 'Test Two', 'NM', 'nm')`,
    [J1, J2],
  );
  await db.query(
    `INSERT INTO provider (id, jurisdiction_id, name, kind) VALUES
       ($1, $4, 'Fake Foster Home', 'foster_family'), ($2, $4, 'Fake Kin Home', 'relative'),
       ($3, $5, 'Other Jurisdiction Home', 'foster_family')`,
    [PROV1, PROV2, PROV9, J1, J2],
  );
  // Children, inserted out of afcars_id order. Names hold commas and quotes, and must never be exported.
  const children: [string, string, string, string, string | null, string | null, string[], string | null][] =
    [
      // [person id, jurisdiction, afcars_id, given name, birth_date, sex, race_ethnicity, county]
      ['40000000-0000-4000-8000-000000000003', J1, 'C003', 'Zed "Zee"', null, 'unknown', ['unknown'], null],
      [
        '40000000-0000-4000-8000-000000000001',
        J1,
        'C001',
        'Ana, Maria',
        '2015-03-04',
        'female',
        ['hispanic', 'white'],
        COUNTY_TRICKY,
      ],
      [
        '40000000-0000-4000-8000-000000000002',
        J1,
        'C002',
        'Bo',
        '2012-11-30',
        'male',
        ['black'],
        'Bernalillo',
      ],
      [
        '40000000-0000-4000-8000-000000000005',
        J1,
        'C005',
        'Eve',
        '2019-12-31',
        'female',
        ['two_or_more'],
        'North\nValley',
      ],
      [
        '40000000-0000-4000-8000-000000000004',
        J1,
        'C004',
        'Dee',
        '2010-06-15',
        null,
        ['white', 'unknown'],
        'Taos',
      ],
      [
        '40000000-0000-4000-8000-000000000009',
        J2,
        'X900',
        'Other',
        '2014-01-01',
        'male',
        ['asian'],
        'Elsewhere',
      ],
    ];
  for (const [personId, jur, afcarsId, given, birth, sex, race, county] of children) {
    await db.query(
      `INSERT INTO person (id, jurisdiction_id, given_name, family_name, birth_date, sex, race_ethnicity)
       VALUES ($1, $2, $3, 'Testperson', $4, $5, $6)`,
      [personId, jur, given, birth, sex, race],
    );
    await db.query(
      `INSERT INTO child (id, jurisdiction_id, person_id, afcars_id, county) VALUES ($1, $2, $1, $3, $4)`,
      [personId, jur, afcarsId, county],
    );
  }
  const child = (n: string) => `40000000-0000-4000-8000-00000000000${n}`;
  await db.query(
    `INSERT INTO removal_episode (id, jurisdiction_id, child_id, removal_date, removal_manner, adjudication_date,
       discharge_date, discharge_reason) VALUES
       ($1, $5, $7, '2023-03-01', 'court_ordered', NULL, NULL, 'adoption'),
       ($2, $5, $7, '2022-01-10', 'court_ordered', '2022-02-15', '2022-08-01', 'reunification'),
       ($3, $5, $8, '2023-05-05', 'voluntary', NULL, NULL, NULL),
       ($4, $6, $9, '2023-01-01', 'court_ordered', NULL, NULL, NULL)`,
    [R2, R1, R3, R9, J1, J2, child('1'), child('2'), child('9')],
  );
  await db.query(
    `INSERT INTO placement (id, jurisdiction_id, removal_id, child_id, setting, provider_id, start_date, end_date) VALUES
       ('50000000-0000-4000-8000-000000000003', $1, $3, $7, 'foster_family_relative', $10, '2023-03-01', NULL),
       ('50000000-0000-4000-8000-000000000002', $1, $2, $7, 'trial_home_visit', NULL, '2022-05-01', '2022-08-01'),
       ('50000000-0000-4000-8000-000000000001', $1, $2, $7, 'foster_family_nonrelative', $9, '2022-01-10', '2022-05-01'),
       ('50000000-0000-4000-8000-000000000004', $1, $4, $8, 'group_home', $9, '2023-05-05', NULL),
       ('50000000-0000-4000-8000-000000000009', $6, $5, $11, 'institution', $12, '2023-01-01', NULL)`,
    [J1, R1, R2, R3, R9, J2, child('1'), child('2'), PROV1, PROV2, child('9'), PROV9],
  );
  await db.query(
    `INSERT INTO maltreatment_report (jurisdiction_id, child_id, report_ref, report_date, incident_date, disposition) VALUES
       ($1, $3, 'MR-2023-002', '2023-07-01', NULL, 'unsubstantiated'),
       ($1, $4, 'MR-2023-001', '2023-06-01', '2023-05-28', 'substantiated'),
       ($2, $5, 'MR-X-900', '2023-02-01', NULL, 'indicated')`,
    [J1, J2, child('2'), child('1'), child('9')],
  );
  await db.query(
    `INSERT INTO caseworker_visit (id, jurisdiction_id, child_id, visit_date, location, face_to_face) VALUES
       ('60000000-0000-4000-8000-000000000004', $1, $3, '2023-06-10', 'other', false),
       ('60000000-0000-4000-8000-000000000001', $1, $4, '2023-04-01', 'residence', true),
       ('60000000-0000-4000-8000-000000000002', $1, $4, '2023-03-15', 'other', false),
       ('60000000-0000-4000-8000-000000000003', $1, $3, '2023-06-10', 'residence', true),
       ('60000000-0000-4000-8000-000000000005', $1, $3, '2023-07-20', 'residence', true),
       ('60000000-0000-4000-8000-000000000009', $2, $5, '2023-02-10', 'residence', true)`,
    [J1, J2, child('2'), child('1'), child('9')],
  );
}

const EXPECTED: Record<string, string[][]> = {
  'children.csv': [
    ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
    ['C001', '2015-03-04', 'female', 'two_or_more', COUNTY_TRICKY],
    ['C002', '2012-11-30', 'male', 'black', 'Bernalillo'],
    ['C003', '', '', '', ''],
    ['C004', '2010-06-15', '', 'white', 'Taos'],
    ['C005', '2019-12-31', 'female', 'two_or_more', 'North\nValley'],
  ],
  'removals.csv': [
    ['child_id', 'removal_id', 'removal_date', 'discharge_date', 'discharge_reason', 'adjudication_date'],
    ['C001', R1, '2022-01-10', '2022-08-01', 'reunification', '2022-02-15'],
    ['C001', R2, '2023-03-01', '', '', ''],
    ['C002', R3, '2023-05-05', '', '', ''],
  ],
  'placements.csv': [
    ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
    ['C001', R1, '2022-01-10', '2022-05-01', 'foster_family_nonrelative', PROV1],
    ['C001', R1, '2022-05-01', '2022-08-01', 'trial_home_visit', ''],
    ['C001', R2, '2023-03-01', '', 'foster_family_relative', PROV2],
    ['C002', R3, '2023-05-05', '', 'group_home', PROV1],
  ],
  'maltreatment.csv': [
    ['child_id', 'report_id', 'report_date', 'incident_date', 'disposition'],
    ['C001', 'MR-2023-001', '2023-06-01', '2023-05-28', 'substantiated'],
    ['C002', 'MR-2023-002', '2023-07-01', '', 'unsubstantiated'],
  ],
  'visits.csv': [
    ['child_id', 'visit_date', 'location', 'face_to_face'],
    ['C001', '2023-03-15', 'other', 'false'],
    ['C001', '2023-04-01', 'residence', 'true'],
    // Same child and date: ties are broken by the visit's id.
    ['C002', '2023-06-10', 'residence', 'true'],
    ['C002', '2023-06-10', 'other', 'false'],
    ['C002', '2023-07-20', 'residence', 'true'],
  ],
};
const FILES = Object.keys(EXPECTED);
const EXPECTED_ROWS = Object.fromEntries(FILES.map((f) => [f, (EXPECTED[f] as string[][]).length - 1]));

describe('csv writer', () => {
  it('quotes only what RFC 4180 requires and doubles embedded quotes', () => {
    expect(formatCsvField('plain')).toBe('plain');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField(null)).toBe('');
    expect(formatCsvField(undefined)).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('line\nbreak')).toBe('"line\nbreak"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField(' spaced ')).toBe(' spaced ');
    expect(formatCsvField('Doña')).toBe('Doña');
    expect(formatCsvRow(['a', null, 'b,c', '"'])).toBe('a,,"b,c",""""\n');
    expect(formatCsvRow([])).toBe('\n');
  });

  it('streams rows to a UTF-8 file that parses back to the same cells', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-csv-'));
    try {
      const path = join(dir, 'x.csv');
      const w = await openCsvFile(path, ['a', 'b']);
      const rows = Array.from({ length: 20_000 }, (_, i) => [`r${i}`, i % 3 === 0 ? 'ñ, "q"\r\n' : null]);
      for (let i = 0; i < rows.length; i += 1000) await w.writeRows(rows.slice(i, i + 1000));
      await w.close();
      const bytes = await readFile(path);
      const text = bytes.toString('utf8');
      expect(Buffer.from(text, 'utf8').equals(bytes)).toBe(true);
      const parsed = parseCsv(text);
      expect(parsed[0]).toEqual(['a', 'b']);
      expect(parsed).toHaveLength(20_001);
      expect(parsed.slice(1)).toEqual(rows.map(([a, b]) => [a, b ?? '']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('exportInterchange', () => {
  let db: Db;
  const dirs: string[] = [];
  const newDir = async (): Promise<string> => {
    const d = await mkdtemp(join(tmpdir(), 'hearth-interchange-'));
    dirs.push(d);
    return d;
  };
  const readAll = async (dir: string): Promise<Record<string, string>> =>
    Object.fromEntries(
      await Promise.all(FILES.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)),
    );

  beforeAll(async () => {
    db = await createTestDb();
    await seed(db);
  });
  afterAll(async () => {
    await db.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('writes the five files with the contract headers and exact cells, for one jurisdiction only', async () => {
    const outDir = join(await newDir(), 'nested', 'out'); // created if missing
    const progress: [string, number][] = [];
    const result = await exportInterchange(db, {
      jurisdictionId: J1,
      outDir,
      audit,
      onProgress: (file, rows) => progress.push([file, rows]),
    });

    expect(result.files).toEqual(EXPECTED_ROWS);
    expect(Object.keys(result.files)).toEqual(FILES);
    expect((await readdir(outDir)).sort()).toEqual([...FILES].sort()); // no .tmp left behind

    const texts = await readAll(outDir);
    for (const file of FILES) {
      const text = texts[file] as string;
      expect(text.endsWith('\n'), file).toBe(true);
      expect(parseCsv(text), file).toEqual(EXPECTED[file]);
      // Nothing from the second jurisdiction, and no names at all.
      for (const absent of ['X900', R9, PROV9, 'MR-X-900', 'Elsewhere', 'Ana, Maria', 'Zed', 'Testperson'])
        expect(text.includes(absent), `${file} contains ${absent}`).toBe(false);
    }
    // Quoting on the wire, not only after parsing.
    expect(texts['children.csv']).toContain('C001,2015-03-04,female,two_or_more,"Doña Ana, ""South"""\n');
    expect(texts['children.csv']).toContain('C003,,,,\n');
    expect(texts['children.csv']).toContain('C005,2019-12-31,female,two_or_more,"North\nValley"\n');
    expect(texts['children.csv']?.startsWith('child_id,birth_date,sex,race_ethnicity,county\n')).toBe(true);

    // Progress ends with each file's total.
    for (const file of FILES)
      expect(progress.filter(([f]) => f === file).at(-1)).toEqual([file, EXPECTED_ROWS[file]]);

    const events = await db.query<{
      action: string;
      entity_type: string;
      entity_id: string;
      data: unknown;
      jurisdiction_id: string;
    }>(
      `SELECT action, entity_type, entity_id, data, jurisdiction_id FROM audit_event WHERE action = 'data.exported'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'data.exported',
      entity_type: 'jurisdiction',
      entity_id: J1,
      jurisdiction_id: J1,
      data: { format: 'interchange', rows: EXPECTED_ROWS },
    });
    expect(await sealAuditChain(db)).toBe(1);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, checked: 1, unsealed: 0 });
  });

  it('pages through every table in small batches with the same result', async () => {
    const small = await newDir();
    const big = await newDir();
    const batches: [string, number][] = [];
    const a = await exportInterchange(db, {
      jurisdictionId: J1,
      outDir: small,
      audit,
      batchSize: 2,
      onProgress: (f, n) => batches.push([f, n]),
    });
    const b = await exportInterchange(db, { jurisdictionId: J1, outDir: big, audit });
    expect(a.files).toEqual(EXPECTED_ROWS);
    expect(b.files).toEqual(EXPECTED_ROWS);
    expect(await readAll(small)).toEqual(await readAll(big));
    // Five children in batches of two: 2, 4, 5. Visits tie on (C002, 2023-06-10) across a page boundary.
    expect(batches.filter(([f]) => f === 'children.csv').map(([, n]) => n)).toEqual([2, 4, 5]);
    expect(batches.filter(([f]) => f === 'visits.csv').map(([, n]) => n)).toEqual([2, 4, 5]);
    expect(parseCsv((await readAll(small))['visits.csv'] as string)).toEqual(EXPECTED['visits.csv']);
  });

  it('fails without touching an earlier export and leaves no temporary files', async () => {
    const outDir = await newDir();
    await exportInterchange(db, { jurisdictionId: J1, outDir, audit });
    const before = await readAll(outDir);
    await writeFile(join(outDir, 'visits.csv.tmp'), 'stale'); // left by a crashed run
    const eventsBefore = await db.query(`SELECT seq FROM audit_event`);

    await expect(
      exportInterchange(db, { jurisdictionId: '10000000-0000-4000-8000-0000000000ff', outDir, audit }),
    ).rejects.toThrow(/no jurisdiction/);
    await expect(exportInterchange(db, { jurisdictionId: 'not-a-uuid', outDir, audit })).rejects.toThrow(
      /not a jurisdiction id/,
    );

    expect(await readAll(outDir)).toEqual(before);
    expect((await readdir(outDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    // A failure half-way: placements.csv.tmp cannot be opened, after children and removals were written.
    await mkdir(join(outDir, 'placements.csv.tmp'));
    await expect(exportInterchange(db, { jurisdictionId: J1, outDir, audit })).rejects.toThrow(/EISDIR/);
    expect(await readAll(outDir)).toEqual(before);
    expect((await readdir(outDir)).filter((f) => f.endsWith('.tmp'))).toEqual(['placements.csv.tmp']);
    expect(await db.query(`SELECT seq FROM audit_event`)).toHaveLength(eventsBefore.length);
  });

  it('writes header-only files for a jurisdiction with no children', async () => {
    const outDir = await newDir();
    await db.query(
      `INSERT INTO jurisdiction (id, code, name, state_code, rule_pack_id) VALUES ($1, 'T3', 'Empty', 'NM', 'nm')`,
      ['10000000-0000-4000-8000-000000000003'],
    );
    const result = await exportInterchange(db, {
      jurisdictionId: '10000000-0000-4000-8000-000000000003',
      outDir,
      audit,
    });
    expect(result.files).toEqual(Object.fromEntries(FILES.map((f) => [f, 0])));
    const texts = await readAll(outDir);
    for (const file of FILES)
      expect(parseCsv(texts[file] as string)).toEqual([(EXPECTED[file] as string[][])[0]]);
  });
});
