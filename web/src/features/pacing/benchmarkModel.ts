import type { BenchmarkAnswer } from '@hearth/core';
import type { BenchmarkAnswers, BenchmarkReview, BenchmarkReviews } from '../../api/types.ts';
import type { FormValues } from '../../components/form/formValues.ts';
import type { pacingEn } from '../../i18n/pacing.en.ts';

type Words = typeof pacingEn;

/** Colour of each review status; the status is always written out too. */
export const REVIEW_STATUS_STYLE: Record<BenchmarkReview['status'], string> = {
  overdue: 'bg-error-dark text-white',
  dueSoon: 'bg-warning text-ink',
  upcoming: 'bg-base-lighter text-ink',
  recorded: 'bg-success-darker text-white',
};

/** A checkpoint's name; a code from a newer rule pack reads as its words. */
export const checkpointWords = (w: Words, code: string): string =>
  w.checkpoint[code] ?? code.replace(/_/g, ' ');

export const preparesWords = (w: Words, code: string, date: string): string =>
  w.prepares[code]?.(date) ?? date;

/** The form's fields by request-body path: an answer and a note per assessment item, a note per text item. */
export function emptyReview(checklist: BenchmarkReviews['checklist'], today: string): FormValues {
  const values: FormValues = { reviewDate: today, outcome: '', outcomeNote: '' };
  for (const item of checklist) {
    if (item.answer === 'assessment') values[`answers.${item.code}.answer`] = '';
    values[`answers.${item.code}.note`] = '';
  }
  return values;
}

/** The checklist answers as the API takes them, from the form's values. */
export function answersOf(checklist: BenchmarkReviews['checklist'], values: FormValues): BenchmarkAnswers {
  const text = (key: string) => {
    const v = values[key];
    return typeof v === 'string' ? v.trim() : '';
  };
  const answers: BenchmarkAnswers = {};
  for (const item of checklist) {
    const note = text(`answers.${item.code}.note`);
    const answer = text(`answers.${item.code}.answer`);
    answers[item.code] = {
      ...(item.answer === 'assessment' && answer ? { answer: answer as BenchmarkAnswer } : {}),
      ...(note ? { note } : {}),
    };
  }
  return answers;
}
