import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/**
 * SQL for the court performance measures: a jurisdiction's cases, children's events and hearings for one
 * 12-month period, as plain rows. The measures cover the whole jurisdiction (cqi.read is held over it, which
 * the service checks), so every query is pinned to the actor's jurisdiction and nothing wider.
 * Hearing dates are court-local: `(scheduled_start AT TIME ZONE tz)::date`.
 */

export type Window = { jurisdictionId: string; timeZone: string; start: string; end: string };

export type CaseRow = { case_id: string; court_id: string; judge_id: string | null };

export type ChildEventsRow = CaseRow & {
  child_id: string;
  petition_date: string;
  removal_date: string | null;
  adjudication_finding: string | null;
  episode_adjudication: string | null;
  disposition: string | null;
  first_permanency_hearing: string | null;
  tpr_order: string | null;
  permanency: string | null;
};

export type HearingRow = {
  hearing_id: string;
  case_id: string;
  court_id: string;
  judge_id: string | null;
  date: string;
  status: string;
  deadline_date: string | null;
  continuance_reason: string | null;
  continuance_requested_by: string | null;
};

export type AttendanceRow = {
  hearing_id: string;
  attendee_role: string;
  attendance: 'in_person' | 'remote' | 'excused' | 'absent';
  represented: boolean | null;
  birth_date: string | null;
};

const day = (expr: string): string => `to_char(${expr}, 'YYYY-MM-DD')`;
const localDay = (ts: string, tz: string): string => day(`(${ts} AT TIME ZONE ${tz})::date`);

/** Cases filed by the period's end. */
export async function loadCases(q: Queryable, w: Window): Promise<CaseRow[]> {
  return q.query<CaseRow>(
    `SELECT c.id AS case_id, c.court_id, c.assigned_judge_id AS judge_id
       FROM court_case c WHERE c.jurisdiction_id = $1 AND c.filing_date <= $2`,
    [w.jurisdictionId, w.end],
  );
}

/**
 * Each child of each case filed by the period's end, with the first date of each event of the time
 * measures: the adjudication finding made for the child on the case (else the episode's adjudication
 * date), the case's first held disposition and permanency hearings, the child's first order terminating
 * a parent's rights, and a discharge to permanency from a removal of this case.
 */
export async function loadChildEvents(
  q: Queryable,
  w: Window,
  permanencyReasons: readonly string[],
): Promise<ChildEventsRow[]> {
  const firstHeld = (type: string): string =>
    `(SELECT ${localDay('min(h.scheduled_start)', '$3')} FROM hearing h
       WHERE h.case_id = c.id AND h.status = 'held' AND h.hearing_type = '${type}')`;
  return q.query<ChildEventsRow>(
    `SELECT c.id AS case_id, cc.child_id, c.court_id, c.assigned_judge_id AS judge_id,
            ${day('c.filing_date')} AS petition_date,
            (SELECT ${day('min(re.removal_date)')} FROM removal_episode re
              WHERE re.child_id = cc.child_id AND re.case_id = c.id) AS removal_date,
            (SELECT ${day('min(f.finding_date)')} FROM finding f JOIN court_order o ON o.id = f.order_id
              WHERE o.case_id = c.id AND f.child_id = cc.child_id AND f.finding_type = 'adjudication'
                AND f.is_made) AS adjudication_finding,
            (SELECT ${day('min(re.adjudication_date)')} FROM removal_episode re
              WHERE re.child_id = cc.child_id AND re.case_id = c.id) AS episode_adjudication,
            ${firstHeld('disposition')} AS disposition,
            ${firstHeld('permanency')} AS first_permanency_hearing,
            (SELECT ${day('min(pr.event_date)')} FROM parental_rights_event pr
              WHERE pr.child_id = cc.child_id AND pr.event = 'rights_terminated') AS tpr_order,
            (SELECT ${day('min(re.discharge_date)')} FROM removal_episode re
              WHERE re.child_id = cc.child_id AND re.case_id = c.id
                AND re.discharge_reason = ANY($4::text[])) AS permanency
       FROM court_case c JOIN case_child cc ON cc.case_id = c.id
      WHERE c.jurisdiction_id = $1 AND c.filing_date <= $2`,
    [w.jurisdictionId, w.end, w.timeZone, permanencyReasons],
  );
}

/** The period's first instant and the instant after its last day, on the court's clock. */
const bounds = `($3::date)::timestamp AT TIME ZONE $2 AND h.scheduled_start < ($4::date + 1)::timestamp AT TIME ZONE $2`;

/**
 * The hearings of every case with a hearing in the period, up to the period's end: those in the period
 * for the hearing measures, the earlier ones for judges per case.
 */
export async function loadHearings(q: Queryable, w: Window): Promise<HearingRow[]> {
  return q.query<HearingRow>(
    `SELECT h.id AS hearing_id, h.case_id, c.court_id, h.judge_id,
            ${localDay('h.scheduled_start', '$2')} AS date, h.status,
            ${day('h.deadline_date')} AS deadline_date, h.continuance_reason, h.continuance_requested_by
       FROM hearing h JOIN court_case c ON c.id = h.case_id
      WHERE h.jurisdiction_id = $1 AND h.scheduled_start < ($4::date + 1)::timestamp AT TIME ZONE $2
        AND h.case_id IN (SELECT h2.case_id FROM hearing h2 WHERE h2.jurisdiction_id = $1
              AND h2.scheduled_start >= ($3::date)::timestamp AT TIME ZONE $2
              AND h2.scheduled_start < ($4::date + 1)::timestamp AT TIME ZONE $2)`,
    [w.jurisdictionId, w.timeZone, w.start, w.end],
  );
}

/** Attendance recorded at the hearings held in the period. */
export async function loadAttendance(q: Queryable, w: Window): Promise<AttendanceRow[]> {
  return q.query<AttendanceRow>(
    `SELECT a.hearing_id, a.attendee_role, a.attendance, a.represented, ${day('p.birth_date')} AS birth_date
       FROM hearing_attendance a JOIN hearing h ON h.id = a.hearing_id JOIN person p ON p.id = a.person_id
      WHERE h.jurisdiction_id = $1 AND h.status = 'held' AND h.scheduled_start >= ${bounds}`,
    [w.jurisdictionId, w.timeZone, w.start, w.end],
  );
}

/** The names the groups are shown by: the jurisdiction's courts and judges. */
export async function loadLabels(
  q: Queryable,
  jurisdictionId: string,
): Promise<{ courts: { id: string; name: string }[]; judges: { id: string; name: string }[] }> {
  const courts = await q.query<{ id: string; name: string }>(
    'SELECT id, name FROM court WHERE jurisdiction_id = $1',
    [jurisdictionId],
  );
  const judges = await q.query<{ id: string; name: string }>(
    `SELECT j.id, ${JUDGE_NAME_SQL} AS name FROM judge j JOIN person jp ON jp.id = j.person_id
      WHERE j.jurisdiction_id = $1`,
    [jurisdictionId],
  );
  return { courts, judges };
}
