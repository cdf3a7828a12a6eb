/**
 * Quality of caseworker contacts (domain-rules §3.2): "purposeful interactions that reflect engagement and
 * contribute to assessment and case planning". A supervisor rates a contact against the rule pack's
 * quality elements, beside the worker's own self-assessment, and sets an action plan with due dates.
 */
import type { ContactRules } from '../rules/contact-rules.ts';
import type { IsoDate } from '../time/dates.ts';

export const QUALITY_RATINGS = ['met', 'partly', 'not_met', 'not_applicable'] as const;
export type QualityRating = (typeof QUALITY_RATINGS)[number];

/** One rating per quality element code. */
export type QualityRatings = Record<string, QualityRating>;

export const ACTION_STATUSES = ['open', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** How an action of a plan reads today: still open and past its due date is overdue. */
export type ActionFollowUp = ActionStatus | 'overdue';

export const CONTACT_MODES = ['in_person', 'video', 'phone'] as const;
/** How the contact was made: only in person is face to face (a video call is not, P.L. 109-288). */
export type ContactMode = (typeof CONTACT_MODES)[number];

/** Whether a contact made this way counts as a face-to-face visit (domain-rules §3.1). */
export const isFaceToFace = (mode: ContactMode): boolean => mode === 'in_person';

/**
 * The problems of a set of ratings, each naming the element: an element of the rule pack left unrated, or
 * an element the rule pack does not have. Empty when every element has exactly one rating.
 * @param ratings - the ratings given, by element code
 * @param rules - the jurisdiction's quality elements
 */
export function ratingProblems(
  ratings: Readonly<Record<string, string>>,
  rules: ContactRules,
): { element: string; problem: 'missing' | 'unknown' | 'invalid' }[] {
  const elements = rules.qualityElements.value;
  const out: { element: string; problem: 'missing' | 'unknown' | 'invalid' }[] = [];
  for (const e of elements) if (!(e in ratings)) out.push({ element: e, problem: 'missing' });
  for (const [e, r] of Object.entries(ratings)) {
    if (!elements.includes(e)) out.push({ element: e, problem: 'unknown' });
    else if (!(QUALITY_RATINGS as readonly string[]).includes(r))
      out.push({ element: e, problem: 'invalid' });
  }
  return out;
}

/**
 * Elements met, of the elements that apply (not_applicable leaves the count), with partly counted as half:
 * a summary beside the ratings, never a replacement for them.
 */
export function qualityScore(ratings: QualityRatings): { met: number; applicable: number } {
  let met = 0;
  let applicable = 0;
  for (const r of Object.values(ratings)) {
    if (r === 'not_applicable') continue;
    applicable += 1;
    if (r === 'met') met += 1;
    else if (r === 'partly') met += 0.5;
  }
  return { met, applicable };
}

/**
 * Where an action of the plan stands today: done and dropped stay so; open past its due date is overdue.
 * @param status - the recorded follow-up status
 * @param dueDate - the date the action is due
 * @param today - the agency's date today
 */
export function actionFollowUp(status: ActionStatus, dueDate: IsoDate, today: IsoDate): ActionFollowUp {
  return status === 'open' && dueDate < today ? 'overdue' : status;
}
