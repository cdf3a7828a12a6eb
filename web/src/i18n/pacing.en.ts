import { clockKindsEn, clockStatusesEn } from '@hearth/core';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English words of pacing permanency (clocks, at-risk list, benchmark reviews); pacing.es.ts has these keys. */
export const pacingEn = {
  // The clocks panel on the child page
  clocksTitle: 'Clocks',
  clocksIntro: (today: string, soonDays: number) =>
    `The deadlines of this child’s time in foster care, as of ${today}. A deadline is “due soon” ${soonDays} days before its date.`,
  notInCare: 'The child is not in foster care today, so no clock is running.',
  clockTitle: clockKindsEn,
  status: clockStatusesEn,
  missed: 'Missed',
  rule: 'Rule:',
  unconfirmed: 'number not yet confirmed',
  dueBy: (date: string) => `Due by ${date}`,
  wasDue: (date: string) => `Was due by ${date}`,
  daysLeft: (n: number) => (n === 0 ? 'Due today' : `${plural(n, 'day', 'days')} left`),
  daysLate: (n: number) => `${plural(n, 'day', 'days')} late`,
  enteredOn: (date: string) => `Entered foster care on ${date}`,
  enteredRule: (removal: string) =>
    `The earlier of the first finding of abuse or neglect and 60 days after the removal on ${removal}.`,
  provisional: 'No adjudication yet: the date moves earlier if the court adjudicates before it.',
  daysSince: (days: number, removal: string) =>
    `${plural(days, 'day', 'days')} since the removal on ${removal}`,
  earlierEpisodes: (days: number) =>
    `${plural(days, 'day', 'days')} in foster care across all of the child’s times in care.`,
  counted: (days: number, of: number, months: string) =>
    `${days} days counted, about ${months} months (15 months is ${of} days)`,
  countRule:
    'Counted from the date entered foster care, across every time in care in the last 22 months. Trial home visits and runaway time do not count.',
  reachedOn: (date: string) => `Reached on ${date}`,
  projectedOn: (date: string) => `Will be reached on ${date} if nothing changes`,
  notReached: 'Not reached in the next 15 months as the child lives now.',
  petitionFiled: (date: string) => `TPR petition filed on ${date}.`,
  exceptionDocumented: (date: string, reason: string) => `Exception documented on ${date}: ${reason}.`,
  fileOrDocument: 'File a petition to terminate parental rights, or document an exception.',
  relativeCare: 'The child lives with a relative: the agency may document that as the exception.',
  documentException: 'Document an exception',
  madeOn: (date: string) => `Made on ${date}`,
  madeLate: (date: string) =>
    `Made on ${date}, after the deadline: the child is not eligible for title IV-E payments for this time in care.`,
  notMadeMissed: 'Not made in time: the child is not eligible for title IV-E payments for this time in care.',
  inFirstOrder: (date: string) => `In the first order, signed ${date}`,
  notInFirstOrder: (date: string) =>
    `Not in the first order (${date}): the child is not eligible for title IV-E payments for this time in care.`,
  awaitingFirstOrder: 'Due in the first court order after the removal.',
  lastMade: (date: string) => `Last made on ${date}`,
  ineligibleFrom: (date: string) => `If it is not made by then, title IV-E eligibility stops on ${date}.`,
  ivEIneligible: (date: string) =>
    `Not made: the child is not eligible for title IV-E payments from ${date} until it is made.`,
  scheduledFor: (date: string) => `Set for ${date}`,
  scheduledLate: (date: string) => `Set for ${date}, after the date it is due`,
  noEffortsFinding: 'Due within 30 days of the finding that reasonable efforts are not required.',
  thvLimit: (date: string) => `Six-month limit on ${date}`,
  thvOver: 'Past its limit: unless a court extended it, the child is considered returned home.',
  noExtensionRecorded: 'Court orders extending a trial home visit are not recorded in Hearth yet.',
  notOnThv: 'The child is not on a trial home visit.',
  voluntary: 'A voluntary placement: this finding does not apply.',

  // The 15-of-22 exception form
  exceptionTitle: (name: string) => `Document an exception for ${name}`,
  exceptionIntro:
    'When the child has been in foster care 15 of the last 22 months, the agency must file a petition to terminate parental rights unless one of these reasons applies. It is written in the case plan for the court to review.',
  exceptionReason: 'Reason',
  exceptionDate: 'Date documented in the case plan',
  exceptionNote: 'Explain the reason',
  exceptionNoteHint: 'Required for a compelling reason: the court reviews it.',
  exceptionSubmit: 'Save the exception',
  exceptionSaved: 'The exception was saved.',
  exceptionNotInCare: 'The child is not in foster care today.',
  reason: {
    relative_placement: 'The child is cared for by a relative',
    compelling_reason: 'A compelling reason that filing is not in the child’s best interests',
    services_not_provided:
      'The agency has not provided the services the case plan requires for the child’s safe return',
  } as Record<string, string>,

  // At risk of a missed deadline (home)
  atRiskTitle: 'At risk of a missed deadline',
  atRiskIntro: (soonDays: number) =>
    `Children in foster care on your cases with a deadline overdue or due in the next ${soonDays} days. Overdue first.`,
  atRiskNone: (soonDays: number) =>
    `No child on your cases has a deadline overdue or due in the next ${soonDays} days.`,
  atRiskCount: (n: number) => `${plural(n, 'child', 'children')} at risk.`,
  atRiskColumns: { child: 'Child and case', what: 'What is at risk', rule: 'Rules' },
  casePetition: (petition: string) => `case ${petition}`,

  // Benchmark reviews
  reviewsLink: 'Benchmark reviews',
  reviewsTitle: (petition: string) => `Benchmark reviews, case ${petition}`,
  reviewsIntro:
    'Short, structured reviews of each child’s progress toward a permanent home, set at fixed points of the case: before each permanency hearing, and when the child nears 15 of the last 22 months in foster care.',
  reviewsBack: (petition: string) => `Back to case ${petition}`,
  reviewsDue: 'Reviews to hold',
  reviewsNoneDue: 'No review is due for the children in foster care on this case.',
  reviewsRecorded: 'Reviews recorded',
  reviewsNoneRecorded: 'No review has been recorded yet.',
  reviewColumns: {
    child: 'Child',
    checkpoint: 'Review',
    prepares: 'Prepares for',
    due: 'Due',
    status: 'Status',
  },
  checkpoint: {
    before_permanency_hearing: 'Before the permanency hearing',
    fifteen_of_twenty_two_near: 'Nearing 15 of 22 months in foster care',
  } as Record<string, string>,
  prepares: {
    before_permanency_hearing: (date: string) => `Permanency hearing on ${date}`,
    fifteen_of_twenty_two_near: (date: string) => `15 of 22 months reached on ${date}`,
  } as Record<string, (date: string) => string>,
  reviewStatus: { recorded: 'Recorded', overdue: 'Overdue', dueSoon: 'Due soon', upcoming: 'Coming up' },
  recordReview: 'Record this review',
  recordFor: (child: string, checkpoint: string) =>
    `Record the review: ${child}, ${checkpoint.toLowerCase()}`,
  checklist: 'Checklist',
  prompt: {
    safety: 'Is the child safe where they live now?',
    case_plan_progress: 'Are the parents making progress on the case plan?',
    family_time: 'Is family time (visits with parents and siblings) happening as planned?',
    placement_stability: 'Is the placement stable, with no move expected?',
    concurrent_plan: 'Is the concurrent plan being worked on at the same time?',
    barriers: 'Have the barriers to permanency been named and addressed?',
    next_steps: 'Next steps: who does what, by when',
  } as Record<string, string>,
  answer: { met: 'Yes', partly: 'Partly', not_met: 'No', not_applicable: 'Does not apply' } as Record<
    string,
    string
  >,
  answerNote: 'Notes',
  reviewDate: 'Date of the review',
  outcomeLabel: 'Outcome',
  outcome: {
    on_track: 'On track for permanency',
    action_needed: 'Action needed',
    plan_change_recommended: 'A change of permanency plan is recommended',
  } as Record<string, string>,
  outcomeNote: 'Notes on the outcome',
  saveReview: 'Save the review',
  cancelReview: 'Cancel',
  reviewSaved: 'The review was saved.',
  reviewedOn: (date: string, who: string) => `Held on ${date}, recorded by ${who}`,
  ruleSource: (citation: string) => `Source: ${citation}.`,
};
