import type { Queryable } from '../platform/db.ts';

/**
 * SQL for hearing attendance. The hearing has already been loaded through the scoped hearing repository
 * (findHearing), so these queries take its id and case id as given.
 */

export type ExpectedPerson = {
  person_id: string;
  given_name: string;
  family_name: string;
  role: string;
  birth_date: string | null;
};

/** The case's children and the people on the case on the hearing's date: whom attendance is asked of. */
export async function expectedPeople(q: Queryable, caseId: string, date: string): Promise<ExpectedPerson[]> {
  return q.query<ExpectedPerson>(
    `SELECT p.id AS person_id, p.given_name, p.family_name, cp.case_role AS role, NULL AS birth_date
       FROM case_participant cp JOIN person p ON p.id = cp.person_id
      WHERE cp.case_id = $1 AND cp.start_date <= $2 AND (cp.end_date IS NULL OR cp.end_date >= $2)
     UNION ALL
     SELECT p.id, p.given_name, p.family_name, 'child', to_char(p.birth_date, 'YYYY-MM-DD')
       FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id
      WHERE cc.case_id = $1`,
    [caseId, date],
  );
}

export type AttendanceRow = {
  person_id: string;
  given_name: string;
  family_name: string;
  attendee_role: string;
  attendance: 'in_person' | 'remote' | 'excused' | 'absent';
  represented: boolean | null;
  birth_date: string | null;
};

export async function loadAttendance(q: Queryable, hearingId: string): Promise<AttendanceRow[]> {
  return q.query<AttendanceRow>(
    `SELECT a.person_id, p.given_name, p.family_name, a.attendee_role, a.attendance, a.represented,
            to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date
       FROM hearing_attendance a JOIN person p ON p.id = a.person_id
      WHERE a.hearing_id = $1`,
    [hearingId],
  );
}

/** Replaces a hearing's attendance with `entries`. */
export async function replaceAttendance(
  q: Queryable,
  h: { jurisdictionId: string; hearingId: string; recordedBy: string },
  entries: readonly { personId: string; role: string; attendance: string; represented: boolean | null }[],
): Promise<void> {
  await q.query('DELETE FROM hearing_attendance WHERE hearing_id = $1', [h.hearingId]);
  for (const e of entries)
    await q.query(
      `INSERT INTO hearing_attendance (jurisdiction_id, hearing_id, person_id, attendee_role, attendance, represented, recorded_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [h.jurisdictionId, h.hearingId, e.personId, e.role, e.attendance, e.represented, h.recordedBy],
    );
}

/**
 * Marks the hearing as changed (its ETag moves) and, when it was still 'scheduled', as held: attendance
 * is taken at a hearing that took place. False when someone changed the hearing first.
 */
export async function touchHearing(q: Queryable, hearingId: string, version: number): Promise<boolean> {
  const rows = await q.query(
    `UPDATE hearing SET status = CASE WHEN status = 'scheduled' THEN 'held' ELSE status END, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [hearingId, version],
  );
  return rows.length > 0;
}
