// The words for the codes the records carry, in English and Spanish, typed from the code lists so each
// dictionary must name every one of them. One copy for the web interface and for what the server writes
// (court reports).
import type {
  DischargeReason,
  REMOVAL_ENVIRONMENTS,
  RemovalManner,
  SEXES,
  CASE_STATUSES,
  PLAN_KINDS,
  CaseRole,
  FindingType,
  HearingStatus,
  HearingType,
  PermanencyGoal,
  PlacementSetting,
  ORDER_TYPES,
  RemovalReason,
  Role,
  SensitiveFieldClass,
} from '../index.ts';

export type CodeLabels = {
  role: Record<Role, string>;
  caseRole: Record<CaseRole, string>;
  hearingType: Record<HearingType, string>;
  hearingStatus: Record<HearingStatus, string>;
  caseStatus: Record<(typeof CASE_STATUSES)[number], string>;
  orderType: Record<(typeof ORDER_TYPES)[number], string>;
  findingType: Record<FindingType, string>;
  allegation: Record<RemovalReason, string>;
  placementSetting: Record<PlacementSetting, string>;
  permanencyGoal: Record<PermanencyGoal, string>;
  planKind: Record<(typeof PLAN_KINDS)[number], string>;
  sensitiveClass: Record<SensitiveFieldClass, string>;
  removalManner: Record<RemovalManner, string>;
  removalEnvironment: Record<(typeof REMOVAL_ENVIRONMENTS)[number], string>;
  dischargeReason: Record<DischargeReason, string>;
  sex: Record<(typeof SEXES)[number], string>;
};

/** The human words for a code; an unknown code (a newer server) reads as its words, not its underscores. */
export function labelOf<K extends keyof CodeLabels>(labels: CodeLabels, kind: K, code: string): string {
  const table = labels[kind] as Record<string, string>;
  return table[code] ?? code.replaceAll('_', ' ');
}
