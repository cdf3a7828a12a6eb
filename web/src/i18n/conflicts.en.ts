import type { CONTINUANCE_REASONS, CONTINUANCE_REQUESTERS } from '@hearth/core';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of moving and continuing hearings and of calendar conflicts; conflicts.es.ts has exactly these keys. */
export const conflictsEn = {
  // On the case page's hearings
  change: 'Change',
  move: 'Move',
  continue: 'Continue',
  moveLabel: (hearing: string, when: string) => `Move the ${hearing} of ${when}`,
  continueLabel: (hearing: string, when: string) => `Continue the ${hearing} of ${when}`,

  // The hearing being changed
  notScheduledTitle: 'This hearing cannot be changed',
  notScheduledText: 'Only a hearing that is still scheduled can be moved or continued.',
  hearingNotFoundTitle: 'Hearing not found',
  hearingNotFoundText: 'This hearing was not found, or it is not yours to see.',
  setFor: 'Set for',
  courtroom: 'Courtroom',
  noCourtroom: 'Not decided yet',
  deadline: 'Deadline set by law',
  noDeadline: 'None recorded',
  deadlineNote:
    'A continuance does not move this deadline unless the court orders an extension. A later date is shown as past the deadline.',

  // Continue a hearing
  continueTitle: (hearing: string) => `Continue the ${hearing}`,
  continueIntro:
    'The hearing is marked as continued, with who asked and why, and a new hearing of the same kind is set.',
  requestedBy: 'Who asked for the continuance',
  reason: 'Why',
  note: 'Note',
  noteHint: 'Anything the record should say about this continuance. Do not write children’s names here.',
  newTime: 'New date and start time',
  newTimeHint:
    'In Mountain Time (Albuquerque). Leave both empty to take the first time that is free for the judge, the courtroom and everyone on the case.',
  date: 'Date',
  time: 'Start time',
  length: 'Length',
  inThePast: 'This time has already passed. Choose a later one.',
  minutes: (n: number) => (n < 60 ? `${n} minutes` : n === 60 ? '1 hour' : `${n / 60} hours`),
  continueSubmit: 'Continue the hearing',
  continued: (when: string) => `The hearing was continued. The new hearing is on ${when}.`,
  continuedLate: (when: string, days: number) =>
    `The hearing was continued. The new hearing is on ${when}, ${plural(days, 'day', 'days')} after the deadline.`,

  // Move a hearing
  moveTitle: (hearing: string) => `Move the ${hearing}`,
  moveIntro: 'Set a new date, time or courtroom. The hearing keeps its place on the case.',
  moveSubmit: 'Move the hearing',
  moved: (when: string) => `The hearing was moved to ${when}.`,
  courtroomHint: 'Leave empty if it is not decided yet.',

  // Who asked, and why (coded for the court's continuance measures)
  requester: {
    agency: 'The department (CYFD)',
    parent: 'A parent or their attorney',
    child: 'The child or their attorney or guardian ad litem',
    court: 'The court',
    tribe: 'The tribe',
    other: 'Someone else',
  } satisfies Record<(typeof CONTINUANCE_REQUESTERS)[number], string>,
  reasons: {
    party_not_served: 'A party was not served',
    party_absent: 'A party did not come',
    attorney_unavailable: 'An attorney was not available',
    report_not_filed: 'A report was not filed in time',
    icwa_notice_pending: 'ICWA notice to the tribe is still pending',
    interpreter_unavailable: 'No interpreter was available',
    court_calendar: 'The court’s calendar was full',
    discovery: 'Discovery is not finished',
    other: 'Another reason',
  } satisfies Record<(typeof CONTINUANCE_REASONS)[number], string>,

  // The conflicts and the free times offered instead
  conflictsTitle: 'That time is already taken',
  conflictsIntro: (n: number) =>
    n === 1 ? 'One person or room is already booked then:' : `${n} people or rooms are already booked then:`,
  judgeBusy: (name: string) => `${name} has another hearing`,
  courtroomBusy: (name: string) => `${name} is in use`,
  professionalBusy: (role: string, name: string) => `${role} ${name} is in another hearing`,
  interpreterBusy: (language: string, n: number) =>
    n === 1
      ? `The ${language} interpreter is in another hearing`
      : `All ${n} ${language} interpreters are in other hearings`,
  otherHearing: (hearing: string, when: string, petition: string) => `${hearing}, ${when}, case ${petition}`,
  offersTitle: 'Free times',
  offersIntro: 'These times are free for the judge, the courtroom and everyone on the case. Choose one:',
  offersMeetDeadline: (date: string) => `Each is on or before the deadline, ${date}.`,
  offersMissDeadline: (date: string) =>
    `No time is free on or before the deadline, ${date}. These are the first free times after it.`,
  noOffers: 'No free time was found. Choose another day.',
  pick: (when: string) => `Use ${when}`,
  acceptTitle: 'Set it at this time anyway',
  acceptIntro:
    'A judge may knowingly set two hearings at once. Say why; the reason is kept in the audit log.',
  acceptReason: 'Reason',
  acceptSubmit: 'Set it anyway',
  acceptTooShort: 'Write the reason in at least 10 characters.',
};
