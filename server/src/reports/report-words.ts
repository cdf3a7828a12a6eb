import type {
  ClockKind,
  ClockStatus,
  CodeLabels,
  ReportKind,
  ReportRecipient,
  ReportStatus,
} from '@hearth/core';
import type { WordsLanguage } from '../platform/hearing-words.ts';
import { REPORT_WORDS_EN } from './report-words.en.ts';
import { REPORT_WORDS_ES } from './report-words.es.ts';

/**
 * The words of a court report's copies, in English and Spanish (plain words; "usted" in Spanish). The code
 * lists', recipients', clocks' and well-being domains' words are the web interface's own (core/src/words/).
 */
export type ReportWords = {
  locale: string;
  title: Record<ReportKind, string>;
  copyFor: (recipient: string) => string;
  withheldNotice: string;
  nothingWithheld: string;
  withheld: string;
  confidential: (generated: string) => string;
  page: (n: number | string, of: number | string) => string;
  continued: string;
  none: string;
  yes: string;
  no: string;
  headings: {
    hearing: string;
    report: string;
    parents: string;
    children: string;
    attention: string;
    narrative: string;
    homeNow: string;
    placementHistory: string;
    removals: string;
    permanency: string;
    clocks: string;
    findings: string;
    visits: string;
    contacts: string;
    wellbeing: string;
    health: string;
    education: string;
    youthStatement: string;
    caregiverStatement: string;
    transition: string;
    sensitive: string;
  };
  labels: {
    case: string;
    court: string;
    judge: string;
    filed: string;
    allegations: string;
    hearing: string;
    when: string;
    courtroom: string;
    status: string;
    period: string;
    preparedBy: string;
    supervisor: string;
    reportStatus: string;
    age: string;
    inCare: string;
    setting: string;
    since: string;
    from: string;
    to: string;
    caregiver: string;
    address: string;
    phone: string;
    email: string;
    role: string;
    name: string;
    removed: string;
    manner: string;
    reasons: string;
    discharged: string;
    plan: string;
    goal: string;
    enteredCare: string;
    daysInCare: string;
    deadline: string;
    due: string;
    finding: string;
    made: string;
    date: string;
    place: string;
    faceToFace: string;
    child: string;
    lastFaceToFace: string;
    seenThisMonth: string;
    monthsSeen: (seen: number, due: number) => string;
    completedOn: string;
    domain: string;
    concern: string;
    school: string;
    schoolMoves: string;
    decisionMaker: string;
    daysAbsent: string;
    creditsLabel: string;
    credits: (earned: number, expected: number) => string;
    flags: string;
    specialEducation: string;
    nextReview: string;
    writtenBy: string;
    missingDocuments: string;
    homePlan: string;
    observations: string;
    childWishes: string;
    recommendations: string;
  };
  years: (n: number) => string;
  notInCare: string;
  noNarrative: string;
  noneRecorded: string;
  nothingDue: string;
  recipient: Record<ReportRecipient, string>;
  reportStatus: Record<ReportStatus | 'none', string>;
  /** The code lists' words, the web interface's own (core/src/words/code-labels.*.ts). */
  codes: CodeLabels;
  hearingType: Record<string, string>;
  hearingStatus: Record<string, string>;
  visitLocation: Record<string, string>;
  clock: Record<ClockKind, string>;
  clockStatus: Record<ClockStatus, string>;
  wellbeingDomain: Record<string, string>;
  checklistStatus: Record<string, string>;
  educationFlag: Record<string, string>;
  transitionStatus: Record<string, string>;
  homePlanStatus: Record<string, string>;
  exitDocument: Record<string, string>;
  notAtHome: string;
};

export const REPORT_WORDS: Record<WordsLanguage, ReportWords> = { en: REPORT_WORDS_EN, es: REPORT_WORDS_ES };

/** A code's words, or the code itself made readable when a table has no entry for it. */
export function wordOf(table: Record<string, string>, code: string): string {
  return table[code] ?? code.replace(/_/g, ' ');
}
