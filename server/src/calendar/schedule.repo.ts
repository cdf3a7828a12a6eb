import type { ExistingHearing, ScheduledStep } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/**
 * The SQL of advance calendaring. Callers have loaded the case through the scoped case repository (or
 * just opened it); these read and write that case's schedule, and look up judges and courtrooms.
 */

export type ScheduleCaseRow = {
  id: string;
  jurisdiction_id: string;
  court_id: string;
  petition_number: string;
  filing_date: string;
  status: string;
  closed_date: string | null;
  assigned_judge_id: string | null;
  docket: string;
};

export async function loadScheduleCase(q: Queryable, caseId: string): Promise<ScheduleCaseRow | null> {
  const [row] = await q.query<ScheduleCaseRow>(
    `SELECT id, jurisdiction_id, court_id, petition_number, filing_date, status, closed_date, assigned_judge_id, docket
       FROM court_case WHERE id = $1`,
    [caseId],
  );
  return row ?? null;
}

export type FactsRow = {
  removal_date: string | null;
  adjudication_date: string | null;
  no_re_date: string | null;
  dismissal_date: string | null;
  hearings: {
    id: string;
    hearingType: string;
    start: string;
    end: string;
    status: string;
    proposed: boolean;
  }[];
};

/**
 * What has happened in the case, in one statement: the earliest removal of a child of the case still in
 * care, the first adjudication finding, the latest finding that reasonable efforts are not required, a
 * dismissal order, and the case's hearings.
 */
export async function loadFacts(q: Queryable, caseId: string): Promise<FactsRow> {
  const [row] = await q.query<FactsRow>(
    `SELECT
       (SELECT min(r.removal_date) FROM removal_episode r JOIN case_child cc ON cc.child_id = r.child_id
         WHERE cc.case_id = $1 AND r.discharge_date IS NULL) AS removal_date,
       (SELECT min(f.finding_date) FROM finding f JOIN court_order o ON o.id = f.order_id
         WHERE o.case_id = $1 AND f.finding_type = 'adjudication' AND f.is_made) AS adjudication_date,
       (SELECT max(f.finding_date) FROM finding f JOIN court_order o ON o.id = f.order_id
         WHERE o.case_id = $1 AND f.finding_type = 'reasonable_efforts_not_required' AND f.is_made) AS no_re_date,
       (SELECT min(o.signed_date) FROM court_order o WHERE o.case_id = $1 AND o.order_type = 'dismissal') AS dismissal_date,
       COALESCE((SELECT json_agg(json_build_object('id', h.id, 'hearingType', h.hearing_type,
                   'start', h.scheduled_start, 'end', h.scheduled_end, 'status', h.status, 'proposed', h.proposed)
                   ORDER BY h.scheduled_start)
                   FROM hearing h WHERE h.case_id = $1), '[]'::json) AS hearings`,
    [caseId],
  );
  return row!;
}

export const toExisting = (h: FactsRow['hearings'][number]): ExistingHearing => ({
  ...h,
  start: new Date(h.start).toISOString(),
  end: new Date(h.end).toISOString(),
});

/**
 * One judge for one family: the judge of the most recent open case (else any case) of the children, of
 * their siblings, or of their parents, found through the children's and parents' person records.
 */
export async function familyJudge(
  q: Queryable,
  jurisdictionId: string,
  caseId: string,
  childIds: readonly string[],
): Promise<{ judgeId: string; caseId: string; petitionNumber: string } | null> {
  if (childIds.length === 0) return null;
  const [row] = await q.query<{ judge_id: string; case_id: string; petition_number: string }>(
    `WITH kids AS (SELECT unnest($3::uuid[]) AS child_id),
     family_case AS (
       SELECT cc.case_id FROM case_child cc WHERE cc.child_id IN (SELECT child_id FROM kids)
       UNION
       SELECT other.case_id FROM case_child cc
         JOIN case_participant par ON par.case_id = cc.case_id AND par.case_role IN ('parent', 'indian_custodian')
         JOIN case_participant other ON other.person_id = par.person_id
                                    AND other.case_role IN ('parent', 'indian_custodian')
        WHERE cc.child_id IN (SELECT child_id FROM kids)
     )
     SELECT c.assigned_judge_id AS judge_id, c.id AS case_id, c.petition_number
       FROM court_case c JOIN judge j ON j.id = c.assigned_judge_id AND j.active
      WHERE c.id IN (SELECT case_id FROM family_case) AND c.id <> $2 AND c.jurisdiction_id = $1
      ORDER BY (c.status = 'open') DESC, c.filing_date DESC, c.id
      LIMIT 1`,
    [jurisdictionId, caseId, childIds],
  );
  return row ? { judgeId: row.judge_id, caseId: row.case_id, petitionNumber: row.petition_number } : null;
}

/** The active judge of the court with the fewest open cases (ties by id, so the choice is repeatable). */
export async function leastLoadedJudge(q: Queryable, courtId: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `SELECT j.id FROM judge j
      WHERE j.court_id = $1 AND j.active
      ORDER BY (SELECT count(*) FROM court_case c WHERE c.assigned_judge_id = j.id AND c.status = 'open'), j.id
      LIMIT 1`,
    [courtId],
  );
  return row?.id ?? null;
}

/** The courtroom a judge sits in: the room of their latest hearing in the court, else the court's first. */
export async function judgeCourtroom(q: Queryable, judgeId: string, courtId: string): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `SELECT COALESCE(
       (SELECT h.courtroom_id FROM hearing h JOIN courtroom r ON r.id = h.courtroom_id AND r.court_id = $2
         WHERE h.judge_id = $1 ORDER BY h.scheduled_start DESC LIMIT 1),
       (SELECT r.id FROM courtroom r WHERE r.court_id = $2 ORDER BY r.name, r.id LIMIT 1)) AS id`,
    [judgeId, courtId],
  );
  return row?.id ?? null;
}

export async function setCaseJudgeAndDocket(
  q: Queryable,
  caseId: string,
  judgeId: string | null,
  docket: string,
): Promise<void> {
  await q.query(
    `UPDATE court_case SET assigned_judge_id = $2, docket = $3
      WHERE id = $1`,
    [caseId, judgeId, docket],
  );
}

export type StepWrite = {
  step: ScheduledStep;
  basis: unknown;
  interpreterLanguages: readonly string[];
};

const writeValues = (w: StepWrite): unknown[] => [
  w.step.deadline,
  w.step.rule?.id ?? null,
  w.step.explanation,
  JSON.stringify(w.basis),
  w.step.key,
  w.interpreterLanguages,
];

export async function insertProposedHearing(
  q: Queryable,
  h: { jurisdictionId: string; caseId: string; judgeId: string | null; courtroomId: string | null },
  w: StepWrite,
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id,
       deadline_date, rule_id, explanation, deadline_basis, schedule_step, interpreter_languages, proposed)
     VALUES ($7,$8,$9,$10,$11,$12,$13,$1,$2,$3,$4,$5,$6,true) RETURNING id`,
    [
      ...writeValues(w),
      h.jurisdictionId,
      h.caseId,
      w.step.hearingType,
      w.step.slot!.start,
      w.step.slot!.end,
      h.judgeId,
      h.courtroomId,
    ],
  );
  return row!.id;
}

/** Moves a proposed hearing (or only re-explains it when `slot` is null). */
export async function updateScheduledHearing(
  q: Queryable,
  hearingId: string,
  w: StepWrite,
  slot: { start: string; end: string } | null,
): Promise<void> {
  await q.query(
    `UPDATE hearing SET deadline_date = $1, rule_id = $2, explanation = $3, deadline_basis = $4, schedule_step = $5,
            interpreter_languages = $6,
            scheduled_start = COALESCE($8, scheduled_start), scheduled_end = COALESCE($9, scheduled_end),
            version = version + CASE WHEN $8::timestamptz IS NULL THEN 0 ELSE 1 END
      WHERE id = $7`,
    [...writeValues(w), hearingId, slot?.start ?? null, slot?.end ?? null],
  );
}

/** A proposed hearing no longer called for (the case was dismissed): vacated, with why. */
export async function vacateHearings(q: Queryable, ids: readonly string[], why: string): Promise<void> {
  if (ids.length === 0) return;
  await q.query(
    `UPDATE hearing SET status = 'vacated', explanation = $2, version = version + 1
      WHERE id = ANY($1::uuid[]) AND status = 'scheduled' AND proposed`,
    [ids, why],
  );
}

export async function insertScheduleRun(
  q: Queryable,
  r: {
    jurisdictionId: string;
    caseId: string;
    reason: string;
    rulePackId: string;
    placed: number;
    moved: number;
    vacated: number;
    late: number;
    at: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO case_schedule_run (jurisdiction_id, case_id, reason, rule_pack_id, placed, moved, vacated, late, computed_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [r.jurisdictionId, r.caseId, r.reason, r.rulePackId, r.placed, r.moved, r.vacated, r.late, r.at],
  );
}

export type ScheduleHearingRow = {
  id: string;
  hearing_type: string;
  schedule_step: string | null;
  status: string;
  scheduled_start: Date;
  scheduled_end: Date;
  proposed: boolean;
  deadline_date: string | null;
  rule_id: string | null;
  explanation: string | null;
  deadline_basis: unknown;
  interpreter_languages: string[];
  courtroom: string | null;
  judge_name: string | null;
};

/** The case's hearings as the schedule shows them (vacated ones too, with why), and its latest run. */
export async function loadSchedule(
  q: Queryable,
  caseId: string,
): Promise<{
  hearings: ScheduleHearingRow[];
  run: {
    reason: string;
    computed_at: Date;
    placed: number;
    moved: number;
    vacated: number;
    late: number;
  } | null;
}> {
  const hearings = await q.query<ScheduleHearingRow>(
    `SELECT h.id, h.hearing_type, h.schedule_step, h.status, h.scheduled_start, h.scheduled_end, h.proposed,
            h.deadline_date, h.rule_id, h.explanation, h.deadline_basis, h.interpreter_languages,
            r.name AS courtroom,
            ${JUDGE_NAME_SQL} AS judge_name
       FROM hearing h LEFT JOIN courtroom r ON r.id = h.courtroom_id
       LEFT JOIN judge j ON j.id = h.judge_id LEFT JOIN person jp ON jp.id = j.person_id
      WHERE h.case_id = $1 ORDER BY h.scheduled_start, h.id`,
    [caseId],
  );
  const [run] = await q.query<{
    reason: string;
    computed_at: Date;
    placed: number;
    moved: number;
    vacated: number;
    late: number;
  }>(
    `SELECT reason, computed_at, placed, moved, vacated, late FROM case_schedule_run
      WHERE case_id = $1 ORDER BY computed_at DESC, id LIMIT 1`,
    [caseId],
  );
  return { hearings, run: run ?? null };
}
