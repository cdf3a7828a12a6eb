import type { Db } from '../../src/platform/db.ts';
import type { Org } from '../factories.ts';

/** A hearing of a case at a time (UTC ISO), set by its assigned judge; its id. */
export async function addHearing(
  db: Db,
  caseId: string,
  start: string,
  opts: { status?: string; type?: string } = {},
): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, status)
     SELECT jurisdiction_id, id, $3, $2::timestamptz, $2::timestamptz + interval '30 minutes', assigned_judge_id, $4
       FROM court_case WHERE id = $1 RETURNING id`,
    [caseId, start, opts.type ?? 'periodic_review', opts.status ?? 'scheduled'],
  );
  return row!.id;
}

/** A checklist as saved, answered by the caseworker on `on`. */
export async function addChecklist(
  db: Db,
  o: { jurisdictionId: string; hearingId: string; childId: string; ageBand: string | null },
  status: 'draft' | 'submitted',
  answers: Record<string, string | number>,
  on = '2026-01-20',
): Promise<string> {
  const stored = Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [
      id,
      { value, note: null, fromLastTime: false, answeredOn: on, answeredBy: 'caseworker' },
    ]),
  );
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO wellbeing_checklist (jurisdiction_id, hearing_id, child_id, instrument_version, age_band, status, answers, submitted_at)
     VALUES ($1,$2,$3,1,$4,$5,$6, CASE WHEN $5 = 'submitted' THEN now() END) RETURNING id`,
    [o.jurisdictionId, o.hearingId, o.childId, o.ageBand, status, JSON.stringify(stored)],
  );
  return row!.id;
}

/**
 * For the access matrix: a hearing on 2 February 2026 (after the checklist's first version took effect)
 * on the assigned, the other and the foreign case, with checklists sent to the court for both children of
 * the assigned case, so a caregiver and the youth have one to open.
 */
export async function wellbeingMatrixFixtures(
  db: Db,
  org: Org,
): Promise<Record<'mine' | 'other' | 'foreign', string>> {
  const start = '2026-02-02T16:00:00Z';
  const mine = await addHearing(db, org.assignedCase, start);
  for (const [childId, ageBand] of [
    [org.placedChild, '5-11'],
    [org.youthChild, '14+'],
  ] as const)
    await addChecklist(
      db,
      { jurisdictionId: org.jurisdictionId, hearingId: mine, childId, ageBand },
      'submitted',
      {
        'safety.home_safe': 'yes',
        'education.attending': 'yes',
      },
    );
  return {
    mine,
    other: await addHearing(db, org.otherCase, start),
    foreign: await addHearing(db, org.foreignCase, start),
  };
}
