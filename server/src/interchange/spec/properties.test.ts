// Property tests of `hearth cqi` over generated small valid folders (issue 5): adding an excluded child changes
// no indicator and adds exactly its exclusions; the indicators are invariant to the order of rows (and
// columns); 1 and 2 workers give the same result. The generator only builds folders that the contract calls
// valid: episodes of a child never overlap (a re-entry may begin on the discharge date), placements lie inside
// their episode with distinct start dates (ties would make the order of rows matter, by the contract's own
// "ties keep file order"), report rows sharing (child_id, report_id) share their date.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  INDICATORS,
  canonical,
  child,
  folderFiles,
  placement,
  removal,
  report,
  runDir,
  visit,
  writeFolder,
  type CqiJson,
  type FileName,
  type FolderSpec,
  type IndicatorKey,
  type Row,
} from './harness.ts';

const P = '2023-10-01';
const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const P_DAY = dayOf(P);
const E_DAY = dayOf('2024-09-30');

const REASONS = [
  'reunification',
  'relative',
  'adoption',
  'guardianship',
  'emancipation',
  'transfer',
  'runaway',
  'death',
  '',
];
const SETTINGS = [
  'foster_family_relative',
  'foster_family_nonrelative',
  'pre_adoptive',
  'group_home',
  'institution',
  'qrtp',
  'supervised_independent_living',
  'trial_home_visit',
  'runaway',
  'respite',
  'juvenile_justice',
  'medical',
  'other',
];
const DISPOSITIONS = ['substantiated', 'indicated', 'unsubstantiated', 'other'];

const episodeArb = fc.record({
  gap: fc.integer({ min: 0, max: 300 }),
  // Short stays are common near the 8-day boundary; long ones cross the period.
  los: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 500 })),
  reason: fc.constantFrom(...REASONS),
  placements: fc.array(
    fc.record({
      offset: fc.nat(),
      setting: fc.constantFrom(...SETTINGS),
      provider: fc.constantFrom('', 'A', 'B'),
    }),
    { maxLength: 4 },
  ),
});
const childArb = fc.record({
  // Age on P from newborn to 19 (so that some turn 18 in the window, some are 18 already).
  ageDays: fc.integer({ min: 0, max: 19 * 366 }),
  firstStart: fc.integer({ min: -900, max: 380 }),
  episodes: fc.array(episodeArb, { maxLength: 3 }),
  lastOpen: fc.boolean(),
  reports: fc.array(
    fc.record({
      offset: fc.integer({ min: -60, max: 760 }),
      disposition: fc.constantFrom(...DISPOSITIONS),
      incident: fc.option(fc.integer({ min: -400, max: 0 })),
      dup: fc.option(
        fc.record({
          disposition: fc.constantFrom(...DISPOSITIONS),
          incident: fc.option(fc.integer({ min: -400, max: 0 })),
        }),
      ),
    }),
    { maxLength: 4 },
  ),
  visits: fc.array(
    fc.record({
      offset: fc.integer({ min: -20, max: 385 }),
      location: fc.constantFrom('residence', 'other'),
      f2f: fc.constantFrom('', 'true', 'false'),
    }),
    { maxLength: 6 },
  ),
});
const folderArb = fc.record({
  children: fc.array(childArb, { minLength: 1, maxLength: 6 }),
  horizon: fc.boolean(),
});
type World = typeof folderArb extends fc.Arbitrary<infer T> ? T : never;

/** A valid interchange folder from a generated world. */
function build(world: World): FolderSpec {
  const spec: Required<Pick<FolderSpec, 'children' | 'removals' | 'placements' | 'maltreatment' | 'visits'>> =
    {
      children: [],
      removals: [],
      placements: [],
      maltreatment: [],
      visits: [],
    };
  world.children.forEach((c, i) => {
    const id = `C${i + 1}`;
    const birth = P_DAY - c.ageDays;
    spec.children.push(child(id, isoOf(birth)));
    let cursor = Math.max(birth, P_DAY + c.firstStart);
    let previousStart = -Infinity;
    c.episodes.forEach((e, k) => {
      // A re-entry may begin on the previous discharge date, but never on the previous removal date (after a
      // 0-day episode): two removals on one date would tie, and ties make the row order matter.
      const start = Math.max(cursor + (k === 0 ? 0 : e.gap), previousStart + 1);
      previousStart = start;
      const open = k === c.episodes.length - 1 && c.lastOpen;
      const end = start + e.los;
      const rid = `R${k + 1}`;
      spec.removals.push(removal(id, rid, isoOf(start), open ? '' : isoOf(end), open ? '' : e.reason));
      // Placements: distinct start days in [start, end) (for an open episode, within 400 days).
      const span = open ? 400 : e.los;
      if (span > 0) {
        const offsets = [...new Set(e.placements.map((p) => p.offset % span))];
        offsets.forEach((off, j) => {
          const p = e.placements[j]!;
          spec.placements.push(placement(id, rid, isoOf(start + off), p.setting, p.provider));
        });
      }
      cursor = end;
    });
    c.reports.forEach((r, k) => {
      const date = P_DAY + r.offset;
      const row = (disposition: string, incident: number | null): Row =>
        report(id, `M${k + 1}`, isoOf(date), disposition, incident === null ? '' : isoOf(date + incident));
      spec.maltreatment.push(row(r.disposition, r.incident));
      if (r.dup) spec.maltreatment.push(row(r.dup.disposition, r.dup.incident));
    });
    for (const v of c.visits) spec.visits.push(visit(id, isoOf(P_DAY + v.offset), v.location, v.f2f));
  });
  return { ...spec, horizon: world.horizon };
}

async function runFiles(files: Record<string, string>, workers = 1): Promise<CqiJson> {
  const out = await runDir(await writeFolder(files), { periodStart: P, workers });
  if (out.errors.length > 0) throw new Error(`generated folder rejected:\n${out.errors.join('\n')}`);
  return out.result!;
}
const runSpec = (spec: FolderSpec, workers = 1): Promise<CqiJson> => runFiles(folderFiles(spec), workers);

/** A deterministic shuffle (mulberry32). */
function shuffle<T>(list: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// An excluded child, added under a fresh id. Its dates lie in [P, E − 1], so the latest date in the data, and
// with it completeness, cannot move across any follow-up end (all of which are ≥ E).
const excludedArb = fc.oneof(
  // In care less than 8 days, 1 … 16 years old at removal, nothing else (no placements beyond the first, no
  // reports that qualify). Excluded from permanency_12m_entries and maltreatment_in_care, both "in care less than
  // 8 days".
  fc.record({
    kind: fc.constant('short' as const),
    start: fc.integer({ min: 0, max: 350 }),
    los: fc.integer({ min: 1, max: 7 }),
    age: fc.integer({ min: 1, max: 16 }),
    reason: fc.constantFrom(...REASONS),
  }),
  // 18 or more at removal, in care 8+ days or still in care, with reports and visits after the 18th birthday:
  // excluded from permanency_12m_entries, "age 18 or more at removal"; in no other population.
  fc.record({
    kind: fc.constant('adult' as const),
    start: fc.integer({ min: 1, max: 300 }),
    los: fc.option(fc.integer({ min: 8, max: 60 })),
    overDays: fc.integer({ min: 0, max: 800 }),
    reason: fc.constantFrom(...REASONS),
  }),
);

function addExcluded(spec: FolderSpec, x: typeof excludedArb extends fc.Arbitrary<infer T> ? T : never) {
  const id = 'XNEW';
  const start = P_DAY + x.start;
  if (x.kind === 'short') {
    const birth = isoOf(start - Math.round(x.age * 365.25) - 40);
    return {
      spec: {
        ...spec,
        children: [...(spec.children ?? []), child(id, birth)],
        removals: [...(spec.removals ?? []), removal(id, 'R1', isoOf(start), isoOf(start + x.los), x.reason)],
        placements: [...(spec.placements ?? []), placement(id, 'R1', isoOf(start), 'group_home', 'G')],
        maltreatment: [...(spec.maltreatment ?? []), report(id, 'M1', isoOf(start + 1), 'unsubstantiated')],
      },
      exclusions: [
        { indicator: 'permanency_12m_entries', child_id: id, reason: 'in care less than 8 days' },
        { indicator: 'maltreatment_in_care', child_id: id, reason: 'in care less than 8 days' },
      ],
    };
  }
  // Born on the removal's month and day, 18 + k years earlier (k = overDays / 365): 18 or more at removal. A
  // removal on 29 February takes 28 February (the 18th birthday is then the day before the removal).
  const removalIso = isoOf(start);
  const birthYear = Number(removalIso.slice(0, 4)) - 18 - Math.floor(x.overDays / 365);
  const monthDay = removalIso.slice(5) === '02-29' ? '02-28' : removalIso.slice(5);
  const birth = `${birthYear}-${monthDay}`;
  const end = x.los === null ? null : Math.min(start + x.los, E_DAY - 1);
  const last = end === null ? E_DAY - 1 : end - 1;
  return {
    spec: {
      ...spec,
      children: [...(spec.children ?? []), child(id, birth)],
      removals: [
        ...(spec.removals ?? []),
        removal(id, 'R1', removalIso, end === null ? '' : isoOf(end), end === null ? '' : x.reason),
      ],
      placements: [
        ...(spec.placements ?? []),
        placement(id, 'R1', removalIso, 'group_home', 'G'),
        placement(id, 'R1', isoOf(Math.min(start + 3, last)), 'institution', 'H'),
      ],
      maltreatment: [
        ...(spec.maltreatment ?? []),
        report(id, 'M1', isoOf(Math.min(start + 9, last)), 'substantiated'),
        report(id, 'M2', isoOf(Math.min(start + 30, last)), 'indicated'),
      ],
      visits: [...(spec.visits ?? []), visit(id, isoOf(Math.min(start + 40, E_DAY - 1)))],
    },
    exclusions: [{ indicator: 'permanency_12m_entries', child_id: id, reason: 'age 18 or more at removal' }],
  };
}

const RUNS = Number(process.env.CQI_PROPERTY_RUNS ?? 40);

describe('properties over generated folders', () => {
  it('adding an excluded child changes no indicator and adds exactly its exclusions', async () => {
    await fc.assert(
      fc.asyncProperty(folderArb, excludedArb, async (world, x) => {
        const spec = build(world);
        const before = await runSpec(spec);
        const added = addExcluded(spec, x);
        const after = await runSpec(added.spec);
        expect(after.indicators).toEqual(before.indicators);
        expect(after.period).toEqual(before.period);
        expect(canonical(after).exclusions).toEqual(
          canonical({ ...before, exclusions: [...before.exclusions, ...added.exclusions] }).exclusions,
        );
      }),
      { numRuns: RUNS },
    );
  });

  const seen = Object.fromEntries(INDICATORS.map((k) => [k, { numerator: 0, denominator: 0 }])) as Record<
    IndicatorKey,
    { numerator: number; denominator: number }
  >;
  it('shuffling the rows of every file (and the order of columns) gives the same result', async () => {
    await fc.assert(
      fc.asyncProperty(folderArb, fc.integer(), fc.boolean(), async (world, seed, columnsToo) => {
        const spec = build(world);
        const files = folderFiles(spec);
        const shuffled: Record<string, string> = {};
        for (const [file, text] of Object.entries(files)) {
          const cols = COLUMNS[file as FileName];
          const rows = text.trimEnd().split('\n').slice(1);
          const order = columnsToo ? shuffle([...cols.keys()], seed ^ 0x5bd1e995) : [...cols.keys()];
          const pick = (line: string): string => {
            const cells = line.split(',');
            return order.map((i) => cells[i] ?? '').join(',');
          };
          shuffled[file] =
            [order.map((i) => cols[i]).join(','), ...shuffle(rows, seed + file.length).map(pick)].join('\n') +
            '\n';
        }
        const a = await runFiles(files);
        const b = await runFiles(shuffled);
        for (const key of INDICATORS) {
          seen[key].denominator += a.indicators[key].denominator;
          seen[key].numerator += a.indicators[key].numerator;
        }
        // READING: the contract gives the exclusions no order, so they are compared as a set.
        expect(canonical(b)).toEqual(canonical(a));
      }),
      { numRuns: RUNS },
    );
    // The generator must reach every population, or the property would say little.
    for (const key of INDICATORS)
      expect(seen[key].denominator, `no ${key} population was generated`).toBeGreaterThan(0);
  });

  it('1 and 2 workers give the same result', async () => {
    await fc.assert(
      fc.asyncProperty(folderArb, async (world) => {
        const spec = build(world);
        const one = await runSpec(spec, 1);
        const two = await runSpec(spec, 2);
        expect(canonical(two)).toEqual(canonical(one));
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 4)) },
    );
  }, 300_000);
});
