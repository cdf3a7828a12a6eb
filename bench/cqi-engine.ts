import {
  addContributions,
  childContributions,
  cqiPeriod,
  cqiResult,
  dayFromIso,
  emptyTotals,
  type CqiChild,
  type CqiEpisode,
  type CqiPlacement,
  type CqiReport,
  type CqiVisit,
  type DischargeReason,
  type PlacementSetting,
} from '@hearth/core';

/**
 * The CQI engine alone, in memory: N synthetic children (1,000,000 by default) built as CqiChild objects,
 * then timed through childContributions + addContributions, as each of the CLI's two worker threads does
 * for its half (issue 5: the whole run, parsing included, in under 15 s). No files, no parsing.
 *
 * Usage: node --expose-gc --import tsx bench/cqi-engine.ts [children] [period-start]
 * (three timed runs over the same children; the first includes the JIT's warm-up).
 */
const N = Number(process.argv[2] ?? 1_000_000);
const PERIOD = cqiPeriod(process.argv[3] ?? '2025-10-01');
const HISTORY_START = dayFromIso('2016-11-01');
const DATA_END = dayFromIso('2026-10-31');
const VISITS_FROM = dayFromIso('2020-11-01');

let seed = 42;
/** Mulberry32: deterministic, so every run times the same children. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SETTINGS: PlacementSetting[] = [
  'foster_family_relative',
  'foster_family_nonrelative',
  'group_home',
  'institution',
  'qrtp',
  'pre_adoptive',
];
const REASONS: DischargeReason[] = [
  'reunification',
  'reunification',
  'reunification',
  'relative',
  'adoption',
  'guardianship',
  'emancipation',
  'transfer',
];

function episode(i: number, removal: number, last: boolean): CqiEpisode {
  const length = random() < 0.05 ? int(0, 7) : int(8, 1400);
  const open = last && random() < 0.2;
  const discharge = open || removal + length > DATA_END ? null : removal + length;
  const end = discharge ?? DATA_END;
  const reason = discharge === null ? null : pick(REASONS);
  const placements: CqiPlacement[] = [];
  let start = removal;
  for (let k = int(1, 5); k > 0 && start < end; k--) {
    placements.push({
      start,
      end: null,
      setting: random() < 0.1 ? pick<PlacementSetting>(['runaway', 'respite']) : pick(SETTINGS),
      providerId: `P${int(1, 99_999)}`,
    });
    start += int(1, Math.max(1, Math.floor((end - removal) / 3)));
  }
  if (
    reason === 'reunification' &&
    random() < 0.4 &&
    placements.length > 0 &&
    end - 60 > placements.at(-1)!.start
  ) {
    placements.push({ start: end - int(20, 60), end: null, setting: 'trial_home_visit', providerId: null });
  }
  return { removalId: `R${i}`, removal, discharge, reason, adjudication: null, placements };
}

function makeChild(i: number): CqiChild {
  const birth = int(dayFromIso('1998-01-01'), dayFromIso('2026-06-01'));
  const episodes: CqiEpisode[] = [];
  const visits: CqiVisit[] = [];
  if (random() < 5 / 6) {
    let removal = Math.max(birth, HISTORY_START) + int(0, 2500);
    for (let e = int(1, 3), k = 0; k < e && removal < DATA_END; k++) {
      const ep = episode(k, removal, k === e - 1);
      episodes.push(ep);
      // About one visit a month while in care, from when visits were recorded electronically.
      for (
        let v = Math.max(ep.removal, VISITS_FROM) + int(0, 29);
        v < (ep.discharge ?? DATA_END);
        v += int(20, 40)
      ) {
        visits.push({ date: v, atResidence: random() < 0.6, faceToFace: random() < 0.9 });
      }
      if (ep.discharge === null) break;
      removal = ep.discharge + int(0, 900);
    }
  }
  const reports: CqiReport[] = [];
  for (let r = random() < 0.3 ? int(1, 3) : 0; r > 0; r--) {
    const date = int(HISTORY_START, DATA_END);
    reports.push({
      reportId: `M${int(1, 5)}`,
      date,
      incident: random() < 0.5 ? date - int(0, 30) : null,
      disposition: pick(['substantiated', 'indicated', 'unsubstantiated', 'other'] as const),
    });
  }
  return { childId: `C${i}`, birth, sex: null, raceEthnicity: null, county: null, episodes, reports, visits };
}

let t = performance.now();
const children: CqiChild[] = [];
for (let i = 0; i < N; i++) children.push(makeChild(i));
const generated = performance.now() - t;
const visits = children.reduce((n, c) => n + c.visits.length, 0);
console.log(
  `generated ${N.toLocaleString('en-US')} children (${visits.toLocaleString('en-US')} visits) in ${(generated / 1000).toFixed(1)} s`,
);

for (let run = 1; run <= 3; run++) {
  (globalThis as { gc?: () => void }).gc?.();
  t = performance.now();
  const cpu = process.cpuUsage();
  const totals = emptyTotals();
  let exclusions = 0;
  for (const child of children) {
    const contributions = childContributions(child, PERIOD);
    addContributions(totals, contributions);
    for (const c of contributions) if (c.excluded !== undefined) exclusions++;
  }
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `run ${run}: ${ms.toFixed(0)} ms wall (${cpuMs.toFixed(0)} ms CPU), ${((ms * 1e6) / N).toFixed(0)} ns per child, ${exclusions.toLocaleString('en-US')} exclusions`,
  );
  if (run === 3) {
    const result = cqiResult(totals, PERIOD, DATA_END, []);
    for (const [key, f] of Object.entries(result.indicators))
      console.log(`  ${key}: ${f.numerator}/${f.denominator} = ${f.value}`);
  }
}
