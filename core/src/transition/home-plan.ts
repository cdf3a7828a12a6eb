import type { RulePack } from '../rules/rule-pack.ts';
import type { IsoDate } from '../time/dates.ts';

/**
 * The transition home plan: the reunification plan "for transitioning the child home" the court adopts
 * (NMSA 1978 §32A-4-25.1(C); domain-rules §5.2: visitation step-up, services, safety planning), required
 * before a trial home visit begins. Not the plan to adulthood (domain-rules §7.4: do not conflate).
 */

/** The steps of family time on the way home, in the order they are taken. */
export const VISIT_STEPS = ['supervised', 'unsupervised', 'overnight', 'trial_home_visit'] as const;
export type VisitStep = (typeof VISIT_STEPS)[number];
export type VisitStage = { step: VisitStep; startDate: IsoDate; endDate: IsoDate | null };

export const HOME_PLAN_STATUSES = ['draft', 'completed'] as const;
export type HomePlanState = (typeof HOME_PLAN_STATUSES)[number];

export type HomePlanContent = {
  services: readonly { name: string }[];
  safetyPlan: string;
  visits: readonly VisitStage[];
  aftercare: readonly { name: string }[];
};

/**
 * Problems with the visit progression: each stage starts no earlier than the one before and never steps
 * back down the ladder (supervised → unsupervised → overnight → trial home visit); a step may be skipped
 * when the court allows it. A stage ends no earlier than it starts. A setback is written as a new plan.
 */
export function visitProgressionProblems(visits: readonly VisitStage[]): string[] {
  const problems: string[] = [];
  visits.forEach((v, i) => {
    if (v.endDate && v.endDate < v.startDate) problems.push(`visits.${i}: ends before it starts`);
    const prev = visits[i - 1];
    if (!prev) return;
    if (VISIT_STEPS.indexOf(v.step) < VISIT_STEPS.indexOf(prev.step))
      problems.push(`visits.${i}: ${v.step} cannot follow ${prev.step}`);
    else if (v.step === prev.step) problems.push(`visits.${i}: ${v.step} is listed twice`);
    if (v.startDate < prev.startDate) problems.push(`visits.${i}: starts before the step before it`);
  });
  return problems;
}

/** What a plan needs before it is complete: services, a safety plan, the visit steps and aftercare. */
export function homePlanCompletionProblems(plan: HomePlanContent): string[] {
  const problems: string[] = [];
  if (plan.services.length === 0) problems.push('services: name at least one service');
  if (plan.safetyPlan.trim() === '') problems.push('safetyPlan: write the safety plan');
  if (plan.visits.length === 0) problems.push('visits: give the steps of family time');
  if (plan.aftercare.length === 0) problems.push('aftercare: name the support after the child is home');
  return [...problems, ...visitProgressionProblems(plan.visits)];
}

/**
 * Whether a trial home visit may begin: yes with a completed transition home plan; without one, the rule
 * pack says `refuse` (New Mexico, §32A-4-25.1(C)) or `warn`. A court order allowing the visit overrides a
 * refusal: the court may send a child home on trial before the agency's plan is done, and the order is the
 * record of that choice (the placement is then recorded with the order named, and the audit says so).
 */
export function trialHomeVisitGuard(
  plan: { status: HomePlanState } | null,
  hasCourtOrder: boolean,
  pack: RulePack,
): 'allow' | 'allow_by_order' | 'warn' | 'refuse' {
  if (plan?.status === 'completed') return 'allow';
  if (hasCourtOrder) return 'allow_by_order';
  return pack.transition.homePlanBeforeTrialHomeVisit.value === 'refuse' ? 'refuse' : 'warn';
}
