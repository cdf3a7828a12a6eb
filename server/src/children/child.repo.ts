import type { Permission, SensitiveFieldClass } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/** The only SQL for a child's record. Entry points take the actor and apply its scope as SQL. */

export type ChildRow = {
  id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  sex: string | null;
  primary_language: string;
  county: string | null;
  version: number;
};

const CHILD_COLUMNS = `ch.id, ch.person_id, pe.given_name, pe.family_name, pe.birth_date, pe.sex,
  pe.primary_language, ch.county, ch.version`;

export async function findChild(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  childId: string,
  opts: { breakGlass?: boolean; forUpdate?: boolean } = {},
): Promise<ChildRow | null> {
  const p = new SqlParams();
  const id = p.add(childId);
  const [row] = await q.query<ChildRow>(
    `SELECT ${CHILD_COLUMNS}
       FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ${id} AND ${childAccess(actor, permission, 'ch', p, opts.breakGlass)}
      ${opts.forUpdate ? 'FOR UPDATE OF ch' : ''}`,
    p.values,
  );
  return row ?? null;
}

/**
 * The child as one viewer may open it, with whether that viewer may also see the history and the
 * sensitive classes through a relationship: one query for the three questions the child page asks.
 */
export async function findChildForViewer(
  q: Queryable,
  actor: Actor,
  childId: string,
  breakGlass: boolean,
): Promise<(ChildRow & { may_read_history: boolean; may_read_sensitive: boolean }) | null> {
  const p = new SqlParams();
  const id = p.add(childId);
  const history = childAccess(actor, 'child.readHistory', 'ch', p);
  const sensitive = childAccess(actor, 'sensitive.read', 'ch', p);
  const [row] = await q.query<ChildRow & { may_read_history: boolean; may_read_sensitive: boolean }>(
    `SELECT ${CHILD_COLUMNS}, (${history}) AS may_read_history, (${sensitive}) AS may_read_sensitive
       FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ${id} AND ${childAccess(actor, 'child.read', 'ch', p, breakGlass)}`,
    p.values,
  );
  return row ?? null;
}

export type PlacementRow = {
  id: string;
  removal_id: string;
  setting: string;
  provider_name: string | null;
  start_date: string;
  end_date: string | null;
};

export async function loadPlacements(q: Queryable, childId: string): Promise<PlacementRow[]> {
  return q.query(
    `SELECT pl.id, pl.removal_id, pl.setting, pv.name AS provider_name, pl.start_date, pl.end_date
       FROM placement pl LEFT JOIN provider pv ON pv.id = pl.provider_id
      WHERE pl.child_id = $1 ORDER BY pl.start_date, pl.recorded_at`,
    [childId],
  );
}

export type RemovalRow = {
  id: string;
  case_id: string | null;
  removal_date: string;
  removal_manner: string;
  removal_reasons: string[];
  adjudication_date: string | null;
  discharge_date: string | null;
  discharge_reason: string | null;
  version: number;
};

const REMOVAL_COLUMNS = `r.id, r.case_id, r.removal_date, r.removal_manner, r.removal_reasons, r.adjudication_date,
  r.discharge_date, r.discharge_reason, r.version`;

export async function loadRemovals(q: Queryable, childId: string): Promise<RemovalRow[]> {
  return q.query(
    `SELECT ${REMOVAL_COLUMNS} FROM removal_episode r WHERE r.child_id = $1 ORDER BY r.removal_date`,
    [childId],
  );
}

export async function findRemoval(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  removalId: string,
  forUpdate = false,
): Promise<(RemovalRow & { child_id: string }) | null> {
  const p = new SqlParams();
  const id = p.add(removalId);
  const [row] = await q.query<RemovalRow & { child_id: string }>(
    `SELECT ${REMOVAL_COLUMNS}, r.child_id FROM removal_episode r JOIN child ch ON ch.id = r.child_id
      WHERE r.id = ${id} AND ${childAccess(actor, permission, 'ch', p)} ${forUpdate ? 'FOR UPDATE OF r' : ''}`,
    p.values,
  );
  return row ?? null;
}

export async function loadChildCases(
  q: Queryable,
  childId: string,
): Promise<{ id: string; petition_number: string; status: string }[]> {
  return q.query(
    `SELECT c.id, c.petition_number, c.status FROM case_child cc JOIN court_case c ON c.id = cc.case_id
      WHERE cc.child_id = $1 ORDER BY c.filing_date`,
    [childId],
  );
}

export async function loadPlans(
  q: Queryable,
  childId: string,
): Promise<
  { id: string; plan_kind: string; goal: string; established_date: string; ended_date: string | null }[]
> {
  return q.query(
    `SELECT id, plan_kind, goal, established_date, ended_date FROM permanency_plan
      WHERE child_id = $1 ORDER BY established_date, plan_kind`,
    [childId],
  );
}

export async function loadFindings(
  q: Queryable,
  childId: string,
): Promise<{ finding_type: string; is_made: boolean; finding_date: string; order_id: string }[]> {
  return q.query(
    'SELECT finding_type, is_made, finding_date, order_id FROM finding WHERE child_id = $1 ORDER BY finding_date, finding_type',
    [childId],
  );
}

export async function loadUpcomingHearings(
  q: Queryable,
  childId: string,
  now: Date,
): Promise<{ id: string; hearing_type: string; scheduled_start: Date; courtroom: string | null }[]> {
  return q.query(
    `SELECT h.id, h.hearing_type, h.scheduled_start, cr.name AS courtroom
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id LEFT JOIN courtroom cr ON cr.id = h.courtroom_id
      WHERE cc.child_id = $1 AND h.status = 'scheduled' AND h.scheduled_start >= $2
      ORDER BY h.scheduled_start LIMIT 5`,
    [childId, now],
  );
}

/** Sensitive classes the account holds an explicit, live grant for, for this child's cases. */
export async function grantedClasses(
  q: Queryable,
  actor: Actor,
  childId: string,
  now: Date,
): Promise<SensitiveFieldClass[]> {
  const rows = await q.query<{ field_class: SensitiveFieldClass }>(
    `SELECT DISTINCT g.field_class FROM sensitive_grant g
      WHERE g.account_id = $1 AND g.jurisdiction_id = $2 AND g.revoked_at IS NULL
        AND (g.expires_at IS NULL OR g.expires_at > $4)
        AND (g.case_id IS NULL OR g.case_id IN (SELECT case_id FROM case_child WHERE child_id = $3))`,
    [actor.accountId, actor.jurisdictionId, childId, now],
  );
  return rows.map((r) => r.field_class);
}

export async function loadSensitive(
  q: Queryable,
  childId: string,
  classes: SensitiveFieldClass[],
): Promise<{ field_class: string; summary: string; recorded_at: Date }[]> {
  if (classes.length === 0) return [];
  return q.query(
    `SELECT field_class, summary, recorded_at FROM child_sensitive_fact
      WHERE child_id = $1 AND field_class = ANY($2::text[]) ORDER BY recorded_at`,
    [childId, classes],
  );
}

export async function insertSensitive(
  q: Queryable,
  f: { jurisdictionId: string; childId: string; fieldClass: string; summary: string; recordedBy: string },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO child_sensitive_fact (jurisdiction_id, child_id, field_class, summary, recorded_by)
     VALUES ($1,$2,$3,$4,$5) RETURNING id`,
    [f.jurisdictionId, f.childId, f.fieldClass, f.summary, f.recordedBy],
  );
  return row!.id;
}

export async function caseHasChild(q: Queryable, caseId: string, childId: string): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM case_child WHERE case_id = $1 AND child_id = $2', [caseId, childId]))
      .length > 0
  );
}

export async function insertRemoval(
  q: Queryable,
  r: {
    jurisdictionId: string;
    childId: string;
    caseId: string;
    removalDate: string;
    removalManner: string;
    removalReasons: string[];
    removalEnvironment: string | null;
    adjudicationDate: string | null;
    dischargeDate: string | null;
    dischargeReason: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner, removal_reasons,
       removal_environment, adjudication_date, discharge_date, discharge_reason, discharge_recorded_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10, CASE WHEN $9::date IS NULL THEN NULL ELSE now() END) RETURNING id`,
    [
      r.jurisdictionId,
      r.childId,
      r.caseId,
      r.removalDate,
      r.removalManner,
      r.removalReasons,
      r.removalEnvironment,
      r.adjudicationDate,
      r.dischargeDate,
      r.dischargeReason,
    ],
  );
  return row!.id;
}

export async function updateRemoval(
  q: Queryable,
  removalId: string,
  expectedVersion: number,
  f: { adjudication_date: string | null; discharge_date: string | null; discharge_reason: string | null },
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE removal_episode SET adjudication_date = $3, discharge_date = $4, discharge_reason = $5,
       discharge_recorded_at = CASE WHEN $4::date IS DISTINCT FROM discharge_date THEN $6::timestamptz ELSE discharge_recorded_at END,
       version = version + 1
     WHERE id = $1 AND version = $2 RETURNING id`,
    [removalId, expectedVersion, f.adjudication_date, f.discharge_date, f.discharge_reason, now],
  );
  return rows.length === 1;
}

export async function providerInJurisdiction(
  q: Queryable,
  jurisdictionId: string,
  providerId: string,
): Promise<boolean> {
  return (
    (
      await q.query('SELECT 1 FROM provider WHERE id = $1 AND jurisdiction_id = $2', [
        providerId,
        jurisdictionId,
      ])
    ).length > 0
  );
}

export async function insertPlacement(
  q: Queryable,
  p: {
    jurisdictionId: string;
    removalId: string;
    childId: string;
    setting: string;
    providerId: string | null;
    startDate: string;
    endDate: string | null;
    outOfState: boolean;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date, end_date, out_of_state)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [p.jurisdictionId, p.removalId, p.childId, p.setting, p.providerId, p.startDate, p.endDate, p.outOfState],
  );
  return row!.id;
}

/** Ends the open placement of an episode the day a new one starts: a child lives in one place at a time. */
export async function closeOpenPlacement(q: Queryable, removalId: string, endDate: string): Promise<void> {
  await q.query(
    'UPDATE placement SET end_date = $2 WHERE removal_id = $1 AND end_date IS NULL AND start_date <= $2',
    [removalId, endDate],
  );
}

export async function insertPlan(
  q: Queryable,
  p: {
    jurisdictionId: string;
    childId: string;
    removalId: string | null;
    planKind: string;
    goal: string;
    establishedDate: string;
  },
): Promise<string> {
  // A new plan of a kind replaces the current plan of that kind.
  await q.query(
    `UPDATE permanency_plan SET ended_date = $3
      WHERE child_id = $1 AND plan_kind = $2 AND ended_date IS NULL AND established_date <= $3`,
    [p.childId, p.planKind, p.establishedDate],
  );
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO permanency_plan (jurisdiction_id, child_id, removal_id, plan_kind, goal, established_date)
     VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [p.jurisdictionId, p.childId, p.removalId, p.planKind, p.goal, p.establishedDate],
  );
  return row!.id;
}

/** Changes a child's identity fields under optimistic concurrency; false when the version moved on. */
export async function updateChild(
  q: Queryable,
  child: ChildRow,
  expectedVersion: number,
  next: {
    given_name: string;
    family_name: string;
    birth_date: string | null;
    sex: string | null;
    primary_language: string;
    county: string | null;
  },
): Promise<boolean> {
  const rows = await q.query(
    'UPDATE child SET county = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id',
    [child.id, expectedVersion, next.county],
  );
  if (rows.length !== 1) return false;
  await q.query(
    `UPDATE person SET given_name = $2, family_name = $3, birth_date = $4, sex = $5, primary_language = $6
      WHERE id = $1`,
    [child.person_id, next.given_name, next.family_name, next.birth_date, next.sex, next.primary_language],
  );
  return true;
}

export type ChildListRow = {
  id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  next_hearing_type: string | null;
  next_hearing_start: Date | null;
};

/** The children the actor may read, by name, with each one's next scheduled hearing. */
export async function listChildren(
  q: Queryable,
  actor: Actor,
  page: { limit: number; offset: number; now: Date },
): Promise<ChildListRow[]> {
  const p = new SqlParams();
  const access = childAccess(actor, 'child.read', 'ch', p);
  const now = p.add(page.now);
  return q.query<ChildListRow>(
    `SELECT ch.id, pe.given_name, pe.family_name, pe.birth_date,
            nh.hearing_type AS next_hearing_type, nh.scheduled_start AS next_hearing_start
       FROM child ch JOIN person pe ON pe.id = ch.person_id
       LEFT JOIN LATERAL (SELECT h.hearing_type, h.scheduled_start FROM hearing h
          JOIN case_child cc ON cc.case_id = h.case_id
         WHERE cc.child_id = ch.id AND h.status = 'scheduled' AND h.scheduled_start >= ${now}
         ORDER BY h.scheduled_start LIMIT 1) nh ON true
      WHERE ${access}
      ORDER BY pe.family_name, pe.given_name, ch.id
      LIMIT ${p.add(page.limit + 1)} OFFSET ${p.add(page.offset)}`,
    p.values,
  );
}
