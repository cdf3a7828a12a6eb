/**
 * A rule pack: the numbers of the law, as data with its citation and effective range (domain-rules.md,
 * "the law changes: every deadline … lives in versioned, per-jurisdiction configuration"). Calendaring
 * (a later issue) adds hearing deadlines here; the platform core needs the clocks below.
 */
export type CitedNumber = { value: number; citation: string; unconfirmed?: boolean };

export type RulePack = {
  id: string;
  jurisdiction: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** Date entered foster care = earlier of the first adjudication finding and removal + N days. */
  enteredCareDaysAfterRemoval: CitedNumber;
  /** A trial home visit beyond N months is a return home unless a court extends it. */
  trialHomeVisitMonths: CitedNumber;
  /** Age from which an APPLA permanency goal may be set. */
  applaMinimumAge: CitedNumber;
};

/** The federal floor (ASFA, P.L. 105-89). */
export const FEDERAL_RULE_PACK: RulePack = {
  id: 'us-federal-2022',
  jurisdiction: 'US',
  effectiveFrom: '1997-11-19',
  effectiveTo: null,
  enteredCareDaysAfterRemoval: { value: 60, citation: 'SSA §475(5)(F); 45 CFR 1355.20' },
  trialHomeVisitMonths: { value: 6, citation: '45 CFR 1356.21(e)' },
  applaMinimumAge: { value: 16, citation: 'SSA §475(5)(C)(i), as amended by P.L. 113-183' },
};

/** New Mexico follows the federal definition of entering care (§32A-4-25.1(E); domain-rules §5.1, inferred). */
export const NEW_MEXICO_RULE_PACK: RulePack = {
  ...FEDERAL_RULE_PACK,
  id: 'us-nm-2022',
  jurisdiction: 'US-NM',
  effectiveFrom: '2022-07-01',
  enteredCareDaysAfterRemoval: {
    value: 60,
    citation: 'NMSA 1978 §32A-4-25.1(E), mirroring SSA §475(5)(F)',
    unconfirmed: true,
  },
};

export const RULE_PACKS: Record<string, RulePack> = {
  [FEDERAL_RULE_PACK.id]: FEDERAL_RULE_PACK,
  [NEW_MEXICO_RULE_PACK.id]: NEW_MEXICO_RULE_PACK,
};

export function rulePackById(id: string): RulePack {
  const pack = RULE_PACKS[id];
  if (!pack) throw new RangeError(`unknown rule pack: ${id}`);
  return pack;
}
