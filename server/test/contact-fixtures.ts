import type { Db } from '../src/platform/db.ts';
import type { Org } from './factories.ts';

type Target = 'mine' | 'other' | 'foreign';

/**
 * A caseworker contact on each of an org's three children (the placed child, the other child, the foreign
 * child), each with a supervisor's review holding one action (access matrix). The placed child's contact
 * is the caseworker's (unit A) reviewed by the supervisor; the others are by workers of no unit, or of the
 * other jurisdiction.
 */
export type ContactFixtures = {
  contact: Record<Target, string>;
  review: Record<Target, string>;
  action: Record<Target, string>;
};

export async function createContactFixtures(db: Db, org: Org): Promise<ContactFixtures> {
  const out: ContactFixtures = { contact: {} as never, review: {} as never, action: {} as never };
  const [foreignJ] = await db.query<{ jurisdiction_id: string }>(
    'SELECT jurisdiction_id FROM child WHERE id = $1',
    [org.foreignChild],
  );
  const loneWorker = async (jurisdictionId: string, tag: string): Promise<string> =>
    (
      await db.query<{ id: string }>(
        `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name)
         VALUES ($1, $2, 'x', 'Lone worker') RETURNING id`,
        [jurisdictionId, `lone.${tag}.${jurisdictionId.slice(0, 8)}@test.hearth`],
      )
    )[0]!.id;
  const rows: [Target, string, string, string, string][] = [
    ['mine', org.jurisdictionId, org.placedChild, org.accounts.caseworker.id, org.accounts.supervisor.id],
    ['other', org.jurisdictionId, org.otherChild, await loneWorker(org.jurisdictionId, 'other'), ''],
    [
      'foreign',
      foreignJ!.jurisdiction_id,
      org.foreignChild,
      await loneWorker(foreignJ!.jurisdiction_id, 'foreign'),
      '',
    ],
  ];
  for (const [target, j, child, worker, reviewer] of rows) {
    const [v] = await db.query<{ id: string }>(
      `INSERT INTO caseworker_visit (jurisdiction_id, child_id, visit_date, location, face_to_face, caseworker_account_id)
       VALUES ($1, $2, '2025-05-20', 'residence', true, $3) RETURNING id`,
      [j, child, worker],
    );
    await db.query(
      `INSERT INTO caseworker_contact (visit_id, jurisdiction_id, contact_time, contact_mode, time_alone, minutes_alone,
         purpose, recorded_by)
       VALUES ($1, $2, '10:00', 'in_person', true, 15, 'Monthly visit', $3)`,
      [v!.id, j, worker],
    );
    const [r] = await db.query<{ id: string }>(
      `INSERT INTO contact_review (jurisdiction_id, visit_id, worker_account_id, reviewer_account_id, reviewed_on, ratings)
       VALUES ($1, $2, $3, $4, '2025-05-25', '{}') RETURNING id`,
      [j, v!.id, worker, reviewer || worker],
    );
    const [a] = await db.query<{ id: string }>(
      `INSERT INTO contact_review_action (jurisdiction_id, review_id, position, description, due_date)
       VALUES ($1, $2, 0, 'Discuss the case plan', '2025-06-30') RETURNING id`,
      [j, r!.id],
    );
    out.contact[target] = v!.id;
    out.review[target] = r!.id;
    out.action[target] = a!.id;
  }
  return out;
}
