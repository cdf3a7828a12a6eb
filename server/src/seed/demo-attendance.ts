import type { Queryable } from '../platform/db.ts';

// Attendance at the demo's held hearings (issue 5, court performance measures), so the measures have
// something to count. Deterministic without a random stream: each person's attendance at each hearing
// comes from a hash of the two ids (which the seed itself draws deterministically), so re-seeding gives
// the same rows and the generator's other draws are untouched. Rough, synthetic proportions:
// - parents: in person 55%, remote 15%, excused 5%, absent 25%; represented 90% when present, 60% when not;
// - youth of 14 or older: in person 30%, remote 12%, excused 33%, absent 25%;
// - younger children: in person 8%, excused 88%, absent 4% (most are excused);
// - professionals and caregivers: in person 78%, remote 14%, excused 3%, absent 5%.

/** A number 0–99 from a hash of the hearing, the person and a salt. */
const roll = (salt: string): string =>
  `(('x' || substr(md5(h.id::text || x.person_id::text || '${salt}'), 1, 7))::bit(28)::int % 100)`;

/** Records attendance of the people on the case at every held hearing of the jurisdiction. */
export async function recordDemoAttendance(tx: Queryable, jurisdictionId: string): Promise<void> {
  const a = roll('a');
  const r = roll('r');
  await tx.query(
    `WITH held AS (
       SELECT h.id, h.case_id, (h.scheduled_start AT TIME ZONE jn.time_zone)::date AS day
         FROM hearing h JOIN jurisdiction jn ON jn.id = h.jurisdiction_id
        WHERE h.jurisdiction_id = $1 AND h.status = 'held'
     ),
     people AS (
       SELECT DISTINCT ON (held.id, cp.person_id) held.id AS hearing_id, cp.person_id, cp.case_role AS role,
              NULL::int AS age
         FROM held JOIN case_participant cp ON cp.case_id = held.case_id
          AND cp.start_date <= held.day AND (cp.end_date IS NULL OR cp.end_date >= held.day)
        ORDER BY held.id, cp.person_id, (cp.case_role IN ('parent', 'indian_custodian')) DESC, cp.case_role
     ),
     kids AS (
       SELECT held.id AS hearing_id, p.id AS person_id, 'child' AS role,
              date_part('year', age(held.day, p.birth_date))::int AS age
         FROM held JOIN case_child cc ON cc.case_id = held.case_id JOIN child ch ON ch.id = cc.child_id
         JOIN person p ON p.id = ch.person_id
     ),
     x AS (SELECT * FROM people UNION ALL SELECT * FROM kids)
     INSERT INTO hearing_attendance (jurisdiction_id, hearing_id, person_id, attendee_role, attendance, represented)
     SELECT $1, h.id, x.person_id, x.role,
            CASE
              WHEN x.role IN ('parent', 'indian_custodian') THEN
                CASE WHEN ${a} < 55 THEN 'in_person' WHEN ${a} < 70 THEN 'remote' WHEN ${a} < 75 THEN 'excused' ELSE 'absent' END
              WHEN x.role = 'child' AND x.age >= 14 THEN
                CASE WHEN ${a} < 30 THEN 'in_person' WHEN ${a} < 42 THEN 'remote' WHEN ${a} < 75 THEN 'excused' ELSE 'absent' END
              WHEN x.role = 'child' THEN
                CASE WHEN ${a} < 8 THEN 'in_person' WHEN ${a} < 96 THEN 'excused' ELSE 'absent' END
              ELSE
                CASE WHEN ${a} < 78 THEN 'in_person' WHEN ${a} < 92 THEN 'remote' WHEN ${a} < 95 THEN 'excused' ELSE 'absent' END
            END,
            CASE WHEN x.role IN ('parent', 'indian_custodian') THEN ${r} < (CASE WHEN ${a} < 70 THEN 90 ELSE 60 END) END
       FROM x JOIN hearing h ON h.id = x.hearing_id
      WHERE x.role <> 'child' OR x.age IS NOT NULL
     ON CONFLICT (hearing_id, person_id) DO NOTHING`,
    [jurisdictionId],
  );
}
