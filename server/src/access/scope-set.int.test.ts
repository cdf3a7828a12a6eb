import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLES, type Permission } from '@hearth/core';
import type { Db } from '../platform/db.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import { loadDemoData } from '../seed/demo.ts';
import { ACTOR_SELECT, toActor, type AccountRow, type Actor } from './actor.ts';
import { childAccess, childrenInScope, SqlParams } from './scope.ts';

/**
 * childrenInScope (the scope as a set of child ids, for queries over many children) must admit exactly the
 * children childAccess (the scope tested child by child) admits: every demo sign-in of both districts, plus
 * an account with no roles, one holding every role (every scope at once) and the same one pinned to the
 * other district, for every permission. A few rows the sets could get wrong are added first: an ended
 * case role, and a unit's worker on a case in a role other than caseworker.
 */
let db: Db;
let actors: { name: string; actor: Actor }[];

const byEmail = (email: string): Actor => {
  const found = actors.find((a) => a.actor.email === email);
  if (!found) throw new Error(`no demo account ${email}`);
  return found.actor;
};

beforeAll(async () => {
  db = await createTestDb();
  await loadDemoData(db, { today: '2026-11-23' });
  const rows = await db.query<AccountRow>(`${ACTOR_SELECT} ORDER BY a.email`);
  actors = rows.map((r) => ({ name: r.email, actor: toActor(r) }));
  const worker = byEmail('caseworker@demo.hearth');
  // A case the worker no longer holds (ended), and one where a unit member is the supervisor, not the
  // caseworker: neither reaches the case's children through `assigned` or `unit`.
  const cases = await db.query<{ id: string; person_id: string }>(
    `SELECT c.id, cp.person_id FROM court_case c JOIN case_participant cp ON cp.case_id = c.id
      WHERE c.jurisdiction_id = $1 AND cp.case_role = 'caseworker'
        AND NOT EXISTS (SELECT 1 FROM case_participant x JOIN user_account u ON u.id = x.account_id
                         WHERE x.case_id = c.id AND u.unit_id IS NOT NULL)
      ORDER BY c.petition_number LIMIT 2`,
    [worker.jurisdictionId],
  );
  expect(cases).toHaveLength(2);
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, start_date, end_date)
     VALUES ($1, $2, $3, $4, 'caseworker', '2025-01-01', '2025-06-01'),
            ($1, $5, $3, $4, 'supervisor', '2025-01-01', NULL)`,
    [worker.jurisdictionId, cases[0]!.id, worker.personId, worker.accountId, cases[1]!.id],
  );
  // The caregiver's home had a child who has left it (ended placement), and one whose episode is over
  // (discharged, the placement row left open): neither is the caregiver's child now.
  const caregiver = byEmail('caregiver@demo.hearth');
  const [home] = await db.query<{ provider_id: string }>(
    'SELECT provider_id FROM provider_caregiver WHERE person_id = $1 LIMIT 1',
    [caregiver.personId],
  );
  const episodes = await db.query<{ id: string; child_id: string; open: boolean }>(
    `SELECT DISTINCT ON (r.discharge_date IS NULL) r.id, r.child_id, r.discharge_date IS NULL AS open
       FROM removal_episode r WHERE r.jurisdiction_id = $1
        AND NOT EXISTS (SELECT 1 FROM placement x WHERE x.child_id = r.child_id AND x.provider_id = $2)
      ORDER BY r.discharge_date IS NULL, r.id`,
    [caregiver.jurisdictionId, home!.provider_id],
  );
  expect(episodes.map((e) => e.open).sort()).toEqual([false, true]);
  for (const e of episodes)
    await db.query(
      `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date, end_date)
       VALUES ($1, $2, $3, 'foster_family_nonrelative', $4, '2020-01-01', $5)`,
      [caregiver.jurisdictionId, e.id, e.child_id, home!.provider_id, e.open ? '2020-02-01' : null],
    );
  const judge = byEmail('judge@demo.hearth');
  const clerk = byEmail('clerk@demo.hearth');
  const supervisor = byEmail('supervisor@demo.hearth');
  const everything = (personId: string | null): Actor => ({
    ...supervisor,
    roles: [...ROLES],
    personId,
    judgeId: judge.judgeId,
    courtId: clerk.courtId,
  });
  const foreign = byEmail('judge@other.demo.hearth').jurisdictionId;
  actors.push(
    { name: 'no roles', actor: { ...worker, roles: [] } },
    { name: 'every role, the caregiver', actor: everything(byEmail('caregiver@demo.hearth').personId) },
    { name: 'every role, the youth', actor: everything(byEmail('youth@demo.hearth').personId) },
    {
      name: 'every role, pinned to the other district',
      actor: { ...everything(byEmail('caregiver@demo.hearth').personId), jurisdictionId: foreign },
    },
  );
});
afterAll(async () => {
  await db.close();
});

async function perChild(actor: Actor, permission: Permission): Promise<string[]> {
  const p = new SqlParams();
  const access = childAccess(actor, permission, 'ch', p);
  const rows = await db.query<{ id: string }>(
    `SELECT ch.id FROM child ch WHERE ${access} ORDER BY ch.id`,
    p.values,
  );
  return rows.map((r) => r.id);
}

async function asSet(actor: Actor, permission: Permission): Promise<string[]> {
  const p = new SqlParams();
  const set = childrenInScope(actor, permission, p);
  const rows = await db.query<{ child_id: string }>(
    `SELECT s.child_id FROM (${set}) s ORDER BY s.child_id`,
    p.values,
  );
  return rows.map((r) => r.child_id);
}

describe(`childrenInScope on ${testDbKind()}`, () => {
  it('admits exactly the children childAccess admits, for every actor and permission', async () => {
    const seen = new Set<string>();
    let compared = 0;
    let nonEmpty = 0;
    for (const { name, actor } of actors) {
      for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
        const expected = await perChild(actor, permission);
        const got = await asSet(actor, permission);
        expect({ name, permission, ids: got }).toEqual({ name, permission, ids: expected });
        compared += 1;
        if (expected.length) nonEmpty += 1;
        seen.add(expected.join(','));
      }
    }
    // The comparison can fail: many non-empty sets, and many different ones (docket, unit, placement …).
    expect(compared).toBeGreaterThan(500);
    expect(nonEmpty).toBeGreaterThan(100);
    expect(seen.size).toBeGreaterThan(8);
  }, 120_000);

  it('gives each role the reach it should have for contact.read', async () => {
    const count = async (email: string) => (await asSet(byEmail(email), 'contact.read')).length;
    const worker = await count('caseworker@demo.hearth');
    const supervisor = await count('supervisor@demo.hearth');
    expect(worker).toBeGreaterThan(0);
    expect(supervisor).toBeGreaterThan(worker); // the unit's children, not only the supervisor's own
    expect(await count('judge@demo.hearth')).toBe(0); // contacts are the agency's
    expect(await count('admin@demo.hearth')).toBe(0);
    const noRoles = actors.find((a) => a.name === 'no roles')!.actor;
    expect(await asSet(noRoles, 'child.read')).toEqual([]);
    const pinned = actors.find((a) => a.name === 'every role, pinned to the other district')!.actor;
    const otherChildren = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM child WHERE jurisdiction_id <> $1',
      [pinned.jurisdictionId],
    );
    const reach = await asSet(pinned, 'child.read');
    const inOther = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM child WHERE id = ANY($1::uuid[]) AND jurisdiction_id <> $2',
      [reach, pinned.jurisdictionId],
    );
    expect(otherChildren[0]!.n).toBeGreaterThan(0);
    expect(inOther[0]!.n).toBe(0); // the ids of the main district (unit, judge, court) reach nothing there
  });
});
