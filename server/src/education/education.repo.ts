import type { Permission } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/**
 * The only SQL for the education record and normalcy. Entry points that find a child take the actor and
 * apply its scope as SQL (`childAccess`); loaders take child ids the caller has already found in scope.
 * IEP and 504 plans (health class) are loaded only for the children found with `health_shown`.
 */

export type EducationChildRow = {
  id: string;
  birth_date: string | null;
  in_care_since: string | null;
  /** Whether the reader may see the child's IEP or 504 plan (health class); false unless asked. */
  health_shown: boolean;
};

const CHILD_COLUMNS = `ch.id, pe.birth_date,
    (SELECT r.removal_date FROM removal_episode r WHERE r.child_id = ch.id
      ORDER BY (r.discharge_date IS NULL) DESC, r.removal_date DESC LIMIT 1) AS in_care_since`;

/**
 * Holds when the actor may read (or write) the health class of the child row `ch`: the role's
 * `sensitive.read` (or `.write`) over the child, and an explicit, unexpired, unrevoked health grant for
 * every case or for one of the child's cases. The same two checks as the child page's (child.service.ts),
 * as SQL, so a set of children is checked in the query that finds them.
 */
function healthPredicate(actor: Actor, ch: string, p: SqlParams, now: Date, mode: 'read' | 'write'): string {
  const scope = childAccess(actor, mode === 'read' ? 'sensitive.read' : 'sensitive.write', ch, p);
  return `(${scope} AND EXISTS (SELECT 1 FROM sensitive_grant g
             WHERE g.account_id = ${p.add(actor.accountId)} AND g.jurisdiction_id = ${ch}.jurisdiction_id
               AND g.field_class = 'health' AND g.revoked_at IS NULL
               AND (g.expires_at IS NULL OR g.expires_at > ${p.add(now)})
               AND (g.case_id IS NULL
                    OR g.case_id IN (SELECT cc.case_id FROM case_child cc WHERE cc.child_id = ${ch}.id))))`;
}

/**
 * The child if the actor holds `permission` over it; with `forUpdate`, the child row is locked; with
 * `healthAt`, whether its IEP or 504 plan may be shown to the actor (grants unexpired at that instant).
 */
export async function findChild(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  childId: string,
  opts: { forUpdate?: boolean; healthAt?: Date } = {},
): Promise<EducationChildRow | null> {
  const p = new SqlParams();
  const id = p.add(childId);
  const health = opts.healthAt ? healthPredicate(actor, 'ch', p, opts.healthAt, 'read') : 'false';
  const [row] = await q.query<EducationChildRow>(
    `SELECT ${CHILD_COLUMNS}, ${health} AS health_shown FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ${id} AND ${childAccess(actor, permission, 'ch', p)}
     ${opts.forUpdate ? 'FOR UPDATE OF ch' : ''}`,
    p.values,
  );
  return row ?? null;
}

/**
 * Of `childIds`, those the actor holds `permission` over (one query, as Immich checks a set of ids), each
 * with whether its IEP or 504 plan may be shown (grants unexpired at `healthAt`).
 */
export async function childrenInScope(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  childIds: readonly string[],
  healthAt: Date,
): Promise<EducationChildRow[]> {
  if (childIds.length === 0) return [];
  const p = new SqlParams();
  const ids = p.add(childIds);
  const health = healthPredicate(actor, 'ch', p, healthAt, 'read');
  return q.query<EducationChildRow>(
    `SELECT ${CHILD_COLUMNS}, ${health} AS health_shown FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ANY(${ids}::uuid[]) AND ${childAccess(actor, permission, 'ch', p)}`,
    p.values,
  );
}

/** Whether the actor may write the child's health class (an IEP or 504 plan). */
export async function mayWriteHealth(
  q: Queryable,
  actor: Actor,
  childId: string,
  now: Date,
): Promise<boolean> {
  const p = new SqlParams();
  const id = p.add(childId);
  const rows = await q.query(
    `SELECT 1 FROM child ch WHERE ch.id = ${id} AND ${healthPredicate(actor, 'ch', p, now, 'write')}`,
    p.values,
  );
  return rows.length === 1;
}

export type EnrollmentRow = {
  id: string;
  child_id: string;
  school_name: string;
  school_district: string | null;
  enrolled_on: string;
  reason: string;
  is_school_of_origin: boolean;
  records_requested_on: string | null;
  records_received_on: string | null;
  exited_on: string | null;
  exit_reason: string | null;
  version: number;
};
export type DeterminationRow = {
  id: string;
  child_id: string;
  placement_id: string | null;
  decided_on: string;
  participants: { role: string; name: string }[];
  factors: string[];
  decision: string;
  disputed: boolean;
  dispute_outcome: string | null;
  notes: string | null;
  transport_provider: string | null;
  transport_payer: string | null;
  transport_starts_on: string | null;
  transport_notes: string | null;
  version: number;
};
export type DecisionMakerRow = {
  id: string;
  child_id: string;
  name: string;
  relationship: string;
  authority: string;
  authority_reference: string | null;
  since: string;
  until: string | null;
};
export type PlanRow = {
  id: string;
  child_id: string;
  plan_type: string;
  plan_date: string;
  next_review_on: string;
  disability_category: string | null;
  notes: string | null;
};
export type AttendanceRow = {
  id: string;
  child_id: string;
  term: string;
  term_start: string;
  term_end: string;
  days_absent: number;
  days_enrolled: number | null;
};
export type CreditsRow = {
  id: string;
  child_id: string;
  as_of: string;
  grade: number;
  earned: number;
  expected: number | null;
};
export type AdvocateRow = {
  id: string;
  child_id: string;
  name: string;
  organization: string | null;
  phone: string | null;
  email: string | null;
  since: string;
  until: string | null;
};
export type PlacementRow = { id: string; child_id: string; start_date: string; setting: string };

export type EducationRows = {
  enrollments: EnrollmentRow[];
  determinations: DeterminationRow[];
  decisionMakers: DecisionMakerRow[];
  plans: PlanRow[];
  attendance: AttendanceRow[];
  credits: CreditsRow[];
  advocates: AdvocateRow[];
  placements: PlacementRow[];
};

/**
 * Everything of the education record of `childIds` (found in scope by the caller), one query per table.
 * `plansFor` are the children whose IEP and 504 plans may be loaded: no other child's plan is selected.
 */
export async function loadEducationRows(
  q: Queryable,
  childIds: readonly string[],
  plansFor: readonly string[],
): Promise<EducationRows> {
  // One round trip: each table's rows of these children as a JSON array, in the order shown.
  const agg = (order: string, from: string) =>
    `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]'::json) FROM (${from}) x)`;
  const [row] = await q.query<EducationRows>(
    `SELECT
      ${agg(
        'x.enrolled_on, x.id',
        `SELECT id, child_id, school_name, school_district, enrolled_on, reason, is_school_of_origin,
                records_requested_on, records_received_on, exited_on, exit_reason, version
           FROM school_enrollment WHERE child_id = ANY($1::uuid[])`,
      )} AS enrollments,
      ${agg(
        'x.decided_on, x.id',
        `SELECT id, child_id, placement_id, decided_on, participants, factors, decision, disputed, dispute_outcome,
                notes, transport_provider, transport_payer, transport_starts_on, transport_notes, version
           FROM education_best_interest WHERE child_id = ANY($1::uuid[])`,
      )} AS determinations,
      ${agg(
        'x.since, x.recorded_at',
        `SELECT id, child_id, name, relationship, authority, authority_reference, since, until, recorded_at
           FROM education_decision_maker WHERE child_id = ANY($1::uuid[])`,
      )} AS "decisionMakers",
      ${agg(
        'x.plan_date, x.id',
        `SELECT id, child_id, plan_type, plan_date, next_review_on, disability_category, notes
           FROM special_education_plan WHERE child_id = ANY($2::uuid[])`,
      )} AS plans,
      ${agg(
        'x.term_start',
        `SELECT id, child_id, term, term_start, term_end, days_absent, days_enrolled
           FROM school_attendance WHERE child_id = ANY($1::uuid[])`,
      )} AS attendance,
      ${agg(
        'x.as_of, x.recorded_at',
        `SELECT id, child_id, as_of, grade, earned, expected, recorded_at
           FROM school_credits WHERE child_id = ANY($1::uuid[])`,
      )} AS credits,
      ${agg(
        'x.since, x.recorded_at',
        `SELECT id, child_id, name, organization, phone, email, since, until, recorded_at
           FROM education_advocate WHERE child_id = ANY($1::uuid[])`,
      )} AS advocates,
      ${agg(
        // Placements of each child's current (or latest) episode: the changes a determination answers.
        'x.child_id, x.start_date, x.recorded_at',
        `SELECT pl.id, pl.child_id, pl.start_date, pl.setting, pl.recorded_at
           FROM unnest($1::uuid[]) AS k(child_id)
           CROSS JOIN LATERAL (SELECT r.id FROM removal_episode r WHERE r.child_id = k.child_id
                                ORDER BY (r.discharge_date IS NULL) DESC, r.removal_date DESC LIMIT 1) cur
           JOIN placement pl ON pl.removal_id = cur.id`,
      )} AS placements`,
    [childIds, plansFor],
  );
  return row!;
}

export async function findEnrollment(
  q: Queryable,
  childId: string,
  enrollmentId: string,
): Promise<EnrollmentRow | null> {
  const [row] = await q.query<EnrollmentRow>(
    `SELECT id, child_id, school_name, school_district, enrolled_on, reason, is_school_of_origin,
            records_requested_on, records_received_on, exited_on, exit_reason, version
       FROM school_enrollment WHERE id = $1 AND child_id = $2 FOR UPDATE`,
    [enrollmentId, childId],
  );
  return row ?? null;
}

export async function findDetermination(
  q: Queryable,
  childId: string,
  determinationId: string,
): Promise<DeterminationRow | null> {
  const [row] = await q.query<DeterminationRow>(
    `SELECT id, child_id, placement_id, decided_on, participants, factors, decision, disputed, dispute_outcome,
            notes, transport_provider, transport_payer, transport_starts_on, transport_notes, version
       FROM education_best_interest WHERE id = $1 AND child_id = $2 FOR UPDATE`,
    [determinationId, childId],
  );
  return row ?? null;
}
