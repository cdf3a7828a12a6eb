import type { DutyEpisode, DutyHearing, TransitionDutyFacts } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/** The SQL of the due items: the facts of each child in foster care that the actor may read the history of. */

export type ChildDutyRow = {
  child_id: string;
  given_name: string;
  family_name: string;
  case_id: string | null;
  petition_number: string | null;
  episodes: DutyEpisode[];
  visits: string[];
  hearings: DutyHearing[];
  tpr_petition_filed: boolean;
  tpr_exception_documented: boolean;
  birth_date: string | null;
  /** The plan to adulthood's dates (server/src/transition), null when none is recorded. */
  transition_plan: TransitionDutyFacts['plan'];
};

/**
 * One query for every child in care today within the actor's `child.readHistory` scope (a caseworker's
 * assigned cases, a supervisor's unit): the child's episodes with placements, face-to-face visits since
 * `visitsSince`, the hearings of the current episode's case on their court-local dates, and whether a TPR
 * petition was filed. Children out of scope are never loaded.
 */
export async function loadChildDutyFacts(
  q: Queryable,
  actor: Actor,
  opts: { today: string; visitsSince: string },
): Promise<ChildDutyRow[]> {
  const p = new SqlParams();
  const access = childAccess(actor, 'child.readHistory', 'ch', p);
  const today = p.add(opts.today);
  const since = p.add(opts.visitsSince);
  return q.query<ChildDutyRow>(
    `SELECT ch.id AS child_id, pe.given_name, pe.family_name, cur.case_id, c.petition_number,
       (SELECT json_agg(json_build_object('removalDate', r.removal_date, 'adjudicationDate', r.adjudication_date,
          'dischargeDate', r.discharge_date,
          'placements', COALESCE((SELECT json_agg(json_build_object('setting', pl.setting, 'startDate', pl.start_date,
             'endDate', pl.end_date) ORDER BY pl.start_date) FROM placement pl WHERE pl.removal_id = r.id), '[]'::json))
          ORDER BY r.removal_date)
          FROM removal_episode r WHERE r.child_id = ch.id) AS episodes,
       ARRAY(SELECT v.visit_date::text FROM caseworker_visit v
              WHERE v.child_id = ch.id AND v.face_to_face AND v.visit_date >= ${since} ORDER BY v.visit_date) AS visits,
       (SELECT COALESCE(json_agg(json_build_object('type', h.hearing_type, 'status', h.status,
          'date', (h.scheduled_start AT TIME ZONE jn.time_zone)::date) ORDER BY h.scheduled_start), '[]'::json)
          FROM hearing h WHERE h.case_id = cur.case_id) AS hearings,
       EXISTS (SELECT 1 FROM parental_rights_event pr
                WHERE pr.child_id = ch.id AND pr.event = 'tpr_petition_filed') AS tpr_petition_filed,
       EXISTS (SELECT 1 FROM tpr_exception x
                WHERE x.child_id = ch.id AND x.removal_id = cur.id) AS tpr_exception_documented,
       pe.birth_date,
       (SELECT json_build_object('extendedCare', tp.extended_care, 'ninetyDayCompletedOn',
          tp.ninety_day_completed_on, 'creditChecks', tp.credit_checks)
          FROM transition_plan tp WHERE tp.child_id = ch.id) AS transition_plan
     FROM child ch JOIN person pe ON pe.id = ch.person_id JOIN jurisdiction jn ON jn.id = ch.jurisdiction_id
     JOIN LATERAL (SELECT r.id, r.case_id FROM removal_episode r
         WHERE r.child_id = ch.id AND r.removal_date <= ${today} AND (r.discharge_date IS NULL OR r.discharge_date > ${today})
         ORDER BY r.removal_date DESC LIMIT 1) cur ON true
     LEFT JOIN court_case c ON c.id = cur.case_id
     WHERE ${access}
     ORDER BY pe.family_name, pe.given_name, ch.id`,
    p.values,
  );
}
