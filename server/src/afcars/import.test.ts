import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interchangeContractErrors, parseCsv } from '../../test/interchange-contract.ts';
import { runCqiFolder } from '../interchange/run-cqi.ts';
import { parsePiece, readRecord } from './afcars-xml.ts';
import { formatAfcarsProblem, importAfcars, type AfcarsImportResult } from './import.ts';
import { splitXml, type XmlPiece } from './xml-stream.ts';

/**
 * The import against the two AXE test files (../shared/fixtures/afcars2020, read where they are). Every
 * expected value below was written from reading the XML by hand, not from running the importer.
 */
const FIXTURES = resolve(import.meta.dirname, '../../../../shared/fixtures/afcars2020');
const P01 = join(FIXTURES, 'Test_Cases_Revised_v5_Person_01_-Multi-Removals_OOH.xml');
const P03 = join(FIXTURES, 'Test_Cases_Revised_v5_Person_03_-_Adopt_-_Safe_Haven_OOH.xml');
const TODAY = '2026-11-23';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'hearth-afcars-import-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

let n = 0;
const fresh = (): string => join(work, `out-${++n}`);
const csv = async (dir: string, file: string): Promise<string[][]> =>
  parseCsv(await readFile(join(dir, file), 'utf8'));

/** A copy of a fixture with one line's text replaced (the line must hold `from`). */
async function variant(
  source: string,
  name: string,
  line: number,
  from: string,
  to: string,
): Promise<string> {
  const lines = (await readFile(source, 'utf8')).split('\n');
  if (!lines[line - 1]?.includes(from)) throw new Error(`line ${line} of ${source} has no ${from}`);
  lines[line - 1] = lines[line - 1]!.replace(from, to);
  const path = join(work, name);
  await writeFile(path, lines.join('\n'));
  return path;
}

const errorLines = (r: AfcarsImportResult): string[] => r.errors.map(formatAfcarsProblem);

describe('importing the AXE test files', () => {
  let out: string;
  let result: AfcarsImportResult;
  beforeAll(async () => {
    out = fresh();
    result = await importAfcars({ inputs: [FIXTURES], outDir: out, today: TODAY });
  });

  it('reads both files without a problem and writes the four files', async () => {
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect([result.files, result.records, result.skippedRecords]).toEqual([2, 2, 0]);
    expect((await readdir(out)).sort()).toEqual([
      'children.csv',
      'placements.csv',
      'removals.csv',
      'visits.csv',
    ]);
  });

  it('children: E4, E5, E6 1 = male; Person 01 has five races and is Hispanic, Person 03 was abandoned', async () => {
    expect(await csv(out, 'children.csv')).toEqual([
      ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
      // E13–E17 all 1 and E21 = 1; county: E3 53999 of the 2020 removal.
      ['TEST00000001', '2015-09-09', 'male', 'two_or_more', '53999'],
      // E19 (abandoned) = 1 and E21 = 7: no race or ethnicity value.
      ['TEST00000003', '2022-05-13', 'male', '', '53999'],
    ]);
  });

  it('removals: Person 01’s two removal_1993 (in time order) and the open 2020 removal; Person 03’s adoption', async () => {
    expect(await csv(out, 'removals.csv')).toEqual([
      ['child_id', 'removal_id', 'removal_date', 'discharge_date', 'discharge_reason', 'adjudication_date'],
      ['TEST00000001', 'R20180120', '2018-01-20', '2018-03-01', 'relative', ''], // E155 2
      ['TEST00000001', 'R20200120', '2020-01-20', '2020-02-01', 'reunification', ''], // E155 1
      ['TEST00000001', 'R20220414', '2022-04-14', '', '', ''], // E153 empty, E155 9
      ['TEST00000003', 'R20220606', '2022-06-06', '2023-01-30', 'adoption', ''], // E155 3
    ]);
  });

  it('placements: one living arrangement each, ending at the exit or open', async () => {
    expect(await csv(out, 'placements.csv')).toEqual([
      ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
      // E113 1, E117 relative 1, E118 0: a relative foster family home.
      ['TEST00000001', 'R20220414', '2022-04-14', '', 'foster_family_relative', ''],
      // E113 1, E118 pre-adoptive 1 (and E119 kin 1): a pre-adoptive home.
      ['TEST00000003', 'R20220606', '2022-06-06', '2023-01-30', 'pre_adoptive', ''],
    ]);
  });

  it('visits: Person 01’s seven and Person 03’s one, E152 1 = residence, 2 = other, face to face', async () => {
    expect(await csv(out, 'visits.csv')).toEqual([
      ['child_id', 'visit_date', 'location', 'face_to_face'],
      ['TEST00000001', '2022-04-24', 'residence', 'true'],
      ['TEST00000001', '2022-05-15', 'residence', 'true'],
      ['TEST00000001', '2022-06-25', 'residence', 'true'],
      ['TEST00000001', '2022-08-30', 'other', 'true'],
      ['TEST00000001', '2022-10-30', 'residence', 'true'],
      ['TEST00000001', '2022-11-15', 'residence', 'true'],
      ['TEST00000001', '2023-01-10', 'residence', 'true'],
      ['TEST00000003', '2022-11-16', 'residence', 'true'],
    ]);
  });

  it('writes a folder that the interchange contract accepts, and hearth cqi validates and computes', async () => {
    expect(interchangeContractErrors(out)).toEqual([]);
    const run = await runCqiFolder(out, { periodStart: '2022-10-01', workers: 1 });
    expect(run.errors).toEqual([]);
    expect(run.result).not.toBeNull();
  });
});

describe('reading a record: everything Hearth keeps, with the line of each element', () => {
  async function only(path: string) {
    const pieces: XmlPiece[] = [];
    for await (const p of splitXml(createReadStream(path, { encoding: 'utf8' }))) pieces.push(p);
    const rec = pieces.find((p) => p.kind === 'element' && p.name === 'record');
    if (!rec || rec.kind !== 'element') throw new Error('no record');
    return { pieces, record: readRecord(parsePiece(rec.xml, rec.line)) };
  }

  it('Person 01: header at lines 5–6, record at line 8, the open 2020 removal and two historical ones', async () => {
    const { pieces, record } = await only(P01);
    expect(pieces.map((p) => (p.kind === 'root' ? `root@${p.line}` : `${p.name}@${p.line}`))).toEqual([
      'root@2',
      'E1_title_iv_agency@5',
      'E2_report_date@6',
      'record@8',
    ]);
    expect([record.E4, record.E5, record.E6, record.E21]).toEqual([
      { text: 'TEST00000001', line: 9 },
      { text: '20150909', line: 10 },
      { text: '1', line: 11 },
      { text: '1', line: 28 },
    ]);
    const [rem] = record.removals2020;
    expect(record.removals2020).toHaveLength(1);
    expect([rem!.E69, rem!.E70, rem!.E71, rem!.E3].map((c) => c.text)).toEqual([
      '20220414',
      '20220414',
      '1',
      '53999',
    ]);
    expect(rem!.E69.line).toBe(87);
    expect(rem!.livingArrangements).toHaveLength(1);
    const la = rem!.livingArrangements[0]!;
    expect([la.E112.text, la.E113.text, la.E120.text, la.E121.text, la.E122.text]).toEqual([
      '20220414',
      '1',
      null,
      '1',
      null,
    ]);
    expect(Object.values(la.flags).map((c) => c.text)).toEqual(['1', '1', '1', '1', '0', '0']);
    expect(la.E112.line).toBe(127);
    expect(rem!.plans.map((p) => [p.E147.text, p.E148.text])).toEqual([
      ['20220525', '1'],
      ['20221125', '2'],
    ]);
    expect(rem!.reviews.map((c) => c.text)).toEqual(['20220620', '20221220']);
    expect(rem!.hearings.map((c) => c.text)).toEqual(['20230105']);
    expect(rem!.visits.map((v) => [v.E151.text, v.E152.text, v.E151.line])).toEqual([
      ['20220424', '1', 180],
      ['20220515', '1', 184],
      ['20220625', '1', 188],
      ['20220830', '2', 192],
      ['20221030', '1', 196],
      ['20221115', '1', 200],
      ['20230110', '1', 204],
    ]);
    expect([rem!.E153.text, rem!.E154.text, rem!.E155.text, rem!.E156.text]).toEqual([null, null, '9', null]);
    expect(record.removals1993.map((r) => [r.E69.text, r.E153.text, r.E155.text, r.E69.line])).toEqual([
      ['20200120', '20200201', '1', 216],
      ['20180120', '20180301', '2', 221],
    ]);
  });

  it('Person 03: one removal ending in adoption, a kin pre-adoptive home out of state (E122 17)', async () => {
    const { record } = await only(P03);
    expect(Object.values(record.race).map((c) => c.text)).toEqual(['0', '0', '0', '0', '0', '0', '1', '0']);
    const [rem] = record.removals2020;
    expect([rem!.E69, rem!.E71, rem!.E153, rem!.E154, rem!.E155].map((c) => c.text)).toEqual([
      '20220606',
      '6',
      '20230130',
      '20230130',
      '3',
    ]);
    const la = rem!.livingArrangements[0]!;
    expect([la.E112.text, la.E113.text, la.E121.text, la.E122.text]).toEqual(['20220606', '1', '2', '17']);
    expect(Object.values(la.flags).map((c) => c.text)).toEqual(['0', '0', '0', '0', '1', '1']);
    expect(rem!.plans.map((p) => [p.E147.text, p.E148.text])).toEqual([['20220801', '3']]);
    expect(rem!.reviews.map((c) => c.text)).toEqual(['20220905']);
    expect(rem!.hearings.map((c) => c.text)).toEqual(['20220801']);
    expect(rem!.visits.map((v) => [v.E151.text, v.E152.text])).toEqual([['20221116', '1']]);
    expect(record.removals1993).toEqual([]);
  });

  it('splits the same pieces whatever the size of the chunks read', async () => {
    const text = await readFile(P03, 'utf8');
    const collect = async (size: number) => {
      async function* chunks() {
        for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
      }
      const out: XmlPiece[] = [];
      for await (const p of splitXml(chunks())) out.push(p);
      return out;
    };
    const whole = await collect(text.length);
    expect(whole.map((p) => p.kind)).toEqual(['root', 'element', 'element', 'element']);
    for (const size of [1, 2, 3, 7, 64, 1000]) expect(await collect(size)).toEqual(whole);
  });
});

describe('import errors name the file, the line, the element and the record, and write nothing', () => {
  it('an exit before 2022-10-01 on a 2020 removal, with a visit after it', async () => {
    const bad = await variant(P03, 'p03-early-exit.xml', 190, '20230130', '20220930');
    const out = fresh();
    const r = await importAfcars({ inputs: [bad], outDir: out, today: TODAY });
    expect(r.ok).toBe(false);
    expect(errorLines(r)).toEqual([
      `${bad} line 186, E151 (record TEST00000003): the caseworker visit date 2022-11-16 is after the exit date 2022-09-30`,
      `${bad} line 190, E153 (record TEST00000003): the exit date 2022-09-30 is before 2022-10-01, when the 2020 rule took effect; an earlier exit is reported as a removal_1993`,
    ]);
    expect(await readdir(out)).toEqual([]);
  });

  it('an exit reason on an open episode', async () => {
    const bad = await variant(P01, 'p01-open-reason.xml', 210, '>9<', '>1<');
    const r = await importAfcars({ inputs: [bad], outDir: fresh(), today: TODAY });
    expect(errorLines(r)).toEqual([
      `${bad} line 210, E155 (record TEST00000001): the exit reason is 1, but there is no exit date (E153): an open episode's exit reason is 9 (not applicable)`,
    ]);
  });

  it('dates in the future', async () => {
    const r = await importAfcars({ inputs: [P01], outDir: fresh(), today: '2023-01-06' });
    expect(errorLines(r)).toEqual([
      `${P01} line 204, E151 (record TEST00000001): the caseworker visit date 2023-01-10 is in the future (today is 2023-01-06)`,
    ]);
  });

  it('a historical exit after 2022-10-01, which also overlaps the 2020 removal', async () => {
    const bad = await variant(P01, 'p01-late-1993.xml', 217, '20200201', '20221015');
    const r = await importAfcars({ inputs: [bad], outDir: fresh(), today: TODAY });
    expect(errorLines(r)).toEqual([
      `${bad} line 87, E69 (record TEST00000001): the removal date 2022-04-14 falls inside the episode removed on 2020-01-20, which exits on 2022-10-15`,
      `${bad} line 217, E153 (record TEST00000001): the exit date 2022-10-15 of a historical removal (removal_1993) is not before 2022-10-01, when the 2020 rule took effect`,
    ]);
  });

  it('a date that is not a date', async () => {
    const bad = await variant(P03, 'p03-bad-date.xml', 87, '20220606', '20221306');
    const r = await importAfcars({ inputs: [bad], outDir: fresh(), today: TODAY });
    expect(errorLines(r)).toEqual([
      `${bad} line 87, E69 (record TEST00000003): the removal date "20221306" is not a date (YYYYMMDD)`,
    ]);
  });

  it('XML that is not well-formed, at its line', async () => {
    const bad = await variant(P01, 'p01-broken.xml', 11, '</E6_sex>', '</E6_sexx>');
    const r = await importAfcars({ inputs: [bad], outDir: fresh(), today: TODAY });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: bad, line: 11, element: null, record: null });
    expect(r.errors[0]!.message).toMatch(/^not well-formed XML: /);
  });

  it('a root element in another namespace, and a bad reporting period', async () => {
    const ns = await variant(P01, 'p01-ns.xml', 2, 'http://www.acf.hhs.gov', 'http://example.org/afcars');
    expect(errorLines(await importAfcars({ inputs: [ns], outDir: fresh(), today: TODAY }))).toEqual([
      `${ns} line 2: the root element is not acf:data in the namespace http://www.acf.hhs.gov (found <acf:data> in http://example.org/afcars)`,
    ]);
    const period = await variant(P01, 'p01-period.xml', 6, '202303', '202306');
    expect(errorLines(await importAfcars({ inputs: [period], outDir: fresh(), today: TODAY }))).toEqual([
      `${period} line 6, E2: the reporting period "202306" is not YYYY03 or YYYY09`,
    ]);
  });

  it('the same child record number twice', async () => {
    const copy = join(work, 'p01-again.xml');
    await copyFile(P01, copy);
    const r = await importAfcars({ inputs: [P01, copy], outDir: fresh(), today: TODAY });
    expect(errorLines(r)).toEqual([
      `${copy} line 9, E4 (record TEST00000001): the child record number TEST00000001 appears again (first in ${P01} line 9)`,
    ]);
  });

  it('with skipInvalid, leaves out the bad record, lists why, and writes the rest', async () => {
    const bad = await variant(P03, 'p03-skip.xml', 190, '20230130', '20220930');
    const out = fresh();
    const r = await importAfcars({ inputs: [bad, P01], outDir: out, today: TODAY, skipInvalid: true });
    expect([r.ok, r.records, r.skippedRecords, r.errors.length]).toEqual([true, 1, 1, 0]);
    expect(r.skipped.map(formatAfcarsProblem)).toEqual([
      `${bad} line 186, E151 (record TEST00000003): the caseworker visit date 2022-11-16 is after the exit date 2022-09-30`,
      `${bad} line 190, E153 (record TEST00000003): the exit date 2022-09-30 is before 2022-10-01, when the 2020 rule took effect; an earlier exit is reported as a removal_1993`,
    ]);
    expect((await csv(out, 'children.csv')).map((row) => row[0])).toEqual(['child_id', 'TEST00000001']);
  });

  it('refuses a folder that already holds a maltreatment.csv, and a folder with no XML', async () => {
    const out = fresh();
    await importAfcars({ inputs: [P01], outDir: out, today: TODAY });
    await writeFile(
      join(out, 'maltreatment.csv'),
      'child_id,report_id,report_date,incident_date,disposition\n',
    );
    await expect(importAfcars({ inputs: [P01], outDir: out, today: TODAY })).rejects.toThrow(
      `--out ${out} holds a maltreatment.csv, which AFCARS has no data to replace; choose an empty folder`,
    );
    await expect(importAfcars({ inputs: [out], outDir: fresh(), today: TODAY })).rejects.toThrow(
      `--in ${out}: the folder holds no .xml file`,
    );
  });
});

describe('a file of thousands of records', () => {
  it('imports 5,000 records in one pass', async () => {
    const text = await readFile(P01, 'utf8');
    const start = text.indexOf('        <record>');
    const end = text.indexOf('</record>') + '</record>\n'.length;
    const record = text.slice(start, end);
    const parts = [text.slice(0, start)];
    for (let i = 0; i < 5000; i++)
      parts.push(record.replace('TEST00000001', `BULK${String(i).padStart(8, '0')}`));
    parts.push(text.slice(end));
    const big = join(work, 'bulk.xml');
    await writeFile(big, parts.join(''));
    const out = fresh();
    const started = performance.now();
    const r = await importAfcars({ inputs: [big], outDir: out, today: TODAY });
    const seconds = (performance.now() - started) / 1000;
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual({
      'children.csv': 5000,
      'removals.csv': 15000,
      'placements.csv': 5000,
      'visits.csv': 35000,
    });
    console.log(
      `afcars import: 5,000 records (${(parts.join('').length / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s`,
    );
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
