import type { WellbeingAnswerSpec, WellbeingWords } from './instrument.ts';

// Shorthands for writing the instrument's items (instrument-v1-*.ts).

export const YN_CONCERN_NO: WellbeingAnswerSpec = { type: 'yes_no', concernWhen: ['no', 'unsure'] };
export const YN_CONCERN_YES: WellbeingAnswerSpec = { type: 'yes_no', concernWhen: ['yes', 'unsure'] };
export const rating = (low: WellbeingWords, high: WellbeingWords): WellbeingAnswerSpec => ({
  type: 'rating',
  min: 1,
  max: 5,
  low,
  high,
  concernAtMost: 2,
});
export const STRUGGLING: WellbeingWords = { en: 'Struggling', es: 'Tiene muchas dificultades' };
export const DOING_WELL: WellbeingWords = { en: 'Doing well', es: 'Le va bien' };

export const ALL = ['0-4', '5-11', '12-13', '14+'] as const;
export const SCHOOL_AGE = ['5-11', '12-13', '14+'] as const;
export const TEENS = ['12-13', '14+'] as const;
export const YOUTH = ['14+'] as const;
