import type { Queryable } from '../platform/db.ts';

/** SQL for recorded benchmark reviews. Callers have loaded the case through the scoped case repository. */

export type BenchmarkReviewRow = {
  id: string;
  child_id: string;
  given_name: string;
  family_name: string;
  checkpoint: string;
  due_date: string;
  anchor_date: string;
  hearing_id: string | null;
  review_date: string;
  answers: Record<string, { answer?: string; note?: string }>;
  outcome: string;
  outcome_note: string | null;
  recorded_by: string;
  recorded_at: Date;
};

export async function loadRecordedReviews(q: Queryable, caseId: string): Promise<BenchmarkReviewRow[]> {
  return q.query<BenchmarkReviewRow>(
    `SELECT b.id, b.child_id, pe.given_name, pe.family_name, b.checkpoint, b.due_date, b.anchor_date, b.hearing_id,
            b.review_date, b.answers, b.outcome, b.outcome_note, ua.display_name AS recorded_by, b.recorded_at
       FROM benchmark_review b JOIN child ch ON ch.id = b.child_id JOIN person pe ON pe.id = ch.person_id
       JOIN user_account ua ON ua.id = b.recorded_by
      WHERE b.case_id = $1
      ORDER BY b.review_date DESC, b.recorded_at DESC`,
    [caseId],
  );
}

export async function reviewRecorded(
  q: Queryable,
  childId: string,
  checkpoint: string,
  anchorDate: string,
): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM benchmark_review WHERE child_id = $1 AND checkpoint = $2 AND anchor_date = $3`,
    [childId, checkpoint, anchorDate],
  );
  return rows.length > 0;
}

export async function insertReview(
  q: Queryable,
  r: {
    jurisdictionId: string;
    caseId: string;
    childId: string;
    removalId: string;
    checkpoint: string;
    dueDate: string;
    anchorDate: string;
    hearingId: string | null;
    reviewDate: string;
    answers: unknown;
    outcome: string;
    outcomeNote: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO benchmark_review (jurisdiction_id, case_id, child_id, removal_id, checkpoint, due_date, anchor_date,
       hearing_id, review_date, answers, outcome, outcome_note, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13) RETURNING id`,
    [
      r.jurisdictionId,
      r.caseId,
      r.childId,
      r.removalId,
      r.checkpoint,
      r.dueDate,
      r.anchorDate,
      r.hearingId,
      r.reviewDate,
      JSON.stringify(r.answers),
      r.outcome,
      r.outcomeNote,
      r.recordedBy,
    ],
  );
  return row!.id;
}
