import {
  ATTENDANCE_PLANS,
  CAREGIVER_KINDS,
  REPORT_FIELD_MAX_LENGTH,
  STATEMENT_AUDIENCES,
  STATEMENT_MAX_LENGTH,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';
import { HearingVoices } from './voice.bench.ts';

export const ChildVoiceParams = z.strictObject({ childId: uuid });
export const HearingParams = z.strictObject({ hearingId: uuid });
export const HearingChildParams = z.strictObject({ hearingId: uuid, childId: uuid });

/** A young person's draft: their words, the language they wrote in, and who else may read it once sent. */
export const SaveStatementBody = z.strictObject({
  body: z.string().max(STATEMENT_MAX_LENGTH),
  language: z.enum(['en', 'es']),
  sharedWith: z
    .array(z.enum(STATEMENT_AUDIENCES))
    .max(STATEMENT_AUDIENCES.length)
    .refine((a) => new Set(a).size === a.length, { message: 'lists someone twice' }),
});
export type SaveStatementBody = z.infer<typeof SaveStatementBody>;

const answer = z.string().max(REPORT_FIELD_MAX_LENGTH);
/** A caregiver's report: how the child is doing, in the caregiver's words (SSA §475(5)(G)). */
export const SaveReportBody = z.strictObject({
  health: answer,
  school: answer,
  behaviour: answer,
  familyTime: answer,
  needs: answer,
  forTheJudge: answer,
});
export type SaveReportBody = z.infer<typeof SaveReportBody>;

/** How the youth will attend; a reason is given when excused, and only then. */
export const RecordPlanBody = z.strictObject({
  attendance: z.enum(ATTENDANCE_PLANS),
  reason: z.string().trim().min(1).max(500).optional(),
});
export type RecordPlanBody = z.infer<typeof RecordPlanBody>;

/** The court's permission for a child under the voice age, as its order says. */
export const RecordPermissionBody = z.strictObject({ granted: z.boolean(), orderDate: isoDate });
export type RecordPermissionBody = z.infer<typeof RecordPermissionBody>;

export const StatementDto = z.object({
  id: z.string(),
  status: z.enum(['draft', 'sent']),
  body: z.string(),
  language: z.string(),
  sharedWith: z.array(z.string()),
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export type StatementDto = z.infer<typeof StatementDto>;

export const ReportDto = z.object({
  id: z.string(),
  status: z.enum(['draft', 'submitted']),
  caregiverKind: z.enum(CAREGIVER_KINDS),
  householdName: z.string(),
  /** Null when the reader holds no health grant (healthWithheld says whether anything was left out). */
  health: z.string().nullable(),
  healthWithheld: z.boolean(),
  school: z.string(),
  behaviour: z.string(),
  familyTime: z.string(),
  needs: z.string(),
  forTheJudge: z.string(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ReportDto = z.infer<typeof ReportDto>;

export const PlanDto = z.object({
  attendance: z.enum(ATTENDANCE_PLANS),
  reason: z.string().nullable(),
  recordedByRole: z.string(),
  recordedAt: z.string(),
  version: z.number(),
});
export type PlanDto = z.infer<typeof PlanDto>;

export const PermissionDto = z.object({ granted: z.boolean(), orderDate: z.string(), version: z.number() });
export type PermissionDto = z.infer<typeof PermissionDto>;

export const Eligibility = z.object({
  allowed: z.boolean(),
  /** 'age' or 'court_permission' when allowed; 'under_age' or 'no_birth_date' when not. */
  why: z.enum(['age', 'court_permission', 'under_age', 'no_birth_date']),
});

export const VoiceHearing = z.object({
  hearingId: z.string(),
  caseId: z.string(),
  hearingType: z.string(),
  start: z.string(),
  courtroom: z.string().nullable(),
  judgeName: z.string().nullable(),
  /** Statements, reports and plans may be written until closesAt, while the hearing is still set. */
  open: z.boolean(),
  closesAt: z.string(),
  eligibility: Eligibility,
  may: z.object({ writeStatement: z.boolean(), writePlan: z.boolean(), writeReport: z.boolean() }),
  statement: StatementDto.nullable(),
  attendancePlan: PlanDto.nullable(),
  caregiverReport: ReportDto.nullable(),
});

/** GET /api/v1/children/:childId/voice: a child's coming hearings and what the reader may write for them. */
export const ChildVoice = z.object({
  child: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    age: z.number().nullable(),
  }),
  /** The youth themself is reading (their own page). */
  isSelf: z.boolean(),
  /** The child lives with the reader's household (a caregiver's own page). */
  isHousehold: z.boolean(),
  voiceAge: z.number(),
  permission: PermissionDto.nullable(),
  hearings: z.array(VoiceHearing),
});
export type ChildVoice = z.infer<typeof ChildVoice>;

/** GET /api/v1/hearings/:hearingId/voices: the hearing and its voices, as the bench view shows them. */
export const HearingVoicesPage = z.object({
  hearing: z.object({
    id: z.string(),
    caseId: z.string(),
    petitionNumber: z.string(),
    hearingType: z.string(),
    start: z.string(),
    status: z.string(),
    courtroom: z.string().nullable(),
    judgeName: z.string().nullable(),
  }),
  voices: HearingVoices,
});
export type HearingVoicesPage = z.infer<typeof HearingVoicesPage>;
