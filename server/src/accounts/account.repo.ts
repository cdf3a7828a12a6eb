import type { Queryable } from '../platform/db.ts';

export type AccountListRow = {
  id: string;
  email: string;
  display_name: string;
  active: boolean;
  roles: string[];
  created_at: Date;
};

export async function listAccounts(
  q: Queryable,
  jurisdictionId: string,
  limit: number,
  offset: number,
): Promise<AccountListRow[]> {
  return q.query(
    `SELECT a.id, a.email, a.display_name, a.active, a.created_at,
            COALESCE(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
       FROM user_account a LEFT JOIN account_role r ON r.account_id = a.id
      WHERE a.jurisdiction_id = $1 GROUP BY a.id ORDER BY a.email LIMIT $2 OFFSET $3`,
    [jurisdictionId, limit + 1, offset],
  );
}

export async function emailTaken(q: Queryable, email: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM user_account WHERE lower(email) = lower($1)', [email])).length > 0;
}

export async function insertAccount(
  q: Queryable,
  a: {
    jurisdictionId: string;
    email: string;
    passwordHash: string;
    displayName: string;
    personId: string | null;
    judgeId: string | null;
    courtId: string | null;
    unitId: string | null;
    preferredLanguage: string;
  },
  roles: string[],
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, judge_id, court_id, unit_id,
       preferred_language) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`,
    [
      a.jurisdictionId,
      a.email,
      a.passwordHash,
      a.displayName,
      a.personId,
      a.judgeId,
      a.courtId,
      a.unitId,
      a.preferredLanguage,
    ],
  );
  await setRoles(q, row!.id, roles);
  return row!.id;
}

export async function accountRoles(
  q: Queryable,
  accountId: string,
  jurisdictionId: string,
): Promise<string[] | null> {
  const rows = await q.query<{ id: string; roles: string[] }>(
    `SELECT a.id, COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
       FROM user_account a LEFT JOIN account_role r ON r.account_id = a.id
      WHERE a.id = $1 AND a.jurisdiction_id = $2 GROUP BY a.id`,
    [accountId, jurisdictionId],
  );
  return rows[0]?.roles ?? null;
}

export async function setRoles(q: Queryable, accountId: string, roles: string[]): Promise<void> {
  await q.query('DELETE FROM account_role WHERE account_id = $1', [accountId]);
  await q.query('INSERT INTO account_role (account_id, role) SELECT $1, unnest($2::text[])', [
    accountId,
    roles,
  ]);
}

/** A reference (court, judge, unit, person) must belong to the jurisdiction; table names are fixed here, not input. */
export async function existsInJurisdiction(
  q: Queryable,
  table: 'court' | 'judge' | 'agency_unit' | 'person',
  id: string,
  jurisdictionId: string,
): Promise<boolean> {
  return (
    (await q.query(`SELECT 1 FROM ${table} WHERE id = $1 AND jurisdiction_id = $2`, [id, jurisdictionId]))
      .length > 0
  );
}

export async function insertGrant(
  q: Queryable,
  g: {
    jurisdictionId: string;
    accountId: string;
    fieldClass: string;
    caseId: string | null;
    reason: string;
    grantedBy: string | null;
    expiresAt: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, case_id, reason, granted_by, expires_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
    [g.jurisdictionId, g.accountId, g.fieldClass, g.caseId, g.reason, g.grantedBy, g.expiresAt],
  );
  return row!.id;
}

export async function caseInJurisdiction(
  q: Queryable,
  caseId: string,
  jurisdictionId: string,
): Promise<boolean> {
  return (
    (
      await q.query('SELECT 1 FROM court_case WHERE id = $1 AND jurisdiction_id = $2', [
        caseId,
        jurisdictionId,
      ])
    ).length > 0
  );
}
