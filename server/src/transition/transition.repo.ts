import type { CreditCheck, ExitDocument, ExcludedPerson, TeamMember, VisitStage } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';

/**
 * The only SQL for transition plans. Every entry point that takes a child id takes the actor too and
 * applies its scope as SQL; the loaders after it read only a child already found in scope.
 */

export type ChildFacts = {
  id: string;
  jurisdiction_id: string;
  birth_date: string | null;
  /** The viewer is this child (the youth's own record). */
  is_self: boolean;
  may_record: boolean;
  may_write_goals: boolean;
  may_read_sensitive: boolean;
  may_write_sensitive: boolean;
  removal_id: string | null;
  removal_date: string | null;
};

/**
 * The child if `actor` holds `permission` on it, with the other relationships the transition pages ask
 * about and the current removal episode on `today`: one query.
 */
export async function findChildFacts(
  q: Queryable,
  actor: Actor,
  permission: 'transition.read' | 'child.readHistory' | 'plan.record' | 'transition.writeGoals',
  childId: string,
  today: string,
  forUpdate = false,
): Promise<ChildFacts | null> {
  const p = new SqlParams();
  const id = p.add(childId);
  const day = p.add(today);
  const self = actor.personId ? `ch.person_id = ${p.add(actor.personId)}` : 'false';
  const [row] = await q.query<ChildFacts>(
    `SELECT ch.id, ch.jurisdiction_id, pe.birth_date, (${self}) AS is_self,
            (${childAccess(actor, 'plan.record', 'ch', p)}) AS may_record,
            (${childAccess(actor, 'transition.writeGoals', 'ch', p)}) AS may_write_goals,
            (${childAccess(actor, 'sensitive.read', 'ch', p)}) AS may_read_sensitive,
            (${childAccess(actor, 'sensitive.write', 'ch', p)}) AS may_write_sensitive,
            cur.id AS removal_id, cur.removal_date
       FROM child ch JOIN person pe ON pe.id = ch.person_id
       LEFT JOIN LATERAL (SELECT r.id, r.removal_date FROM removal_episode r
          WHERE r.child_id = ch.id AND r.removal_date <= ${day}
            AND (r.discharge_date IS NULL OR r.discharge_date > ${day})
          ORDER BY r.removal_date DESC LIMIT 1) cur ON true
      WHERE ch.id = ${id} AND ${childAccess(actor, permission, 'ch', p)}
      ${forUpdate ? 'FOR UPDATE OF ch' : ''}`,
    p.values,
  );
  return row ?? null;
}

/** Whether the account holds a live explicit grant of the 'health' class for this child's cases. */
export async function holdsHealthGrant(
  q: Queryable,
  actor: Actor,
  childId: string,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM sensitive_grant g
      WHERE g.account_id = $1 AND g.jurisdiction_id = $2 AND g.field_class = 'health' AND g.revoked_at IS NULL
        AND (g.expires_at IS NULL OR g.expires_at > $4)
        AND (g.case_id IS NULL OR g.case_id IN (SELECT case_id FROM case_child WHERE child_id = $3))
      LIMIT 1`,
    [actor.accountId, actor.jurisdictionId, childId, now],
  );
  return rows.length > 0;
}

export type DomainValue = { state: 'not_started' | 'in_progress' | 'in_place'; notes: string };
export type HealthValue = { coverage: DomainValue; proxy: DomainValue };

export type PlanRow = {
  id: string;
  version: number;
  extended_care: boolean;
  ninety_day_completed_on: string | null;
  housing: DomainValue;
  education: DomainValue;
  employment: DomainValue;
  connections: { name: string; relationship: string; note: string }[];
  team: TeamMember[];
  exit_documents: ExitDocument[];
  credit_checks: CreditCheck[];
  youth_goals: string;
  youth_goals_by: 'youth' | 'staff' | null;
  youth_goals_at: Date | null;
  updated_at: Date;
};

const PLAN_COLUMNS = `tp.id, tp.version, tp.extended_care, tp.ninety_day_completed_on, tp.housing, tp.education,
  tp.employment, tp.connections, tp.team, tp.exit_documents, tp.credit_checks, tp.youth_goals, tp.youth_goals_by,
  tp.youth_goals_at, tp.updated_at`;

/** The plan of a child found in scope; the health class only when `withHealth` (the caller checked it). */
export async function loadPlan(
  q: Queryable,
  childId: string,
  opts: { withHealth: boolean; forUpdate?: boolean },
): Promise<(PlanRow & { health: HealthValue | null }) | null> {
  const [row] = await q.query<PlanRow & { health: HealthValue | null }>(
    `SELECT ${PLAN_COLUMNS}, ${opts.withHealth ? 'tp.health' : 'NULL::jsonb AS health'}
       FROM transition_plan tp WHERE tp.child_id = $1 ${opts.forUpdate ? 'FOR UPDATE' : ''}`,
    [childId],
  );
  return row ?? null;
}

/** The health class alone, for the rules that need to know whether it is filled in (never shown). */
export async function loadPlanHealth(q: Queryable, planId: string): Promise<HealthValue | null> {
  const [row] = await q.query<{ health: HealthValue }>('SELECT health FROM transition_plan WHERE id = $1', [
    planId,
  ]);
  return row?.health ?? null;
}

export type VersionRow = {
  version: number;
  recorded_at: Date;
  recorded_by: string | null;
  by_youth: boolean;
  changed: string[];
};

export async function loadVersions(q: Queryable, planId: string): Promise<VersionRow[]> {
  return q.query<VersionRow>(
    `SELECT v.version, v.recorded_at, a.display_name AS recorded_by, v.by_youth, v.changed
       FROM transition_plan_version v LEFT JOIN user_account a ON a.id = v.recorded_by
      WHERE v.plan_id = $1 ORDER BY v.version DESC`,
    [planId],
  );
}

/** The plan's content as stored: the columns a write sets. */
export type PlanContent = {
  extendedCare: boolean;
  ninetyDayCompletedOn: string | null;
  housing: DomainValue;
  education: DomainValue;
  employment: DomainValue;
  connections: { name: string; relationship: string; note: string }[];
  team: TeamMember[];
  exitDocuments: ExitDocument[];
  creditChecks: CreditCheck[];
  youthGoals: string;
  youthGoalsBy: 'youth' | 'staff' | null;
  health: HealthValue;
};

const contentValues = (c: PlanContent): unknown[] => [
  c.extendedCare,
  c.ninetyDayCompletedOn,
  JSON.stringify(c.housing),
  JSON.stringify(c.education),
  JSON.stringify(c.employment),
  JSON.stringify(c.connections),
  JSON.stringify(c.team),
  JSON.stringify(c.exitDocuments),
  JSON.stringify(c.creditChecks),
  c.youthGoals,
  c.youthGoalsBy,
  JSON.stringify(c.health),
];

export async function insertPlan(
  q: Queryable,
  f: { jurisdictionId: string; childId: string; by: string; now: Date; goalsChanged: boolean },
  c: PlanContent,
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO transition_plan (extended_care, ninety_day_completed_on, housing, education, employment,
       connections, team, exit_documents, credit_checks, youth_goals, youth_goals_by, health,
       jurisdiction_id, child_id, updated_by, created_at, updated_at, youth_goals_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$16, CASE WHEN $17 THEN $16::timestamptz END)
     RETURNING id`,
    [...contentValues(c), f.jurisdictionId, f.childId, f.by, f.now, f.goalsChanged],
  );
  return row!.id;
}

/** Writes the next version if the stored one is still `version`; false when someone saved first. */
export async function updatePlan(
  q: Queryable,
  f: { planId: string; version: number; by: string; now: Date; goalsChanged: boolean },
  c: PlanContent,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE transition_plan SET extended_care = $1, ninety_day_completed_on = $2, housing = $3, education = $4,
       employment = $5, connections = $6, team = $7, exit_documents = $8, credit_checks = $9, youth_goals = $10,
       youth_goals_by = $11, health = $12, updated_by = $13, updated_at = $14, version = version + 1,
       youth_goals_at = CASE WHEN $17 THEN $14::timestamptz ELSE youth_goals_at END
     WHERE id = $15 AND version = $16 RETURNING id`,
    [...contentValues(c), f.by, f.now, f.planId, f.version, f.goalsChanged],
  );
  return rows.length > 0;
}

export async function insertVersion(
  q: Queryable,
  v: {
    planId: string;
    version: number;
    jurisdictionId: string;
    content: Record<string, unknown>;
    health: HealthValue;
    changed: string[];
    byYouth: boolean;
    by: string;
    now: Date;
  },
): Promise<void> {
  await q.query(
    `INSERT INTO transition_plan_version (plan_id, version, jurisdiction_id, content, health, changed, by_youth,
       recorded_by, recorded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [
      v.planId,
      v.version,
      v.jurisdictionId,
      JSON.stringify(v.content),
      JSON.stringify(v.health),
      v.changed,
      v.byYouth,
      v.by,
      v.now,
    ],
  );
}

/**
 * Who the youth may not choose for their team: the caregivers of the placement they live in now and the
 * caseworkers on their open cases (SSA §475(1)(B), §475A(b)).
 */
export async function excludedPeople(q: Queryable, childId: string): Promise<ExcludedPerson[]> {
  return q.query<ExcludedPerson>(
    `SELECT pc.person_id AS "personId", p.given_name || ' ' || p.family_name AS name, 'foster_parent' AS why
       FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
       JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id JOIN person p ON p.id = pc.person_id
      WHERE pl.child_id = $1 AND pl.end_date IS NULL AND r.discharge_date IS NULL
     UNION
     SELECT cp.person_id, p.given_name || ' ' || p.family_name, 'caseworker'
       FROM case_child cc JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
       JOIN case_participant cp ON cp.case_id = c.id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN person p ON p.id = cp.person_id
      WHERE cc.child_id = $1`,
    [childId],
  );
}

// The transition home plan.

export type HomePlanRow = {
  id: string;
  removal_id: string;
  version: number;
  status: 'draft' | 'completed';
  completed_on: string | null;
  services: { name: string }[];
  safety_plan: string;
  visits: VisitStage[];
  aftercare: { name: string }[];
  updated_at: Date;
};

const HOME_COLUMNS = `hp.id, hp.removal_id, hp.version, hp.status, hp.completed_on, hp.services, hp.safety_plan,
  hp.visits, hp.aftercare, hp.updated_at`;

export async function loadHomePlans(q: Queryable, childId: string): Promise<HomePlanRow[]> {
  return q.query<HomePlanRow>(
    `SELECT ${HOME_COLUMNS} FROM transition_home_plan hp WHERE hp.child_id = $1 ORDER BY hp.created_at DESC`,
    [childId],
  );
}

export async function findHomePlan(
  q: Queryable,
  childId: string,
  planId: string,
): Promise<HomePlanRow | null> {
  const [row] = await q.query<HomePlanRow>(
    `SELECT ${HOME_COLUMNS} FROM transition_home_plan hp WHERE hp.id = $1 AND hp.child_id = $2 FOR UPDATE`,
    [planId, childId],
  );
  return row ?? null;
}

/** The home plan of a removal episode (the trial home visit guard reads it). */
export async function homePlanOfRemoval(
  q: Queryable,
  removalId: string,
): Promise<{ id: string; status: 'draft' | 'completed' } | null> {
  const [row] = await q.query<{ id: string; status: 'draft' | 'completed' }>(
    'SELECT id, status FROM transition_home_plan WHERE removal_id = $1',
    [removalId],
  );
  return row ?? null;
}

export type HomePlanContentRow = {
  status: 'draft' | 'completed';
  completedOn: string | null;
  services: { name: string }[];
  safetyPlan: string;
  visits: VisitStage[];
  aftercare: { name: string }[];
};

/** The home plan's content in the column order both writes use (status … aftercare). */
const homePlanValues = (c: HomePlanContentRow): unknown[] => [
  c.status,
  c.completedOn,
  JSON.stringify(c.services),
  c.safetyPlan,
  JSON.stringify(c.visits),
  JSON.stringify(c.aftercare),
];

export async function insertHomePlan(
  q: Queryable,
  f: { jurisdictionId: string; childId: string; removalId: string; by: string; now: Date },
  c: HomePlanContentRow,
): Promise<string | null> {
  const rows = await q.query<{ id: string }>(
    `INSERT INTO transition_home_plan (jurisdiction_id, child_id, removal_id, status, completed_on, services,
       safety_plan, visits, aftercare, updated_by, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11) ON CONFLICT (removal_id) DO NOTHING RETURNING id`,
    [f.jurisdictionId, f.childId, f.removalId, ...homePlanValues(c), f.by, f.now],
  );
  return rows[0]?.id ?? null;
}

export async function updateHomePlan(
  q: Queryable,
  f: { planId: string; version: number; by: string; now: Date },
  c: HomePlanContentRow,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE transition_home_plan SET status = $1, completed_on = $2, services = $3, safety_plan = $4, visits = $5,
       aftercare = $6, updated_by = $7, updated_at = $8, version = version + 1
     WHERE id = $9 AND version = $10 RETURNING id`,
    [...homePlanValues(c), f.by, f.now, f.planId, f.version],
  );
  return rows.length > 0;
}

/** A recorded order of one of the child's cases (a court order allowing a trial home visit). */
export async function orderOfChild(q: Queryable, orderId: string, childId: string): Promise<boolean> {
  const rows = await q.query(
    `SELECT 1 FROM court_order o JOIN case_child cc ON cc.case_id = o.case_id
      WHERE o.id = $1 AND cc.child_id = $2`,
    [orderId, childId],
  );
  return rows.length > 0;
}
