import type { Actor } from '../access/actor.ts';
import { caseAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { CASE_COLUMNS, CASE_JOINS, type CaseRow } from './case.repo.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/** The case page's SQL: the case and everything below it in one scoped query. */

export type ParticipantRow = {
  id: string;
  case_role: string;
  is_party: boolean;
  name: string;
  child_id: string | null;
  start_date: string;
  end_date: string | null;
};

export type HearingRow = {
  id: string;
  hearing_type: string;
  scheduled_start: string;
  scheduled_end: string;
  status: string;
  result: string | null;
  continuance_reason: string | null;
  judge_name: string | null;
  courtroom: string | null;
};

export type OrderRow = {
  id: string;
  order_type: string;
  signed_date: string;
  hearing_id: string | null;
  findings: { childId: string; type: string; isMade: boolean; date: string; detail: string | null }[];
};

/** A removal episode of this case with its placements, as JSON (dates are `YYYY-MM-DD`). */
export type CaseRemovalRow = {
  id: string;
  removalDate: string;
  adjudicationDate: string | null;
  dischargeDate: string | null;
  dischargeReason: string | null;
  placements: { id: string; setting: string; startDate: string; endDate: string | null }[];
};

export type CaseChildRow = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  /** Null when the reader may not see the child's history (child.readHistory) on this case. */
  removals: CaseRemovalRow[] | null;
  /** The permanency plans of this case's episodes; null like `removals`. */
  plans: CasePlanRow[] | null;
};

export type CasePlanRow = {
  id: string;
  planKind: string;
  goal: string;
  establishedDate: string;
  endedDate: string | null;
};

export type CasePage = {
  children: CaseChildRow[];
  participants: ParticipantRow[];
  hearings: HearingRow[];
  orders: OrderRow[];
};

/**
 * The columns of a case page below the case itself, as JSON, for the `court_case` row aliased `c`.
 * `history` is the predicate under which the children's removals and placements are read at all.
 */
const casePageColumns = (history: string): string => `
       (SELECT COALESCE(json_agg(x ORDER BY x.birth_date, x.given_name), '[]'::json) FROM (
          SELECT ch.id, p.given_name, p.family_name, p.birth_date,
                 CASE WHEN ${history} THEN COALESCE((SELECT json_agg(json_build_object('id', r.id,
                   'removalDate', r.removal_date, 'adjudicationDate', r.adjudication_date,
                   'dischargeDate', r.discharge_date, 'dischargeReason', r.discharge_reason,
                   'placements', COALESCE((SELECT json_agg(json_build_object('id', pl.id, 'setting', pl.setting,
                      'startDate', pl.start_date, 'endDate', pl.end_date) ORDER BY pl.start_date, pl.recorded_at)
                      FROM placement pl WHERE pl.removal_id = r.id), '[]'::json)) ORDER BY r.removal_date)
                   FROM removal_episode r WHERE r.child_id = ch.id AND r.case_id = c.id), '[]'::json) END AS removals,
                 CASE WHEN ${history} THEN COALESCE((SELECT json_agg(json_build_object('id', pp.id,
                   'planKind', pp.plan_kind, 'goal', pp.goal, 'establishedDate', pp.established_date,
                   'endedDate', pp.ended_date) ORDER BY pp.established_date, pp.plan_kind)
                   FROM permanency_plan pp JOIN removal_episode r ON r.id = pp.removal_id
                   WHERE pp.child_id = ch.id AND r.case_id = c.id), '[]'::json) END AS plans
            FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id
           WHERE cc.case_id = c.id) x) AS children,
       (SELECT COALESCE(json_agg(x ORDER BY x.end_date NULLS FIRST, x.case_role, x.name), '[]'::json) FROM (
          SELECT cp.id, cp.case_role, cp.is_party, p.given_name || ' ' || p.family_name AS name, cp.child_id,
                 cp.start_date, cp.end_date
            FROM case_participant cp JOIN person p ON p.id = cp.person_id WHERE cp.case_id = c.id) x) AS participants,
       (SELECT COALESCE(json_agg(x ORDER BY x.scheduled_start), '[]'::json) FROM (
          SELECT h.id, h.hearing_type, h.scheduled_start, h.scheduled_end, h.status, h.result, h.continuance_reason,
                 ${JUDGE_NAME_SQL} AS judge_name,
                 cr.name AS courtroom
            FROM hearing h LEFT JOIN judge j ON j.id = h.judge_id LEFT JOIN person jp ON jp.id = j.person_id
            LEFT JOIN courtroom cr ON cr.id = h.courtroom_id WHERE h.case_id = c.id) x) AS hearings,
       (SELECT COALESCE(json_agg(x ORDER BY x.signed_date, x.recorded_at), '[]'::json) FROM (
          SELECT o.id, o.order_type, o.signed_date, o.hearing_id, o.recorded_at,
                 COALESCE((SELECT json_agg(json_build_object('childId', f.child_id, 'type', f.finding_type,
                   'isMade', f.is_made, 'date', f.finding_date, 'detail', f.detail) ORDER BY f.finding_type)
                   FROM finding f WHERE f.order_id = o.id), '[]'::json) AS findings
            FROM court_order o WHERE o.case_id = c.id) x) AS orders`;

/**
 * A case page in one round trip: the case, scoped to the actor, with its children, participants,
 * hearings, and orders with their findings. Each child carries the removals and placements of this case
 * only when the actor also holds `child.readHistory` on the case (a clerk reads the case, not the
 * children's history). Out of scope → null, like a missing case.
 */
export async function findCasePage(
  q: Queryable,
  actor: Actor,
  caseId: string,
  opts: { breakGlass?: boolean } = {},
): Promise<(CaseRow & CasePage) | null> {
  const p = new SqlParams();
  const id = p.add(caseId);
  const access = caseAccess(actor, 'case.read', 'c', p, opts.breakGlass);
  // Breaking the glass opens the whole record, history included, as on the child page.
  const history = caseAccess(actor, 'child.readHistory', 'c', p, opts.breakGlass);
  const [row] = await q.query<CaseRow & CasePage>(
    `SELECT ${CASE_COLUMNS}, ${casePageColumns(history)} ${CASE_JOINS} WHERE c.id = ${id} AND ${access}`,
    p.values,
  );
  return row ?? null;
}
