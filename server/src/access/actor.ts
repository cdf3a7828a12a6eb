import { ROLES, type Role } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

/**
 * Who is asking: the signed-in account with its roles and the ties that decide its relationships to
 * cases (its person, judgeship, court and unit). Loaded once per request from the session.
 */
export type Actor = {
  accountId: string;
  jurisdictionId: string;
  label: string;
  email: string;
  roles: Role[];
  personId: string | null;
  judgeId: string | null;
  courtId: string | null;
  unitId: string | null;
  preferredLanguage: string;
};

/** The actor recorded for work no person asked for (seeding, migrations, jobs). */
export const SYSTEM_ACTOR_ID = 'system';

export type AccountRow = {
  id: string;
  jurisdiction_id: string;
  display_name: string;
  email: string;
  person_id: string | null;
  judge_id: string | null;
  court_id: string | null;
  unit_id: string | null;
  preferred_language: string;
  roles: string[] | null;
};

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/** The columns and joins that make an Actor; callers add their own WHERE on `a` (the account). */
export const ACTOR_SELECT = `SELECT a.id, a.jurisdiction_id, a.display_name, a.email, a.person_id, a.judge_id, a.court_id,
    a.unit_id, a.preferred_language,
    ARRAY(SELECT r.role FROM account_role r WHERE r.account_id = a.id ORDER BY r.role) AS roles
  FROM user_account a`;

export function toActor(row: AccountRow): Actor {
  return {
    accountId: row.id,
    jurisdictionId: row.jurisdiction_id,
    label: row.display_name,
    email: row.email,
    roles: (row.roles ?? []).filter(isRole),
    personId: row.person_id,
    judgeId: row.judge_id,
    courtId: row.court_id,
    unitId: row.unit_id,
    preferredLanguage: row.preferred_language,
  };
}

export async function loadActor(q: Queryable, accountId: string): Promise<Actor | null> {
  const [row] = await q.query<AccountRow>(`${ACTOR_SELECT} WHERE a.id = $1 AND a.active`, [accountId]);
  return row ? toActor(row) : null;
}
