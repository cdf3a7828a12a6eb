import { addMonths } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

// Caseworker contacts in the demo (issue 6): the synthetic seed records visits (date, face to face,
// residence) but not who made them nor what was seen. For the children of the demo caseworkers, the visits
// of this month and the three before get their worker and a contact's notes, and two of caseworker@'s contacts get a supervisor's
// review, so the contact list, compliance and the review pages have something to show. The visit facts
// themselves are not changed (the CQI export reads them). Deterministic: every choice comes from a hash of
// the visit's id (which the seed draws deterministically), so the generator's other draws are untouched.

const PURPOSES = [
  'Monthly visit: school, health and family time',
  'Monthly visit: placement stability and the child’s wishes',
  'Monthly visit ahead of the review hearing',
  'Monthly visit: safety plan and services',
];
const SAFETY = [
  'Home clean and safe; the child has their own bed. No concerns.',
  'Caregiver attentive; medications stored safely. No concerns.',
  'Child appeared well and relaxed with the caregiver. No marks or injuries seen.',
  'Smoke detector not working; caregiver replaced the battery during the visit.',
];
const PLAN = [
  'Family time twice a week is happening; mother attending parenting classes.',
  'Counseling started; school enrollment confirmed.',
  'Relative home study in progress; permanency goal unchanged.',
  'Dental appointment kept; tutoring requested.',
];
const WORDS = [
  '“I want to see my brother more.”',
  '“I like my school and my teacher.”',
  '“It’s okay here. I miss my mom.”',
  '“Can I join the soccer team?”',
];
const NEXT = [
  'Ask the school about tutoring; confirm the next family time.',
  'Refer for a dental check-up; follow up with the therapist.',
  'Arrange a sibling visit before the next hearing.',
  'Ask the caregiver about sports sign-up (reasonable and prudent parent).',
];

/** A number 0–99 from a hash of the visit id and a salt, as SQL. */
const roll = (salt: string): string =>
  `(('x' || substr(md5(v.id::text || '${salt}'), 1, 7))::bit(28)::int % 100)`;
/** One of a list, picked by a hash, as SQL. */
const pick = (list: readonly string[], salt: string): string =>
  `(ARRAY[${list.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}])[1 + ${roll(salt)} % ${list.length}]`;

/**
 * Gives the visits of this month and the three before of the children of the demo unit's caseworkers their worker and a contact's
 * notes, and records two reviews by the demo supervisor. Runs once, inside the demo's seeding transaction.
 */
export async function recordDemoContacts(
  tx: Queryable,
  jurisdictionId: string,
  today: string,
): Promise<void> {
  // This month and the three before it.
  const monthStart = `${today.slice(0, 8)}01`;
  const from = addMonths(monthStart, -3);
  await tx.query(
    `WITH worker AS (
       SELECT DISTINCT ON (cc.child_id) cc.child_id, cp.account_id
         FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
         JOIN user_account ua ON ua.id = cp.account_id
        WHERE ua.jurisdiction_id = $1 AND ua.email LIKE 'caseworker%@demo.hearth'
          AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
        ORDER BY cc.child_id, cp.start_date DESC
     )
     UPDATE caseworker_visit v SET caseworker_account_id = w.account_id
       FROM worker w WHERE v.child_id = w.child_id AND v.jurisdiction_id = $1 AND v.visit_date >= $2`,
    [jurisdictionId, from],
  );
  await tx.query(
    `INSERT INTO caseworker_contact (visit_id, jurisdiction_id, contact_time, contact_mode, place, time_alone,
       minutes_alone, participants, purpose, safety_observations, case_plan_progress, child_words, next_steps,
       self_assessment, recorded_by)
     SELECT v.id, v.jurisdiction_id,
            make_time(9 + ${roll('h')} % 8, (${roll('m')} % 4) * 15, 0),
            CASE WHEN v.face_to_face THEN 'in_person' ELSE 'phone' END,
            CASE WHEN v.location = 'residence' THEN NULL
                 ELSE (ARRAY['School', 'Agency office', 'Family time at the visit center'])[1 + ${roll('p')} % 3] END,
            v.face_to_face AND ${roll('a')} < 80,
            CASE WHEN v.face_to_face AND ${roll('a')} < 80 THEN 10 + ${roll('n')} % 31 END,
            CASE WHEN v.location = 'residence' THEN ARRAY['Foster parent'] ELSE ARRAY[]::text[] END,
            ${pick(PURPOSES, 'pu')}, ${pick(SAFETY, 'sa')}, ${pick(PLAN, 'pl')},
            CASE WHEN ${roll('w')} < 85 THEN ${pick(WORDS, 'wo')} END,
            ${pick(NEXT, 'ne')},
            CASE WHEN ${roll('s')} < 40
                 THEN '{"purpose_stated":"met","time_alone":"met","safety_assessed":"met","child_voice":"partly","case_plan_discussed":"met","next_steps_set":"met"}'::jsonb
                 ELSE '{}'::jsonb END,
            v.caseworker_account_id
       FROM caseworker_visit v
      WHERE v.jurisdiction_id = $1 AND v.visit_date >= $2 AND v.caseworker_account_id IS NOT NULL`,
    [jurisdictionId, from],
  );
  // Two reviews by the supervisor of caseworker@'s latest in-person contacts before this month: one with an
  // action still open, one with its action done.
  const reviewed = await tx.query<{
    visit_id: string;
    worker: string;
    supervisor: string;
    visit_date: string;
  }>(
    `SELECT v.id AS visit_id, v.caseworker_account_id AS worker, s.id AS supervisor, v.visit_date::text
       FROM caseworker_visit v JOIN caseworker_contact c ON c.visit_id = v.id
       JOIN user_account w ON w.id = v.caseworker_account_id AND w.email = 'caseworker@demo.hearth'
       JOIN user_account s ON s.email = 'supervisor@demo.hearth'
      WHERE v.jurisdiction_id = $1 AND c.contact_mode = 'in_person' AND v.visit_date < $2
      ORDER BY v.visit_date DESC, v.id LIMIT 2`,
    [jurisdictionId, monthStart],
  );
  for (const [i, r] of reviewed.entries()) {
    const [review] = await tx.query<{ id: string }>(
      `INSERT INTO contact_review (jurisdiction_id, visit_id, worker_account_id, reviewer_account_id, reviewed_on,
         ratings, strengths, comments)
       VALUES ($1, $2, $3, $4, ($5::date + 3), $6, $7, $8) RETURNING id`,
      [
        jurisdictionId,
        r.visit_id,
        r.worker,
        r.supervisor,
        r.visit_date,
        JSON.stringify({
          purpose_stated: 'met',
          time_alone: i === 0 ? 'partly' : 'met',
          safety_assessed: 'met',
          child_voice: 'met',
          case_plan_discussed: i === 0 ? 'not_met' : 'met',
          next_steps_set: 'met',
        }),
        'Clear purpose; the child’s own words are recorded.',
        i === 0 ? 'Talk through the case plan with the child at each visit.' : null,
      ],
    );
    await tx.query(
      `INSERT INTO contact_review_action (jurisdiction_id, review_id, position, description, due_date, status,
         status_changed_on)
       VALUES ($1, $2, 0, $3, ($4::date + 40), $5, $6)`,
      [
        jurisdictionId,
        review!.id,
        i === 0
          ? 'Discuss the case plan with the child at the next visit'
          : 'Spend at least 15 minutes alone',
        r.visit_date,
        i === 0 ? 'open' : 'done',
        i === 0 ? null : r.visit_date,
      ],
    );
  }
}
