import {
  DISCHARGE_REASONS,
  PARENTAL_RIGHTS_EVENTS,
  PERMANENCY_GOALS,
  PLACEMENT_SETTINGS,
  PLAN_KINDS,
  REMOVAL_ENVIRONMENTS,
  REMOVAL_MANNERS,
  REMOVAL_REASONS,
  SENSITIVE_FIELD_CLASSES,
  SEXES,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

export const ChildParams = z.strictObject({ childId: uuid });
export const RemovalParams = z.strictObject({ removalId: uuid });

export const RecordRemovalBody = z.strictObject({
  caseId: uuid,
  removalDate: isoDate,
  removalManner: z.enum(REMOVAL_MANNERS),
  removalReasons: z.array(z.enum(REMOVAL_REASONS)).min(1, 'name at least one reason').max(14),
  removalEnvironment: z.enum(REMOVAL_ENVIRONMENTS).optional(),
  adjudicationDate: isoDate.optional(),
  dischargeDate: isoDate.optional(),
  dischargeReason: z.enum(DISCHARGE_REASONS).optional(),
});

export const UpdateRemovalBody = z
  .strictObject({
    adjudicationDate: isoDate.nullable(),
    dischargeDate: isoDate.nullable(),
    dischargeReason: z.enum(DISCHARGE_REASONS).nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const RecordPlacementBody = z.strictObject({
  setting: z.enum(PLACEMENT_SETTINGS),
  providerId: uuid.optional(),
  startDate: isoDate,
  endDate: isoDate.optional(),
  outOfState: z.boolean().default(false),
  /** A trial home visit without a completed transition home plan: the court order allowing it. */
  courtOrderId: uuid.optional(),
});

export const RecordPlanBody = z.strictObject({
  removalId: uuid.optional(),
  planKind: z.enum(PLAN_KINDS),
  goal: z.enum(PERMANENCY_GOALS),
  establishedDate: isoDate,
});

export const UpdateChildBody = z
  .strictObject({
    givenName: z.string().trim().min(1).max(100),
    familyName: z.string().trim().min(1).max(100),
    birthDate: isoDate,
    sex: z.enum(SEXES),
    primaryLanguage: z.string().trim().min(2).max(35),
    county: z.string().trim().max(100).nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const RecordParentalRightsBody = z.strictObject({
  parentPersonId: uuid,
  event: z.enum(PARENTAL_RIGHTS_EVENTS),
  eventDate: isoDate,
  orderId: uuid.optional(),
});

export const RecordSensitiveBody = z.strictObject({
  fieldClass: z.enum(SENSITIVE_FIELD_CLASSES),
  summary: z.string().trim().min(1).max(2000),
});

const Placement = z.object({
  id: z.string(),
  setting: z.string(),
  providerName: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
});

export const ChildRecord = z.object({
  id: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: z.string().nullable(),
  age: z.number().nullable(),
  sex: z.string().nullable(),
  primaryLanguage: z.string(),
  county: z.string().nullable(),
  version: z.number(),
  /** What this viewer may see; sections left out are absent, not empty. */
  view: z.enum(['full', 'basic']),
  currentPlacement: Placement.nullable(),
  upcomingHearings: z.array(
    z.object({ id: z.string(), type: z.string(), start: z.string(), courtroom: z.string().nullable() }),
  ),
  cases: z.array(z.object({ id: z.string(), petitionNumber: z.string(), status: z.string() })).optional(),
  removals: z
    .array(
      z.object({
        id: z.string(),
        caseId: z.string().nullable(),
        removalDate: z.string(),
        removalManner: z.string(),
        removalReasons: z.array(z.string()),
        adjudicationDate: z.string().nullable(),
        dateEnteredFosterCare: z.string(),
        dischargeDate: z.string().nullable(),
        dischargeReason: z.string().nullable(),
        version: z.number(),
        placements: z.array(Placement),
      }),
    )
    .optional(),
  permanencyPlans: z
    .array(
      z.object({
        id: z.string(),
        planKind: z.string(),
        goal: z.string(),
        establishedDate: z.string(),
        endedDate: z.string().nullable(),
      }),
    )
    .optional(),
  findings: z
    .array(z.object({ type: z.string(), isMade: z.boolean(), date: z.string(), orderId: z.string() }))
    .optional(),
  parentalRights: z
    .array(
      z.object({
        id: z.string(),
        parentPersonId: z.string(),
        parentName: z.string(),
        event: z.string(),
        date: z.string(),
        orderId: z.string().nullable(),
      }),
    )
    .optional(),
  /** Only the classes the viewer holds a grant for (or opened by breaking the glass). */
  sensitive: z.record(z.string(), z.array(z.object({ summary: z.string(), recordedAt: z.string() }))),
  sensitiveWithheld: z.array(z.string()),
});
export type ChildRecordDto = z.infer<typeof ChildRecord>;
