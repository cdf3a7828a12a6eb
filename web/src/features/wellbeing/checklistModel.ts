import {
  checklistBenchOrder,
  isWellbeingConcern,
  WELLBEING_DOMAINS,
  wellbeingInstrumentVersion,
  type ChecklistAnswerValue,
  type WellbeingDomain,
  type WellbeingItem,
} from '@hearth/core';
import type {
  SaveWellbeingBody,
  WellbeingAnswer,
  WellbeingChecklist,
  WellbeingChecklistItem,
} from '../../api/types.ts';

/**
 * The checklist form's state and the pure rules the pages share: the instrument item behind each answer,
 * the form's draft and the body it sends, live concerns while typing, the bench's grouping.
 */

/** The instrument's item (its words, answer kind and bench question); null for an item of an unknown version. */
export function instrumentItem(version: number, itemId: string): WellbeingItem | null {
  return wellbeingInstrumentVersion(version)?.items.find((i) => i.id === itemId) ?? null;
}

export type DraftAnswer = {
  value: ChecklistAnswerValue | null;
  note: string;
  /** "Still true": the answer from last time was checked again. */
  confirm: boolean;
  /** The saved (or carried) answer, to tell "from last time" apart from a change. */
  was: WellbeingAnswer | null;
};
export type Draft = Record<string, DraftAnswer>;

export function draftFrom(checklist: WellbeingChecklist): Draft {
  return Object.fromEntries(
    checklist.items.map((i) => [
      i.itemId,
      { value: i.answer?.value ?? null, note: i.answer?.note ?? '', confirm: false, was: i.answer },
    ]),
  );
}

/** Still the answer from last time: carried forward, unchanged, not confirmed. */
export function isFromLastTime(d: DraftAnswer): boolean {
  return (
    d.was !== null &&
    d.was.fromLastTime &&
    !d.confirm &&
    d.value === d.was.value &&
    d.note.trim() === (d.was.note ?? '')
  );
}

/** The PUT body: every answered item the writer sees, with its note and "still true" mark. */
export function bodyFrom(draft: Draft, status: SaveWellbeingBody['status']): SaveWellbeingBody {
  const answers: SaveWellbeingBody['answers'] = [];
  for (const [itemId, d] of Object.entries(draft)) {
    if (d.value === null || (typeof d.value === 'string' && d.value.trim() === '')) continue;
    const note = d.note.trim();
    answers.push({
      itemId,
      value: typeof d.value === 'string' ? d.value.trim() || d.value : d.value,
      note: note === '' ? null : note,
      ...(d.confirm ? { confirm: true } : {}),
    });
  }
  return { status, answers };
}

/** Whether the draft's answer to `item` raises a concern now (the instrument's rule, as the server applies it). */
export function draftConcern(item: WellbeingItem, d: DraftAnswer | undefined): boolean {
  return isWellbeingConcern(item, d?.value ?? null);
}

/** The checklist's items by domain, in the domains' order; domains without items left out. */
export function byDomain<T extends { domain: WellbeingDomain }>(
  items: readonly T[],
): { domain: WellbeingDomain; items: T[] }[] {
  return WELLBEING_DOMAINS.map((domain) => ({
    domain,
    items: items.filter((i) => i.domain === domain),
  })).filter((g) => g.items.length > 0);
}

/** The bench's three groups: concerns, not answered, the rest; each in the instrument's order. */
export function benchGroups(items: readonly WellbeingChecklistItem[]): {
  concerns: WellbeingChecklistItem[];
  unanswered: WellbeingChecklistItem[];
  others: WellbeingChecklistItem[];
} {
  const ordered = checklistBenchOrder(items.map((i) => ({ ...i, answered: i.answer !== null })));
  return {
    concerns: ordered.filter((i) => i.concern),
    unanswered: ordered.filter((i) => !i.concern && !i.answered),
    others: ordered.filter((i) => !i.concern && i.answered),
  };
}

/** An answer in words: yes / no / not sure, "n of 5", or the words given. */
export function answerWords(
  item: WellbeingItem | null,
  value: ChecklistAnswerValue,
  words: { answer: Record<'yes' | 'no' | 'unsure', string>; rating: (v: number, max: number) => string },
): string {
  if (item?.answer.type === 'rating' && typeof value === 'number')
    return words.rating(value, item.answer.max);
  if (value === 'yes' || value === 'no' || value === 'unsure') return words.answer[value];
  return String(value);
}
