import type { ChecklistAnswers, Permission, SensitiveFieldClass } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/**
 * The only SQL for well-being checklists. Entry points that reach a child or a hearing take the actor and
 * apply its scope as SQL (server/src/access/scope.ts); the loaders by id take ids already reached that way.
 */

export type ChildAtHearingRow = {
  child_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  hearing_id: string;
  jurisdiction_id: string;
  case_id: string;
  petition_number: string;
  hearing_type: string;
  scheduled_start: Date;
  hearing_status: string;
  /** The viewer reads the child's history, or sits on (or clerks for) the case's bench. */
  full_view: boolean;
  may_write: boolean;
  may_read_sensitive: boolean;
};

/**
 * A child of the hearing's case, reached through the actor's scope for `permission` over the child; with
 * what else the actor may do there, asked in the same query.
 */
export async function findChildAtHearing(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  hearingId: string,
  childId: string,
): Promise<ChildAtHearingRow | null> {
  const p = new SqlParams();
  const h = p.add(hearingId);
  const c = p.add(childId);
  const history = childAccess(actor, 'child.readHistory', 'ch', p);
  const bench = caseAccess(actor, 'docket.read', 'cs', p);
  const write = childAccess(actor, 'wellbeing.record', 'ch', p);
  const sensitive = childAccess(actor, 'sensitive.read', 'ch', p);
  const [row] = await q.query<ChildAtHearingRow>(
    `SELECT ch.id AS child_id, pe.given_name, pe.family_name, to_char(pe.birth_date, 'YYYY-MM-DD') AS birth_date,
            hr.id AS hearing_id, hr.jurisdiction_id, hr.case_id, cs.petition_number, hr.hearing_type, hr.scheduled_start,
            hr.status AS hearing_status,
            ((${history}) OR (${bench})) AS full_view, (${write}) AS may_write, (${sensitive}) AS may_read_sensitive
       FROM hearing hr JOIN court_case cs ON cs.id = hr.case_id
       JOIN case_child cc ON cc.case_id = hr.case_id
       JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
      WHERE hr.id = ${h} AND ch.id = ${c} AND ${childAccess(actor, permission, 'ch', p)}`,
    p.values,
  );
  return row ?? null;
}

export type ChildForHistoryRow = {
  child_id: string;
  full_view: boolean;
  may_read_sensitive: boolean;
};

/** A child the actor may read (`child.read`), with the same view questions as above. */
export async function findChildForHistory(
  q: Queryable,
  actor: Actor,
  childId: string,
): Promise<ChildForHistoryRow | null> {
  const p = new SqlParams();
  const c = p.add(childId);
  const history = childAccess(actor, 'child.readHistory', 'ch', p);
  const bench = caseAccess(actor, 'docket.read', 'cs', p);
  const sensitive = childAccess(actor, 'sensitive.read', 'ch', p);
  const [row] = await q.query<ChildForHistoryRow>(
    `SELECT ch.id AS child_id,
            ((${history}) OR EXISTS (SELECT 1 FROM case_child bc JOIN court_case cs ON cs.id = bc.case_id
                                     WHERE bc.child_id = ch.id AND ${bench})) AS full_view,
            (${sensitive}) AS may_read_sensitive
       FROM child ch
      WHERE ch.id = ${c} AND ${childAccess(actor, 'child.read', 'ch', p)}`,
    p.values,
  );
  return row ?? null;
}

export type ChecklistRow = {
  id: string;
  child_id: string;
  hearing_id: string;
  hearing_type: string;
  scheduled_start: Date;
  instrument_version: number;
  age_band: string | null;
  status: 'draft' | 'submitted';
  answers: ChecklistAnswers;
  carried_from: string | null;
  updated_at: Date;
  submitted_at: Date | null;
  version: number;
};

/** Every checklist of these children, each child's oldest hearing first. */
export async function loadChecklists(q: Queryable, childIds: readonly string[]): Promise<ChecklistRow[]> {
  if (childIds.length === 0) return [];
  return q.query<ChecklistRow>(
    `SELECT w.id, w.child_id, w.hearing_id, h.hearing_type, h.scheduled_start, w.instrument_version, w.age_band,
            w.status, w.answers, w.carried_from, w.updated_at, w.submitted_at, w.version
       FROM wellbeing_checklist w JOIN hearing h ON h.id = w.hearing_id
      WHERE w.child_id = ANY($1::uuid[])
      ORDER BY w.child_id, h.scheduled_start, w.created_at`,
    [childIds],
  );
}

/** Locks a child's checklist at a hearing for a save; its version, or null when there is none yet. */
export async function lockChecklist(
  q: Queryable,
  hearingId: string,
  childId: string,
): Promise<{ id: string; version: number } | null> {
  const [row] = await q.query<{ id: string; version: number }>(
    'SELECT id, version FROM wellbeing_checklist WHERE hearing_id = $1 AND child_id = $2 FOR UPDATE',
    [hearingId, childId],
  );
  return row ?? null;
}

/** The first save. False when someone else saved one first (the unique key holds). */
export async function insertChecklist(
  q: Queryable,
  c: {
    jurisdictionId: string;
    hearingId: string;
    childId: string;
    instrumentVersion: number;
    ageBand: string | null;
    status: 'draft' | 'submitted';
    answers: ChecklistAnswers;
    carriedFrom: string | null;
    by: string;
  },
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO wellbeing_checklist (jurisdiction_id, hearing_id, child_id, instrument_version, age_band, status,
       answers, carried_from, created_by, updated_by, submitted_by, submitted_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9, CASE WHEN $6 = 'submitted' THEN $9::uuid END,
             CASE WHEN $6 = 'submitted' THEN now() END)
     ON CONFLICT (hearing_id, child_id) DO NOTHING RETURNING id`,
    [
      c.jurisdictionId,
      c.hearingId,
      c.childId,
      c.instrumentVersion,
      c.ageBand,
      c.status,
      JSON.stringify(c.answers),
      c.carriedFrom,
      c.by,
    ],
  );
  return rows.length > 0;
}

/** A later save, if the checklist is still at `version`. False when someone changed it first. */
export async function updateChecklist(
  q: Queryable,
  c: { id: string; version: number; status: 'draft' | 'submitted'; answers: ChecklistAnswers; by: string },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE wellbeing_checklist
        SET answers = $3, status = $4, updated_by = $5, updated_at = now(), version = version + 1,
            submitted_by = CASE WHEN status = 'draft' AND $4 = 'submitted' THEN $5::uuid ELSE submitted_by END,
            submitted_at = CASE WHEN status = 'draft' AND $4 = 'submitted' THEN now() ELSE submitted_at END
      WHERE id = $1 AND version = $2 RETURNING id`,
    [c.id, c.version, JSON.stringify(c.answers), c.status, c.by],
  );
  return rows.length > 0;
}

/**
 * The writer's role on the case, as the answers record who gave them: their active case role, or for a
 * supervisor reaching the case through their unit, 'supervisor'.
 */
export async function writerRole(q: Queryable, actor: Actor, caseId: string): Promise<string> {
  const [row] = await q.query<{ case_role: string }>(
    `SELECT case_role FROM case_participant
      WHERE case_id = $1 AND account_id = $2 AND end_date IS NULL
      ORDER BY CASE case_role WHEN 'caseworker' THEN 0 WHEN 'supervisor' THEN 1 WHEN 'guardian_ad_litem' THEN 2
               WHEN 'youth_attorney' THEN 3 WHEN 'casa_volunteer' THEN 4 ELSE 5 END
      LIMIT 1`,
    [caseId, actor.accountId],
  );
  return row?.case_role ?? 'supervisor';
}

export type BenchChildRow = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  removal_date: string | null;
  setting: string | null;
  provider_name: string | null;
  placed_since: string | null;
  may_read_sensitive: boolean;
  /** The sensitive classes the actor holds live grants for over this child (as child.repo.ts grantedClasses). */
  granted: SensitiveFieldClass[];
  /** Every checklist of the child, oldest hearing first (as loadChecklists; timestamps as ISO text). */
  checklists: ChecklistRow[];
};

/**
 * The children of a case the actor may read, with the open removal (days in care), the placement of that
 * removal now, the actor's sensitive grants over each child and each child's checklists: one query for all
 * of them, the bench view being read at every hearing.
 */
export async function benchChildren(
  q: Queryable,
  actor: Actor,
  caseId: string,
  now: Date,
): Promise<BenchChildRow[]> {
  const p = new SqlParams();
  const c = p.add(caseId);
  const sensitive = childAccess(actor, 'sensitive.read', 'ch', p);
  const account = p.add(actor.accountId);
  const jurisdiction = p.add(actor.jurisdictionId);
  const at = p.add(now);
  return q.query<BenchChildRow>(
    `SELECT ch.id, pe.given_name, pe.family_name, to_char(pe.birth_date, 'YYYY-MM-DD') AS birth_date,
            to_char(r.removal_date, 'YYYY-MM-DD') AS removal_date, pl.setting, pv.name AS provider_name,
            to_char(pl.start_date, 'YYYY-MM-DD') AS placed_since, (${sensitive}) AS may_read_sensitive,
            ARRAY(SELECT DISTINCT g.field_class FROM sensitive_grant g
                   WHERE g.account_id = ${account} AND g.jurisdiction_id = ${jurisdiction} AND g.revoked_at IS NULL
                     AND (g.expires_at IS NULL OR g.expires_at > ${at})
                     AND (g.case_id IS NULL OR g.case_id IN (SELECT gc.case_id FROM case_child gc WHERE gc.child_id = ch.id))
                 ) AS granted,
            (SELECT coalesce(json_agg(json_build_object('id', w.id, 'child_id', w.child_id, 'hearing_id', w.hearing_id,
                      'hearing_type', h.hearing_type, 'scheduled_start', h.scheduled_start,
                      'instrument_version', w.instrument_version, 'age_band', w.age_band, 'status', w.status,
                      'answers', w.answers, 'carried_from', w.carried_from, 'updated_at', w.updated_at,
                      'submitted_at', w.submitted_at, 'version', w.version) ORDER BY h.scheduled_start, w.created_at), '[]')
               FROM wellbeing_checklist w JOIN hearing h ON h.id = w.hearing_id WHERE w.child_id = ch.id) AS checklists
       FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
       LEFT JOIN LATERAL (SELECT re.id, re.removal_date FROM removal_episode re
                           WHERE re.child_id = ch.id AND re.discharge_date IS NULL
                           ORDER BY re.removal_date DESC LIMIT 1) r ON true
       LEFT JOIN LATERAL (SELECT x.setting, x.provider_id, x.start_date FROM placement x
                           WHERE x.removal_id = r.id AND x.end_date IS NULL
                           ORDER BY x.start_date DESC LIMIT 1) pl ON true
       LEFT JOIN provider pv ON pv.id = pl.provider_id
      WHERE cc.case_id = ${c} AND ${childAccess(actor, 'child.read', 'ch', p)}
      ORDER BY pe.birth_date NULLS LAST, pe.given_name, ch.id`,
    p.values,
  );
}
