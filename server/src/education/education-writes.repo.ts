import type { Queryable } from '../platform/db.ts';
import type { DeterminationRow, EnrollmentRow } from './education.repo.ts';

/**
 * The writes of the education record. Callers have found the child in scope first (education.repo.ts
 * `findChild` with the write permission, locked FOR UPDATE) and checked the input against core's rules.
 */

export async function insertEnrollment(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    schoolName: string;
    schoolDistrict: string | null;
    enrolledOn: string;
    reason: string;
    isSchoolOfOrigin: boolean;
    recordsRequestedOn: string | null;
    recordsReceivedOn: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO school_enrollment (jurisdiction_id, child_id, school_name, school_district, enrolled_on, reason,
       is_school_of_origin, records_requested_on, records_received_on, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.schoolName,
      v.schoolDistrict,
      v.enrolledOn,
      v.reason,
      v.isSchoolOfOrigin,
      v.recordsRequestedOn,
      v.recordsReceivedOn,
      v.recordedBy,
    ],
  );
  return row!.id;
}

/** Writes an enrollment's exit and records dates if its version is still `version`; false when it is not. */
export async function updateEnrollment(
  q: Queryable,
  id: string,
  version: number,
  next: Pick<EnrollmentRow, 'exited_on' | 'exit_reason' | 'records_requested_on' | 'records_received_on'>,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE school_enrollment SET exited_on = $3, exit_reason = $4, records_requested_on = $5,
            records_received_on = $6, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, next.exited_on, next.exit_reason, next.records_requested_on, next.records_received_on],
  );
  return rows.length === 1;
}

export async function insertDetermination(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    placementId: string | null;
    decidedOn: string;
    participants: { role: string; name: string }[];
    factors: string[];
    decision: string;
    disputed: boolean;
    disputeOutcome: string | null;
    notes: string | null;
    transport: { provider: string; payer: string; startsOn: string; notes: string | null } | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO education_best_interest (jurisdiction_id, child_id, placement_id, decided_on, participants, factors,
       decision, disputed, dispute_outcome, notes, transport_provider, transport_payer, transport_starts_on,
       transport_notes, recorded_by)
     VALUES ($1,$2,$3,$4,$5::jsonb,$6::text[],$7,$8,$9,$10,$11,$12,$13,$14,$15) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.placementId,
      v.decidedOn,
      JSON.stringify(v.participants),
      v.factors,
      v.decision,
      v.disputed,
      v.disputeOutcome,
      v.notes,
      v.transport?.provider ?? null,
      v.transport?.payer ?? null,
      v.transport?.startsOn ?? null,
      v.transport?.notes ?? null,
      v.recordedBy,
    ],
  );
  return row!.id;
}

export async function updateDetermination(
  q: Queryable,
  id: string,
  version: number,
  next: Pick<
    DeterminationRow,
    | 'disputed'
    | 'dispute_outcome'
    | 'transport_provider'
    | 'transport_payer'
    | 'transport_starts_on'
    | 'transport_notes'
  >,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE education_best_interest SET disputed = $3, dispute_outcome = $4, transport_provider = $5,
            transport_payer = $6, transport_starts_on = $7, transport_notes = $8, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [
      id,
      version,
      next.disputed,
      next.dispute_outcome,
      next.transport_provider,
      next.transport_payer,
      next.transport_starts_on,
      next.transport_notes,
    ],
  );
  return rows.length === 1;
}

/**
 * A new holder of a child-level role (decision-maker, advocate) ends the one before it the day before the
 * new one starts. `table` is one of two fixed names, never input.
 */
export async function endCurrent(
  q: Queryable,
  table: 'education_decision_maker' | 'education_advocate',
  childId: string,
  until: string,
): Promise<void> {
  await q.query(`UPDATE ${table} SET until = $2 WHERE child_id = $1 AND until IS NULL AND since <= $2`, [
    childId,
    until,
  ]);
}

export async function latestSince(
  q: Queryable,
  table: 'education_decision_maker' | 'education_advocate',
  childId: string,
): Promise<string | null> {
  const [row] = await q.query<{ since: string | null }>(
    `SELECT max(since) AS since FROM ${table} WHERE child_id = $1`,
    [childId],
  );
  return row?.since ?? null;
}

export async function insertDecisionMaker(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    name: string;
    relationship: string;
    authority: string;
    authorityReference: string | null;
    since: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO education_decision_maker (jurisdiction_id, child_id, name, relationship, authority,
       authority_reference, since, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.name,
      v.relationship,
      v.authority,
      v.authorityReference,
      v.since,
      v.recordedBy,
    ],
  );
  return row!.id;
}

export async function insertPlan(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    planType: string;
    planDate: string;
    nextReviewOn: string;
    disabilityCategory: string | null;
    notes: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO special_education_plan (jurisdiction_id, child_id, plan_type, plan_date, next_review_on,
       disability_category, notes, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [
      v.jurisdictionId,
      v.childId,
      v.planType,
      v.planDate,
      v.nextReviewOn,
      v.disabilityCategory,
      v.notes,
      v.recordedBy,
    ],
  );
  return row!.id;
}

/** Inserts a term's attendance; null when the child already has a term starting that day. */
export async function insertAttendance(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    term: string;
    termStart: string;
    termEnd: string;
    daysAbsent: number;
    daysEnrolled: number | null;
    recordedBy: string;
  },
): Promise<string | null> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO school_attendance (jurisdiction_id, child_id, term, term_start, term_end, days_absent,
       days_enrolled, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (child_id, term_start) DO NOTHING RETURNING id`,
    [v.jurisdictionId, v.childId, v.term, v.termStart, v.termEnd, v.daysAbsent, v.daysEnrolled, v.recordedBy],
  );
  return row?.id ?? null;
}

export async function insertCredits(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    asOf: string;
    grade: number;
    earned: number;
    expected: number | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO school_credits (jurisdiction_id, child_id, as_of, grade, earned, expected, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [v.jurisdictionId, v.childId, v.asOf, v.grade, v.earned, v.expected, v.recordedBy],
  );
  return row!.id;
}

export async function insertAdvocate(
  q: Queryable,
  v: {
    jurisdictionId: string;
    childId: string;
    name: string;
    organization: string | null;
    phone: string | null;
    email: string | null;
    since: string;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO education_advocate (jurisdiction_id, child_id, name, organization, phone, email, since, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [v.jurisdictionId, v.childId, v.name, v.organization, v.phone, v.email, v.since, v.recordedBy],
  );
  return row!.id;
}
