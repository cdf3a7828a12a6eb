import { hasPermission, type Role } from '@hearth/core';
import type { z } from 'zod';
import type { Actor } from '../access/actor.ts';
import { recordAudit, type AuditContext } from '../audit/audit-log.ts';
import { hashPassword } from '../auth/password.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { conflict, fieldError, invalid, notFound, type FieldError } from '../platform/problem.ts';
import { paginate } from '../platform/schemas.ts';
import type { CreateAccountBody, GrantBody, SetRolesBody } from './account.dto.ts';
import * as repo from './account.repo.ts';

export type NewAccount = z.infer<typeof CreateAccountBody> & { jurisdictionId: string };

/** Creates an account (used by the API and by `hearth users create`), in one transaction with its audit row. */
export async function createAccount(db: Db, audit: AuditContext, input: NewAccount): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const problems: FieldError[] = [];
    const refs = [
      ['courtId', 'court', input.courtId],
      ['judgeId', 'judge', input.judgeId],
      ['unitId', 'agency_unit', input.unitId],
      ['personId', 'person', input.personId],
    ] as const;
    for (const [field, table, id] of refs)
      if (id && !(await repo.existsInJurisdiction(tx, table, id, input.jurisdictionId)))
        problems.push(fieldError(field, 'is not in this jurisdiction'));
    if (problems.length) throw invalid(problems);
    if (await repo.emailTaken(tx, input.email))
      throw conflict('An account with this e-mail exists.', [fieldError('email', 'is already used')]);
    const id = await repo.insertAccount(
      tx,
      {
        jurisdictionId: input.jurisdictionId,
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        personId: input.personId ?? null,
        judgeId: input.judgeId ?? null,
        courtId: input.courtId ?? null,
        unitId: input.unitId ?? null,
        preferredLanguage: input.preferredLanguage,
      },
      input.roles,
    );
    await recordAudit(tx, audit, {
      action: 'account.created',
      entityType: 'user_account',
      entityId: id,
      data: { roles: input.roles },
    });
    return { id };
  });
}

export async function listAccounts(ctx: RequestContext, limit: number, offset: number) {
  const rows = await repo.listAccounts(ctx.db, ctx.actor.jurisdictionId, limit, offset);
  const { items, page } = paginate(rows, limit, offset);
  return {
    items: items.map((a) => ({
      id: a.id,
      email: a.email,
      displayName: a.display_name,
      active: a.active,
      roles: a.roles,
      createdAt: new Date(a.created_at).toISOString(),
    })),
    page,
  };
}

/** Changes an account's roles. Refuses a change that would take away the actor's own right to manage accounts. */
export async function setRoles(
  ctx: RequestContext,
  accountId: string,
  input: z.infer<typeof SetRolesBody>,
): Promise<void> {
  if (accountId === ctx.actor.accountId && !hasPermission(input.roles as Role[], 'account.manage'))
    throw invalid([
      fieldError('roles', 'would remove your own right to manage accounts; ask another administrator'),
    ]);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.accountRoles(tx, accountId, ctx.actor.jurisdictionId);
    if (before === null) throw notFound('account');
    await repo.setRoles(tx, accountId, input.roles);
    await recordAudit(tx, ctx.audit, {
      action: 'account.roles_changed',
      entityType: 'user_account',
      entityId: accountId,
      data: { changes: { roles: { old: before, new: input.roles } } },
    });
  });
}

export async function grantSensitive(
  ctx: RequestContext,
  input: z.infer<typeof GrantBody>,
): Promise<{ id: string }> {
  const actor: Actor = ctx.actor;
  return ctx.db.transaction(async (tx) => {
    const problems: FieldError[] = [];
    if ((await repo.accountRoles(tx, input.accountId, actor.jurisdictionId)) === null)
      problems.push(fieldError('accountId', 'is not an account of your jurisdiction'));
    if (input.caseId && !(await repo.caseInJurisdiction(tx, input.caseId, actor.jurisdictionId)))
      problems.push(fieldError('caseId', 'is not a case of your jurisdiction'));
    if (input.expiresAt && new Date(input.expiresAt) <= ctx.clock.now())
      problems.push(fieldError('expiresAt', 'is in the past'));
    if (problems.length) throw invalid(problems);
    const id = await repo.insertGrant(tx, {
      jurisdictionId: actor.jurisdictionId,
      accountId: input.accountId,
      fieldClass: input.fieldClass,
      caseId: input.caseId ?? null,
      reason: input.reason,
      grantedBy: actor.accountId,
      expiresAt: input.expiresAt ?? null,
    });
    await recordAudit(tx, ctx.audit, {
      action: 'sensitive.granted',
      entityType: 'user_account',
      entityId: input.accountId,
      reason: input.reason,
      data: { grantId: id, fieldClass: input.fieldClass, caseId: input.caseId ?? null },
    });
    return { id };
  });
}
