import type { HearingStatus, HearingType } from '@hearth/core';

/**
 * The words for hearing types and statuses in what the server writes itself (docket PDFs, calendar feeds),
 * in English and Spanish: one table, so a printed docket and a calendar say the same. The web interface
 * has its own copy in web/src/i18n/codes.*.ts (it cannot import server code); notices use the fuller
 * phrasing of a letter (server/src/notices/notice-text.ts).
 */
export type WordsLanguage = 'en' | 'es';

export const HEARING_TYPE_WORDS: Record<WordsLanguage, Record<HearingType, string>> = {
  en: {
    custody: 'Custody hearing',
    adjudication: 'Adjudicatory hearing',
    disposition: 'Dispositional hearing',
    initial_judicial_review: 'Initial judicial review',
    permanency: 'Permanency hearing',
    permanency_review: 'Permanency review',
    periodic_review: 'Periodic review',
    tpr: 'Termination of parental rights hearing',
    discharge: 'Discharge hearing',
    other: 'Other hearing',
  },
  es: {
    custody: 'Audiencia de custodia',
    adjudication: 'Audiencia de adjudicación',
    disposition: 'Audiencia de disposición',
    initial_judicial_review: 'Primera revisión judicial',
    permanency: 'Audiencia de permanencia',
    permanency_review: 'Revisión de permanencia',
    periodic_review: 'Revisión periódica',
    tpr: 'Audiencia de terminación de la patria potestad',
    discharge: 'Audiencia de salida de la custodia',
    other: 'Otra audiencia',
  },
};

export const HEARING_STATUS_WORDS: Record<WordsLanguage, Record<HearingStatus, string>> = {
  en: {
    scheduled: 'Scheduled',
    held: 'Held',
    continued: 'Continued',
    vacated: 'Vacated',
    cancelled: 'Cancelled',
  },
  es: {
    scheduled: 'Programada',
    held: 'Celebrada',
    continued: 'Aplazada',
    vacated: 'Retirada del calendario',
    cancelled: 'Cancelada',
  },
};
