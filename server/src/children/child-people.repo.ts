import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/**
 * The professionals on a child's open cases, as the child may know them: the judge, the caseworker, the
 * child's own guardian ad litem or attorney and the CASA volunteer. Parents, their attorneys, caregivers,
 * other children and anyone acting only for a sibling are never selected. Contact details are read only
 * for the caseworker and the child's own GAL or attorney, the people a young person may need to reach.
 */

export const PEOPLE_ROLES = [
  'judge',
  'caseworker',
  'guardian_ad_litem',
  'youth_attorney',
  'casa_volunteer',
] as const;
const CONTACT_ROLES = `('caseworker', 'guardian_ad_litem', 'youth_attorney')`;

export type PersonOnCaseRow = {
  role: (typeof PEOPLE_ROLES)[number];
  name: string;
  email: string | null;
  phone: string | null;
};

/** One scoped query: null when the child is out of the actor's `child.read` reach, like a missing one. */
export async function findChildPeople(
  q: Queryable,
  actor: Actor,
  childId: string,
): Promise<PersonOnCaseRow[] | null> {
  const p = new SqlParams();
  const id = p.add(childId);
  const access = childAccess(actor, 'child.read', 'ch', p);
  const [row] = await q.query<{ people: PersonOnCaseRow[] }>(
    `SELECT (SELECT COALESCE(json_agg(x ORDER BY x.rank, x.name), '[]'::json) FROM (
        SELECT DISTINCT 'judge' AS role, 0 AS rank,
               ${JUDGE_NAME_SQL} AS name, NULL::text AS email, NULL::text AS phone
          FROM case_child cc JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
          JOIN judge j ON j.id = c.assigned_judge_id JOIN person jp ON jp.id = j.person_id
         WHERE cc.child_id = ch.id
        UNION
        SELECT DISTINCT cp.case_role,
               CASE cp.case_role WHEN 'caseworker' THEN 1 WHEN 'casa_volunteer' THEN 3 ELSE 2 END,
               pp.given_name || ' ' || pp.family_name,
               CASE WHEN cp.case_role IN ${CONTACT_ROLES} THEN pp.email END,
               CASE WHEN cp.case_role IN ${CONTACT_ROLES} THEN pp.phone END
          FROM case_child cc JOIN court_case c ON c.id = cc.case_id AND c.status = 'open'
          JOIN case_participant cp ON cp.case_id = c.id JOIN person pp ON pp.id = cp.person_id
         WHERE cc.child_id = ch.id AND cp.end_date IS NULL
           AND cp.case_role IN ('caseworker', 'guardian_ad_litem', 'youth_attorney', 'casa_volunteer')
           AND (cp.child_id IS NULL OR cp.child_id = ch.id)) x) AS people
       FROM child ch WHERE ch.id = ${id} AND ${access}`,
    p.values,
  );
  return row ? row.people.map(({ role, name, email, phone }) => ({ role, name, email, phone })) : null;
}
