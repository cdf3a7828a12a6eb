import { dateEnteredFosterCare } from '../cases/episode.rules.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { addDays, addMonths, daysBetween, earlierOf, type IsoDate } from '../time/dates.ts';

/**
 * Time in foster care, counted once for every screen that needs it: the days in care, and the 15 of the
 * most recent 22 months (SSA §475(5)(E); 45 CFR 1356.21(i)) that the caseworker's due items and the
 * permanency clocks both show. Pure: episodes, a date and the rule pack in.
 */

export type CarePlacement = { setting: string; startDate: IsoDate; endDate: IsoDate | null };
export type CareEpisode = {
  removalDate: IsoDate;
  adjudicationDate: IsoDate | null;
  dischargeDate: IsoDate | null;
  placements: CarePlacement[];
};

/** The open episode: the child is in foster care on `today` (a discharge day is a day at home). */
export function currentEpisode<E extends CareEpisode>(episodes: readonly E[], today: IsoDate): E | null {
  return (
    episodes.find((e) => e.removalDate <= today && (e.dischargeDate === null || e.dischargeDate > today)) ??
    null
  );
}

/** The placement the child lives in now: the open one that started last. */
export function openPlacement(episode: CareEpisode): CarePlacement | null {
  return (
    episode.placements
      .filter((p) => p.endDate === null)
      .sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null
  );
}

/**
 * Days in care of every episode up to and including `today`: from the removal day to the day before the
 * discharge. Episodes of 10, 40 and 100 days make 150 (79 FR 22604, Att. A: both episodes of a child count).
 * @param episodes - the child's removal episodes
 * @param today - the last day counted
 */
export function daysInCare(episodes: readonly CareEpisode[], today: IsoDate): number {
  let days = 0;
  for (const e of episodes) {
    const end = earlierOf(e.dischargeDate, addDays(today, 1))!;
    if (end > e.removalDate) days += daysBetween(e.removalDate, end);
  }
  return days;
}

/**
 * One flag per day from `origin` for `size` days: 1 when the day counts toward 15 of 22. A day counts from
 * the date the child is considered to have entered foster care (§475(5)(F)) until the discharge, less the
 * settings the rule pack leaves out (trial home visits and runaway time, 45 CFR 1356.21(i)(1)(i),
 * unconfirmed). An open episode or placement runs to the end: days ahead are projected as the child lives now.
 */
function countedDays(
  episodes: readonly CareEpisode[],
  origin: IsoDate,
  size: number,
  pack: RulePack,
): Uint8Array {
  const counted = new Uint8Array(size);
  const mark = (from: IsoDate, to: IsoDate | null, value: 0 | 1): void => {
    const a = Math.max(0, daysBetween(origin, from));
    const b = to === null ? size : Math.min(size, daysBetween(origin, to)); // `to` is the first day out
    for (let i = a; i < b; i += 1) counted[i] = value;
  };
  const excluded = new Set(pack.tprExcludedSettings.value);
  for (const e of episodes) {
    // Never before the removal itself, even when an adjudication is dated earlier by mistake.
    const entered = dateEnteredFosterCare(e, pack);
    const from = entered < e.removalDate ? e.removalDate : entered;
    if (e.dischargeDate !== null && e.dischargeDate <= from) continue;
    mark(from, e.dischargeDate, 1);
    for (const p of e.placements)
      if (excluded.has(p.setting)) mark(p.startDate, earlierOf(p.endDate, e.dischargeDate), 0);
  }
  return counted;
}

function prefixSums(flags: Uint8Array): Int32Array {
  const prefix = new Int32Array(flags.length + 1);
  for (let i = 0; i < flags.length; i += 1) prefix[i + 1] = prefix[i]! + flags[i]!;
  return prefix;
}

export type FifteenOfTwentyTwoCount = {
  /** First day of the look-back: the 22 months end on `today`. */
  windowStart: IsoDate;
  /** Days in the look-back that count toward the 15 months. */
  countedDays: number;
  /** Days in the look-back in care but left out (trial home visit, runaway). */
  excludedDays: number;
  /** The days of the 15 months ending on `today`: the count is reached when `countedDays` gets there. */
  thresholdDays: number;
};

/**
 * How much of the 15 of the most recent 22 months the child has been in foster care on `today`, across
 * episodes, from the date entered care, less trial home visits and runaway time (SSA §475(5)(E); 45 CFR
 * 1356.21(i); exclusions from the rule pack).
 * @param episodes - every removal episode of the child
 * @param today - the last day of the look-back
 * @param pack - the jurisdiction's rule pack
 */
export function fifteenOfTwentyTwoCount(
  episodes: readonly CareEpisode[],
  today: IsoDate,
  pack: RulePack,
): FifteenOfTwentyTwoCount {
  const windowStart = addDays(addMonths(today, -pack.tprLookbackMonths.value), 1);
  const size = daysBetween(windowStart, today) + 1;
  const counted = countedDays(episodes, windowStart, size, pack);
  const all = countedDays(episodes, windowStart, size, { ...pack, tprExcludedSettings: noExclusions });
  let countedTotal = 0;
  let allTotal = 0;
  for (let i = 0; i < size; i += 1) {
    countedTotal += counted[i]!;
    allTotal += all[i]!;
  }
  return {
    windowStart,
    countedDays: countedTotal,
    excludedDays: allTotal - countedTotal,
    thresholdDays: daysBetween(addMonths(today, -pack.tprMonthsInCare.value), today),
  };
}

const noExclusions = { value: [], citation: '' };

/**
 * The day a child reaches N of the most recent 22 months in foster care (N = 15 unless given: SSA
 * §475(5)(E); 45 CFR 1356.21(i)): the first day D of the current episode on which the counted days in the
 * 22 months ending on D are at least the days of the N months ending on D. Null when not reached by `until`.
 * @param episodes - every removal episode of the child
 * @param current - the episode the child is in
 * @param until - the last day to look at (days after today are projected as the child lives now)
 * @param pack - the jurisdiction's rule pack
 * @param monthsInCare - N; the rule pack's 15 unless a checkpoint asks for another count
 */
export function fifteenOfTwentyTwoDate(
  episodes: readonly CareEpisode[],
  current: CareEpisode,
  until: IsoDate,
  pack: RulePack,
  monthsInCare: number = pack.tprMonthsInCare.value,
): IsoDate | null {
  const lookback = pack.tprLookbackMonths.value;
  const start = dateEnteredFosterCare(current, pack);
  if (start > until) return null;
  const origin = addMonths(start, -lookback);
  const size = daysBetween(origin, until) + 1;
  const counted = countedDays(episodes, origin, size, pack);
  const prefix = prefixSums(counted);
  // No day can reach N months before N × 28 days have counted since the first counted day: skip ahead.
  const first = counted.indexOf(1);
  if (first < 0) return null;
  const earliest = addDays(origin, first + monthsInCare * 28 - 1);
  for (let day = earliest > start ? earliest : start; day <= until; day = addDays(day, 1)) {
    const d = daysBetween(origin, day);
    const windowStart = daysBetween(origin, addMonths(day, -lookback)); // exclusive
    const total = prefix[d + 1]! - prefix[windowStart + 1]!;
    if (total >= daysBetween(addMonths(day, -monthsInCare), day)) return day;
  }
  return null;
}
