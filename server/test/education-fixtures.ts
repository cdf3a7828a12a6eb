import type { Db } from '../src/platform/db.ts';
import type { Org } from './factories.ts';

type Target = 'mine' | 'other' | 'foreign';
export type EducationFixtures = { enrollment: Record<Target, string>; determination: Record<Target, string> };

/**
 * One school enrollment and one best-interest determination on the placed child (`mine`), the child of the
 * case nobody is assigned to (`other`) and the child of the other jurisdiction (`foreign`), for the access
 * matrix's edit probes.
 */
export async function createEducationFixtures(db: Db, org: Org): Promise<EducationFixtures> {
  const children: Record<Target, string> = {
    mine: org.placedChild,
    other: org.otherChild,
    foreign: org.foreignChild,
  };
  const enrollment = {} as Record<Target, string>;
  const determination = {} as Record<Target, string>;
  for (const [target, childId] of Object.entries(children) as [Target, string][]) {
    const [e] = await db.query<{ id: string }>(
      `INSERT INTO school_enrollment (jurisdiction_id, child_id, school_name, enrolled_on, reason)
       SELECT jurisdiction_id, id, 'Matrix Elementary', '2024-08-15', 'other' FROM child WHERE id = $1 RETURNING id`,
      [childId],
    );
    const [d] = await db.query<{ id: string }>(
      `INSERT INTO education_best_interest (jurisdiction_id, child_id, decided_on, participants, factors, decision)
       SELECT jurisdiction_id, id, '2025-01-08', '[{"role":"child","name":"the child"}]', '{safety}', 'move'
         FROM child WHERE id = $1 RETURNING id`,
      [childId],
    );
    enrollment[target] = e!.id;
    determination[target] = d!.id;
  }
  return { enrollment, determination };
}
