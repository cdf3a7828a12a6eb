import { scopesFor, STATEMENT_AUDIENCES, type Role } from '@hearth/core';
import type {
  AttendancePlanChoice,
  CaregiverReport,
  CaregiverReportFields,
  StatementAudience,
  VoiceHearing,
} from '../../api/types.ts';

/** Who the voice pages are for, from the reader's scopes (never a role name): their own, a placed child's, or a case's. */
export type VoiceReader = 'self' | 'caregiver' | 'other';

export function voiceReaderOf(roles: readonly Role[]): VoiceReader | null {
  const scopes = scopesFor(roles, 'voice.read');
  if (scopes.length === 0) return null;
  if (scopes.includes('self')) return 'self';
  if (scopes.includes('placement')) return 'caregiver';
  return 'other';
}

/** The audiences in their fixed order, as the checkboxes show them. */
export const AUDIENCES: readonly StatementAudience[] = STATEMENT_AUDIENCES;

/** Toggles one audience in a choice, keeping the fixed order. */
export function toggleAudience(
  chosen: readonly StatementAudience[],
  audience: StatementAudience,
  on: boolean,
): StatementAudience[] {
  const next = new Set(chosen);
  if (on) next.add(audience);
  else next.delete(audience);
  return AUDIENCES.filter((a) => next.has(a));
}

/** The hearing a young person writes for first: the soonest still open, else the soonest. */
export function focusHearing(hearings: readonly VoiceHearing[]): VoiceHearing | null {
  return hearings.find((h) => h.open) ?? hearings[0] ?? null;
}

/** A statement may be sent when it says something (core's isSendableStatement, mirrored for the form). */
export const canSend = (body: string): boolean => body.trim().length > 0;

/** The error key of an attendance plan, or null when it may be saved. */
export function planProblem(
  attendance: AttendancePlanChoice | '',
  reason: string,
): 'choose' | 'reason' | null {
  if (attendance === '') return 'choose';
  if (attendance === 'excused' && reason.trim() === '') return 'reason';
  return null;
}

/** The body of a plan: a reason only when excused. */
export function planBody(
  attendance: AttendancePlanChoice,
  reason: string,
): { attendance: AttendancePlanChoice; reason?: string } {
  return attendance === 'excused' ? { attendance, reason: reason.trim() } : { attendance };
}

export const REPORT_FIELD_ORDER: readonly (keyof CaregiverReportFields)[] = [
  'health',
  'school',
  'behaviour',
  'familyTime',
  'needs',
  'forTheJudge',
];

/** The report form's first values: the saved draft, or empty answers. */
export function reportFieldsOf(report: CaregiverReport | null): CaregiverReportFields {
  return {
    health: report?.health ?? '',
    school: report?.school ?? '',
    behaviour: report?.behaviour ?? '',
    familyTime: report?.familyTime ?? '',
    needs: report?.needs ?? '',
    forTheJudge: report?.forTheJudge ?? '',
  };
}

/** A report may be sent once at least one answer says something. */
export const canSubmit = (fields: CaregiverReportFields): boolean =>
  REPORT_FIELD_ORDER.some((f) => fields[f].trim().length > 0);

/** A youth's words as the judge reads them: paragraphs kept, blank lines dropped. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
