/**
 * `caseworker_visits`: months in care with a face-to-face visit, and of those, months with one at the
 * residence (cqi-interchange.md, Indicators and Clarifications "Dates"; domain-rules.md §3.1: one visit
 * per full calendar month in care, under 18, "the majority" in the child's residence).
 */
import { civilDay, civilFromDay, civilMonth, civilYear, dayFromCivil } from './days.ts';
import type { CqiPeriod } from './indicators.ts';
import type { ChildContribution, CqiEpisode, CqiVisit, DayNumber } from './model.ts';

/**
 * The calendar months wholly inside [P, E]: `starts[i]` is the first day of month i, `starts[i + 1]` the day
 * after it; `monthOf[day - starts[0]]` is the month index of a day in them (a table, so matching a visit to
 * its month costs one array read).
 */
export type PeriodMonths = { starts: readonly DayNumber[]; count: number; monthOf: Uint8Array };

/**
 * "caseworker_visits uses only the calendar months that lie wholly inside [P, E]" (Clarifications, "Dates"):
 * 12 when P is the first of a month (a federal fiscal year), else 11.
 */
export function periodMonths(period: CqiPeriod): PeriodMonths {
  const c = civilFromDay(period.start);
  let year = civilYear(c);
  let month = civilMonth(c);
  if (civilDay(c) !== 1) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  const starts: DayNumber[] = [dayFromCivil(year, month, 1)];
  for (;;) {
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    const next = dayFromCivil(year, month, 1);
    // The month before `next` ends on next - 1: it is whole when that is on or before E.
    if (next - 1 > period.end) break;
    starts.push(next);
  }
  const count = starts.length - 1;
  const monthOf = new Uint8Array(Math.max(0, starts[count]! - starts[0]!));
  for (let i = 0; i < count; i++) monthOf.fill(i, starts[i]! - starts[0]!, starts[i + 1]! - starts[0]!);
  return { starts, count, monthOf };
}

/** Whether the child is in care on every day of [from, to): episodes in removal order, touching ones joined. */
function inCareThroughout(episodes: readonly CareSpan[], from: DayNumber, to: DayNumber): boolean {
  let cursor = from;
  for (const episode of episodes) {
    if (episode.removal > cursor) return false;
    if (episode.discharge === null) return true;
    if (episode.discharge > cursor) cursor = episode.discharge;
    if (cursor >= to) return true;
  }
  return false;
}

/**
 * Which months of `months` are due (the child was in care on every day of it, a re-entry on the day of
 * discharge leaving no gap, and under 18 on its first day), which had a face-to-face visit and which one at
 * the residence: bit i is month i. The month rule of `caseworker_visits`, shared with the monthly contact
 * compliance of the agency (core/src/contacts), so both count the same months.
 * @param episodes - the child's episodes in removal order (orderedEpisodes)
 * @param visits - the child's visits, in any order
 * @param adulthood - the day of the 18th birthday (birthdayOf(birth, 18))
 * @param months - the months to look at (periodMonths); at most 31
 */
export function visitMonthMasks(
  episodes: readonly CareSpan[],
  visits: readonly CqiVisit[],
  adulthood: DayNumber,
  months: PeriodMonths,
): VisitMonthMasks {
  const starts = months.starts;
  const first = starts[0]!;
  const after = starts[months.count]!;
  const none = { eligible: 0, visited: 0, atResidence: 0 };
  // Most children of a state's history are not in care in the period: one pass settles that.
  let touches = false;
  for (const episode of episodes) {
    if (episode.removal < after && (episode.discharge === null || episode.discharge > first)) touches = true;
  }
  if (!touches) return none;
  let eligible = 0;
  for (let i = 0; i < months.count; i++) {
    const start = starts[i]!;
    if (start >= adulthood) break;
    if (inCareThroughout(episodes, start, starts[i + 1]!)) eligible |= 1 << i;
  }
  if (eligible === 0) return none;
  let visited = 0;
  let atResidence = 0;
  for (const visit of visits) {
    if (!visit.faceToFace || visit.date < first || visit.date >= after) continue;
    const bit = 1 << months.monthOf[visit.date - first]!;
    visited |= bit;
    if (visit.atResidence) atResidence |= bit;
  }
  return { eligible, visited, atResidence };
}

/** What the month rule reads of an episode: when care began and ended (null while open). */
export type CareSpan = Pick<CqiEpisode, 'removal' | 'discharge'>;

/** Bit masks over the months of a PeriodMonths (bit i = month i); see visitMonthMasks. */
export type VisitMonthMasks = { eligible: number; visited: number; atResidence: number };

/** How many bits of a month mask are set. */
export function monthCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/**
 * Pushes the child's entry when it has at least one month in the denominator (see visitMonthMasks). Visits
 * are matched to months with bit masks, so nothing is allocated per child but the three masks.
 */
export function visitContributions(
  episodes: readonly CqiEpisode[],
  visits: readonly CqiVisit[],
  adulthood: DayNumber,
  months: PeriodMonths,
  out: ChildContribution[],
): void {
  const { eligible, visited, atResidence } = visitMonthMasks(episodes, visits, adulthood, months);
  if (eligible === 0) return;
  out.push({
    indicator: 'caseworker_visits',
    numerator: monthCount(eligible & visited),
    denominator: monthCount(eligible),
    residence: monthCount(eligible & visited & atResidence),
  });
}
