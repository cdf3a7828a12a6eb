import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * A deterministic generator of CQI interchange folders (shared/reference/cqi-interchange.md) for the
 * `hearth cqi` benchmark and tests: the same seed and size give the same bytes.
 *
 * Synthetic, shaped like a state's history: children aged 0–17 at their first removal, New Mexico's 33
 * counties weighted by population, the race_ethnicity codes the Data export writes (server/src/export/
 * interchange.ts: one value, `two_or_more`, or empty for unknown); 1–3 removals per child over ten years,
 * some still open; placements with moves, trial home visits before reunification, runaways, respite with
 * a return to the same provider, pre-adoptive placements with the foster family; maltreatment reports
 * (some in care, some recurring, some one report on two rows); about monthly caseworker visits in the last
 * six years. A sixth of the children have reports and no removal. About 700 bytes per child.
 *
 * Usage: node --import tsx bench/cqi-generate.ts --children N [--seed S] --out DIR
 */

/** Bump when the output changes, so folders kept by the benchmark are regenerated. */
export const GENERATOR_VERSION = 1;
const MANIFEST = 'manifest.json';

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const FIRST_DAY = dayOf('1995-01-01');
const HISTORY_START = dayOf('2016-11-01');
/** The latest date in the data: the extract was taken on the last day of October 2026. */
export const DATA_END = dayOf('2026-10-31');
/** Visits were recorded electronically from this date on. */
const VISITS_FROM = dayOf('2020-11-01');
const ISO: string[] = [];
for (let d = FIRST_DAY; d <= DATA_END + 1; d++) ISO.push(new Date(d * DAY).toISOString().slice(0, 10));
const iso = (day: number): string => ISO[day - FIRST_DAY]!;

type Weighted<T> = readonly (readonly [T, number])[];

const COUNTIES: Weighted<string> = [
  ['Bernalillo', 30],
  ['Doña Ana', 10],
  ['Santa Fe', 7],
  ['Sandoval', 7],
  ['San Juan', 6],
  ['Valencia', 4],
  ['Lea', 3.5],
  ['McKinley', 3.5],
  ['Otero', 3],
  ['Chaves', 3],
  ['Eddy', 3],
  ['Curry', 2.4],
  ['Rio Arriba', 2],
  ['Taos', 1.6],
  ['Grant', 1.3],
  ['San Miguel', 1.3],
  ['Cibola', 1.3],
  ['Luna', 1.2],
  ['Lincoln', 1],
  ['Los Alamos', 0.9],
  ['Roosevelt', 0.9],
  ['Socorro', 0.8],
  ['Torrance', 0.7],
  ['Colfax', 0.6],
  ['Sierra', 0.6],
  ['Quay', 0.4],
  ['Hidalgo', 0.2],
  ['Guadalupe', 0.2],
  ['Mora', 0.2],
  ['Union', 0.2],
  ['Catron', 0.2],
  ['De Baca', 0.1],
  ['Harding', 0.05],
];
/** As the Data export writes them: `unknown` is an empty cell. */
const RACES: Weighted<string> = [
  ['hispanic', 55],
  ['white', 22],
  ['american_indian_alaska_native', 12],
  ['black', 3],
  ['two_or_more', 5],
  ['asian', 1.2],
  ['native_hawaiian_pacific_islander', 0.2],
  ['', 1.8],
];
const SEXES: Weighted<string> = [
  ['female', 49],
  ['male', 50],
  ['', 1],
];
const AGES: Weighted<number> = [
  [0, 18], [1, 7], [2, 6.5], [3, 6], [4, 5.5], [5, 5], [6, 4.2], [7, 4], [8, 4], [9, 4],
  [10, 4], [11, 3.9], [12, 3.9], [13, 4], [14, 4.5], [15, 5], [16, 4.5], [17, 3],
]; // prettier-ignore
/** Discharge reason and the range of the length of stay in days. */
const EXITS: Weighted<readonly [string, number, number]> = [
  [['reunification', 20, 700], 48],
  [['adoption', 500, 1600], 17],
  [['guardianship', 300, 1200], 11],
  [['relative', 60, 700], 9],
  [['emancipation', 0, 0], 6],
  [['transfer', 30, 500], 3],
  [['runaway', 60, 900], 2],
  [['death', 10, 1000], 0.3],
];
const SETTINGS: Weighted<string> = [
  ['foster_family_nonrelative', 36],
  ['foster_family_relative', 31],
  ['group_home', 7],
  ['institution', 4],
  ['qrtp', 2.5],
  ['medical', 1.2],
  ['juvenile_justice', 1],
  ['supervised_independent_living', 0.8],
  ['other', 1],
];
const DISPOSITIONS: Weighted<string> = [
  ['substantiated', 48],
  ['indicated', 12],
  ['unsubstantiated', 34],
  ['other', 6],
];

/** mulberry32: small, fast and good enough for synthetic data. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0 || 1;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.next() * total;
    for (const [item, w] of items) if ((x -= w) < 0) return item;
    return items[items.length - 1]![0];
  }
  /** Skewed towards `min`: most stays are short, a few long. */
  skewed(min: number, max: number): number {
    const u = this.next();
    return min + Math.floor(u * u * (max - min + 1));
  }
}

const FILES = ['children.csv', 'removals.csv', 'placements.csv', 'maltreatment.csv', 'visits.csv'] as const;
const HEADERS = [
  'child_id,birth_date,sex,race_ethnicity,county',
  'child_id,removal_id,removal_date,discharge_date,discharge_reason,adjudication_date',
  'child_id,removal_id,start_date,end_date,setting,provider_id',
  'child_id,report_id,report_date,incident_date,disposition',
  'child_id,visit_date,location,face_to_face',
];

/** A CSV file written in ~1 MB pieces. */
class Out {
  private parts: string[] = [];
  private size = 0;
  rows = 0;
  bytes = 0;
  private readonly fd: number;
  constructor(path: string, header: string) {
    this.fd = openSync(path, 'w');
    this.line(header);
    this.rows = 0;
  }
  line(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    this.rows++;
    if (this.size > 1 << 20) this.flush();
  }
  flush(): void {
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

type Episode = { id: string; removal: number; discharge: number | null; reason: string };

class Generator {
  private removalSeq = 0;
  private reportSeq = 0;
  private readonly providers: number;

  constructor(
    private readonly rnd: Random,
    private readonly out: Out[],
    children: number,
  ) {
    this.providers = Math.max(10, Math.floor(children * 0.12));
  }

  private provider(): string {
    return `P${String(this.rnd.int(1, this.providers)).padStart(6, '0')}`;
  }

  child(n: number): void {
    const rnd = this.rnd;
    const id = `C${String(n).padStart(7, '0')}`;
    const inCare = rnd.chance(5 / 6);
    const firstEvent = rnd.int(HISTORY_START, DATA_END - 20);
    const age = rnd.pick(AGES);
    const birth = Math.max(FIRST_DAY, firstEvent - Math.floor(age * 365.25) - rnd.int(0, 364));
    const b = new Date(birth * DAY);
    // The 18th birthday; Date.UTC turns 29 February of a common year into 1 March, as the contract does.
    const adult = Date.UTC(b.getUTCFullYear() + 18, b.getUTCMonth(), b.getUTCDate()) / DAY;
    const county = rnd.pick(COUNTIES);
    this.out[0]!.line(`${id},${iso(birth)},${rnd.pick(SEXES)},${rnd.pick(RACES)},${county}`);
    const episodes = inCare ? this.episodes(id, firstEvent, adult) : [];
    this.reports(id, firstEvent, episodes, inCare);
    for (const e of episodes) this.visits(id, e);
  }

  private episodes(id: string, first: number, adult: number): Episode[] {
    const rnd = this.rnd;
    const list: Episode[] = [];
    let removal = first;
    while (list.length < 3 && removal <= DATA_END && removal < adult) {
      const [exit, min, max] = rnd.pick(EXITS);
      let reason = exit;
      let discharge = rnd.chance(0.07) ? removal + rnd.int(0, 7) : removal + rnd.skewed(min, max);
      if (reason === 'emancipation' || discharge >= adult) {
        discharge = adult;
        reason = 'emancipation';
      }
      const open = discharge > DATA_END;
      const e: Episode = {
        id: `R${String(++this.removalSeq).padStart(8, '0')}`,
        removal,
        discharge: open ? null : discharge,
        reason,
      };
      const adjudication = rnd.chance(0.85) ? removal + rnd.int(15, 80) : null;
      const adj =
        adjudication !== null && adjudication <= Math.min(discharge, DATA_END) ? iso(adjudication) : '';
      this.out[1]!.line(
        `${id},${e.id},${iso(removal)},${open ? '' : iso(discharge)},${open ? '' : reason},${adj}`,
      );
      this.placements(id, e, adult);
      list.push(e);
      if (open) break;
      const again = reason === 'adoption' ? 0.05 : reason === 'emancipation' ? 0 : 0.55;
      if (!rnd.chance(again)) break;
      removal =
        discharge + (rnd.chance(0.01) ? 0 : rnd.chance(0.25) ? rnd.skewed(1, 365) : rnd.int(366, 2500));
    }
    return list;
  }

  private placements(id: string, e: Episode, adult: number): void {
    const rnd = this.rnd;
    const end = e.discharge ?? DATA_END + 1;
    const rows: [number, string, string][] = [];
    let t = e.removal;
    let home = '';
    let homeSetting = '';
    const teen = adult - e.removal < 6 * 365;
    while (t < end) {
      const prev = rows.length > 0 ? rows[rows.length - 1]![1] : null;
      let row: [number, string, string];
      let stay = rnd.skewed(20, 900);
      if (prev !== null && rnd.chance(teen ? 0.1 : 0.015)) {
        row = [t, 'runaway', ''];
        stay = rnd.int(1, 40);
      } else if (prev !== null && home !== '' && rnd.chance(0.05)) {
        row = [t, 'respite', this.provider()];
        stay = rnd.int(2, 7);
      } else if ((prev === 'runaway' || prev === 'respite') && home !== '' && rnd.chance(0.7)) {
        row = [t, homeSetting, home]; // back with the same family: not a move
      } else if (prev !== null && home !== '' && rnd.chance(0.08)) {
        row = [t, 'pre_adoptive', home]; // the foster family becomes the adoptive family: not a move
      } else {
        const setting = rnd.pick(SETTINGS);
        row = [t, setting, this.provider()];
        if (setting.startsWith('foster_family')) [home, homeSetting] = [row[2], setting];
      }
      rows.push(row);
      t += Math.max(1, stay);
    }
    // Trial home visit before most reunifications.
    if (e.reason === 'reunification' && e.discharge !== null && rnd.chance(0.35)) {
      const thv = e.discharge - rnd.int(7, 150);
      const last = rows[rows.length - 1];
      if (last && thv > last[0]) rows.push([thv, 'trial_home_visit', '']);
    }
    rows.forEach(([start, setting, prov], i) => {
      const next = rows[i + 1];
      const stop = next ? next[0] : e.discharge !== null && rnd.chance(0.9) ? e.discharge : null;
      this.out[2]!.line(`${id},${e.id},${iso(start)},${stop === null ? '' : iso(stop)},${setting},${prov}`);
    });
  }

  private report(id: string, date: number, disposition: string): void {
    if (date < HISTORY_START - 30 || date > DATA_END) return;
    const rnd = this.rnd;
    const rid = `M${String(++this.reportSeq).padStart(8, '0')}`;
    const incident = rnd.chance(0.8) ? iso(date - rnd.int(0, 10)) : '';
    this.out[3]!.line(`${id},${rid},${iso(date)},${incident},${disposition}`);
    if (rnd.chance(0.08))
      this.out[3]!.line(`${id},${rid},${iso(date)},${incident},${rnd.pick(DISPOSITIONS)}`);
  }

  private reports(id: string, first: number, episodes: Episode[], inCare: boolean): void {
    const rnd = this.rnd;
    if (!inCare || rnd.chance(0.7)) this.report(id, first - rnd.int(0, 20), rnd.pick(DISPOSITIONS));
    if (!inCare && rnd.chance(0.5)) this.report(id, first + rnd.int(15, 420), rnd.pick(DISPOSITIONS));
    for (const e of episodes) {
      const end = e.discharge ?? DATA_END;
      if (end - e.removal > 30 && rnd.chance(0.05))
        this.report(id, rnd.int(e.removal + 1, end - 1), rnd.pick(DISPOSITIONS));
      if (e.discharge !== null && rnd.chance(0.12))
        this.report(id, e.discharge + rnd.int(0, 700), rnd.pick(DISPOSITIONS));
    }
  }

  private visits(id: string, e: Episode): void {
    const rnd = this.rnd;
    const from = Math.max(e.removal, VISITS_FROM);
    const to = Math.min(e.discharge ?? DATA_END + 1, DATA_END + 1); // exclusive
    for (let monthStart = from; monthStart < to;) {
      const date = new Date(monthStart * DAY);
      const nextMonth = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY;
      const stop = Math.min(nextMonth, to);
      const visits = rnd.chance(0.92) ? (rnd.chance(0.1) ? 2 : 1) : 0;
      for (let v = 0; v < visits; v++) {
        const location = rnd.chance(0.75) ? 'residence' : 'other';
        const f2f = rnd.chance(0.3) ? '' : rnd.chance(0.95) ? 'true' : 'false';
        this.out[4]!.line(`${id},${iso(rnd.int(monthStart, stop - 1))},${location},${f2f}`);
      }
      monthStart = nextMonth;
    }
  }
}

export type GeneratedFolder = {
  generator: number;
  seed: number;
  children: number;
  rows: Record<string, number>;
  bytes: number;
};

/** Writes the five files of `children` synthetic children into `dir` (created if missing). */
export function generateCqiFolder(dir: string, opts: { children: number; seed: number }): GeneratedFolder {
  mkdirSync(dir, { recursive: true });
  rmSync(join(dir, MANIFEST), { force: true });
  const out = FILES.map((f, i) => new Out(join(dir, f), HEADERS[i]!));
  const gen = new Generator(new Random(opts.seed), out, opts.children);
  for (let n = 1; n <= opts.children; n++) gen.child(n);
  for (const o of out) o.close();
  const manifest: GeneratedFolder = {
    generator: GENERATOR_VERSION,
    seed: opts.seed,
    children: opts.children,
    rows: Object.fromEntries(FILES.map((f, i) => [f, out[i]!.rows])),
    bytes: out.reduce((s, o) => s + o.bytes, 0),
  };
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** The folder as generated before with the same seed and size, or a new one. */
export function ensureCqiFolder(
  dir: string,
  opts: { children: number; seed: number },
): GeneratedFolder & { reused: boolean } {
  const path = join(dir, MANIFEST);
  if (existsSync(path)) {
    const m = JSON.parse(readFileSync(path, 'utf8')) as GeneratedFolder;
    if (m.generator === GENERATOR_VERSION && m.seed === opts.seed && m.children === opts.children)
      return { ...m, reused: true };
  }
  return { ...generateCqiFolder(dir, opts), reused: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { children: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const started = Date.now();
  const m = generateCqiFolder(values.out, {
    children: Number(values.children ?? 1000),
    seed: Number(values.seed ?? 1),
  });
  console.log(`${JSON.stringify(m)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
