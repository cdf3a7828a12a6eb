import type { Role, SensitiveFieldClass } from '@hearth/core';
import { recordAudit, type AuditContext } from '../audit/audit-log.ts';
import type { Queryable } from '../platform/db.ts';
import { seedAuditContext } from './seed-audit.ts';

// Writing the demo's sign-ins: person rows, accounts with their role, and sensitive-class grants, each
// audited as the system.

const GRANT_REASON = 'demo assignment';

export type DemoCtx = { tx: Queryable; jurisdictionId: string; passwordHash: string; audit: AuditContext };

export const demoContext = (tx: Queryable, jurisdictionId: string, passwordHash: string): DemoCtx => ({
  tx,
  jurisdictionId,
  passwordHash,
  audit: seedAuditContext(jurisdictionId),
});

export type DemoStaff = { accountId: string; personId: string };

async function newPerson(
  ctx: DemoCtx,
  given: string,
  family: string,
  sex: 'female' | 'male',
): Promise<string> {
  const [row] = await ctx.tx.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, sex) VALUES ($1, $2, $3, $4) RETURNING id`,
    [ctx.jurisdictionId, given, family, sex],
  );
  return (row as { id: string }).id;
}

/** An account with one role, signing in with the shared demo password. */
export async function createAccount(
  ctx: DemoCtx,
  a: {
    email: string;
    role: Role;
    displayName: string;
    personId?: string | null;
    judgeId?: string | null;
    courtId?: string | null;
    unitId?: string | null;
  },
): Promise<string> {
  const [row] = await ctx.tx.query<{ id: string }>(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, judge_id, court_id, unit_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      ctx.jurisdictionId,
      a.email,
      ctx.passwordHash,
      a.displayName,
      a.personId ?? null,
      a.judgeId ?? null,
      a.courtId ?? null,
      a.unitId ?? null,
    ],
  );
  const id = (row as { id: string }).id;
  await ctx.tx.query('INSERT INTO account_role (account_id, role) VALUES ($1, $2)', [id, a.role]);
  await recordAudit(ctx.tx, ctx.audit, {
    action: 'account.created',
    entityType: 'user_account',
    entityId: id,
    data: { roles: [a.role], demo: true },
  });
  return id;
}

/** A staff account with its own person row, which the case_participant rows it is given will name. */
export async function createStaff(
  ctx: DemoCtx,
  a: {
    email: string;
    role: Role;
    title: string;
    given: string;
    family: string;
    sex: 'female' | 'male';
    unitId?: string;
    courtId?: string;
  },
): Promise<DemoStaff> {
  const personId = await newPerson(ctx, a.given, a.family, a.sex);
  const accountId = await createAccount(ctx, {
    email: a.email,
    role: a.role,
    displayName: `${a.title} ${a.given} ${a.family}`,
    personId,
    unitId: a.unitId ?? null,
    courtId: a.courtId ?? null,
  });
  return { accountId, personId };
}

/** Grants the account the sensitive classes jurisdiction-wide, one audit row per class. */
export async function grant(
  ctx: DemoCtx,
  accountId: string,
  classes: SensitiveFieldClass[],
  grantedBy: string,
): Promise<void> {
  await ctx.tx.query(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, case_id, reason, granted_by)
     SELECT $1, $2, unnest($3::text[]), NULL, $4, $5`,
    [ctx.jurisdictionId, accountId, classes, GRANT_REASON, grantedBy],
  );
  for (const fieldClass of classes)
    await recordAudit(ctx.tx, ctx.audit, {
      action: 'sensitive.granted',
      entityType: 'user_account',
      entityId: accountId,
      data: { fieldClass, reason: GRANT_REASON },
    });
}
