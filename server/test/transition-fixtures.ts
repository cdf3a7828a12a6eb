import type { Db } from '../src/platform/db.ts';
import type { Org } from './factories.ts';

/** A draft transition home plan on each removal episode the access matrix probes (server/src/transition). */
export type HomePlanFixtures = Record<'mine' | 'other' | 'foreign', string>;

export async function createHomePlanFixtures(db: Db, org: Org): Promise<HomePlanFixtures> {
  const plan = async (childId: string, removalId: string): Promise<string> => {
    const [row] = await db.query<{ id: string }>(
      `INSERT INTO transition_home_plan (jurisdiction_id, child_id, removal_id)
       SELECT jurisdiction_id, child_id, id FROM removal_episode WHERE id = $2 AND child_id = $1 RETURNING id`,
      [childId, removalId],
    );
    return row!.id;
  };
  return {
    mine: await plan(org.placedChild, org.placedRemoval),
    other: await plan(org.otherChild, org.otherRemoval),
    foreign: await plan(org.foreignChild, org.foreignRemoval),
  };
}
