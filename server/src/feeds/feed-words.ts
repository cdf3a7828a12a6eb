import { HEARING_STATUS_WORDS, HEARING_TYPE_WORDS } from '../platform/hearing-words.ts';
import type { HearingStatus, HearingType } from '@hearth/core';

/**
 * The words of a calendar feed, in the account's preferred language (hearing types and statuses in the
 * web interface's words, core/src/words/code-labels.*.ts, through platform/hearing-words.ts). A calendar shows them outside Hearth, on phones and in other
 * companies' services, so they name the hearing, the case number and the room, and never a person.
 */
export type FeedWords = {
  calendarName: string;
  calendarDescription: (shown: number, truncated: boolean) => string;
  hearingType: Record<HearingType, string>;
  status: Record<HearingStatus, string>;
  summary: (type: string, petitionNumber: string | null) => string;
  /** A prefix for a hearing that will not take place at this time, so it reads so in any client. */
  offCalendar: (status: string, summary: string) => string;
  description: (status: string, caseUrl: string | null) => string;
};

const en: FeedWords = {
  calendarName: 'Hearth hearings',
  calendarDescription: (shown, truncated) =>
    truncated
      ? `Your hearings from Hearth: the ${shown} nearest to today. Open Hearth for the rest.`
      : 'Your hearings from Hearth. Keep this address private.',
  hearingType: HEARING_TYPE_WORDS.en,
  status: HEARING_STATUS_WORDS.en,
  summary: (type, petition) => (petition ? `${type} — case ${petition}` : type),
  offCalendar: (status, summary) => `${status}: ${summary}`,
  description: (status, caseUrl) =>
    `Status: ${status}.${caseUrl ? `\nThe case in Hearth: ${caseUrl}` : ''}\nSent by Hearth. Keep this calendar private.`,
};

const es: FeedWords = {
  calendarName: 'Audiencias de Hearth',
  calendarDescription: (shown, truncated) =>
    truncated
      ? `Sus audiencias de Hearth: las ${shown} más cercanas a hoy. Vea las demás en Hearth.`
      : 'Sus audiencias de Hearth. No comparta esta dirección.',
  hearingType: HEARING_TYPE_WORDS.es,
  status: HEARING_STATUS_WORDS.es,
  summary: (type, petition) => (petition ? `${type} — caso ${petition}` : type),
  offCalendar: (status, summary) => `${status}: ${summary}`,
  description: (status, caseUrl) =>
    `Estado: ${status}.${caseUrl ? `\nEl caso en Hearth: ${caseUrl}` : ''}\nEnviado por Hearth. No comparta este calendario.`,
};

export function feedWordsFor(language: string): FeedWords {
  return language.slice(0, 2).toLowerCase() === 'es' ? es : en;
}
