import type { Queryable } from '../platform/db.ts';

/** SQL for hearings and orders. Callers have already loaded the case through the scoped case repository. */

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
