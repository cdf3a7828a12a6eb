import {
  exitDate,
  exitDocumentsRequired,
  missingExitDocuments,
  planApplies,
  rulePackById,
  transitionPlanDueDate,
  transitionPlanStatus,
  type ExitDocument,
  type ExitDocumentKind,
  type IsoDate,
  type PlanStatus,
} from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/** How the plan to adulthood (the 90-day transition plan, SSA §475(5)(H)) stands on a day. */
export type TransitionPlanStatus = PlanStatus;

/** How a child's transition home plan stands (NMSA 1978 §32A-4-25.1(C); required before a trial home visit). */
export type HomePlanStatus = 'none' | 'draft' | 'completed';

/** One child's transition summary for the judge's bench view. */
export type BenchTransitionChild = {
  childId: string;
  givenName: string;
  familyName: string;
  /** null when the viewer may not read it, or the child is under 14 (or has no date of birth). */
  adulthood: null | {
    /** A plan to adulthood is recorded (the status is computed from the birthday either way). */
    hasPlan: boolean;
    status: TransitionPlanStatus;
    /** 90 days before the exit age (18, or the extended-care age for a youth who stays in care). */
    dueDate: IsoDate;
    /** Exit documents (SSA §475(5)(I)) not yet in the youth's hands; empty when not required. */
    missingExitDocuments: ExitDocumentKind[];
    exitDocumentsRequired: boolean;
  };
  /** null when the viewer may not read the child's history; otherwise the current episode's plan. */
  homePlan: null | { status: HomePlanStatus; updatedAt: string | null };
};

export type BenchTransition = { children: BenchTransitionChild[] };

type Row = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  may_plan: boolean;
  may_history: boolean;
  removal_date: string | null;
  has_plan: boolean;
  extended_care: boolean | null;
  ninety_day_completed_on: string | null;
  exit_documents: ExitDocument[] | null;
  home_status: 'draft' | 'completed' | null;
  home_updated_at: Date | null;
};

/**
 * The transition summary of the children of a hearing, for the judge's bench view (owned by the
 * well-being slice). One query: only the children the actor may read (`transition.read` for the plan to
 * adulthood, `child.readHistory` for the home plan, as SQL predicates); children out of scope are left
 * out. The health class is never loaded. The caller records the bench view's audit row, naming the
 * children, so this adds none.
 * @param today - the court's date (the caller reads its clock)
 */
export async function transitionSummary(
  tx: Queryable,
  actor: Actor,
  childIds: string[],
  today: IsoDate,
): Promise<BenchTransition> {
  if (childIds.length === 0) return { children: [] };
  const [j] = await tx.query<{ rule_pack_id: string }>(
    'SELECT rule_pack_id FROM jurisdiction WHERE id = $1',
    [actor.jurisdictionId],
  );
  const pack = rulePackById(j?.rule_pack_id ?? 'us-federal-2022');
  const p = new SqlParams();
  const ids = p.add(childIds);
  const day = p.add(today);
  const plan = childAccess(actor, 'transition.read', 'ch', p);
  const history = childAccess(actor, 'child.readHistory', 'ch', p);
  const rows = await tx.query<Row>(
    `SELECT ch.id, pe.given_name, pe.family_name, pe.birth_date, (${plan}) AS may_plan, (${history}) AS may_history, cur.removal_date,
            tp.id IS NOT NULL AS has_plan, tp.extended_care, tp.ninety_day_completed_on, tp.exit_documents,
            hp.status AS home_status, hp.updated_at AS home_updated_at
       FROM child ch JOIN person pe ON pe.id = ch.person_id
       LEFT JOIN LATERAL (SELECT r.id, r.removal_date FROM removal_episode r
          WHERE r.child_id = ch.id AND r.removal_date <= ${day}
            AND (r.discharge_date IS NULL OR r.discharge_date > ${day})
          ORDER BY r.removal_date DESC LIMIT 1) cur ON true
       LEFT JOIN transition_plan tp ON tp.child_id = ch.id
       LEFT JOIN transition_home_plan hp ON hp.removal_id = cur.id
      WHERE ch.id = ANY(${ids}::uuid[])`,
    p.values,
  );
  const byId = new Map(rows.filter((r) => r.may_plan || r.may_history).map((r) => [r.id, r]));
  return {
    children: childIds.flatMap((id) => {
      const r = byId.get(id);
      return r ? [summaryOf(r, today, pack)] : [];
    }),
  };
}

function summaryOf(r: Row, today: IsoDate, pack: ReturnType<typeof rulePackById>): BenchTransitionChild {
  let adulthood: BenchTransitionChild['adulthood'] = null;
  if (r.may_plan && r.birth_date && planApplies(r.birth_date, today, pack)) {
    const extended = r.extended_care ?? false;
    const required = exitDocumentsRequired(r.removal_date, exitDate(r.birth_date, pack, extended), pack);
    const dueDate = transitionPlanDueDate(r.birth_date, pack, extended);
    adulthood = {
      hasPlan: r.has_plan,
      status: transitionPlanStatus(dueDate, r.ninety_day_completed_on, today, pack),
      dueDate,
      missingExitDocuments: required ? missingExitDocuments(r.exit_documents ?? []) : [],
      exitDocumentsRequired: required,
    };
  }
  const homePlan: BenchTransitionChild['homePlan'] = r.may_history
    ? {
        status: r.home_status ?? 'none',
        updatedAt: r.home_updated_at ? new Date(r.home_updated_at).toISOString() : null,
      }
    : null;
  return { childId: r.id, givenName: r.given_name, familyName: r.family_name, adulthood, homePlan };
}
