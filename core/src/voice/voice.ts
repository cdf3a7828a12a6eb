import type { CaseRole, PlacementSetting } from '../cases/codes.ts';
import type { VoiceRules } from '../rules/voice-rules.ts';
import { ageOn, type IsoDate } from '../time/dates.ts';

/**
 * Young people's and caregivers' voice at a hearing (domain-rules §7.3 youth participation, §9 the
 * caregiver's right to be heard). Pure: the clock and the rules are arguments.
 */

/**
 * Who else a young person may choose to let read what they wrote to the judge. The judge and the youth's
 * own attorney or guardian ad litem always read it: the judge is who it is written to, and counsel speaks
 * for the youth in court. Everyone else reads it only if the youth says so, and by default no one does:
 * a young person in care must be able to tell the judge something without their parents, the agency or
 * the family they live with reading it first. (What the judge then does with it — whether to put it on
 * the record or tell the parties — is the judge's to decide under the court's rules on ex parte
 * communication; the youth page says so in plain words.)
 */
export const STATEMENT_AUDIENCES = ['caseworker', 'casa', 'caregiver', 'agency_attorney', 'parents'] as const;
export type StatementAudience = (typeof STATEMENT_AUDIENCES)[number];

/**
 * The case roles each audience stands for. 'parents' includes the parents' attorneys: parents have no
 * accounts of their own, so a youth who shares with their parents shares with their counsel. The
 * caregiver audience is the family the child lives with now (a placement, not a case role).
 */
export const AUDIENCE_CASE_ROLES: Record<StatementAudience, readonly CaseRole[]> = {
  caseworker: ['caseworker', 'supervisor'],
  casa: ['casa_volunteer'],
  caregiver: [],
  agency_attorney: ['agency_attorney'],
  parents: ['parent', 'indian_custodian', 'parent_attorney'],
};

/** The youth's own counsel: always a reader of their statement, and may record how they will attend. */
export const YOUTH_COUNSEL_ROLES: readonly CaseRole[] = ['guardian_ad_litem', 'youth_attorney'];

/** Who besides the youth may record the youth's attendance plan: their counsel and their caseworker. */
export const ATTENDANCE_PLAN_ROLES: readonly CaseRole[] = [...YOUTH_COUNSEL_ROLES, 'caseworker'];

/** How a young person will take part in a hearing: the plan, before it; 'absent' is only ever recorded. */
export const ATTENDANCE_PLANS = ['in_person', 'remote', 'excused'] as const;
export type AttendancePlan = (typeof ATTENDANCE_PLANS)[number];

/** The court's permission for a child under the voice age, as recorded from its order. */
export type VoicePermission = { granted: boolean; orderDate: IsoDate };

export type VoiceEligibility =
  | { allowed: true; basis: 'age' | 'court_permission'; age: number | null }
  | { allowed: false; reason: 'under_age' | 'no_birth_date'; age: number | null };

/**
 * May this young person write to the judge for a hearing on `hearingDate`? From the voice age on the
 * hearing's date (SSA §475A(b), carried to court participation: rules.youthVoiceAge), or younger with the
 * court's permission ordered on or before `today`. A child whose birth date is unknown needs permission.
 */
export function youthVoiceEligibility(
  input: {
    birthDate: IsoDate | null;
    hearingDate: IsoDate;
    today: IsoDate;
    permission: VoicePermission | null;
  },
  rules: VoiceRules,
): VoiceEligibility {
  const age = input.birthDate ? ageOn(input.birthDate, input.hearingDate) : null;
  if (age !== null && age >= rules.youthVoiceAge.value) return { allowed: true, basis: 'age', age };
  const p = input.permission;
  if (p && p.granted && p.orderDate <= input.today) return { allowed: true, basis: 'court_permission', age };
  return { allowed: false, reason: age === null ? 'no_birth_date' : 'under_age', age };
}

export type VoiceWindow = { open: boolean; closesAt: string; reason: 'open' | 'closed' | 'not_scheduled' };

/**
 * Until when a statement, a caregiver's report or an attendance plan may be written and sent for a
 * hearing: while it is still set ('scheduled') and until `closesMinutesBeforeHearing` before it starts.
 * A held, continued, vacated or cancelled hearing takes no more.
 */
export function voiceWindow(
  hearing: { start: string; status: string },
  now: Date,
  rules: VoiceRules,
): VoiceWindow {
  const closes = new Date(Date.parse(hearing.start) - rules.closesMinutesBeforeHearing.value * 60_000);
  const closesAt = closes.toISOString();
  if (hearing.status !== 'scheduled') return { open: false, closesAt, reason: 'not_scheduled' };
  return now.getTime() < closes.getTime()
    ? { open: true, closesAt, reason: 'open' }
    : { open: false, closesAt, reason: 'closed' };
}

/** SSA §475(5)(G): foster parents, pre-adoptive parents and relative caregivers are heard. */
export const CAREGIVER_KINDS = ['foster_parent', 'kin', 'pre_adoptive'] as const;
export type CaregiverKind = (typeof CAREGIVER_KINDS)[number];

/**
 * Which of §475(5)(G)'s caregivers a household is for a child placed with it, or null when the setting
 * is not one whose caregivers have the right to be heard (a group home, an institution, a trial home
 * visit …). `heardSettings` is the rule pack's list (notices.caregiverSettings).
 */
export function caregiverKindOf(
  setting: PlacementSetting | string,
  providerKind: string | null,
  heardSettings: readonly string[],
): CaregiverKind | null {
  if (!heardSettings.includes(setting)) return null;
  if (setting === 'pre_adoptive') return 'pre_adoptive';
  if (setting === 'foster_family_relative' || providerKind === 'relative' || providerKind === 'fictive_kin')
    return 'kin';
  return 'foster_parent';
}

/** Longest statement a youth may send, and longest answer in a caregiver's report (characters). */
export const STATEMENT_MAX_LENGTH = 4000;
export const REPORT_FIELD_MAX_LENGTH = 2000;
export const REPORT_FIELDS = ['health', 'school', 'behaviour', 'familyTime', 'needs', 'forTheJudge'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

/** A statement may be sent once it says something. */
export const isSendableStatement = (body: string): boolean => body.trim().length > 0;

/** A caregiver's report may be sent once at least one answer says something. */
export const isSendableReport = (r: Record<ReportField, string>): boolean =>
  REPORT_FIELDS.some((f) => r[f].trim().length > 0);

/** The audiences in their fixed order, each once: how a choice is stored and compared. */
export function normalizeAudiences(chosen: readonly string[]): StatementAudience[] {
  return STATEMENT_AUDIENCES.filter((a) => chosen.includes(a));
}
