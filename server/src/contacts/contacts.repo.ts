import { scopesFor, type Permission } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, childrenInScope, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/**
 * The only SQL of caseworker contacts. The visit facts (date, face to face, residence or elsewhere, the
 * worker) live in caseworker_visit, which the CQI export, AFCARS and the due items read; the contact's
 * notes live in caseworker_contact, keyed to the visit. Every entry point applies the actor's scope.
 */

export type ContactRow = {
  id: string;
  child_id: string;
  visit_date: string;
  location: 'residence' | 'other';
  face_to_face: boolean;
  worker_id: string | null;
  worker_name: string | null;
  /** The rest is null for a visit recorded without notes (older records, imports). */
  contact_time: string | null;
  contact_mode: string | null;
  place: string | null;
  time_alone: boolean | null;
  minutes_alone: number | null;
  participants: string[] | null;
  purpose: string | null;
  safety_observations: string | null;
  case_plan_progress: string | null;
  child_words: string | null;
  next_steps: string | null;
  self_assessment: Record<string, string> | null;
  recorded_at: Date;
  reviews: number;
};

const CONTACT_COLUMNS = `v.id, v.child_id, v.visit_date, v.location, v.face_to_face,
  v.caseworker_account_id AS worker_id, wa.display_name AS worker_name,
  to_char(cc.contact_time, 'HH24:MI') AS contact_time, cc.contact_mode, cc.place, cc.time_alone,
  cc.minutes_alone, cc.participants, cc.purpose, cc.safety_observations, cc.case_plan_progress,
  cc.child_words, cc.next_steps, cc.self_assessment, COALESCE(cc.recorded_at, v.recorded_at) AS recorded_at,
  (SELECT count(*)::int FROM contact_review r WHERE r.visit_id = v.id) AS reviews`;

const CONTACT_FROM = `caseworker_visit v
  LEFT JOIN caseworker_contact cc ON cc.visit_id = v.id
  LEFT JOIN user_account wa ON wa.id = v.caseworker_account_id`;

export type NewContact = {
  jurisdictionId: string;
  childId: string;
  workerId: string;
  date: string;
  time: string;
  mode: string;
  faceToFace: boolean;
  location: 'residence' | 'other';
  place: string | null;
  timeAlone: boolean;
  minutesAlone: number | null;
  participants: string[];
  purpose: string;
  safetyObservations: string | null;
  casePlanProgress: string | null;
  childWords: string | null;
  nextSteps: string | null;
  selfAssessment: Record<string, string>;
};

/** The visit row first (the facts every other reader uses), then the contact's notes keyed to it. */
export async function insertContact(q: Queryable, c: NewContact): Promise<string> {
  const [visit] = await q.query<{ id: string }>(
    `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face, caseworker_account_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.jurisdictionId, c.childId, c.date, c.location, c.faceToFace, c.workerId],
  );
  await q.query(
    `INSERT INTO caseworker_contact (visit_id, jurisdiction_id, contact_time, contact_mode, place, time_alone,
       minutes_alone, participants, purpose, safety_observations, case_plan_progress, child_words, next_steps,
       self_assessment, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      visit!.id,
      c.jurisdictionId,
      c.time,
      c.mode,
      c.place,
      c.timeAlone,
      c.minutesAlone,
      c.participants,
      c.purpose,
      c.safetyObservations,
      c.casePlanProgress,
      c.childWords,
      c.nextSteps,
      JSON.stringify(c.selfAssessment),
      c.workerId,
    ],
  );
  return visit!.id;
}

/** A child's contacts (and visits recorded without notes), newest first; the child is checked by the caller. */
export async function listContacts(
  q: Queryable,
  childId: string,
  limit: number,
  offset: number,
): Promise<ContactRow[]> {
  return q.query<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM ${CONTACT_FROM}
      WHERE v.child_id = $1
      ORDER BY v.visit_date DESC, cc.contact_time DESC NULLS LAST, v.recorded_at DESC, v.id
      LIMIT $2 OFFSET $3`,
    [childId, limit, offset],
  );
}

/** One contact, when the actor holds `permission` on its child. */
export async function findContact(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  visitId: string,
): Promise<(ContactRow & { given_name: string; family_name: string; worker_unit_id: string | null }) | null> {
  const p = new SqlParams();
  const id = p.add(visitId);
  const [row] = await q.query<
    ContactRow & { given_name: string; family_name: string; worker_unit_id: string | null }
  >(
    `SELECT ${CONTACT_COLUMNS}, pe.given_name, pe.family_name, wa.unit_id AS worker_unit_id
       FROM ${CONTACT_FROM}
       JOIN child ch ON ch.id = v.child_id JOIN person pe ON pe.id = ch.person_id
      WHERE v.id = ${id} AND ${childAccess(actor, permission, 'ch', p)}`,
    p.values,
  );
  return row ?? null;
}

/**
 * The review relationship (domain-rules §3.2; issue 6): a supervisor reviews the contacts of the workers of
 * their own unit, and only with `contact.review` on the `unit` scope. Deny by default: no scope, no unit.
 */
export function mayReviewWorker(actor: Actor, workerUnitId: string | null): boolean {
  return (
    scopesFor(actor.roles, 'contact.review').includes('unit') &&
    actor.unitId !== null &&
    workerUnitId === actor.unitId
  );
}

export type ReviewRow = {
  id: string;
  visit_id: string;
  worker_id: string;
  worker_name: string;
  reviewer_id: string;
  reviewer_name: string;
  reviewed_on: string;
  ratings: Record<string, string>;
  strengths: string | null;
  comments: string | null;
  actions: {
    id: string;
    description: string;
    dueDate: string;
    status: string;
    note: string | null;
    changedOn: string | null;
    version: number;
  }[];
  child_id: string;
  given_name: string;
  family_name: string;
  visit_date: string;
  self_assessment: Record<string, string> | null;
  worker_unit_id: string | null;
};

const REVIEW_SELECT = `SELECT r.id, r.visit_id, r.worker_account_id AS worker_id, wa.display_name AS worker_name,
    r.reviewer_account_id AS reviewer_id, ra.display_name AS reviewer_name, r.reviewed_on, r.ratings,
    r.strengths, r.comments, v.child_id, pe.given_name, pe.family_name, v.visit_date, cc.self_assessment,
    wa.unit_id AS worker_unit_id,
    COALESCE((SELECT json_agg(json_build_object('id', a.id, 'description', a.description, 'dueDate', a.due_date,
        'status', a.status, 'note', a.status_note, 'changedOn', a.status_changed_on, 'version', a.version)
        ORDER BY a.position)
      FROM contact_review_action a WHERE a.review_id = r.id), '[]'::json) AS actions
  FROM contact_review r
  JOIN caseworker_contact cc ON cc.visit_id = r.visit_id
  JOIN caseworker_visit v ON v.id = r.visit_id
  JOIN child ch ON ch.id = v.child_id JOIN person pe ON pe.id = ch.person_id
  JOIN user_account wa ON wa.id = r.worker_account_id
  JOIN user_account ra ON ra.id = r.reviewer_account_id`;

export async function reviewsOfContact(q: Queryable, visitId: string): Promise<ReviewRow[]> {
  return q.query<ReviewRow>(
    `${REVIEW_SELECT} WHERE r.visit_id = $1 ORDER BY r.reviewed_on DESC, r.recorded_at DESC`,
    [visitId],
  );
}

/** One review by id; the caller has checked the actor's relationship to it. */
export async function listReviewById(q: Queryable, reviewId: string): Promise<ReviewRow[]> {
  return q.query<ReviewRow>(`${REVIEW_SELECT} WHERE r.id = $1`, [reviewId]);
}

/**
 * Reviews the actor may see in their own list: of their own contacts (as the worker), those they wrote,
 * and, with `contact.review` on their unit, those of their unit's workers. Always within the jurisdiction.
 */
export async function listMyReviews(q: Queryable, actor: Actor, limit: number): Promise<ReviewRow[]> {
  const p = new SqlParams();
  const me = p.add(actor.accountId);
  const parts = [`r.worker_account_id = ${me}`, `r.reviewer_account_id = ${me}`];
  if (scopesFor(actor.roles, 'contact.review').includes('unit') && actor.unitId)
    parts.push(`wa.unit_id = ${p.add(actor.unitId)}`);
  return q.query<ReviewRow>(
    `${REVIEW_SELECT}
      WHERE r.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND (${parts.join(' OR ')})
      ORDER BY r.reviewed_on DESC, r.recorded_at DESC LIMIT ${p.add(limit)}`,
    p.values,
  );
}

export async function insertReview(
  q: Queryable,
  r: {
    jurisdictionId: string;
    visitId: string;
    workerId: string;
    reviewerId: string;
    reviewedOn: string;
    ratings: Record<string, string>;
    strengths: string | null;
    comments: string | null;
    actions: { description: string; dueDate: string }[];
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO contact_review (jurisdiction_id, visit_id, worker_account_id, reviewer_account_id, reviewed_on,
       ratings, strengths, comments)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      r.jurisdictionId,
      r.visitId,
      r.workerId,
      r.reviewerId,
      r.reviewedOn,
      JSON.stringify(r.ratings),
      r.strengths,
      r.comments,
    ],
  );
  for (const [i, a] of r.actions.entries())
    await q.query(
      `INSERT INTO contact_review_action (jurisdiction_id, review_id, position, description, due_date)
       VALUES ($1, $2, $3, $4, $5)`,
      [r.jurisdictionId, row!.id, i, a.description, a.dueDate],
    );
  return row!.id;
}

export type ActionRow = {
  id: string;
  review_id: string;
  status: string;
  status_note: string | null;
  version: number;
  worker_id: string;
  reviewer_id: string;
  worker_unit_id: string | null;
};

/** An action of a review plan, with who the review concerns; locked for the update that follows. */
export async function findAction(
  q: Queryable,
  actor: Actor,
  reviewId: string,
  actionId: string,
): Promise<ActionRow | null> {
  const [row] = await q.query<ActionRow>(
    `SELECT a.id, a.review_id, a.status, a.status_note, a.version, r.worker_account_id AS worker_id,
        r.reviewer_account_id AS reviewer_id, wa.unit_id AS worker_unit_id
       FROM contact_review_action a JOIN contact_review r ON r.id = a.review_id
       JOIN user_account wa ON wa.id = r.worker_account_id
      WHERE a.id = $1 AND a.review_id = $2 AND r.jurisdiction_id = $3
      FOR UPDATE OF a`,
    [actionId, reviewId, actor.jurisdictionId],
  );
  return row ?? null;
}

/** Writes the follow-up only at the version the caller loaded; false when another save came first. */
export async function updateAction(
  q: Queryable,
  actionId: string,
  version: number,
  status: string,
  note: string | null,
  on: string,
): Promise<boolean> {
  const rows = await q.query<{ id: string }>(
    `UPDATE contact_review_action SET status = $3, status_note = $4, status_changed_on = $5, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [actionId, version, status, note, on],
  );
  return rows.length === 1;
}

/** One child's rows for the month rule: birth, episodes and face-to-face visits as day numbers. */
export type ContactChildRow = {
  child_id: string;
  given_name: string;
  family_name: string;
  worker_id: string | null;
  worker_name: string | null;
  birth: number | null;
  removals: number[];
  discharges: (number | null)[];
  home: number[];
  away: number[];
};

/**
 * Every child the actor holds `contact.read` on with an episode that overlaps [from, to], with the facts
 * the month rule reads: the birth date, the episodes in removal order and the face-to-face visits in
 * [from, to] (day numbers, days since 1970-01-01, so the rows are small and need no date parsing). The
 * worker is the child's active caseworker on the case, one of the actor's unit first, then the latest.
 * Set-based: the children in scope are settled once (childrenInScope: one set query per scope, not the
 * per-child predicate, which cost most of the read for a unit of thousands), then their episodes, visits
 * and workers are each read in one pass and joined by hash, not looked up child by child.
 */
export async function loadComplianceChildren(
  q: Queryable,
  actor: Actor,
  opts: { from: string; to: string },
): Promise<ContactChildRow[]> {
  const p = new SqlParams();
  const from = p.add(opts.from);
  const to = p.add(opts.to);
  const unit = p.add(actor.unitId);
  // The scope as a set, settled once (a unit holds thousands of children), not tested child by child.
  const inScope = childrenInScope(actor, 'contact.read', p);
  // The planner overestimates the joins below by orders of magnitude, so PostgreSQL would compile the
  // query (JIT) for about a second on every call; the work itself takes a fraction of that. Off for this
  // transaction only (the caller's), so nothing else is affected.
  await q.query('SET LOCAL jit = off');
  const rows = await q.query<ContactChildRow>(
    `WITH kids AS MATERIALIZED (
       SELECT ch.id, pe.given_name, pe.family_name, pe.birth_date
         FROM child ch JOIN person pe ON pe.id = ch.person_id
        WHERE ch.id IN (SELECT r.child_id FROM removal_episode r
                         WHERE r.removal_date <= ${to} AND (r.discharge_date IS NULL OR r.discharge_date > ${from}))
          AND ch.id IN (${inScope})
     ),
     -- Unordered: an ORDER BY inside the aggregate sorts each child's group on its own (a fifth of the
     -- query); the two arrays are fed the same rows in the same order, and inRemovalOrder sorts the pairs.
     eps AS (
       SELECT r.child_id,
              array_agg(r.removal_date - DATE '1970-01-01') AS removals,
              array_agg(r.discharge_date - DATE '1970-01-01') AS discharges
         FROM removal_episode r JOIN kids k ON k.id = r.child_id GROUP BY r.child_id
     ),
     vis AS (
       SELECT v.child_id,
              array_agg(v.visit_date - DATE '1970-01-01') FILTER (WHERE v.location = 'residence') AS home,
              array_agg(v.visit_date - DATE '1970-01-01') FILTER (WHERE v.location <> 'residence') AS away
         FROM caseworker_visit v JOIN kids k ON k.id = v.child_id
        WHERE v.face_to_face AND v.visit_date BETWEEN ${from} AND ${to}
        GROUP BY v.child_id
     ),
     wk AS (
       SELECT DISTINCT ON (cx.child_id) cx.child_id, cp.account_id, ua.display_name
         FROM case_child cx JOIN kids k ON k.id = cx.child_id
         JOIN case_participant cp ON cp.case_id = cx.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
         JOIN user_account ua ON ua.id = cp.account_id
        ORDER BY cx.child_id, (ua.unit_id IS NOT DISTINCT FROM ${unit}::uuid) DESC, cp.start_date DESC, cp.account_id
     )
     SELECT k.id AS child_id, k.given_name, k.family_name, wk.account_id AS worker_id, wk.display_name AS worker_name,
            (k.birth_date - DATE '1970-01-01') AS birth,
            eps.removals, eps.discharges,
            COALESCE(vis.home, '{}') AS home, COALESCE(vis.away, '{}') AS away
       FROM kids k
       JOIN eps ON eps.child_id = k.id
       LEFT JOIN vis ON vis.child_id = k.id
       LEFT JOIN wk ON wk.child_id = k.id
      ORDER BY k.family_name, k.given_name, k.id`,
    p.values,
  );
  return rows.map(inRemovalOrder);
}

/** The child's episodes by removal date, then discharge date (an open episode last), as the month rule reads them. */
function inRemovalOrder(row: ContactChildRow): ContactChildRow {
  if (row.removals.length < 2) return row;
  const order = row.removals.map((_, i) => i);
  const discharge = (i: number) => row.discharges[i] ?? Number.MAX_SAFE_INTEGER; // open: last
  order.sort((a, b) => row.removals[a]! - row.removals[b]! || discharge(a) - discharge(b));
  return {
    ...row,
    removals: order.map((i) => row.removals[i]!),
    discharges: order.map((i) => row.discharges[i] ?? null),
  };
}

/**
 * The bench view's facts for the given children, those the actor holds `permission` on: as
 * loadComplianceChildren, with every face-to-face visit on or before `today` (the latest may be old).
 */
export async function loadSummaryChildren(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  childIds: string[],
  today: string,
): Promise<ContactChildRow[]> {
  const p = new SqlParams();
  const ids = p.add(childIds);
  const day = p.add(today);
  const access = childAccess(actor, permission, 'ch', p);
  return q.query<ContactChildRow>(
    `SELECT ch.id AS child_id, pe.given_name, pe.family_name, NULL AS worker_id, NULL AS worker_name,
        (pe.birth_date - DATE '1970-01-01') AS birth,
        ARRAY(SELECT r.removal_date - DATE '1970-01-01' FROM removal_episode r WHERE r.child_id = ch.id
               ORDER BY r.removal_date, r.discharge_date NULLS LAST) AS removals,
        ARRAY(SELECT r.discharge_date - DATE '1970-01-01' FROM removal_episode r WHERE r.child_id = ch.id
               ORDER BY r.removal_date, r.discharge_date NULLS LAST) AS discharges,
        ARRAY(SELECT v.visit_date - DATE '1970-01-01' FROM caseworker_visit v
               WHERE v.child_id = ch.id AND v.face_to_face AND v.location = 'residence'
                 AND v.visit_date <= ${day}) AS home,
        ARRAY(SELECT v.visit_date - DATE '1970-01-01' FROM caseworker_visit v
               WHERE v.child_id = ch.id AND v.face_to_face AND v.location <> 'residence'
                 AND v.visit_date <= ${day}) AS away
       FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ANY(${ids}::uuid[]) AND ${access}`,
    p.values,
  );
}
