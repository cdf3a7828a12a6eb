import { dateEnteredFosterCare, type RulePack } from '@hearth/core';
import type { CaseDetailDto } from './case.dto.ts';
import type { CaseChildRow } from './case-page.repo.ts';

/**
 * A child of the case page. Removals and placements (this case's episodes) are present only when the
 * reader may see the child's history; absent, not empty, otherwise. The date entered foster care is
 * computed from the rule pack (SSA §475(5)(F)), as on the child page.
 */
export function caseChildDto(ch: CaseChildRow, pack: RulePack): CaseDetailDto['children'][number] {
  const dto: CaseDetailDto['children'][number] = {
    id: ch.id,
    givenName: ch.given_name,
    familyName: ch.family_name,
    birthDate: ch.birth_date,
  };
  if (ch.removals)
    dto.removals = ch.removals.map((r) => ({
      id: r.id,
      removalDate: r.removalDate,
      adjudicationDate: r.adjudicationDate,
      dateEnteredFosterCare: dateEnteredFosterCare(r, pack),
      dischargeDate: r.dischargeDate,
      dischargeReason: r.dischargeReason,
      placements: r.placements,
    }));
  if (ch.plans) dto.permanencyPlans = ch.plans;
  return dto;
}
