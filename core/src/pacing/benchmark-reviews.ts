import type { DateProblem } from '../cases/episode.rules.ts';
import {
  BENCHMARK_ANSWERS,
  type BenchmarkAnswer,
  type BenchmarkReviewRules,
} from '../rules/benchmark-reviews.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { addDays, daysBetween, type IsoDate } from '../time/dates.ts';
import { currentEpisode, fifteenOfTwentyTwoDate } from './care-time.rules.ts';
import { permanencyHearingDeadline, type PacingFacts } from './clocks.ts';

/**
 * Benchmark reviews (NM CIP practice, domain-rules §5.2, configurable): the checkpoints of a child's case
 * that put a structured review of progress toward permanency on the calendar, from the rule pack's
 * checkpoint rules. Pure: the child's facts, today and the rule pack in.
 */

/** One review a checkpoint puts on the calendar. `anchorDate` is what it prepares for. */
export type BenchmarkCheckpoint = {
  checkpoint: string;
  removalId: string;
  dueDate: IsoDate;
  /** The hearing date (or the date the hearing is due when none is set), or the day 15 of 22 is reached. */
  anchorDate: IsoDate;
  /** The scheduled hearing it prepares for, if one is set. */
  hearingId: string | null;
};

export const BENCHMARK_STATUSES = ['recorded', 'overdue', 'dueSoon', 'upcoming'] as const;
export type BenchmarkStatus = (typeof BENCHMARK_STATUSES)[number];

/**
 * The checkpoints of the child's current episode still ahead of what they prepare for: one before each
 * permanency hearing set on or after today (or, with none set, before the date one is due, even when that
 * has passed), and one when the 15-of-22 count reaches the checkpoint's months while the TPR question is
 * open and the 15 months are not yet reached. Reviews already recorded are kept by the caller; once a
 * hearing is held or the 15 months are reached, its checkpoint is no longer due.
 * @param facts - the child's episodes, hearings, findings, petitions and exceptions
 * @param today - the court's date today
 * @param pack - the jurisdiction's rule pack
 */
export function benchmarkCheckpoints(
  facts: PacingFacts,
  today: IsoDate,
  pack: RulePack,
): BenchmarkCheckpoint[] {
  const episode = currentEpisode(facts.episodes, today);
  if (!episode) return [];
  const out: BenchmarkCheckpoint[] = [];
  for (const rule of pack.pacing.benchmarkReviews.checkpoints) {
    if (rule.kind === 'beforeHearing') {
      const set = facts.hearings.filter(
        (h) => rule.hearingTypes.includes(h.type) && h.status === 'scheduled' && h.date >= today,
      );
      const anchors = set.length
        ? set.map((h) => ({ date: h.date, hearingId: h.id ?? null }))
        : rule.hearingTypes.includes('permanency')
          ? [{ date: permanencyHearingDeadline(facts, episode, today, pack).dueDate, hearingId: null }]
          : [];
      // A hearing due but not yet set stays ahead however late it is: its review is still to hold.
      for (const a of anchors)
        out.push({
          checkpoint: rule.code,
          removalId: episode.id,
          dueDate: addDays(a.date, -rule.daysBefore),
          anchorDate: a.date,
          hearingId: a.hearingId,
        });
    } else {
      const open =
        facts.tprPetitionsFiled.length === 0 && !facts.tprExceptions.some((x) => x.removalId === episode.id);
      if (!open) continue;
      const horizon = addDays(today, 22 * 31);
      const reached = fifteenOfTwentyTwoDate(facts.episodes, episode, horizon, pack);
      if (reached === null || reached < today) continue;
      const due = fifteenOfTwentyTwoDate(facts.episodes, episode, horizon, pack, rule.months);
      out.push({
        checkpoint: rule.code,
        removalId: episode.id,
        dueDate: due ?? reached,
        anchorDate: reached,
        hearingId: null,
      });
    }
  }
  return out.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}

/** Recorded, or by its due date: overdue, due soon (within `soonDays`), upcoming. */
export function benchmarkStatus(
  dueDate: IsoDate,
  recorded: boolean,
  today: IsoDate,
  soonDays: number,
): BenchmarkStatus {
  if (recorded) return 'recorded';
  if (today > dueDate) return 'overdue';
  return daysBetween(today, dueDate) <= soonDays ? 'dueSoon' : 'upcoming';
}

export type BenchmarkAnswers = Record<string, { answer?: string | null; note?: string | null }>;

/**
 * Problems with a review's checklist answers against the rule pack's checklist: every assessment item
 * answered with one of the answers, every text item written, no item the checklist does not have.
 * Fields are named `answers.<item>.answer` / `answers.<item>.note`, as the request body has them.
 */
export function checkBenchmarkAnswers(answers: BenchmarkAnswers, rules: BenchmarkReviewRules): DateProblem[] {
  const problems: DateProblem[] = [];
  const known = new Set(rules.checklist.map((i) => i.code));
  for (const code of Object.keys(answers))
    if (!known.has(code)) problems.push({ field: `answers.${code}`, message: 'is not on the checklist' });
  for (const item of rules.checklist) {
    const given = answers[item.code];
    if (item.answer === 'assessment') {
      if (!given?.answer)
        problems.push({ field: `answers.${item.code}.answer`, message: 'choose an answer' });
      else if (!BENCHMARK_ANSWERS.includes(given.answer as BenchmarkAnswer))
        problems.push({ field: `answers.${item.code}.answer`, message: 'is not one of the answers' });
    } else if (!given?.note?.trim())
      problems.push({ field: `answers.${item.code}.note`, message: 'is required' });
  }
  return problems;
}
