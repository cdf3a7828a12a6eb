import type { Permission } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/**
 * SQL for hearings and orders. Writers have already loaded the case through the scoped case repository;
 * `findHearing` applies the scope itself.
 */

export async function courtroomOfCourt(q: Queryable, courtroomId: string, courtId: string): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM courtroom WHERE id = $1 AND court_id = $2', [courtroomId, courtId]))
      .length > 0
  );
}

export async function insertHearing(
  q: Queryable,
  h: {
    jurisdictionId: string;
    caseId: string;
    hearingType: string;
    scheduledStart: string;
    scheduledEnd: string;
    judgeId: string | null;
    courtroomId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id)
     VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [h.jurisdictionId, h.caseId, h.hearingType, h.scheduledStart, h.scheduledEnd, h.judgeId, h.courtroomId],
  );
  return row!.id;
}

export async function hearingOfCase(q: Queryable, hearingId: string, caseId: string): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM hearing WHERE id = $1 AND case_id = $2', [hearingId, caseId])).length > 0
  );
}

export async function insertOrder(
  q: Queryable,
  o: {
    jurisdictionId: string;
    caseId: string;
    hearingId: string | null;
    orderType: string;
    signedDate: string;
    judgeId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO court_order (jurisdiction_id, case_id, hearing_id, order_type, signed_date, judge_id)
     VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [o.jurisdictionId, o.caseId, o.hearingId, o.orderType, o.signedDate, o.judgeId],
  );
  return row!.id;
}

export async function insertFinding(
  q: Queryable,
  f: {
    jurisdictionId: string;
    orderId: string;
    childId: string;
    findingType: string;
    isMade: boolean;
    findingDate: string;
    detail: string | null;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO finding (jurisdiction_id, order_id, child_id, finding_type, is_made, finding_date, detail)
     VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [f.jurisdictionId, f.orderId, f.childId, f.findingType, f.isMade, f.findingDate, f.detail],
  );
}

/**
 * The first adjudication finding sets the episode's adjudication date, which anchors the date the child
 * is considered to have entered foster care (SSA §475(5)(F)). Only an open, not yet adjudicated episode
 * that began on or before the finding is changed.
 * @returns the ids of the episodes changed
 */
export async function setAdjudicationDate(
  q: Queryable,
  childId: string,
  findingDate: string,
): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `UPDATE removal_episode SET adjudication_date = $2, version = version + 1
      WHERE child_id = $1 AND adjudication_date IS NULL AND removal_date <= $2
        AND (discharge_date IS NULL OR discharge_date >= $2) RETURNING id`,
    [childId, findingDate],
  );
  return rows.map((r) => r.id);
}

/**
 * One hearing, reached through its case with the actor's scope for the permission in the WHERE clause
 * (out of reach is the same as missing); `forUpdate` locks the hearing row for a move, a continuance or
 * the sending of its notices.
 */
export type HearingRow = {
  id: string;
  jurisdiction_id: string;
  case_id: string;
  court_id: string;
  petition_number: string;
  hearing_type: string;
  scheduled_start: Date;
  scheduled_end: Date;
  status: string;
  judge_id: string | null;
  judge_name: string | null;
  courtroom_id: string | null;
  courtroom_name: string | null;
  courtroom_location: string | null;
  court_name: string;
  continuance_reason: string | null;
  continuance_requested_by: string | null;
  deadline_date: string | null;
  interpreter_languages: string[];
  version: number;
};

export async function findHearing(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  hearingId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<HearingRow | null> {
  const p = new SqlParams();
  const id = p.add(hearingId);
  const access = caseAccess(actor, permission, 'c', p);
  const [row] = await q.query<HearingRow>(
    `SELECT h.id, h.jurisdiction_id, h.case_id, c.court_id, co.name AS court_name, c.petition_number, h.hearing_type, h.scheduled_start,
            h.scheduled_end, h.status, h.judge_id,
            ${JUDGE_NAME_SQL} AS judge_name,
            h.courtroom_id, cr.name AS courtroom_name, cr.location AS courtroom_location, h.continuance_reason, h.continuance_requested_by,
            h.deadline_date, h.interpreter_languages, h.version
       FROM hearing h JOIN court_case c ON c.id = h.case_id JOIN court co ON co.id = c.court_id
       LEFT JOIN judge j ON j.id = h.judge_id LEFT JOIN person jp ON jp.id = j.person_id
       LEFT JOIN courtroom cr ON cr.id = h.courtroom_id
      WHERE h.id = ${id} AND ${access}${opts.forUpdate ? ' FOR UPDATE OF h' : ''}`,
    p.values,
  );
  return row ?? null;
}

/** Moves a hearing if it is still at `version`; false when someone changed it first. */
