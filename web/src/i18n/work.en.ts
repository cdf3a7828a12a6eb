const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of the work pages; work.es.ts has exactly these keys. */
export const workEn = {
  title: 'Work',

  // The case timeline
  caseTimeline: 'Timeline',
  caseTimelineIntro:
    'Each child’s time in foster care and placements, with the case’s hearings and orders, oldest on the left.',
  caseTimelineSummary: (
    children: number,
    removals: number,
    placements: number,
    heard: number,
    upcoming: number,
    orders: number,
  ) =>
    `Timeline of the case: ${plural(children, 'child', 'children')}, ${plural(removals, 'removal', 'removals')}, ${plural(placements, 'placement', 'placements')}, ${plural(heard, 'past hearing', 'past hearings')}, ${plural(upcoming, 'upcoming hearing', 'upcoming hearings')}, ${plural(orders, 'order', 'orders')}.`,
  historyWithheld:
    'Removals and placements are shown only to those who may see the children’s history. Hearings and orders are shown to you.',
  timelineNoRemoval: (name: string) => `${name}: no removal on this case`,
  legendOrder: 'Order signed',
  legendPastHearing: 'Hearing held or continued',
  eventHearing: (type: string, when: string, status: string) => `${type}, ${when} (${status})`,
  upcoming: 'upcoming',

  // What needs you (due items)
  dueTitle: 'What needs you',
  dueNone: 'Nothing is due for the children in foster care on your cases in the next 60 days.',
  dueCounts: (overdue: number, soon: number, upcoming: number) =>
    `${overdue} overdue, ${soon} due soon, ${upcoming} coming up. Overdue items are first.`,
  dueStatus: { overdue: 'Overdue', dueSoon: 'Due soon', upcoming: 'Coming up' },
  dueKind: {
    caseworkerVisit: 'Monthly caseworker visit',
    permanencyHearing: 'Permanency hearing: ask the court to set one',
    trialHomeVisit: 'Trial home visit reaches its six-month limit',
    fifteenOfTwentyTwo: '15 of the last 22 months in foster care: decide on a TPR petition',
    courtReport: (hearing: string) => `Court report for the ${hearing.toLowerCase()}`,
    transitionPlan: '90-day transition plan with the youth, before they leave care',
    creditReport: 'Yearly free credit report for the youth',
  },
  duePetition: (petition: string) => `case ${petition}`,
  dueBy: (date: string) => `Due by ${date}`,
  wasDue: (date: string) => `Was due by ${date}`,
  unconfirmed: 'number not yet confirmed',
  dueColumns: { status: 'Status', what: 'What to do', child: 'Child and case', due: 'Due', rule: 'Rule' },

  // The people on a young person's case
  peopleTitle: 'The people on your case',
  peopleIntro: 'These are the people working on your case.',
  peopleNone: 'No one is listed on your case yet. Ask your caseworker.',
  peopleHelp:
    'If you have a question about your case or your hearing, you can ask your caseworker or your attorney.',
  peopleRole: {
    judge: 'Judge',
    caseworker: 'Your caseworker',
    guardian_ad_litem: 'Your guardian ad litem',
    youth_attorney: 'Your attorney',
    casa_volunteer: 'Your CASA volunteer',
  },
  peopleWhat: {
    judge: 'Decides what happens in your case at each hearing.',
    caseworker: 'Works with you and your family and makes sure you are safe and cared for.',
    guardian_ad_litem: 'A lawyer who tells the judge what is best for you.',
    youth_attorney: 'Your lawyer. Tells the judge what you want.',
    casa_volunteer: 'A volunteer who gets to know you and tells the judge how you are doing.',
  },
  phone: 'Phone:',
  email: 'Email:',

  // Break the glass
  glassOffer: 'Open it anyway (break the glass)',
  glassOfferSensitive: 'Show it anyway (break the glass)',
  glassTitle: 'Why do you need to open it?',
  glassWarning:
    'Breaking the glass opens a record that is not on your cases. Your name, the time and your reason are recorded, and the access is reviewed. Do it only when your work needs it.',
  glassReason: 'Reason',
  glassHint: (n: number) => `At least ${n} characters.`,
  glassTooShort: (n: number) => `Write your reason in at least ${n} characters.`,
  glassSubmit: 'Open the record',
  glassSubmitSensitive: 'Show the protected information',
  glassCancel: 'Cancel',
  glassBannerTitle: 'Opened by breaking the glass',
  glassBannerText: 'You opened this by breaking the glass. The access is recorded and reviewed.',
  glassBannerReason: 'Your reason:',
  glassStillNotFound: 'Even by breaking the glass, nothing was found at this address.',
};
