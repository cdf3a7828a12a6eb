const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of caseworker contacts (web/src/features/contacts); contacts.es.ts has exactly these keys. */
export const contactsEn = {
  // The judge's bench view
  benchTitle: 'Caseworker visits',
  benchNone: 'No children of this hearing whose visits you may see.',
  benchColumns: {
    child: 'Child',
    last: 'Last face-to-face visit',
    month: 'Seen this month',
    six: 'Last 6 months',
  },
  benchNever: 'None recorded',
  benchSeen: 'Yes',
  benchNotSeen: 'Not yet',
  benchNotDue: 'Not due',
  benchSix: (seen: number, due: number) => (due === 0 ? 'None due' : `${seen} of ${due} months due`),

  // The caseworker's home
  notSeenTitle: 'Children not yet seen this month',
  notSeenIntro:
    'A face-to-face visit is due this month for each of these children (the same list as in “What needs you”).',
  notSeenNone: 'Every child due a visit this month has been seen.',
  notSeenOverdue: 'Last month was missed too',
  recordContact: 'Record a contact',
  recordContactWith: (name: string) => `Record a contact with ${name}`,
  complianceLink: 'Monthly visit compliance',
  reviewsLink: 'Contact reviews',
  contactsLink: 'All contacts and reviews',

  // Words shared by the pages
  mode: { in_person: 'In person', video: 'Video call', phone: 'Phone call' } as Record<string, string>,
  location: { residence: 'At the child’s home', other: 'Somewhere else' } as Record<string, string>,
  faceToFace: 'Face to face',
  notFaceToFace: 'Not face to face',
  alone: (minutes: number | null) =>
    minutes === null ? 'Yes' : `Yes, ${plural(minutes, 'minute', 'minutes')}`,
  notAlone: 'No',
  noNotes: 'Visit recorded without notes',
  element: {
    purpose_stated: 'Purpose of the contact stated',
    time_alone: 'Time alone with the child',
    safety_assessed: 'Safety assessed',
    child_voice: 'The child’s own words recorded',
    case_plan_discussed: 'Case plan discussed',
    next_steps_set: 'Next steps set',
  } as Record<string, string>,
  rating: {
    met: 'Met',
    partly: 'Partly met',
    not_met: 'Not met',
    not_applicable: 'Does not apply',
  } as Record<string, string>,
  notRated: 'Not rated',
  followUp: { open: 'Open', done: 'Done', dropped: 'Dropped', overdue: 'Overdue' } as Record<string, string>,

  // A child's contacts
  listTitle: (name: string) => `Contacts with ${name}`,
  listIntro: 'Newest first. Only in-person contacts count as the monthly visit.',
  listNone: 'No contacts are recorded for this child.',
  columns: {
    date: 'Date',
    how: 'How',
    where: 'Where',
    alone: 'Time alone',
    worker: 'Worker',
    purpose: 'Purpose',
    reviews: 'Reviews',
  },
  reviewCount: (n: number) => (n === 0 ? 'Not reviewed' : plural(n, 'review', 'reviews')),

  // Recording a contact
  formTitle: (name: string) => `Record a contact with ${name}`,
  formIntro:
    'A face-to-face visit is due each full calendar month in care, most of them in the child’s home (P.L. 112-34). A video or phone call is recorded too, but it is not a visit.',
  fields: {
    date: 'Date of the contact',
    time: 'Time it started',
    mode: 'How the contact was made',
    location: 'Where',
    place: 'Where exactly',
    timeAlone: 'I had time alone with the child',
    minutesAlone: 'Minutes alone with the child',
    participants: 'Who else was there',
    purpose: 'Purpose of the contact',
    safetyObservations: 'Safety observations',
    casePlanProgress: 'Case plan progress',
    childWords: 'The child’s own words',
    nextSteps: 'Next steps',
  },
  hints: {
    time: 'On a 24-hour clock, for example 15:30.',
    place: 'For example: school, the agency office, a relative’s home.',
    participants: 'One person on each line, with their role.',
    childWords: 'What the child said, in their own words, as far as you can.',
  },
  timeInvalid: 'Enter a time on a 24-hour clock, like 15:30.',
  minutesInvalid: 'Enter whole minutes, from 0 to 1440.',
  selfTitle: 'Your own assessment',
  selfIntro: 'Rate your contact against each quality element. Your supervisor sees it beside their review.',
  submit: 'Save the contact',
  saved: 'The contact was saved.',

  // One contact and its reviews
  detailTitle: (name: string, date: string) => `Contact with ${name} on ${date}`,
  backToContacts: (name: string) => `Back to the contacts with ${name}`,
  recordedBy: (name: string) => `Worker: ${name}`,
  reviewsTitle: 'Quality reviews',
  reviewsNone: 'This contact has not been reviewed.',
  reviewedBy: (name: string, date: string) => `Reviewed by ${name} on ${date}`,
  score: (met: number, applicable: number) => `${met} of ${applicable} quality elements met`,
  strengths: 'Strengths',
  comments: 'To improve',
  actionsTitle: 'Action plan',
  actionsNone: 'No actions were set.',
  actionDue: (date: string) => `Due ${date}`,
  markDone: 'Mark as done',
  reopen: 'Open again',
  drop: 'Drop',
  actionSaved: 'The action plan was updated.',
  followUpLabel: 'Follow-up',
  qualityColumns: { element: 'Quality element', self: 'Worker’s own rating', rating: 'Supervisor’s rating' },

  // The review form
  reviewFormTitle: 'Review this contact',
  reviewFormIntro:
    'A quality contact is a purposeful interaction that reflects engagement and contributes to assessment and case planning. Rate each element; the worker’s own rating is shown beside it.',
  ratingOf: (element: string) => `Your rating: ${element}`,
  actionDescription: (n: number) => `Action ${n}`,
  actionDueDate: (n: number) => `Action ${n}: due by`,
  addAction: 'Add an action',
  submitReview: 'Save the review',
  reviewSaved: 'The review was saved.',

  // Compliance
  complianceTitle: 'Monthly visit compliance',
  complianceIntroOwn:
    'Your children in foster care: a month is due when the child was in care every day of it and under 18 on the 1st; it counts when there was a face-to-face visit.',
  complianceIntroUnit:
    'Your unit, per caseworker: a month is due when the child was in care every day of it and under 18 on the 1st; it counts when there was a face-to-face visit.',
  month: 'Month',
  show: 'Show',
  inProgress: 'This month is still in progress: children may still be seen before it ends.',
  computedAt: (time: string) =>
    `Figures as of ${time}. They are kept for up to a minute, and counted again as soon as a contact is recorded.`,
  thisMonthTitle: (month: string) => `${month}`,
  fiscalYearTitle: (from: string, to: string) => `Fiscal year to date: ${from} to ${to}`,
  complianceColumns: {
    worker: 'Caseworker',
    children: 'Children',
    due: 'Months due',
    seen: 'Months seen',
    percent: 'Seen',
    residence: 'Seen at home',
  },
  allChildren: 'All',
  noWorker: 'No caseworker assigned',
  targets: (monthly: number, residence: number) =>
    `Targets: ${monthly}% of months due with a visit; more than ${residence}% of the visited months with a visit in the child’s home.`,
  targetLine: (monthly: number) => `The line on each bar is the ${monthly}% target.`,
  meets: 'meets the target',
  misses: 'below the target',
  noFigure: 'nothing due',
  childrenTitle: 'Your children this month',
  childrenNone: 'No child on your cases was in foster care in this period.',
  status: {
    notDue: 'Not due',
    due: 'Not yet seen',
    seen: 'Seen, not at home',
    seenAtResidence: 'Seen at home',
  } as Record<string, string>,

  // The worker's reviews
  myReviewsTitle: 'Contact reviews',
  myReviewsIntro: 'Reviews of your contacts and the reviews you wrote, with their action plans.',
  myReviewsNone: 'No reviews yet.',
  reviewOf: (child: string, date: string) => `Contact with ${child} on ${date}`,
  workerName: (name: string) => `Worker: ${name}`,
};
