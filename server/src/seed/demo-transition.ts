import { addDays, type IsoDate } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

// Transition plans in the demo (issue 6; server/src/transition), synthetic and deterministic: each record
// is picked by an ordered query over what the seed drew, so re-seeding picks the same children.
// - the demo youth (youth@demo.hearth): a plan to adulthood partly done, with goals in their own words;
// - the caseworker's youth whose 90-day plan falls due first: a plan begun, its 90-day plan not done, so
//   "What needs you" lists it (the e2e journey completes it);
// - the caseworker's child on a trial home visit: a completed transition home plan that led to it;
// - another of the caseworker's children with a reunification plan: a draft transition home plan.

const domain = (state: 'not_started' | 'in_progress' | 'in_place', notes: string) => ({ state, notes });

type Plan = {
  childId: string;
  by: string;
  content: Record<string, unknown>;
  health: Record<string, unknown>;
  goals: string;
  at: IsoDate;
};

async function insertPlan(tx: Queryable, jurisdictionId: string, p: Plan): Promise<void> {
  const c = p.content;
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO transition_plan (jurisdiction_id, child_id, version, housing, education, employment, connections,
       team, exit_documents, credit_checks, youth_goals, youth_goals_by, youth_goals_at, health, created_at,
       updated_at, updated_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$13,$16) RETURNING id`,
    [
      jurisdictionId,
      p.childId,
      p.goals ? 2 : 1,
      JSON.stringify(c.housing),
      JSON.stringify(c.education),
      JSON.stringify(c.employment),
      JSON.stringify(c.connections),
      JSON.stringify(c.team),
      JSON.stringify(c.exitDocuments),
      JSON.stringify(c.creditChecks),
      p.goals,
      p.goals ? 'youth' : null,
      `${p.at}T17:00:00Z`,
      JSON.stringify(p.health),
      `${addDays(p.at, -21)}T17:00:00Z`,
      p.by,
    ],
  );
  const id = row!.id;
  const first = { ...c, youthGoals: '', youthGoalsBy: null, extendedCare: false, ninetyDayCompletedOn: null };
  await tx.query(
    `INSERT INTO transition_plan_version (plan_id, version, jurisdiction_id, content, health, changed, recorded_by, recorded_at)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7)`,
    [
      id,
      jurisdictionId,
      JSON.stringify(first),
      JSON.stringify(p.health),
      Object.keys(c),
      p.by,
      `${addDays(p.at, -21)}T17:00:00Z`,
    ],
  );
  if (p.goals)
    await tx.query(
      `INSERT INTO transition_plan_version (plan_id, version, jurisdiction_id, content, health, changed, by_youth, recorded_by, recorded_at)
       SELECT $1, 2, $2, $3, $4, ARRAY['youthGoals','youthGoalsBy'], true, ua.id, $5
         FROM user_account ua JOIN child ch ON ch.person_id = ua.person_id WHERE ch.id = $6`,
      [
        id,
        jurisdictionId,
        JSON.stringify({ ...first, youthGoals: p.goals, youthGoalsBy: 'youth' }),
        JSON.stringify(p.health),
        `${p.at}T17:00:00Z`,
        p.childId,
      ],
    );
}

/** The caseworker account of a child's open case (the first by email), for `recorded_by`. */
async function caseworkerOf(tx: Queryable, childId: string): Promise<string | null> {
  const [row] = await tx.query<{ id: string }>(
    `SELECT ua.id FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
       AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN user_account ua ON ua.id = cp.account_id WHERE cc.child_id = $1 ORDER BY ua.email LIMIT 1`,
    [childId],
  );
  return row?.id ?? null;
}

export async function recordDemoTransition(
  tx: Queryable,
  jurisdictionId: string,
  today: IsoDate,
): Promise<void> {
  await youthPlans(tx, jurisdictionId, today);
  await homePlans(tx, jurisdictionId, today);
}

async function youthPlans(tx: Queryable, jurisdictionId: string, today: IsoDate): Promise<void> {
  const [youth] = await tx.query<{ id: string }>(
    `SELECT ch.id FROM child ch JOIN user_account ua ON ua.person_id = ch.person_id
      WHERE ua.email = 'youth@demo.hearth' AND ch.jurisdiction_id = $1`,
    [jurisdictionId],
  );
  if (youth) {
    const by = await caseworkerOf(tx, youth.id);
    if (by)
      await insertPlan(tx, jurisdictionId, {
        childId: youth.id,
        by,
        at: addDays(today, -5),
        goals:
          'I want to finish high school and learn to be a nurse. I want my own apartment near my little brother and to keep seeing my aunt on Sundays.',
        content: {
          housing: domain('in_progress', 'Looking at supervised independent living near school.'),
          education: domain('in_place', 'Junior year; on track to graduate in 2028.'),
          employment: domain('in_progress', 'Applied for a summer job at the library.'),
          connections: [
            { name: 'Rosa Martinez', relationship: 'aunt', note: 'Sunday dinners; calls weekly' },
          ],
          team: [{ name: 'Daniel Ortega', relationship: 'mentor', personId: null }],
          exitDocuments: [
            { kind: 'birth_certificate', state: 'have', date: addDays(today, -40) },
            { kind: 'social_security_card', state: 'requested', date: addDays(today, -12) },
          ],
          creditChecks: [{ checkedOn: addDays(today, -30), result: 'no_file' }],
        },
        health: {
          coverage: domain('in_place', 'Medicaid for former foster youth to 26: explained.'),
          proxy: domain('not_started', ''),
        },
      });
  }
  // The caseworker's youth of 14–17 whose 90-day plan (18th birthday − 90 days) comes first.
  const [soonest] = await tx.query<{ id: string }>(
    `SELECT ch.id FROM child ch JOIN person pe ON pe.id = ch.person_id
       JOIN case_child cc ON cc.child_id = ch.id
       JOIN case_participant cp ON cp.case_id = cc.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
      WHERE ch.jurisdiction_id = $1 AND pe.birth_date BETWEEN ($2::date - interval '18 years') AND ($2::date - interval '14 years')
        AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = ch.id AND r.discharge_date IS NULL)
      ORDER BY pe.birth_date, ch.id LIMIT 1`,
    [jurisdictionId, today],
  );
  if (soonest) {
    const by = await caseworkerOf(tx, soonest.id);
    if (by)
      await insertPlan(tx, jurisdictionId, {
        childId: soonest.id,
        by,
        at: addDays(today, -60),
        goals: '',
        content: {
          housing: domain(
            'in_progress',
            'Wants to stay with the foster family after 18; asking about extended care.',
          ),
          education: domain('in_progress', 'Senior year; GED as a back-up plan.'),
          employment: domain('not_started', ''),
          connections: [],
          team: [],
          exitDocuments: [{ kind: 'birth_certificate', state: 'have', date: addDays(today, -90) }],
          creditChecks: [{ checkedOn: addDays(today, -60), result: 'clean' }],
        },
        health: { coverage: domain('not_started', ''), proxy: domain('not_started', '') },
      });
  }
}

async function homePlans(tx: Queryable, jurisdictionId: string, today: IsoDate): Promise<void> {
  // A child of the caseworker on a trial home visit now: the completed plan that led home.
  const [onVisit] = await tx.query<{ child_id: string; removal_id: string; start_date: string }>(
    `SELECT pl.child_id, pl.removal_id, pl.start_date FROM placement pl
       JOIN removal_episode r ON r.id = pl.removal_id AND r.discharge_date IS NULL
       JOIN case_participant cp ON cp.case_id = r.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
      WHERE pl.jurisdiction_id = $1 AND pl.setting = 'trial_home_visit' AND pl.end_date IS NULL
      ORDER BY pl.start_date, pl.child_id LIMIT 1`,
    [jurisdictionId],
  );
  if (onVisit) {
    const start = onVisit.start_date;
    await insertHomePlan(tx, jurisdictionId, onVisit.child_id, onVisit.removal_id, {
      status: 'completed',
      completedOn: addDays(start, -7),
      services: [{ name: 'Family therapy, weekly' }, { name: 'Parenting class (12 weeks)' }],
      safetyPlan:
        'Grandmother visits every afternoon in the first month; mother calls the caseworker if she feels overwhelmed; school reports absences the same day.',
      visits: [
        { step: 'supervised', startDate: addDays(start, -90), endDate: addDays(start, -61) },
        { step: 'unsupervised', startDate: addDays(start, -60), endDate: addDays(start, -31) },
        { step: 'overnight', startDate: addDays(start, -30), endDate: addDays(start, -1) },
        { step: 'trial_home_visit', startDate: start, endDate: null },
      ],
      aftercare: [{ name: 'In-home services for 90 days after discharge' }],
    });
  }
  // Another child of the caseworker with a reunification plan, not home yet: a draft.
  const [going] = await tx.query<{ child_id: string; removal_id: string }>(
    `SELECT r.child_id, r.id AS removal_id FROM removal_episode r
       JOIN permanency_plan pp ON pp.removal_id = r.id AND pp.goal = 'reunification' AND pp.plan_kind = 'primary'
         AND pp.ended_date IS NULL
       JOIN case_participant cp ON cp.case_id = r.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
      WHERE r.jurisdiction_id = $1 AND r.discharge_date IS NULL
        AND NOT EXISTS (SELECT 1 FROM placement pl WHERE pl.removal_id = r.id AND pl.end_date IS NULL
                          AND pl.setting = 'trial_home_visit')
        AND NOT EXISTS (SELECT 1 FROM transition_home_plan hp WHERE hp.removal_id = r.id)
      ORDER BY r.removal_date, r.child_id LIMIT 1`,
    [jurisdictionId],
  );
  if (going)
    await insertHomePlan(tx, jurisdictionId, going.child_id, going.removal_id, {
      status: 'draft',
      completedOn: null,
      services: [{ name: 'Substance use treatment (outpatient)' }],
      safetyPlan: '',
      visits: [{ step: 'supervised', startDate: addDays(today, -45), endDate: null }],
      aftercare: [],
    });
}

async function insertHomePlan(
  tx: Queryable,
  jurisdictionId: string,
  childId: string,
  removalId: string,
  p: {
    status: 'draft' | 'completed';
    completedOn: IsoDate | null;
    services: { name: string }[];
    safetyPlan: string;
    visits: { step: string; startDate: IsoDate; endDate: IsoDate | null }[];
    aftercare: { name: string }[];
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO transition_home_plan (jurisdiction_id, child_id, removal_id, status, completed_on, services,
       safety_plan, visits, aftercare, updated_by)
     SELECT $1,$2,$3,$4,$5,$6,$7,$8,$9,
       (SELECT ua.id FROM user_account ua WHERE ua.email = 'caseworker@demo.hearth')`,
    [
      jurisdictionId,
      childId,
      removalId,
      p.status,
      p.completedOn,
      JSON.stringify(p.services),
      p.safetyPlan,
      JSON.stringify(p.visits),
      JSON.stringify(p.aftercare),
    ],
  );
}
