import { wellbeingDomainsEn } from '@hearth/core';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * English words of the well-being checklists and the judge's bench view; wellbeing.es.ts has exactly
 * these keys. The questions themselves, and the question to ask from the bench, are the instrument's
 * (@hearth/core WELLBEING_INSTRUMENTS), in both languages.
 */
export const wellbeingEn = {
  domain: wellbeingDomainsEn,
  answer: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  rating: (value: number, max: number) => `${value} of ${max}`,

  // The checklist page
  title: (name: string) => `Well-being checklist: ${name}`,
  backToCase: (petition: string) => `Back to case ${petition}`,
  forHearing: (hearing: string, when: string) => `For the ${hearing.toLowerCase()} on ${when}.`,
  status: {
    not_started:
      'Not started yet. Last time’s answers are filled in for you to check; nothing is saved until you save.',
    draft: 'Draft: not yet sent to the court.',
    submitted: (date: string) => `Sent to the court on ${date}.`,
  },
  unconfirmed:
    'These questions are Hearth’s draft. The court’s own checklist is still to be confirmed, so they may change.',
  summary: (concerns: number, answered: number, asked: number) =>
    `${plural(concerns, 'concern', 'concerns')}; ${answered} of ${asked} questions answered.`,
  withheld: (count: number, what: string) =>
    `${plural(count, 'question', 'questions')} about ${what.toLowerCase()} ${count === 1 ? 'is' : 'are'} not shown to you: your access does not include this protected information.`,
  notShownAtHome: 'Some questions are for the professionals and the court only, and are not shown here.',
  householdIntro: (name: string) => `This is what was sent to the court about ${name}.`,
  fromLastTime: (date: string) => `From last time (${date})`,
  stillTrue: 'Still true: I checked it again',
  concern: 'Concern',
  note: 'Note (optional)',
  answeredBy: (who: string, date: string) => `Answered by ${who.toLowerCase()} on ${date}`,
  notAnswered: 'Not answered',
  clear: 'Clear the answer',
  clearLabel: (question: string) => `Clear the answer to: ${question}`,
  saveDraft: 'Save draft',
  send: 'Send to the court',
  saving: 'Saving…',
  saved: 'Saved.',
  sent: 'Sent to the court.',
  stale:
    'Someone else saved this checklist after you opened it. It is shown again as it is now: make your changes again.',
  closed: 'This checklist can no longer be changed: the hearing has been held, or its day has passed.',
  readOnly:
    'You may read this checklist. The caseworker, the guardian ad litem and the CASA volunteer fill it in.',
  notFoundTitle: 'Checklist not found',
  notFoundText:
    'There is no well-being checklist here for you to see. A foster parent or a young person sees it once it is sent to the court.',
  noInstrument: 'No well-being checklist is asked for hearings before January 1, 2026.',

  // Links from the case page and the docket
  column: 'Well-being',
  checklistLink: (name: string) => `Checklist: ${name}`,
  checklistFor: (name: string, hearing: string, when: string) =>
    `Well-being checklist of ${name} for the ${hearing.toLowerCase()} on ${when}`,
  /** A link's name for screen readers: its visible words first, then which hearing. */
  linkFor: (visible: string, hearing: string, when: string) =>
    `${visible} (${hearing.toLowerCase()}, ${when})`,
  benchLink: 'Bench view',

  // The bench view
  benchTitle: (hearing: string, date: string) => `Bench view: ${hearing}, ${date}`,
  benchIntro: 'Each child of the case, concerns first, with a question you may ask about each.',
  age: (n: number) => `Age ${n}`,
  ageUnknown: 'Age not known',
  livingIn: (setting: string, provider: string | null, since: string) =>
    `Lives in: ${setting}${provider ? ` (${provider})` : ''}, since ${since}`,
  notInCare: 'Not in foster care now',
  daysInCare: (days: number, since: string) => `${plural(days, 'day', 'days')} in care (since ${since})`,
  checklistHeading: 'Well-being checklist',
  concernsHeading: (n: number) => `Concerns (${n})`,
  noConcerns: 'No concerns were flagged.',
  ask: 'Ask',
  answerLabel: 'Answer',
  unansweredHeading: (n: number) => `Not answered (${n})`,
  otherHeading: (n: number) => `Other answers (${n})`,
  notStartedBench: (date: string) =>
    `The checklist for this hearing has not been started. The answers shown are from last time (${date}).`,
  notStartedNoPrior: 'The checklist for this hearing has not been started.',
  draftBench: 'Draft: the checklist has not been sent to the court yet.',
  noChecklist: 'No well-being checklist is asked for this hearing.',
  noChildren: 'No child of this case is yours to see.',
  otherSections: 'From the case',
  notFoundBench: 'This hearing is not on a docket you may open.',

  // The trend
  trendHeading: 'Over time',
  trendTitle: (name: string) => `Well-being concerns at each hearing: ${name}`,
  trendDesc: (points: string) => `Concerns by hearing, oldest first: ${points}.`,
  trendPoint: (date: string, total: number, domains: string) =>
    `${date}, ${plural(total, 'concern', 'concerns')}${domains ? ` (${domains})` : ''}`,
  trendNone: 'No checklist has been filled in yet.',
  trendTable: 'The same as a table',
  trendHearing: 'Hearing',
  trendTotal: 'All concerns',
  trendDraft: '(draft)',
  trendLegend: 'Colors by area',
  childChecklists: 'Well-being checklists',
  concernsCount: (n: number) => plural(n, 'concern', 'concerns'),
};
