import type { Queryable } from '../platform/db.ts';

/** Every foreign key the seed writes, as [table, column, referenced table]. */
const SEEDED_REFERENCES: readonly (readonly [string, string, string])[] = [
  ['court', 'jurisdiction_id', 'jurisdiction'],
  ['courtroom', 'court_id', 'court'],
  ['judge', 'court_id', 'court'],
  ['judge', 'person_id', 'person'],
  ['child', 'person_id', 'person'],
  ['court_case', 'court_id', 'court'],
  ['court_case', 'assigned_judge_id', 'judge'],
  ['case_child', 'case_id', 'court_case'],
  ['case_child', 'child_id', 'child'],
  ['case_participant', 'case_id', 'court_case'],
  ['case_participant', 'person_id', 'person'],
  ['case_participant', 'child_id', 'child'],
  ['removal_episode', 'child_id', 'child'],
  ['removal_episode', 'case_id', 'court_case'],
  ['placement', 'removal_id', 'removal_episode'],
  ['placement', 'child_id', 'child'],
  ['placement', 'provider_id', 'provider'],
  ['hearing', 'case_id', 'court_case'],
  ['hearing', 'judge_id', 'judge'],
  ['hearing', 'courtroom_id', 'courtroom'],
  ['court_order', 'case_id', 'court_case'],
  ['court_order', 'hearing_id', 'hearing'],
  ['court_order', 'judge_id', 'judge'],
  ['finding', 'order_id', 'court_order'],
  ['finding', 'child_id', 'child'],
  ['parental_rights_event', 'child_id', 'child'],
  ['parental_rights_event', 'parent_person_id', 'person'],
  ['parental_rights_event', 'order_id', 'court_order'],
  ['permanency_plan', 'child_id', 'child'],
  ['permanency_plan', 'removal_id', 'removal_episode'],
  ['maltreatment_report', 'child_id', 'child'],
  ['caseworker_visit', 'child_id', 'child'],
  ['child_sensitive_fact', 'child_id', 'child'],
];

/** Checks, once, the references the foreign-key triggers were told to skip; any dangling one is a bug. */
export async function assertReferencesHold(q: Queryable, jurisdictionId: string): Promise<void> {
  const checks = SEEDED_REFERENCES.map(
    ([table, column, target]) =>
      `SELECT '${table}.${column}' AS ref, count(*)::int AS n FROM ${table} x
        WHERE x.jurisdiction_id = $1 AND x.${column} IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ${target} r WHERE r.id = x.${column})`,
  );
  checks.push(
    `SELECT 'provider_caregiver' AS ref, count(*)::int AS n FROM provider_caregiver pc JOIN provider p ON p.id = pc.provider_id
      WHERE p.jurisdiction_id = $1 AND NOT EXISTS (SELECT 1 FROM person r WHERE r.id = pc.person_id)`,
  );
  const rows = await q.query<{ ref: string; n: number }>(checks.join(' UNION ALL '), [jurisdictionId]);
  const broken = rows.filter((r) => r.n > 0);
  if (broken.length)
    throw new Error(
      `seeded rows with dangling references: ${broken.map((r) => `${r.ref} (${r.n})`).join(', ')}`,
    );
}
