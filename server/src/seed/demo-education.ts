import { addDays, ageOn } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

// Education records and normalcy for the demo (issue 6): schools with moves, a best-interest determination
// with its transportation plan, a decision-maker, an IEP the caseworker's and the judge's health grants
// show, attendance, credits behind for a high-schooler with a placement change still waiting for its
// determination; and the demo caregiver's reasonable-and-prudent-parent decisions. All synthetic.

type Kid = {
  id: string;
  birth_date: string;
  removal_date: string;
  placement_id: string;
  placed_on: string;
  on_docket: boolean;
  parent_name: string | null;
};

type Ctx = { tx: Queryable; jurisdictionId: string; today: string; by: string };

/** The caseworker's school-age children in care now, oldest first (deterministic for one seed). */
async function caseworkerChildren(tx: Queryable, jurisdictionId: string, today: string): Promise<Kid[]> {
  const rows = await tx.query<Kid>(
    `SELECT DISTINCT ON (p.birth_date, ch.afcars_id)
            ch.id, p.birth_date, r.removal_date, pl.id AS placement_id, pl.start_date AS placed_on,
            (c.assigned_judge_id = (SELECT judge_id FROM user_account WHERE email = 'judge@demo.hearth')) AS on_docket,
            (SELECT pp.given_name || ' ' || pp.family_name FROM case_participant cp2 JOIN person pp ON pp.id = cp2.person_id
              WHERE cp2.case_id = c.id AND cp2.case_role = 'parent' ORDER BY cp2.start_date, cp2.id LIMIT 1) AS parent_name
       FROM user_account w
       JOIN case_participant cp ON cp.account_id = w.id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN court_case c ON c.id = cp.case_id
       JOIN case_child cc ON cc.case_id = c.id
       JOIN child ch ON ch.id = cc.child_id
       JOIN person p ON p.id = ch.person_id
       JOIN removal_episode r ON r.child_id = ch.id AND r.discharge_date IS NULL
       JOIN placement pl ON pl.removal_id = r.id AND pl.end_date IS NULL
      WHERE w.email = 'caseworker@demo.hearth' AND w.jurisdiction_id = $1 AND p.birth_date IS NOT NULL
      ORDER BY p.birth_date, ch.afcars_id, pl.start_date DESC`,
    [jurisdictionId],
  );
  return rows.filter((k) => {
    const age = ageOn(k.birth_date, today);
    return age >= 6 && age <= 17 && k.placed_on < addDays(today, -30);
  });
}

async function enroll(
  c: Ctx,
  childId: string,
  e: { school: string; district?: string; on: string; reason: string; origin?: boolean; exit?: string },
): Promise<void> {
  await c.tx.query(
    `INSERT INTO school_enrollment (jurisdiction_id, child_id, school_name, school_district, enrolled_on, reason,
       is_school_of_origin, records_requested_on, records_received_on, exited_on, exit_reason, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`,
    [
      c.jurisdictionId,
      childId,
      e.school,
      e.district ?? 'Albuquerque Public Schools',
      e.on,
      e.reason,
      e.origin ?? false,
      e.origin ? null : e.on,
      e.origin ? null : addDays(e.on, 4),
      e.exit ?? null,
      e.exit ? 'moved' : null,
      c.by,
    ],
  );
}

async function determine(
  c: Ctx,
  kid: Kid,
  decision: 'stay_in_school_of_origin' | 'move',
  decidedOn: string,
  transport: { provider: string; payer: string; startsOn: string; notes: string } | null,
): Promise<void> {
  const participants = [
    { role: 'child', name: 'The child (synthetic)' },
    ...(kid.parent_name ? [{ role: 'parent', name: kid.parent_name }] : []),
    { role: 'caregiver', name: 'Current caregiver' },
    { role: 'school_district', name: 'APS foster care point of contact' },
    { role: 'caseworker', name: 'Marisol Trujillo' },
  ];
  await c.tx.query(
    `INSERT INTO education_best_interest (jurisdiction_id, child_id, placement_id, decided_on, participants, factors,
       decision, transport_provider, transport_payer, transport_starts_on, transport_notes, recorded_by)
     VALUES ($1,$2,$3,$4,$5::jsonb,$6::text[],$7,$8,$9,$10,$11,$12)`,
    [
      c.jurisdictionId,
      kid.id,
      kid.placement_id,
      decidedOn,
      JSON.stringify(participants),
      decision === 'move'
        ? ['proximity_to_placement', 'travel_time', 'child_preference']
        : ['school_attachment', 'child_preference', 'appropriateness_of_current_setting'],
      decision,
      transport?.provider ?? null,
      transport?.payer ?? null,
      transport?.startsOn ?? null,
      transport?.notes ?? null,
      c.by,
    ],
  );
}

/** The term holding `today` (fall: mid-August to mid-December; spring: January to late May), or the last one. */
function termOf(today: string): { term: string; start: string; end: string } {
  const year = Number(today.slice(0, 4));
  const md = today.slice(5);
  if (md >= '08-13') return { term: `Fall ${year}`, start: `${year}-08-13`, end: `${year}-12-18` };
  if (md >= '01-06') return { term: `Spring ${year}`, start: `${year}-01-06`, end: `${year}-05-22` };
  return { term: `Fall ${year - 1}`, start: `${year - 1}-08-13`, end: `${year - 1}-12-18` };
}

/** Weekdays from the term's start to today or its end: the days a child could be enrolled (no holidays). */
function schoolDaysSoFar(t: { start: string; end: string }, today: string): number {
  const last = today < t.end ? today : t.end;
  let days = 0;
  for (
    let d = new Date(`${t.start}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= last;
    d.setUTCDate(d.getUTCDate() + 1)
  )
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days += 1;
  return days;
}

async function attendance(c: Ctx, childId: string, absent: number): Promise<void> {
  const t = termOf(c.today);
  await c.tx.query(
    `INSERT INTO school_attendance (jurisdiction_id, child_id, term, term_start, term_end, days_absent, days_enrolled,
       recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
    [c.jurisdictionId, childId, t.term, t.start, t.end, absent, schoolDaysSoFar(t, c.today), c.by],
  );
}

/**
 * Earlier placement changes of the episode, each with its determination made on time: the child stayed in
 * the school then attended, the district driving. Only the current placement's is left to each story.
 */
async function earlierDeterminations(c: Ctx, kid: Kid): Promise<void> {
  const earlier = await c.tx.query<{ id: string; start_date: string }>(
    `SELECT pl.id, pl.start_date FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
      WHERE pl.child_id = $1 AND r.discharge_date IS NULL AND pl.id <> $2 AND pl.setting <> ALL($3::text[])
      ORDER BY pl.start_date`,
    [kid.id, kid.placement_id, ['runaway', 'respite', 'medical', 'trial_home_visit']],
  );
  for (const p of earlier)
    await determine(c, { ...kid, placement_id: p.id }, 'stay_in_school_of_origin', addDays(p.start_date, 2), {
      provider: 'school_district',
      payer: 'school_district',
      startsOn: addDays(p.start_date, 3),
      notes: 'District bus from the placement.',
    });
}

/** A child who stays in the school of origin, driven there by the district, costs shared. */
async function stayingChild(c: Ctx, kid: Kid): Promise<void> {
  await enroll(c, kid.id, {
    school: 'Sandia Vista Elementary',
    on: addDays(kid.removal_date, -400),
    reason: 'other',
    origin: true,
  });
  await determine(c, kid, 'stay_in_school_of_origin', addDays(kid.placed_on, 1), {
    provider: 'school_district',
    payer: 'shared',
    startsOn: addDays(kid.placed_on, 2),
    notes: 'District bus route 41 with a stop added at the new home.',
  });
  await c.tx.query(
    `INSERT INTO education_decision_maker (jurisdiction_id, child_id, name, relationship, authority, since, recorded_by)
     VALUES ($1,$2,$3,'parent','parental_right',$4,$5)`,
    [c.jurisdictionId, kid.id, kid.parent_name ?? 'Parent (synthetic)', kid.removal_date, c.by],
  );
  await c.tx.query(
    `INSERT INTO education_advocate (jurisdiction_id, child_id, name, organization, phone, since, recorded_by)
     VALUES ($1,$2,'Dana Ortiz','Education advocacy clinic (synthetic)','505-555-0142',$3,$4)`,
    [c.jurisdictionId, kid.id, addDays(kid.removal_date, 20), c.by],
  );
  await attendance(c, kid.id, 3);
}

/** A child who changed schools with the placement, and whose IEP the health grant holders see. */
async function movingChild(c: Ctx, kid: Kid): Promise<void> {
  const moved = addDays(kid.placed_on, 7);
  await enroll(c, kid.id, {
    school: 'Rio Grande Heights Elementary',
    on: addDays(kid.removal_date, -300),
    reason: 'other',
    origin: true,
    exit: addDays(moved, -1),
  });
  await determine(c, kid, 'move', addDays(kid.placed_on, 3), null);
  await enroll(c, kid.id, { school: 'Cottonwood Middle School', on: moved, reason: 'placement_change' });
  await c.tx.query(
    `INSERT INTO education_decision_maker (jurisdiction_id, child_id, name, relationship, authority,
       authority_reference, since, recorded_by)
     VALUES ($1,$2,'Lucia Gallegos','relative','court_order',$3,$4,$5)`,
    [
      c.jurisdictionId,
      kid.id,
      `Order limiting education decisions, ${addDays(kid.removal_date, 30)}`,
      addDays(kid.removal_date, 30),
      c.by,
    ],
  );
  // Health class: read only with a health grant (the caseworker's, the judge's).
  await c.tx.query(
    `INSERT INTO special_education_plan (jurisdiction_id, child_id, plan_type, plan_date, next_review_on,
       disability_category, notes, recorded_by)
     VALUES ($1,$2,'iep',$3,$4,'Specific learning disability (synthetic)','Reading support 4 hours a week.',$5)`,
    [c.jurisdictionId, kid.id, addDays(c.today, -350), addDays(c.today, 15), c.by],
  );
  await attendance(c, kid.id, 9);
}

/** A high-schooler: two moves in care, credits behind, and the latest placement change with no determination. */
async function highSchooler(c: Ctx, kid: Kid): Promise<void> {
  const first = addDays(kid.removal_date, 20);
  await enroll(c, kid.id, {
    school: 'Bosque Valley High School',
    on: addDays(kid.removal_date, -500),
    reason: 'other',
    origin: true,
    exit: first,
  });
  const second = addDays(first, 3);
  const third = addDays(kid.placed_on, 10);
  const thirdFits = third > addDays(second, 30) && third <= c.today;
  await enroll(c, kid.id, {
    school: 'Volcano Ridge High School',
    on: second,
    reason: 'placement_change',
    ...(thirdFits ? { exit: addDays(third, -1) } : {}),
  });
  if (thirdFits)
    await enroll(c, kid.id, { school: 'Mesa del Sol High School', on: third, reason: 'placement_change' });
  const grade = Math.min(12, Math.max(9, ageOn(kid.birth_date, c.today) - 5));
  const expected = 6 * (grade - 9) + 3;
  await c.tx.query(
    `INSERT INTO school_credits (jurisdiction_id, child_id, as_of, grade, earned, expected, recorded_by)
     VALUES ($1,$2,$3,$4,$5,$6,$7)`,
    [c.jurisdictionId, kid.id, addDays(c.today, -30), grade, Math.max(0, expected - 3.5), expected, c.by],
  );
  await attendance(c, kid.id, 12);
}

/** The demo caregiver's decisions and a conversation, for the two children placed with them. */
async function caregiverNormalcy(c: Ctx): Promise<void> {
  const [carer] = await c.tx.query<{ id: string; display_name: string; person_id: string }>(
    `SELECT id, display_name, person_id FROM user_account WHERE email = 'caregiver@demo.hearth' AND jurisdiction_id = $1`,
    [c.jurisdictionId],
  );
  if (!carer) return;
  const kids = await c.tx.query<{ id: string }>(
    `SELECT pl.child_id AS id FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
       JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id
      WHERE pc.person_id = $1 AND pl.end_date IS NULL AND r.discharge_date IS NULL ORDER BY pl.child_id`,
    [carer.person_id],
  );
  const decisions: [number, string, string, number, boolean, string | null][] = [
    [
      0,
      'sport',
      'Soccer league, Saturday games',
      -40,
      true,
      'Registration paid by the agency normalcy fund.',
    ],
    [
      0,
      'sleepover',
      "Birthday sleepover at a classmate's home",
      -12,
      true,
      'Met the parents; pick-up at 10 a.m.',
    ],
    [1, 'haircut', 'New haircut of their own choosing', -20, true, null],
    [
      1,
      'trip',
      'Overnight trip with a friend the family has not met',
      -6,
      false,
      'Asked to meet the family first.',
    ],
  ];
  for (const [i, category, activity, days, approved, notes] of decisions) {
    const kid = kids[i];
    if (!kid) continue;
    await c.tx.query(
      `INSERT INTO normalcy_decision (jurisdiction_id, child_id, category, activity, decided_on, decided_by_name,
         decided_by_role, approved, notes, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,'caregiver',$7,$8,$9)`,
      [
        c.jurisdictionId,
        kid.id,
        category,
        activity,
        addDays(c.today, days),
        carer.display_name,
        approved,
        notes,
        carer.id,
      ],
    );
  }
  if (kids[0])
    await c.tx.query(
      `INSERT INTO normalcy_conversation (jurisdiction_id, child_id, held_on, held_by_name, held_by_role, wants,
         barriers, follow_up, follow_up_by, recorded_by)
       VALUES ($1,$2,$3,$4,'caregiver','Join the school robotics club',
         'Meetings end after the last bus','Ask the caseworker about a ride home on club days',$5,$6)`,
      [
        c.jurisdictionId,
        kids[0].id,
        addDays(c.today, -9),
        carer.display_name,
        addDays(c.today, 14),
        carer.id,
      ],
    );
}

/** Seeds the demo district's education records and normalcy decisions (after its accounts exist). */
export async function recordDemoEducation(
  tx: Queryable,
  jurisdictionId: string,
  today: string,
): Promise<void> {
  const [caseworker] = await tx.query<{ id: string }>(
    `SELECT id FROM user_account WHERE email = 'caseworker@demo.hearth' AND jurisdiction_id = $1`,
    [jurisdictionId],
  );
  if (!caseworker) return;
  const c: Ctx = { tx, jurisdictionId, today, by: caseworker.id };
  const kids = await caseworkerChildren(tx, jurisdictionId, today);
  const teen = kids.find((k) => ageOn(k.birth_date, today) >= 14);
  const younger = kids.filter((k) => k !== teen && ageOn(k.birth_date, today) < 14);
  // The IEP child on the demo judge's docket when there is one, so the bench view can show it.
  const iep = younger.find((k) => k.on_docket) ?? younger[0];
  const staying = younger.find((k) => k !== iep);
  for (const kid of [teen, iep, staying]) if (kid) await earlierDeterminations(c, kid);
  if (teen) await highSchooler(c, teen);
  if (iep) await movingChild(c, iep);
  if (staying) await stayingChild(c, staying);
  await caregiverNormalcy(c);
}
