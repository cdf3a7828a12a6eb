import { diffFields, isSendableStatement, normalizeAudiences } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { SaveStatementBody, StatementDto } from './voice.dto.ts';
import * as repo from './voice.repo.ts';
import { checkVersion, notEligible, toStatement, writable, type Tagged } from './voice.shared.ts';

/**
 * The young person writes to the judge: a private draft, then sent (domain-rules §7.3, §9). One use case
 * per exported function, one transaction each, its audit row inside it (voice.shared.ts): ids, statuses,
 * audiences and lengths, never the words, for a youth's statement is for the judge, not for whoever reads
 * the audit log.
 */

/**
 * The young person saves their draft to the judge (created on the first save; then under If-Match).
 * Only the youth writes it (statementWriter), for a hearing of their own case, while it is open.
 */
export async function saveStatement(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
  input: SaveStatementBody,
): Promise<Tagged<StatementDto>> {
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.mayWriteStatement(tx, ctx.actor, hearingId, childId))) throw notFound('hearing');
    const { child, eligibility } = await writable(tx, ctx, hearingId, childId);
    if (!eligibility.allowed) notEligible(eligibility);
    // Read under the hearing's lock (writable): every write to a hearing's voices takes it first.
    const before = await repo.statementOf(tx, hearingId, childId);
    const version = checkVersion(before, ifMatch, () => toStatement(before!));
    if (before?.status === 'sent')
      throw conflict('This statement was sent to the judge: it can no longer change.');
    const next = {
      body: input.body,
      language: input.language,
      sharedWith: normalizeAudiences(input.sharedWith),
      writtenBy: ctx.actor.accountId,
      now: ctx.clock.now(),
    };
    const saved =
      version === null
        ? await repo.insertStatement(tx, {
            ...next,
            jurisdictionId: child.jurisdiction_id,
            hearingId,
            childId,
          })
        : await repo.updateDraftStatement(tx, before!.id, version, next);
    const after = await repo.statementOf(tx, hearingId, childId);
    if (!saved || !after)
      throw preconditionFailed(after ? toStatement(after) : {}, etagOf(after?.version ?? 0));
    await recordAudit(tx, ctx.audit, {
      action: 'youth_statement.saved',
      entityType: 'youth_statement',
      entityId: after.id,
      data: {
        hearingId,
        childId,
        changes: diffFields(
          before
            ? {
                length: before.body.length,
                language: before.language,
                sharedWith: before.shared_with.join(','),
              }
            : {},
          { length: after.body.length, language: after.language, sharedWith: after.shared_with.join(',') },
        ),
      },
    });
    return { dto: toStatement(after), etag: etagOf(after.version) };
  });
}

/** Sends the draft to the judge (If-Match): from now it is fixed, timestamped, and on the bench view. */
export async function sendStatement(
  ctx: RequestContext,
  hearingId: string,
  childId: string,
  ifMatch: number | null,
): Promise<Tagged<StatementDto>> {
  if (ifMatch === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    if (!(await repo.mayWriteStatement(tx, ctx.actor, hearingId, childId))) throw notFound('hearing');
    const { eligibility } = await writable(tx, ctx, hearingId, childId);
    if (!eligibility.allowed) notEligible(eligibility);
    const s = await repo.statementOf(tx, hearingId, childId);
    if (!s) throw notFound('statement');
    if (s.version !== ifMatch) throw preconditionFailed(toStatement(s), etagOf(s.version));
    if (s.status === 'sent') throw conflict('This statement was already sent to the judge.');
    if (!isSendableStatement(s.body))
      throw invalid([fieldError('body', 'write something before you send it')]);
    if (!(await repo.markStatementSent(tx, s.id, s.version, ctx.clock.now())))
      throw preconditionFailed(toStatement(s), etagOf(s.version));
    const after = await repo.statementById(tx, s.id);
    await recordAudit(tx, ctx.audit, {
      action: 'youth_statement.sent',
      entityType: 'youth_statement',
      entityId: s.id,
      data: {
        hearingId,
        childId,
        sharedWith: after.shared_with,
        changes: diffFields({ status: s.status }, { status: after.status }),
      },
    });
    return { dto: toStatement(after), etag: etagOf(after.version) };
  });
}
