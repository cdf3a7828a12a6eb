import { hasPermission } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid } from '../platform/problem.ts';
import { paginate } from '../platform/schemas.ts';
import type { SearchHitDto, SearchQueryParamsDto, SearchResultsDto } from './search.dto.ts';
import * as repo from './search.repo.ts';
import { classifySearchQuery } from './search.rules.ts';

const UNUSABLE = {
  notADate: 'is not a day of the calendar; write a date as YYYY-MM-DD or M/D/YYYY',
  noLettersOrDigits: 'type a name, a date of birth or a petition number',
} as const;

function toHit(r: repo.SearchRow, matched: SearchHitDto['matched']): SearchHitDto {
  if (r.kind === 'person')
    return {
      kind: 'person',
      id: r.id,
      givenName: r.given_name ?? '',
      familyName: r.family_name ?? '',
      birthDate: r.birth_date,
      caseRoles: r.case_roles ?? [],
      case: { id: r.case_id ?? '', petitionNumber: r.petition_number ?? '' },
      matched,
      score: r.score,
    };
  if (r.kind === 'child')
    return {
      kind: 'child',
      id: r.id,
      givenName: r.given_name ?? '',
      familyName: r.family_name ?? '',
      birthDate: r.birth_date,
      petitionNumbers: r.petition_numbers ?? [],
      matched,
      score: r.score,
    };
  return {
    kind: 'case',
    id: r.id,
    petitionNumber: r.petition_number ?? '',
    status: r.status ?? '',
    courtName: r.court_name ?? '',
    children: r.children ?? [],
    matched,
    score: r.score,
  };
}

/**
 * Searches the children, the cases and the people on cases the actor may read, by name (typo-tolerant),
 * date of birth or petition number. The results are a read of those records, so they are audited like
 * the case and children lists, in the same transaction: the ids shown and how they matched, never the
 * words typed (a name in the audit log would be a name in clear; house-style §4, "minimise by design").
 * A person on a case is part of that case's record: `case.listed` names them by person and case id.
 */
export async function search(ctx: RequestContext, query: SearchQueryParamsDto): Promise<SearchResultsDto> {
  const match = classifySearchQuery(query.q);
  if (match.kind === 'unusable') throw invalid([fieldError('q', UNUSABLE[match.reason], 'query')]);
  return ctx.db.transaction(async (tx) => {
    if (match.kind === 'name') await repo.setNameThreshold(tx);
    const rows = await repo.search(tx, ctx.actor, match, query);
    const { items, page } = paginate(rows, query.limit, query.offset);
    const ids = (kind: repo.SearchRow['kind']) => items.filter((r) => r.kind === kind).map((r) => r.id);
    await recordAudit(tx, ctx.audit, {
      action: 'child.listed',
      entityType: 'child',
      entityId: null,
      data: { ids: ids('child'), q: 'search', matched: match.kind },
    });
    if (hasPermission(ctx.actor.roles, 'case.read'))
      await recordAudit(tx, ctx.audit, {
        action: 'case.listed',
        entityType: 'court_case',
        entityId: null,
        data: {
          ids: ids('case'),
          people: items
            .filter((r) => r.kind === 'person')
            .map((r) => ({ personId: r.id, caseId: r.case_id })),
          q: 'search',
          matched: match.kind,
        },
      });
    return { items: items.map((r) => toHit(r, match.kind)), page };
  });
}
