import type { Queryable } from '../platform/db.ts';

/**
 * What was written for a hearing that is continued goes to the hearing set in its place: the continued
 * hearing never sat, so the young person's statement to the judge (domain-rules §7.3), the caregivers'
 * reports (SSA §475(5)(G)), the youth's attendance plans, the well-being checklists and the agency's and
 * CASA's report narratives must reach the bench at the new hearing, not stay behind on the old one. They
 * move rather than copy: one statement per child per hearing, and a draft stays the writer's to finish
 * until the new hearing begins. Each table holds at most one row per hearing and child (or kind), and the
 * new hearing was inserted in the same transaction, so nothing is there to collide with.
 * @returns how many rows moved, per table, for the continuance's audit row
 */
export async function carryHearingRecords(
  tx: Queryable,
  fromHearingId: string,
  toHearingId: string,
): Promise<Record<string, number>> {
  const carried: Record<string, number> = {};
  for (const table of CARRIED) {
    const rows = await tx.query(`UPDATE ${table} SET hearing_id = $2 WHERE hearing_id = $1 RETURNING 1`, [
      fromHearingId,
      toHearingId,
    ]);
    if (rows.length) carried[table] = rows.length;
  }
  return carried;
}

const CARRIED = [
  'youth_statement',
  'caregiver_report',
  'youth_attendance_plan',
  'wellbeing_checklist',
  'court_report',
] as const;
