import type { RulePack } from '../rules/rule-pack.ts';
import type { IsoDate } from '../time/dates.ts';
import { creditReportDueDate, planApplies, transitionPlanDueDate, type CreditCheck } from './adulthood.ts';

/** What "What needs you" needs to know of a youth's plan to adulthood (core/src/duties). */
export type TransitionDutyFacts = {
  birthDate: IsoDate;
  /** null: no plan to adulthood recorded yet. */
  plan: null | {
    extendedCare: boolean;
    ninetyDayCompletedOn: IsoDate | null;
    creditChecks: readonly CreditCheck[];
  };
};

export type TransitionDuty = {
  kind: 'transitionPlan' | 'creditReport';
  dueDate: IsoDate;
  citation: string;
  unconfirmed: boolean;
};

/**
 * The transition items of a youth in care: the 90-day transition plan until it is marked complete (SSA
 * §475(5)(H)), and the yearly free credit report from 14 (SSA §475(5)(I), P.L. 113-183). The caller
 * keeps only those inside its window. The credit report is listed once a plan to adulthood is recorded,
 * since its checks are kept there: a caseload of youth without plans would otherwise read as a wall of
 * overdue reports before anyone could record one.
 */
export function transitionDuties(
  facts: TransitionDutyFacts,
  removalDate: IsoDate,
  today: IsoDate,
  pack: RulePack,
): TransitionDuty[] {
  if (!planApplies(facts.birthDate, today, pack)) return [];
  const t = pack.transition;
  const extended = facts.plan?.extendedCare ?? false;
  const out: TransitionDuty[] = [];
  if (!facts.plan?.ninetyDayCompletedOn)
    out.push({
      kind: 'transitionPlan',
      dueDate: transitionPlanDueDate(facts.birthDate, pack, extended),
      citation: t.planDueDaysBeforeExit.citation,
      unconfirmed: !!(extended && t.extendedCareAge?.unconfirmed),
    });
  if (facts.plan)
    out.push({
      kind: 'creditReport',
      dueDate: creditReportDueDate(facts.birthDate, removalDate, facts.plan.creditChecks, pack),
      citation: t.creditReportIntervalMonths.citation,
      unconfirmed: !!t.creditReportIntervalMonths.unconfirmed,
    });
  return out;
}
