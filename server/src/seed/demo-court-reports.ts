import type { Queryable } from '../platform/db.ts';

/**
 * The CASA volunteer's narrative for the soonest upcoming hearing on the demo CASA volunteer's cases, as a
 * draft (issue 6, court reports), so that the CASA's report has words in it and the volunteer can finish
 * and submit it. Synthetic text, naming the youngest child of the case by first name only.
 */
export async function recordDemoCasaNarrative(
  tx: Queryable,
  jurisdictionId: string,
  today: string,
): Promise<void> {
  const [target] = await tx.query<{ hearing_id: string; case_id: string; account_id: string; child: string }>(
    `SELECT h.id AS hearing_id, h.case_id, cp.account_id,
            (SELECT p.given_name FROM case_child cc JOIN child ch ON ch.id = cc.child_id
               JOIN person p ON p.id = ch.person_id WHERE cc.case_id = h.case_id
              ORDER BY p.birth_date DESC NULLS LAST, ch.id LIMIT 1) AS child
       FROM user_account ua
       JOIN case_participant cp ON cp.account_id = ua.id AND cp.case_role = 'casa_volunteer' AND cp.end_date IS NULL
       JOIN hearing h ON h.case_id = cp.case_id AND h.status = 'scheduled' AND h.scheduled_start >= $2::date
      WHERE ua.email = 'casa@demo.hearth' AND ua.jurisdiction_id = $1
      ORDER BY h.scheduled_start, h.id LIMIT 1`,
    [jurisdictionId, today],
  );
  if (!target) return;
  const name = target.child ?? 'The child';
  await tx.query(
    `INSERT INTO court_report (jurisdiction_id, hearing_id, case_id, kind, observations, child_wishes, recommendations,
       status, author_account_id)
     VALUES ($1, $2, $3, 'casa', $4, $5, $6, 'draft', $7)`,
    [
      jurisdictionId,
      target.hearing_id,
      target.case_id,
      `Synthetic record. I visited ${name} twice this month at the foster home and once at school. ${name} ` +
        'is settled, sleeps well and talks warmly about the foster family.\n\nThe school counselor says ' +
        `${name} is reading at grade level and has made two friends in class.`,
      `${name} wants to keep seeing their brother every week and would like a longer visit with their ` +
        'mother on weekends.',
      'Continue weekly sibling visits. Increase family time with the mother to one unsupervised afternoon a ' +
        'week if the next two visits go well.',
      target.account_id,
    ],
  );
}
