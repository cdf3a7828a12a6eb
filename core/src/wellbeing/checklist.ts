import type { SensitiveFieldClass } from '../access/sensitive.ts';
import type { IsoDate } from '../time/dates.ts';
import {
  WELLBEING_DOMAINS,
  WELLBEING_INSTRUMENTS,
  WELLBEING_YES_NO,
  type WellbeingInstrument,
  type WellbeingDomain,
  type WellbeingItem,
  type WellbeingYesNo,
} from './instrument.ts';

/**
 * The rules of a well-being checklist: which version and items apply to a child at a hearing, which
 * answers raise a concern, and how last time's answers become this time's starting point. Pure: the
 * dates and the instrument versions are arguments.
 */

/** `yes`/`no`/`unsure` for a yes-no item, a whole number for a rating, words for a text item. */
export type ChecklistAnswerValue = WellbeingYesNo | number | string;

export type ChecklistAnswer = {
  value: ChecklistAnswerValue;
  note: string | null;
  /** Carried forward from the last checklist, and neither changed nor confirmed since ("from last time"). */
  fromLastTime: boolean;
  /** When the answer was given; for one carried forward, when it was given last time. */
  answeredOn: IsoDate;
  /** Who gave it, by their role on the case: 'caseworker', 'guardian_ad_litem', 'casa_volunteer' … */
  answeredBy: string;
};

/** A checklist's answers by item id. */
export type ChecklistAnswers = Readonly<Record<string, ChecklistAnswer>>;

/**
 * The version in effect on `date`: the latest whose `effectiveFrom` is on or before it; null before the
 * first version (no checklist is asked for).
 * @param date - the hearing's date on the court's calendar
 * @param versions - every version, in any order
 */
export function wellbeingInstrumentFor(
  date: IsoDate,
  versions: readonly WellbeingInstrument[] = WELLBEING_INSTRUMENTS,
): WellbeingInstrument | null {
  let found: WellbeingInstrument | null = null;
  for (const v of versions)
    if (v.effectiveFrom <= date && (found === null || v.effectiveFrom > found.effectiveFrom)) found = v;
  return found;
}

/** A version by its number (the one a saved checklist records), or null when there is none. */
export function wellbeingInstrumentVersion(
  version: number,
  versions: readonly WellbeingInstrument[] = WELLBEING_INSTRUMENTS,
): WellbeingInstrument | null {
  return versions.find((v) => v.version === version) ?? null;
}

/** The id of the age band `age` (completed years) falls in; null when the age is not known. */
export function wellbeingAgeBand(instrument: WellbeingInstrument, age: number | null): string | null {
  if (age === null) return null;
  return instrument.bands.find((b) => age >= b.from && (b.to === null || age <= b.to))?.id ?? null;
}

/**
 * The items asked for a child of age band `band`, in the instrument's order. A child of unknown age gets
 * only the items asked at every age: nothing that fits one age band and not another.
 */
export function checklistItemsFor(instrument: WellbeingInstrument, band: string | null): WellbeingItem[] {
  if (band === null)
    return instrument.items.filter((i) => instrument.bands.every((b) => i.bands.includes(b.id)));
  return instrument.items.filter((i) => i.bands.includes(band));
}

/** What is wrong with `value` as an answer to `item`, in words; null when it is a valid answer. */
export function checklistAnswerProblem(item: WellbeingItem, value: unknown): string | null {
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no':
      return typeof value === 'string' && (WELLBEING_YES_NO as readonly string[]).includes(value)
        ? null
        : 'must be yes, no or unsure';
    case 'rating':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? null
        : `must be a whole number from ${spec.min} to ${spec.max}`;
    case 'text':
      if (typeof value !== 'string' || value.trim() === '') return 'must be a few words';
      return value.length <= spec.maxLength ? null : `must be at most ${spec.maxLength} characters`;
  }
}

/** Whether `value` raises a concern for `item`, as the instrument says. */
export function isWellbeingConcern(
  item: WellbeingItem,
  value: ChecklistAnswerValue | null | undefined,
): boolean {
  if (value === null || value === undefined) return false;
  const spec = item.answer;
  switch (spec.type) {
    case 'yes_no':
      return typeof value === 'string' && (spec.concernWhen as readonly string[]).includes(value);
    case 'rating':
      return typeof value === 'number' && value <= spec.concernAtMost;
    case 'text':
      return false;
  }
}

/** Two items ask the same kind of answer: the same type, and for ratings the same scale. */
function sameAnswerKind(a: WellbeingItem, b: WellbeingItem): boolean {
  if (a.answer.type !== b.answer.type) return false;
  if (a.answer.type === 'rating' && b.answer.type === 'rating')
    return a.answer.min === b.answer.min && a.answer.max === b.answer.max;
  return true;
}

/**
 * Last time's answers as this time's starting point, each marked "from last time". Only items that the
 * new version asks of the child's band now, that last time's version asked with the same kind of answer,
 * and whose answer is still valid are carried: an item the new version retired, or one the child has
 * grown out of, is left behind. Nothing is ever invented.
 * @param prior - the last checklist: its instrument version and answers
 * @param next - the version in effect for this hearing
 * @param band - the child's age band on this hearing's date
 */
export function carryForwardAnswers(
  prior: { instrument: WellbeingInstrument; answers: ChecklistAnswers },
  next: WellbeingInstrument,
  band: string | null,
): Record<string, ChecklistAnswer> {
  const before = new Map(prior.instrument.items.map((i) => [i.id, i]));
  const out: Record<string, ChecklistAnswer> = {};
  for (const item of checklistItemsFor(next, band)) {
    const answer = prior.answers[item.id];
    const was = before.get(item.id);
    if (!answer || !was || !sameAnswerKind(was, item) || checklistAnswerProblem(item, answer.value) !== null)
      continue;
    out[item.id] = { ...answer, fromLastTime: true };
  }
  return out;
}

/** Who is looking: a caregiver or the youth (`household`), and the sensitive classes they hold grants for. */
export type ChecklistViewer = { household: boolean; classes: readonly SensitiveFieldClass[] };

/**
 * Whether the viewer sees an item's answer: its sensitive class needs an explicit grant
 * (core/src/access/sensitive.ts), and some items are not shown at home (`shownAtHome`).
 */
export function isChecklistItemVisible(item: WellbeingItem, viewer: ChecklistViewer): boolean {
  if (viewer.household && !item.shownAtHome) return false;
  return item.sensitiveClass === undefined || viewer.classes.includes(item.sensitiveClass);
}

/** Each domain's concerns among the items the viewer sees (domains with none count 0). */
export function checklistConcernsByDomain(
  items: readonly WellbeingItem[],
  answers: ChecklistAnswers,
  viewer: ChecklistViewer,
): Record<WellbeingDomain, number> {
  const counts = Object.fromEntries(WELLBEING_DOMAINS.map((d) => [d, 0])) as Record<WellbeingDomain, number>;
  for (const item of items)
    if (isChecklistItemVisible(item, viewer) && isWellbeingConcern(item, answers[item.id]?.value))
      counts[item.domain] += 1;
  return counts;
}

/** One answer as sent by whoever fills the checklist in. */
export type ChecklistAnswerInput = {
  itemId: string;
  value: ChecklistAnswerValue;
  note?: string | null;
  confirm?: boolean;
};

/**
 * The answers after a save. For each item the writer sees: an answer sent unchanged keeps who gave it
 * and when (and stays "from last time" if it was), unless `confirm` says it was checked again; a changed
 * or new answer is the writer's, today; an item not sent is left unanswered. Items the writer does not
 * see (a sensitive class without a grant) keep what they had: nobody erases what they cannot read.
 * @param current - the saved answers, or the carried-forward starting point of a new checklist
 * @param input - the answers sent, already checked with `checklistAnswerProblem`
 * @param visible - the ids of the items the writer sees
 * @param by - the writer's role on the case
 * @param today - the court's date today
 */
export function mergeChecklistAnswers(
  current: ChecklistAnswers,
  input: readonly ChecklistAnswerInput[],
  visible: ReadonlySet<string>,
  by: string,
  today: IsoDate,
): Record<string, ChecklistAnswer> {
  const out: Record<string, ChecklistAnswer> = {};
  for (const [id, answer] of Object.entries(current)) if (!visible.has(id)) out[id] = answer;
  for (const a of input) {
    if (!visible.has(a.itemId)) continue;
    const note = a.note?.trim() ? a.note.trim() : null;
    const was = current[a.itemId];
    out[a.itemId] =
      was && was.value === a.value && was.note === note && !a.confirm
        ? was
        : { value: a.value, note, fromLastTime: false, answeredOn: today, answeredBy: by };
  }
  return out;
}

/**
 * The order the bench reads a checklist in: concerns first, then items not answered, then the rest,
 * each group in the instrument's order.
 */
export function checklistBenchOrder<T extends { concern: boolean; answered: boolean }>(
  rows: readonly T[],
): T[] {
  const rank = (r: T): number => (r.concern ? 0 : r.answered ? 2 : 1);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
}
