import type { PacedHearing, PacingEpisode, PacingFinding, PacingOrder, TprException } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/** The SQL of the permanency clocks: the facts of each child the actor may read the history of. */

/** The columns of CLOCK_FACTS_COLUMNS. */
export type ClockFactsRow = {
  episodes: PacingEpisode[];
  hearings: PacedHearing[];
  orders: PacingOrder[];
  findings: PacingFinding[];
  tpr_petitions: string[];
  tpr_exceptions: TprException[];
};

export type PacingRow = ClockFactsRow & {
  child_id: string;
  given_name: string;
  family_name: string;
  /** The episode the child is in today, and its case; null when not in foster care. */
  removal_id: string | null;
  case_id: string | null;
  petition_number: string | null;
};

/**
 * The permanency clocks' facts of child `ch` as SQL columns: all its episodes with placements, the hearings
 * (on court-local dates, `jn` the child's jurisdiction) and orders of the current episode's case (`cur`), its
 * findings, TPR petitions and documented exceptions. Also read by the court reports (reports/report.repo.ts).
 */
export const CLOCK_FACTS_COLUMNS = `(SELECT COALESCE(json_agg(json_build_object('id', r.id, 'removalDate', r.removal_date,
          'adjudicationDate', r.adjudication_date, 'dischargeDate', r.discharge_date, 'removalManner', r.removal_manner,
          'placements', COALESCE((SELECT json_agg(json_build_object('setting', pl.setting, 'startDate', pl.start_date,
             'endDate', pl.end_date) ORDER BY pl.start_date) FROM placement pl WHERE pl.removal_id = r.id), '[]'::json))
          ORDER BY r.removal_date), '[]'::json)
          FROM removal_episode r WHERE r.child_id = ch.id) AS episodes,
       (SELECT COALESCE(json_agg(json_build_object('id', h.id, 'type', h.hearing_type, 'status', h.status,
          'date', (h.scheduled_start AT TIME ZONE jn.time_zone)::date) ORDER BY h.scheduled_start), '[]'::json)
          FROM hearing h WHERE h.case_id = cur.case_id) AS hearings,
       (SELECT COALESCE(json_agg(json_build_object('id', o.id, 'type', o.order_type, 'date', o.signed_date)
          ORDER BY o.signed_date), '[]'::json)
          FROM court_order o WHERE o.case_id = cur.case_id) AS orders,
       (SELECT COALESCE(json_agg(json_build_object('type', f.finding_type, 'isMade', f.is_made, 'date', f.finding_date,
          'orderId', f.order_id) ORDER BY f.finding_date), '[]'::json)
          FROM finding f WHERE f.child_id = ch.id) AS findings,
       ARRAY(SELECT pr.event_date::text FROM parental_rights_event pr
              WHERE pr.child_id = ch.id AND pr.event = 'tpr_petition_filed' ORDER BY pr.event_date) AS tpr_petitions,
       (SELECT COALESCE(json_agg(json_build_object('removalId', x.removal_id, 'reason', x.reason,
          'documentedDate', x.documented_date, 'note', x.note) ORDER BY x.documented_date, x.recorded_at), '[]'::json)
          FROM tpr_exception x WHERE x.child_id = ch.id) AS tpr_exceptions`;

type Which = { childId: string; breakGlass: boolean } | { inCareOnly: true } | { caseId: string };

/**
 * One query for the facts of the children within the actor's `child.readHistory` scope: one child (in
 * care or not), every child in care today, or the children of one case in care today on that case. Each
 * row holds all of the child's episodes with placements, the hearings and orders of the current episode's
 * case (hearings on their court-local dates), the child's findings, TPR petitions and documented
 * exceptions. Children out of scope are never loaded.
 */
export async function loadPacingFacts(
  q: Queryable,
  actor: Actor,
  today: string,
  which: Which,
): Promise<PacingRow[]> {
  const p = new SqlParams();
  const breakGlass = 'childId' in which && which.breakGlass;
  const access = childAccess(actor, 'child.readHistory', 'ch', p, breakGlass);
  const day = p.add(today);
  let filter = '';
  let join = 'JOIN LATERAL';
  if ('childId' in which) {
    filter = `AND ch.id = ${p.add(which.childId)}`;
    join = 'LEFT JOIN LATERAL';
  } else if ('caseId' in which) filter = `AND cur.case_id = ${p.add(which.caseId)}`;
  return q.query<PacingRow>(
    `SELECT ch.id AS child_id, pe.given_name, pe.family_name, cur.id AS removal_id, cur.case_id, c.petition_number,
       ${CLOCK_FACTS_COLUMNS}
     FROM child ch JOIN person pe ON pe.id = ch.person_id JOIN jurisdiction jn ON jn.id = ch.jurisdiction_id
     ${join} (SELECT r.id, r.case_id FROM removal_episode r
         WHERE r.child_id = ch.id AND r.removal_date <= ${day} AND (r.discharge_date IS NULL OR r.discharge_date > ${day})
         ORDER BY r.removal_date DESC LIMIT 1) cur ON true
     LEFT JOIN court_case c ON c.id = cur.case_id
     WHERE ${access} ${filter}
     ORDER BY pe.family_name, pe.given_name, ch.id`,
    p.values,
  );
}

/** One removal episode of this child, or null when the id names another child's or none. */
export async function removalOfChild(
  q: Queryable,
  childId: string,
  removalId: string,
): Promise<{ id: string; removal_date: string; discharge_date: string | null } | null> {
  const [row] = await q.query<{ id: string; removal_date: string; discharge_date: string | null }>(
    `SELECT id, removal_date::text, discharge_date::text FROM removal_episode WHERE id = $1 AND child_id = $2`,
    [removalId, childId],
  );
  return row ?? null;
}

export async function insertTprException(
  q: Queryable,
  x: {
    jurisdictionId: string;
    childId: string;
    removalId: string;
    reason: string;
    documentedDate: string;
    documentedBy: string;
    note: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO tpr_exception (jurisdiction_id, child_id, removal_id, reason, documented_date, documented_by, note)
     VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [x.jurisdictionId, x.childId, x.removalId, x.reason, x.documentedDate, x.documentedBy, x.note],
  );
  return row!.id;
}
