import { reportRecipientsEn } from '@hearth/core';

/** English words of court reports (the panel on the case page, the CASA's report form); reports.es.ts has the same keys. */
export const reportsEn = {
  title: 'Court reports',
  intro:
    'Make a copy of a hearing’s report for one person in the case. Each copy leaves out what that person may not see, and says so on its first page. Every copy you make is recorded.',
  hearing: 'Hearing',
  recipient: 'Copy for',
  language: 'Language of the copy',
  languageRecipient: 'The language of the person it is for',
  languageEn: 'English',
  languageEs: 'Spanish',
  noHearings: 'This case has no hearing to report on yet.',
  agency: 'The agency’s report',
  casa: 'The CASA volunteer’s report',
  docx: (what: string) => `${what}, as a Word document (DOCX)`,
  pdf: (what: string) => `${what}, as a PDF to print`,
  downloadsFor: (who: string) => `Download the copy for: ${who}`,
  writeCasa: 'Write the CASA report for this hearing',
  readCasa: 'Read the CASA volunteer’s report for this hearing',
  recipients: reportRecipientsEn,
  narrativeTitle: 'CASA volunteer’s report',
  backToCase: (petition: string) => `Back to case ${petition}`,
  narrativeIntro:
    'Write what you saw, what the child wants and what you recommend. Save a draft as often as you like, and submit it when it is ready for the court. The rest of the report (the child’s home, plan, school and well-being) comes from the records.',
  observations: 'What you observed',
  observationsHint: 'Visits, school, health, how the child is doing. Leave a blank line between paragraphs.',
  childWishes: 'What the child wants',
  childWishesHint: 'In the child’s own words where you can.',
  recommendations: 'Your recommendations to the court',
  saveDraft: 'Save draft',
  submit: 'Submit to the court',
  saving: 'Saving…',
  saved: 'Saved.',
  status: {
    none: 'Not started yet.',
    draft: 'Draft: not yet submitted to the court.',
    submitted: 'Submitted to the court.',
    approved: 'Approved.',
  },
  lastSaved: (who: string, when: string) => `Last saved by ${who}, ${when}.`,
  stale:
    'Someone else saved this report while you were writing. This is their version: add your changes again.',
  readOnly: 'Only the CASA volunteer writes this report.',
  empty: 'Nothing written yet.',
  notFoundTitle: 'Report not found',
  notFoundText: 'There is no report at this address, or it is not yours to see.',
};
