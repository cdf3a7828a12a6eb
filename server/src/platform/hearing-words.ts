import { codesEn, codesEs, type HearingStatus, type HearingType } from '@hearth/core';

/**
 * The words for hearing types and statuses in what the server writes itself (docket PDFs, calendar feeds,
 * court reports), in English and Spanish: the web interface's own (core/src/words/code-labels.*.ts), so a
 * printed docket, a calendar and the screen say the same. Notices use the fuller phrasing of a letter
 * (server/src/notices/notice-text.ts).
 */
export type WordsLanguage = 'en' | 'es';

export const HEARING_TYPE_WORDS: Record<WordsLanguage, Record<HearingType, string>> = {
  en: codesEn.hearingType,
  es: codesEs.hearingType,
};

export const HEARING_STATUS_WORDS: Record<WordsLanguage, Record<HearingStatus, string>> = {
  en: codesEn.hearingStatus,
  es: codesEs.hearingStatus,
};
