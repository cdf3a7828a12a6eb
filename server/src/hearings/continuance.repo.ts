import type { Queryable } from '../platform/db.ts';

/**
 * SQL of moving and continuing hearings, and of the continuances report. The hearing itself is read with
 * `findHearing` (hearing.repo.ts), through its case and the caller's scope.
 */

export async function moveHearing(
  q: Queryable,
  h: { id: string; version: number; start: string; end: string; courtroomId: string | null },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE hearing SET scheduled_start = $3, scheduled_end = $4, courtroom_id = $5, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'scheduled' RETURNING id`,
    [h.id, h.version, h.start, h.end, h.courtroomId],
  );
  return rows.length > 0;
}

/** Marks a scheduled hearing continued, with who asked and why (coded). */
export async function markContinued(
  q: Queryable,
  h: { id: string; version: number; reason: string; requestedBy: string },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE hearing SET status = 'continued', continuance_reason = $3, continuance_requested_by = $4,
            version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'scheduled' RETURNING id`,
    [h.id, h.version, h.reason, h.requestedBy],
  );
  return rows.length > 0;
}

/**
 * The hearing a continuance sets keeps the continued one's deadline and the rule behind it (a
 * continuance does not move a statutory deadline: rule pack `conflicts.continuanceMovesDeadlineDays`),
 * its place in the statutory sequence and its interpreters. It is a time a person set, not a proposal.
 */
export async function carryDeadline(
  q: Queryable,
  fromId: string,
  toId: string,
  deadline: string | null,
): Promise<void> {
  await q.query(
    `UPDATE hearing n SET deadline_date = $3, rule_id = o.rule_id, explanation = o.explanation,
            deadline_basis = o.deadline_basis, schedule_step = o.schedule_step,
            interpreter_languages = o.interpreter_languages
       FROM hearing o WHERE n.id = $2 AND o.id = $1`,
    [fromId, toId, deadline],
  );
}

export async function insertContinuance(
  q: Queryable,
  c: {
    jurisdictionId: string;
    caseId: string;
    hearingId: string;
    newHearingId: string;
    requestedBy: string;
    reason: string;
    note: string | null;
    originalStart: string;
    newStart: string;
    daysAdded: number;
    deadlineDate: string | null;
    daysPastDeadline: number | null;
    deadlineMissed: boolean;
    citation: string;
    conflictsAccepted: boolean;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO hearing_continuance (jurisdiction_id, case_id, hearing_id, new_hearing_id, requested_by, reason, note,
       original_start, new_start, days_added, deadline_date, days_past_deadline, deadline_missed, deadline_citation,
       conflicts_accepted, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
    [
      c.jurisdictionId,
      c.caseId,
      c.hearingId,
      c.newHearingId,
      c.requestedBy,
      c.reason,
      c.note,
      c.originalStart,
      c.newStart,
      c.daysAdded,
      c.deadlineDate,
      c.daysPastDeadline,
      c.deadlineMissed,
      c.citation,
      c.conflictsAccepted,
      c.recordedBy,
    ],
  );
  return row!.id;
}

export type ContinuanceRow = {
  hearing_id: string;
  hearing_type: string;
  original_start: Date;
  requested_by: string | null;
  reason: string | null;
  /** Null for a hearing continued before continuances were recorded here (the next hearing is inferred). */
  continuance_id: string | null;
  note: string | null;
  new_hearing_id: string | null;
  new_start: Date | null;
  days_added: number | null;
  deadline_date: string | null;
  days_past_deadline: number | null;
  deadline_missed: boolean | null;
  deadline_citation: string | null;
  conflicts_accepted: boolean | null;
  recorded_at: Date | null;
  recorded_by: string | null;
};

/**
 * Every continued hearing of a case, oldest first, with its recorded continuance; a hearing continued
 * before they were recorded (or by an import) is matched to the next hearing of the same type.
 */
export async function listContinuances(q: Queryable, caseId: string): Promise<ContinuanceRow[]> {
  return q.query<ContinuanceRow>(
    `SELECT h.id AS hearing_id, h.hearing_type, h.scheduled_start AS original_start,
            h.continuance_requested_by AS requested_by, h.continuance_reason AS reason,
            hc.id AS continuance_id, hc.note,
            COALESCE(hc.new_hearing_id, nx.id) AS new_hearing_id, COALESCE(hc.new_start, nx.scheduled_start) AS new_start,
            hc.days_added, COALESCE(hc.deadline_date, h.deadline_date) AS deadline_date, hc.days_past_deadline,
            hc.deadline_missed, hc.deadline_citation, hc.conflicts_accepted, hc.recorded_at,
            ua.display_name AS recorded_by
       FROM hearing h
       LEFT JOIN hearing_continuance hc ON hc.hearing_id = h.id
       LEFT JOIN user_account ua ON ua.id = hc.recorded_by
       LEFT JOIN LATERAL (SELECT n.id, n.scheduled_start FROM hearing n
                           WHERE n.case_id = h.case_id AND n.hearing_type = h.hearing_type AND n.id <> h.id
                             AND n.scheduled_start > h.scheduled_start
                           ORDER BY n.scheduled_start, n.id LIMIT 1) nx ON hc.id IS NULL
      WHERE h.case_id = $1 AND h.status = 'continued'
      ORDER BY h.scheduled_start, h.id`,
    [caseId],
  );
}
