import { addMonths, dueItems, todayOf, type ChildDutyFacts } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { DueItemsDto } from './due-items.dto.ts';
import { loadChildDutyFacts } from './due-items.repo.ts';

/**
 * The caseworker's (or the supervisor's unit's) due and overdue items: one scoped query for the facts,
 * the rules from core, and the read recorded in the audit with the children it covered.
 */
export async function listDueItems(ctx: RequestContext): Promise<DueItemsDto> {
  const today = todayOf(ctx.clock, ctx.timeZone);
  // The visit rule looks at this calendar month and the one before it, no further back.
  const visitsSince = addMonths(`${today.slice(0, 8)}01`, -1);
  const rows = await loadChildDutyFacts(ctx.db, ctx.actor, { today, visitsSince });
  const withCase = rows.filter((r) => r.case_id !== null && r.petition_number !== null);
  const facts: ChildDutyFacts[] = withCase.map((r) => ({
    childId: r.child_id,
    caseId: r.case_id!,
    episodes: r.episodes,
    visits: r.visits,
    hearings: r.hearings,
    tprPetitionFiled: r.tpr_petition_filed,
    tprExceptionDocumented: r.tpr_exception_documented,
    ...(r.birth_date ? { transition: { birthDate: r.birth_date, plan: r.transition_plan } } : {}),
  }));
  const byChild = new Map(withCase.map((r) => [r.child_id, r]));
  const items = dueItems(facts, today, ctx.rulePack);
  await recordAudit(ctx.db, ctx.audit, {
    action: 'due_items.listed',
    entityType: 'child',
    entityId: null,
    data: { childIds: withCase.map((r) => r.child_id), items: items.length },
  });
  return {
    today,
    items: items.map((i) => {
      const row = byChild.get(i.childId)!;
      return {
        kind: i.kind,
        status: i.status,
        dueDate: i.dueDate,
        citation: i.citation,
        unconfirmed: i.unconfirmed,
        hearingType: i.hearingType ?? null,
        child: { id: i.childId, givenName: row.given_name, familyName: row.family_name },
        case: { id: i.caseId, petitionNumber: row.petition_number! },
      };
    }),
  };
}
