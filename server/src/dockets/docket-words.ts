import { HEARING_STATUS_WORDS, HEARING_TYPE_WORDS } from '../platform/hearing-words.ts';
import { codesEn, codesEs, type CaseRole, type HearingStatus, type HearingType } from '@hearth/core';
import type { DocketLanguage } from './docket.dto.ts';

/**
 * The words of the printed docket, in the two languages of the web interface (whose dictionaries,
 * web/src/i18n/dockets.*.ts and codes.*.ts, use the same words). The PDF is made on the server, so it
 * carries its own copy of the few labels it prints.
 */
export type DocketWords = {
  locale: string;
  title: string;
  ofJudge: (name: string) => string;
  ofCourtroom: (name: string) => string;
  continued: string;
  timesNote: (zone: string) => string;
  summary: (hearings: number, overlapping: number, interpreters: number) => string;
  columns: {
    time: string;
    case: string;
    type: string;
    expected: string;
    interpreter: string;
    courtroom: string;
    judge: string;
  };
  minutes: (n: number) => string;
  usually: (n: number) => string;
  noHearings: string;
  withheld: string;
  child: string;
  overlap: (when: string, sharing: string, what: string | null) => string;
  moreOverlaps: (n: number) => string;
  sameJudge: string;
  sameCourtroom: string;
  and: string;
  free: (from: string, to: string, minutes: number) => string;
  interpreterAssigned: string;
  interpreterNotAssigned: string;
  none: string;
  printed: (when: string) => string;
  page: (n: number, of: number) => string;
  hearingType: Record<HearingType, string>;
  hearingStatus: Record<HearingStatus, string>;
  caseRole: Record<CaseRole, string>;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: DocketWords = {
  locale: 'en-US',
  title: 'Docket',
  ofJudge: (name) => `Docket of ${name}`,
  ofCourtroom: (name) => `Docket of ${name}`,
  continued: 'continued',
  timesNote: (zone) => `Times are the court's local time (${zone}).`,
  summary: (h, o, i) =>
    `${plural(h, 'hearing', 'hearings')}; ${plural(o, 'overlaps another', 'overlap others')}; ${plural(i, 'needs an interpreter', 'need an interpreter')}.`,
  columns: {
    time: 'Time',
    case: 'Case',
    type: 'Hearing',
    expected: 'Parties expected',
    interpreter: 'Interpreter',
    courtroom: 'Courtroom',
    judge: 'Judge',
  },
  minutes: (n) => `${n} min`,
  usually: (n) => `(usually ${n} min)`,
  noHearings: 'No hearings.',
  withheld: "Another judge's hearing: the case is not shown to you.",
  child: 'child',
  overlap: (when, sharing, what) => `OVERLAP: ${when}, ${sharing}${what ? ` (${what})` : ''}`,
  moreOverlaps: (n) => `OVERLAP: and ${plural(n, 'more hearing', 'more hearings')}`,
  sameJudge: 'same judge',
  sameCourtroom: 'same courtroom',
  and: 'and',
  free: (from, to, minutes) => `Free ${from} – ${to} (${minutes} min)`,
  interpreterAssigned: 'on the case',
  interpreterNotAssigned: 'none on the case',
  none: '—',
  printed: (when) => `Printed ${when} — confidential`,
  page: (n, of) => `Page ${n} of ${of}`,
  hearingType: HEARING_TYPE_WORDS.en,
  hearingStatus: HEARING_STATUS_WORDS.en,
  caseRole: codesEn.caseRole,
};

const ES: DocketWords = {
  locale: 'es-US',
  title: 'Calendario de audiencias',
  ofJudge: (name) => `Calendario de audiencias de ${name}`,
  ofCourtroom: (name) => `Calendario de audiencias de ${name}`,
  continued: 'continuación',
  timesNote: (zone) => `Las horas son las del tribunal (${zone}).`,
  summary: (h, o, i) =>
    `${plural(h, 'audiencia', 'audiencias')}; ${plural(o, 'se cruza con otra', 'se cruzan con otras')}; ${plural(i, 'necesita intérprete', 'necesitan intérprete')}.`,
  columns: {
    time: 'Hora',
    case: 'Caso',
    type: 'Audiencia',
    expected: 'Partes que se esperan',
    interpreter: 'Intérprete',
    courtroom: 'Sala',
    judge: 'Juez',
  },
  minutes: (n) => `${n} min`,
  usually: (n) => `(suele durar ${n} min)`,
  noHearings: 'No hay audiencias.',
  withheld: 'Audiencia de otro juez: no se le muestra el caso.',
  child: 'niño',
  overlap: (when, sharing, what) => `SE CRUZA: ${when}, ${sharing}${what ? ` (${what})` : ''}`,
  moreOverlaps: (n) => `SE CRUZA: y ${plural(n, 'audiencia más', 'audiencias más')}`,
  sameJudge: 'mismo juez',
  sameCourtroom: 'misma sala',
  and: 'y',
  free: (from, to, minutes) => `Libre de ${from} a ${to} (${minutes} min)`,
  interpreterAssigned: 'asignado al caso',
  interpreterNotAssigned: 'ninguno asignado al caso',
  none: '—',
  printed: (when) => `Impreso el ${when} — confidencial`,
  page: (n, of) => `Página ${n} de ${of}`,
  hearingType: HEARING_TYPE_WORDS.es,
  hearingStatus: HEARING_STATUS_WORDS.es,
  caseRole: codesEs.caseRole,
};

export const DOCKET_WORDS: Record<DocketLanguage, DocketWords> = { en: EN, es: ES };

/** The words for a code; a code from a newer server reads as its words, not its underscores. */
export function wordFor(table: Record<string, string>, code: string): string {
  return table[code] ?? code.replaceAll('_', ' ');
}
