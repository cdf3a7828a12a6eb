import type { Actor } from '../access/actor.ts';
import { caseAccess, childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

export type SummaryRow = {
  as_of: string;
  open_cases: number;
  children_in_care: number;
  removals_this_year: number;
  hearings_this_month: number;
};

/**
 * The four counts of the Data page in one statement, each through the scope predicate of `cqi.read`, so a
 * role that holds it over less than the jurisdiction would count less. "Today", the year and the month are
 * the jurisdiction's own (its time zone), not the server's.
 */
export async function loadSummary(q: Queryable, actor: Actor, now: Date): Promise<SummaryRow> {
  const p = new SqlParams();
  const day = `(SELECT (${p.add(now)}::timestamptz AT TIME ZONE j.time_zone)::date AS today, j.time_zone AS tz
                  FROM jurisdiction j WHERE j.id = ${p.add(actor.jurisdictionId)})`;
  const openCases = caseAccess(actor, 'cqi.read', 'c', p);
  const inCare = childAccess(actor, 'cqi.read', 'ch', p);
  const removed = childAccess(actor, 'cqi.read', 'rc', p);
  const heard = caseAccess(actor, 'cqi.read', 'hc', p);
  const [row] = await q.query<SummaryRow>(
    `SELECT to_char(d.today, 'YYYY-MM-DD') AS as_of,
       (SELECT count(*)::int FROM court_case c WHERE c.status = 'open' AND ${openCases}) AS open_cases,
       (SELECT count(*)::int FROM child ch WHERE ${inCare}
           AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = ch.id AND r.removal_date <= d.today
                         AND (r.discharge_date IS NULL OR r.discharge_date > d.today))) AS children_in_care,
       (SELECT count(*)::int FROM removal_episode r JOIN child rc ON rc.id = r.child_id
         WHERE ${removed} AND r.removal_date >= date_trunc('year', d.today::timestamp)::date
           AND r.removal_date <= d.today) AS removals_this_year,
       (SELECT count(*)::int FROM hearing h JOIN court_case hc ON hc.id = h.case_id
         WHERE ${heard} AND h.status NOT IN ('vacated', 'cancelled')
           AND (h.scheduled_start AT TIME ZONE d.tz) >= date_trunc('month', d.today::timestamp)
           AND (h.scheduled_start AT TIME ZONE d.tz) < date_trunc('month', d.today::timestamp) + interval '1 month'
       ) AS hearings_this_month
     FROM ${day} d`,
    p.values,
  );
  return row!;
}
