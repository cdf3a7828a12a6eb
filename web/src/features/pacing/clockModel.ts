import { daysBetween, hasPermission, scopesFor, type Role } from '@hearth/core';
import type { PacingClock } from '../../api/types.ts';
import type { pacingEn } from '../../i18n/pacing.en.ts';

/**
 * What the clocks panel draws and says for each clock, apart from React so it can be tested: how full its
 * bar is, its colour, and its words. The status is always written out beside the colour.
 */

type Words = typeof pacingEn;
type DateFormat = (d: string) => string;

export const CLOCK_STATUS_STYLE: Record<PacingClock['status'], { tag: string; fill: string }> = {
  ok: { tag: 'bg-success-darker text-white', fill: '#008817' },
  dueSoon: { tag: 'bg-warning text-ink', fill: '#e5a000' },
  overdue: { tag: 'bg-error-dark text-white', fill: '#b50909' },
  notApplicable: { tag: 'bg-base-lighter text-ink', fill: '#a9aeb1' },
};

/** Days in care are drawn against two years: long stays fill the bar. */
const DAYS_SCALE = 730;

const clamp = (x: number): number => Math.max(0, Math.min(1, x));

/**
 * How much of the bar is filled (0 to 1), or null for no bar: the share of the 15 months counted, the
 * share of a deadline's period gone by (full once it has passed or was met), days in care against two years.
 */
export function gaugeShare(clock: PacingClock, today: string): number | null {
  if (clock.status === 'notApplicable') return null;
  switch (clock.kind) {
    case 'fifteenOfTwentyTwo':
      return clock.days !== null && clock.ofDays ? clamp(clock.days / clock.ofDays) : null;
    case 'daysInCare':
      return clock.days === null ? null : clamp(clock.days / Math.max(DAYS_SCALE, clock.days));
    case 'enteredFosterCare':
      if (!clock.since || !clock.date) return null;
      return clock.date <= clock.since
        ? 1
        : clamp(daysBetween(clock.since, today) / daysBetween(clock.since, clock.date));
    default:
      if (
        clock.status === 'overdue' ||
        (clock.metOn && !clock.scheduledOn && clock.kind !== 'reasonableEffortsFinalize')
      )
        return 1;
      if (!clock.since || !clock.dueDate) return null;
      if (clock.dueDate <= clock.since) return 1;
      return clamp(daysBetween(clock.since, today) / daysBetween(clock.since, clock.dueDate));
  }
}

/** The main line: the value the clock measures, or its due date and time left. */
export function clockValue(clock: PacingClock, w: Words, date: DateFormat): string {
  if (clock.status === 'notApplicable') {
    if (clock.notes.includes('voluntary')) return w.voluntary;
    return clock.kind === 'trialHomeVisit' ? w.notOnThv : w.notInCare;
  }
  switch (clock.kind) {
    case 'enteredFosterCare':
      return w.enteredOn(date(clock.date!));
    case 'daysInCare':
      return w.daysSince(clock.days ?? 0, date(clock.since!));
    case 'fifteenOfTwentyTwo': {
      // Months as the count's own scale: the days of the 15 months ending today are 15 months.
      const months = (((clock.days ?? 0) / (clock.ofDays || 1)) * 15).toFixed(1);
      return w.counted(clock.days ?? 0, clock.ofDays ?? 0, months);
    }
    case 'trialHomeVisit':
      return w.thvLimit(date(clock.dueDate!));
    case 'contraryToWelfare':
      if (!clock.dueDate) return w.awaitingFirstOrder;
      return clock.missed ? w.notInFirstOrder(date(clock.dueDate)) : w.inFirstOrder(date(clock.dueDate));
    default:
      if (!clock.dueDate) return '';
      if (clock.kind === 'reasonableEffortsPrevent' && clock.metOn && !clock.missed)
        return w.madeOn(date(clock.metOn));
      return clock.status === 'overdue' ? w.wasDue(date(clock.dueDate)) : w.dueBy(date(clock.dueDate));
  }
}

/** Time left or late, for a clock with a deadline still open. */
export function timeLeft(clock: PacingClock, today: string, w: Words): string | null {
  if (!clock.dueDate || clock.status === 'notApplicable' || clock.missed) return null;
  if (clock.metOn && clock.kind !== 'reasonableEffortsFinalize') return null;
  if (clock.kind === 'contraryToWelfare' || clock.kind === 'enteredFosterCare') return null;
  if (clock.status === 'ok' && clock.scheduledOn) return null;
  const n = daysBetween(today, clock.dueDate);
  return n >= 0 ? w.daysLeft(n) : w.daysLate(-n);
}

/** The lines under the value: how the clock is met, what follows if it is not, what is set. */
export function clockDetails(clock: PacingClock, w: Words, date: DateFormat): string[] {
  const lines: string[] = [];
  const has = (n: PacingClock['notes'][number]) => clock.notes.includes(n);
  if (clock.status === 'notApplicable') return lines;
  switch (clock.kind) {
    case 'enteredFosterCare':
      lines.push(w.enteredRule(date(clock.since!)));
      if (has('provisional')) lines.push(w.provisional);
      break;
    case 'daysInCare':
      if (has('earlierEpisodes')) lines.push(w.earlierEpisodes(clock.ofDays ?? 0));
      break;
    case 'fifteenOfTwentyTwo':
      if (has('petitionFiled')) lines.push(w.petitionFiled(date(clock.metOn!)));
      else if (has('exceptionDocumented') && clock.exception)
        lines.push(
          w.exceptionDocumented(
            date(clock.exception.documentedDate),
            w.reason[clock.exception.reason] ?? clock.exception.reason,
          ),
        );
      else if (has('notReached')) lines.push(w.notReached);
      else if (clock.dueDate) {
        lines.push(has('projected') ? w.projectedOn(date(clock.dueDate)) : w.reachedOn(date(clock.dueDate)));
        if (clock.status !== 'ok') lines.push(w.fileOrDocument);
      }
      if (has('relativeCare')) lines.push(w.relativeCare);
      lines.push(w.countRule);
      break;
    case 'reasonableEffortsPrevent':
      if (has('madeLate')) lines.push(w.madeLate(date(clock.metOn!)));
      else if (clock.missed) lines.push(w.notMadeMissed);
      break;
    case 'reasonableEffortsFinalize':
      if (clock.metOn) lines.push(w.lastMade(date(clock.metOn)));
      if (has('ivEIneligible') && clock.ineligibleFrom)
        lines.push(w.ivEIneligible(date(clock.ineligibleFrom)));
      else if (clock.ineligibleFrom) lines.push(w.ineligibleFrom(date(clock.ineligibleFrom)));
      break;
    case 'trialHomeVisit':
      if (clock.status === 'overdue') lines.push(w.thvOver);
      break;
    default:
      break;
  }
  if (clock.scheduledOn)
    lines.push(
      has('scheduledLate')
        ? w.scheduledLate(date(clock.scheduledOn))
        : w.scheduledFor(date(clock.scheduledOn)),
    );
  if (has('noEffortsFinding')) lines.push(w.noEffortsFinding);
  if (has('noExtensionRecorded')) lines.push(w.noExtensionRecorded);
  return lines;
}

/** The 15-of-22 question is open: neither a petition filed nor an exception documented. */
export const isTprOpen = (clock: PacingClock): boolean =>
  clock.kind === 'fifteenOfTwentyTwo' &&
  clock.status !== 'notApplicable' &&
  !clock.notes.includes('petitionFiled') &&
  !clock.notes.includes('exceptionDocumented');

/**
 * The at-risk list is for those who work children's cases through a relationship to them (their cases,
 * their unit, their docket): not caregivers, youth or administrators, who cannot read the history, and
 * not the analyst, whose reach is the whole district. Permissions and scopes decide, not role names.
 */
export function showsAtRisk(roles: readonly Role[]): boolean {
  if (!hasPermission(roles, 'child.readHistory')) return false;
  return scopesFor(roles, 'child.readHistory').some(
    (s) => s === 'assigned' || s === 'unit' || s === 'docket',
  );
}
