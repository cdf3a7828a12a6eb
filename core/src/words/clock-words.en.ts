import type { ClockKind, ClockStatus } from '../pacing/clocks.ts';

/**
 * The pacing clocks' names and states in English: one copy for the clocks panel and at-risk list (web) and
 * the court report's "Deadlines and time in care" table (server).
 */
export const clockKindsEn: Record<ClockKind, string> = {
  enteredFosterCare: 'Date entered foster care',
  daysInCare: 'Days in foster care',
  fifteenOfTwentyTwo: '15 of the last 22 months in foster care',
  reasonableEffortsPrevent: 'Finding: reasonable efforts to prevent removal',
  contraryToWelfare: 'Finding: staying home is contrary to the child’s welfare',
  reasonableEffortsFinalize: 'Finding: reasonable efforts to finalize the permanency plan',
  periodicReview: 'Periodic review hearing',
  permanencyHearing: 'Permanency hearing',
  trialHomeVisit: 'Trial home visit',
};

export const clockStatusesEn: Record<ClockStatus, string> = {
  ok: 'On track',
  dueSoon: 'Due soon',
  overdue: 'Overdue',
  notApplicable: 'Does not apply',
};
