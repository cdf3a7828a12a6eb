import type { Actor } from '../access/actor.ts';
import { SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { planReaders, planWriter } from './voice.access.ts';
import { instant } from './voice.repo.ts';

/** The SQL of youth attendance plans and of the court's permission to speak; loads apply voice.access.ts. */

export type PlanRow = {
  hearing_id: string;
  child_id: string;
  attendance: 'in_person' | 'remote' | 'excused';
  reason: string | null;
  recorded_by_role: string;
  recorded_at: string;
  version: number;
};
const PLAN_COLUMNS = `ap.hearing_id, ap.child_id, ap.attendance, ap.reason, ap.recorded_by_role,
  ${instant('ap.recorded_at')} AS recorded_at, ap.version`;

/** The plans of these hearings the actor may read. */
export async function plansFor(
  q: Queryable,
  actor: Actor,
  hearingIds: readonly string[],
  childId: string | null,
): Promise<PlanRow[]> {
  if (hearingIds.length === 0) return [];
  const p = new SqlParams();
  const readers = planReaders(actor, 'ch', 'c', p);
  if (readers === 'false') return [];
  const hearings = p.add(hearingIds);
  const child = childId ? `AND ap.child_id = ${p.add(childId)}` : '';
  return q.query(
    `SELECT ${PLAN_COLUMNS}
       FROM youth_attendance_plan ap JOIN child ch ON ch.id = ap.child_id
       JOIN hearing h ON h.id = ap.hearing_id JOIN court_case c ON c.id = h.case_id
      WHERE ap.hearing_id = ANY(${hearings}::uuid[]) ${child} AND ${readers}`,
    p.values,
  );
}

/** The role under which the actor may record the child's plan for the hearing, or null when they may not. */
export async function planWriterRole(
  q: Queryable,
  actor: Actor,
  hearingId: string,
  childId: string,
): Promise<string | null> {
  const p = new SqlParams();
  const writer = planWriter(actor, 'ch', 'c', p);
  if (writer === 'false') return null;
  const me = actor.personId ? `ch.person_id = ${p.add(actor.personId)}` : 'false';
  const [row] = await q.query<{ role: string }>(
    `SELECT CASE WHEN ${me} THEN 'youth' ELSE (SELECT cp.case_role FROM case_participant cp
              WHERE cp.case_id = c.id AND cp.account_id = ${p.add(actor.accountId)} AND cp.end_date IS NULL
                AND (cp.child_id IS NULL OR cp.child_id = ch.id)
              ORDER BY cp.case_role = 'caseworker', cp.case_role LIMIT 1) END AS role
       FROM hearing h JOIN court_case c ON c.id = h.case_id
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
      WHERE h.id = ${p.add(hearingId)} AND ch.id = ${p.add(childId)} AND ${writer}`,
    p.values,
  );
  return row?.role ?? null;
}

export async function planOf(q: Queryable, hearingId: string, childId: string): Promise<PlanRow | null> {
  const [row] = await q.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM youth_attendance_plan ap WHERE ap.hearing_id = $1 AND ap.child_id = $2 FOR UPDATE`,
    [hearingId, childId],
  );
  return row ?? null;
}

export async function upsertPlan(
  q: Queryable,
  a: {
    jurisdictionId: string;
    hearingId: string;
    childId: string;
    attendance: string;
    reason: string | null;
    recordedBy: string;
    role: string;
    now: Date;
  },
  version: number | null,
): Promise<boolean> {
  if (version === null)
    return (
      (
        await q.query(
          `INSERT INTO youth_attendance_plan (jurisdiction_id, hearing_id, child_id, attendance, reason, recorded_by, recorded_by_role, recorded_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT DO NOTHING RETURNING id`,
          [a.jurisdictionId, a.hearingId, a.childId, a.attendance, a.reason, a.recordedBy, a.role, a.now],
        )
      ).length > 0
    );
  const rows = await q.query(
    `UPDATE youth_attendance_plan SET attendance = $4, reason = $5, recorded_by = $6, recorded_by_role = $7,
            recorded_at = $8, version = version + 1
      WHERE hearing_id = $1 AND child_id = $2 AND version = $3 RETURNING id`,
    [a.hearingId, a.childId, version, a.attendance, a.reason, a.recordedBy, a.role, a.now],
  );
  return rows.length > 0;
}

// ---- the court's permission ----------------------------------------------------------------------------

export async function upsertPermission(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    granted: boolean;
    orderDate: string;
    recordedBy: string;
    now: Date;
  },
  version: number | null,
): Promise<boolean> {
  if (version === null)
    return (
      (
        await q.query(
          `INSERT INTO youth_voice_permission (jurisdiction_id, child_id, granted, order_date, recorded_by, recorded_at)
         VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT DO NOTHING RETURNING id`,
          [v.jurisdictionId, v.childId, v.granted, v.orderDate, v.recordedBy, v.now],
        )
      ).length > 0
    );
  const rows = await q.query(
    `UPDATE youth_voice_permission SET granted = $3, order_date = $4, recorded_by = $5, recorded_at = $6,
            version = version + 1
      WHERE child_id = $1 AND version = $2 RETURNING id`,
    [v.childId, version, v.granted, v.orderDate, v.recordedBy, v.now],
  );
  return rows.length > 0;
}
