import { SENSITIVE_FIELD_CLASSES, WELLBEING_DOMAINS, WELLBEING_YES_NO } from '@hearth/core';
import { z } from 'zod';

/**
 * Request and response shapes of the well-being checklists. Items are named by id; their words, age
 * bands and bench questions are the instrument version's (@hearth/core WELLBEING_INSTRUMENTS), which the
 * web app reads too, so a response carries answers and concerns, not the questionnaire.
 */

const AnswerValue = z.union([z.enum(WELLBEING_YES_NO), z.number(), z.string().max(2000)]);

/** PUT /api/v1/hearings/:hearingId/children/:childId/well-being: the whole checklist as the writer sees it. */
export const SaveChecklistBody = z.strictObject({
  /** 'submitted' sends it to the court; a submitted checklist stays submitted. */
  status: z.enum(['draft', 'submitted']),
  answers: z
    .array(
      z.strictObject({
        itemId: z.string().min(1).max(100),
        value: AnswerValue,
        note: z.string().max(500).nullable().optional(),
        /** Checked again this time: an answer from last time becomes the writer's, today. */
        confirm: z.boolean().optional(),
      }),
    )
    .max(200),
});
export type SaveChecklistBody = z.infer<typeof SaveChecklistBody>;

export const ChecklistAnswerDto = z.object({
  value: AnswerValue,
  note: z.string().nullable(),
  /** Carried forward from the last checklist and not changed or confirmed since. */
  fromLastTime: z.boolean(),
  answeredOn: z.string(),
  /** The role on the case of whoever gave it: 'caseworker', 'guardian_ad_litem', 'casa_volunteer' … */
  answeredBy: z.string(),
});

export const ChecklistItemDto = z.object({
  itemId: z.string(),
  domain: z.enum(WELLBEING_DOMAINS),
  answer: ChecklistAnswerDto.nullable(),
  concern: z.boolean(),
});

const DomainCounts = z.record(z.enum(WELLBEING_DOMAINS), z.number());

export const ChecklistDto = z.object({
  hearingId: z.string(),
  childId: z.string(),
  givenName: z.string(),
  familyName: z.string(),
  caseId: z.string(),
  petitionNumber: z.string(),
  hearingType: z.string(),
  hearingStart: z.string(),
  /** The hearing's date on the court's calendar. */
  hearingDate: z.string(),
  instrumentVersion: z.number(),
  /** The instrument's source is not yet confirmed (domain-rules §5.2). */
  instrumentUnconfirmed: z.boolean(),
  /** The child's age band on the hearing's date; null when the age is not known. */
  ageBand: z.string().nullable(),
  /** 'not_started' until the first save: the answers shown are then last time's, as a starting point. */
  status: z.enum(['not_started', 'draft', 'submitted']),
  /** The checklist the answers were carried forward from. */
  lastTime: z.object({ hearingId: z.string(), hearingDate: z.string() }).nullable(),
  /** The items the viewer sees, in the instrument's order. */
  items: z.array(ChecklistItemDto),
  concerns: z.object({ total: z.number(), byDomain: DomainCounts }),
  answered: z.number(),
  /** Items asked but not shown to this viewer, by sensitive class (the grant is missing). */
  withheld: z.array(z.object({ fieldClass: z.enum(SENSITIVE_FIELD_CLASSES), items: z.number() })),
  /** Items for the professionals and the court only, not shown to a caregiver or the youth. */
  notShownAtHome: z.number(),
  /** The viewer may change it now: they may write, and the hearing's day has not passed. */
  mayEdit: z.boolean(),
  updatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** 0 before the first save; send it back in If-Match. */
  version: z.number(),
});
export type ChecklistDto = z.infer<typeof ChecklistDto>;

export const HistoryPointDto = z.object({
  hearingId: z.string(),
  hearingDate: z.string(),
  hearingType: z.string(),
  status: z.enum(['draft', 'submitted']),
  instrumentVersion: z.number(),
  asked: z.number(),
  answered: z.number(),
  concerns: z.object({ total: z.number(), byDomain: DomainCounts }),
});
export type HistoryPointDto = z.infer<typeof HistoryPointDto>;

/** GET /api/v1/children/:childId/well-being/history: each domain's concerns per hearing, oldest first. */
export const WellbeingHistoryDto = z.object({
  childId: z.string(),
  points: z.array(HistoryPointDto),
  /** Sensitive classes left out of the counts (no grant). */
  withheldClasses: z.array(z.enum(SENSITIVE_FIELD_CLASSES)),
});
export type WellbeingHistoryDto = z.infer<typeof WellbeingHistoryDto>;
