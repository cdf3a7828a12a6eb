import type { Queryable } from '../platform/db.ts';

// Young people's and caregivers' voice in the demo (issue 6; server/src/voice), so the bench view and the
// youth's and foster parent's pages have something to show. Synthetic words, chosen deterministically:
// - the demo youth (youth@demo.hearth) has a draft to the judge for their next hearing, not yet sent, and
//   their attorney's plan that they will come in person: the youth can finish and send it;
// - another youth of 14 or older on the demo judge's docket sent the judge a statement (in Spanish,
//   shared with their CASA volunteer) for their next hearing, with a plan to attend by video;
// - a foster home of a child on the demo judge's docket sent a caregiver report for that child's next
//   hearing; the demo foster parent (caregiver@demo.hearth) has a draft report for one of their children.

type Pick = { child_id: string; hearing_id: string; jurisdiction_id: string };

const NEXT_HEARING = `(SELECT h.id FROM hearing h WHERE h.case_id = c.id AND h.status = 'scheduled'
    AND h.scheduled_start > $2::timestamptz ORDER BY h.scheduled_start LIMIT 1)`;

/** Records the demo's statements, plans and reports; `today` is the demo's date (YYYY-MM-DD). */
export async function recordDemoVoices(tx: Queryable, jurisdictionId: string, today: string): Promise<void> {
  // Hearings from the day after the demo's today (still open to statements whatever the hour); the words
  // were sent the morning before today, court time.
  const now = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString();
  const sentAt = new Date(Date.parse(`${today}T00:00:00Z`) - 7 * 3600_000).toISOString();

  const [youth] = await tx.query<Pick>(
    `SELECT ch.id AS child_id, ch.jurisdiction_id, ${NEXT_HEARING} AS hearing_id
       FROM user_account ua JOIN child ch ON ch.person_id = ua.person_id
       JOIN case_child cc ON cc.child_id = ch.id JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
      WHERE ua.email = 'youth@demo.hearth' AND ua.jurisdiction_id = $1 AND ${NEXT_HEARING} IS NOT NULL
      ORDER BY c.petition_number LIMIT 1`,
    [jurisdictionId, now],
  );
  if (youth) {
    await tx.query(
      `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, language, written_by, created_at, updated_at)
       SELECT $1, $2, $3, $4, 'en', ua.id, $5, $5 FROM user_account ua WHERE ua.email = 'youth@demo.hearth'`,
      [
        youth.jurisdiction_id,
        youth.hearing_id,
        youth.child_id,
        'I want to keep going to my school. My friends are there and I am on the soccer team.',
        sentAt,
      ],
    );
    await plan(tx, youth, 'in_person', null, 'youth_attorney', sentAt);
  }

  // Another youth of 14 or older, on the demo judge's docket, with a hearing coming.
  const [other] = await tx.query<Pick>(
    `SELECT ch.id AS child_id, ch.jurisdiction_id, ${NEXT_HEARING} AS hearing_id
       FROM user_account ju JOIN court_case c ON c.assigned_judge_id = ju.judge_id AND c.status = 'open'
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id
      WHERE ju.email = 'judge@demo.hearth' AND ju.jurisdiction_id = $1 AND ${NEXT_HEARING} IS NOT NULL
        AND date_part('year', age(($2::timestamptz)::date, p.birth_date)) BETWEEN 14 AND 17
        AND NOT EXISTS (SELECT 1 FROM user_account ua WHERE ua.person_id = ch.person_id)
      ORDER BY ${NEXT_HEARING}, ch.afcars_id LIMIT 1`,
    [jurisdictionId, now],
  );
  if (other) {
    await tx.query(
      `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, language, shared_with, status, sent_at, created_at, updated_at, version)
       VALUES ($1,$2,$3,$4,'es','{casa}','sent',$5,$5,$5,2)`,
      [
        other.jurisdiction_id,
        other.hearing_id,
        other.child_id,
        'Quiero ver a mi hermano más seguido. En mi casa de crianza estoy bien, pero lo extraño.\n\nTambién quiero aprender a manejar.',
        sentAt,
      ],
    );
    await plan(tx, other, 'remote', null, 'caseworker', sentAt);
  }

  // A foster or kin home of a child on the demo judge's docket: its report for the child's next hearing.
  const [placed] = await tx.query<Pick & { provider_id: string; kind: string }>(
    `SELECT ch.id AS child_id, ch.jurisdiction_id, ${NEXT_HEARING} AS hearing_id, pl.provider_id,
            CASE WHEN pl.setting = 'pre_adoptive' THEN 'pre_adoptive'
                 WHEN pl.setting = 'foster_family_relative' OR pv.kind IN ('relative', 'fictive_kin') THEN 'kin'
                 ELSE 'foster_parent' END AS kind
       FROM user_account ju JOIN court_case c ON c.assigned_judge_id = ju.judge_id AND c.status = 'open'
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
       JOIN placement pl ON pl.child_id = ch.id AND pl.end_date IS NULL
       JOIN removal_episode re ON re.id = pl.removal_id AND re.discharge_date IS NULL
       JOIN provider pv ON pv.id = pl.provider_id
      WHERE ju.email = 'judge@demo.hearth' AND ju.jurisdiction_id = $1 AND ${NEXT_HEARING} IS NOT NULL
        AND pl.setting IN ('foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive')
      ORDER BY ${NEXT_HEARING}, ch.afcars_id LIMIT 1`,
    [jurisdictionId, now],
  );
  if (placed)
    await report(tx, placed, 'submitted', sentAt, {
      health: 'Saw the dentist in October; no concerns. Allergy medicine daily.',
      school: 'Attending every day. Reading has improved; a parent-teacher conference is set for December.',
      behaviour: 'Settled and sleeping well. Some sadness after visits, which passes in a day.',
      familyTime: 'Weekly supervised visits with mom. Phone calls with grandma on Sundays.',
      needs: 'Winter coat and boots; a tutor for math.',
      forTheJudge: 'We are committed to this child as long as needed and support the plan to reunify.',
    });

  // The demo foster parent's draft for the child of theirs whose hearing comes first.
  const [mine] = await tx.query<Pick & { provider_id: string; kind: string }>(
    `SELECT ch.id AS child_id, ch.jurisdiction_id, ${NEXT_HEARING} AS hearing_id, pl.provider_id,
            CASE WHEN pl.setting = 'pre_adoptive' THEN 'pre_adoptive' ELSE 'foster_parent' END AS kind
       FROM user_account ua JOIN provider_caregiver pc ON pc.person_id = ua.person_id
       JOIN placement pl ON pl.provider_id = pc.provider_id AND pl.end_date IS NULL
       JOIN removal_episode re ON re.id = pl.removal_id AND re.discharge_date IS NULL
       JOIN child ch ON ch.id = pl.child_id
       JOIN case_child cc ON cc.child_id = ch.id JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
      WHERE ua.email = 'caregiver@demo.hearth' AND ua.jurisdiction_id = $1 AND ${NEXT_HEARING} IS NOT NULL
        AND pl.setting IN ('foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive')
      ORDER BY ${NEXT_HEARING}, ch.afcars_id LIMIT 1`,
    [jurisdictionId, now],
  );
  if (mine)
    await report(tx, mine, 'draft', sentAt, {
      health: '',
      school: 'Doing well in 3rd grade.',
      behaviour: '',
      familyTime: '',
      needs: '',
      forTheJudge: '',
    });
}

async function plan(
  tx: Queryable,
  p: Pick,
  attendance: string,
  reason: string | null,
  role: string,
  at: string,
): Promise<void> {
  await tx.query(
    `INSERT INTO youth_attendance_plan (jurisdiction_id, hearing_id, child_id, attendance, reason, recorded_by_role, recorded_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT DO NOTHING`,
    [p.jurisdiction_id, p.hearing_id, p.child_id, attendance, reason, role, at],
  );
}

async function report(
  tx: Queryable,
  p: Pick & { provider_id: string; kind: string },
  status: 'draft' | 'submitted',
  at: string,
  r: Record<'health' | 'school' | 'behaviour' | 'familyTime' | 'needs' | 'forTheJudge', string>,
): Promise<void> {
  await tx.query(
    `INSERT INTO caregiver_report (jurisdiction_id, hearing_id, child_id, provider_id, caregiver_kind, health, school,
       behaviour, family_time, needs, for_the_judge, status, submitted_at, created_at, updated_at, version)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$14,$15) ON CONFLICT DO NOTHING`,
    [
      p.jurisdiction_id,
      p.hearing_id,
      p.child_id,
      p.provider_id,
      p.kind,
      r.health,
      r.school,
      r.behaviour,
      r.familyTime,
      r.needs,
      r.forTheJudge,
      status,
      status === 'submitted' ? at : null,
      at,
      status === 'submitted' ? 2 : 1,
    ],
  );
}
