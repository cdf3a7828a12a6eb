import {
  ACTION_STATUSES,
  CONTACT_MODES,
  CONTACT_MONTH_STATUSES,
  isYearMonth,
  QUALITY_RATINGS,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, Page, uuid } from '../platform/schemas.ts';

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const optionalText = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : null));

/** A caseworker contact with a child (POST /api/v1/children/:childId/contacts; domain-rules §3). */
export const RecordContactBody = z.strictObject({
  date: isoDate,
  /** The court-local time it began, `HH:MM`. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written HH:MM'),
  /** In person is face to face; video and phone are not (P.L. 109-288). */
  mode: z.enum(CONTACT_MODES, 'must be in_person, video or phone'),
  location: z.enum(['residence', 'other'], 'must be residence or other'),
  /** Where, when not at the residence. */
  place: optionalText(200),
  timeAlone: z.boolean('must be true or false'),
  /** Required when the worker had time alone with the child. */
  minutesAlone: z.number().int('must be whole minutes').min(0).max(1440).optional(),
  participants: z.array(text(200).min(1, 'must not be empty')).max(30).default([]),
  purpose: text(4000).min(1, 'is required: what the contact was for'),
  safetyObservations: optionalText(8000),
  casePlanProgress: optionalText(8000),
  childWords: optionalText(8000),
  nextSteps: optionalText(8000),
  /** The worker's own rating of the contact, by quality element (rule pack). */
  selfAssessment: z.record(z.string(), z.enum(QUALITY_RATINGS)).default({}),
});
export type RecordContactBody = z.infer<typeof RecordContactBody>;

export const ChildParams = z.strictObject({ childId: uuid });
export const ContactParams = z.strictObject({ contactId: uuid });
export const ActionParams = z.strictObject({ reviewId: uuid, actionId: uuid });
export const ContactListQuery = Page;

const Person = z.object({ id: z.string(), name: z.string() });

export const ContactDto = z.object({
  id: z.string(),
  childId: z.string(),
  date: z.string(),
  time: z.string().nullable(),
  mode: z.enum(CONTACT_MODES).nullable(),
  faceToFace: z.boolean(),
  location: z.enum(['residence', 'other']),
  place: z.string().nullable(),
  timeAlone: z.boolean().nullable(),
  minutesAlone: z.number().nullable(),
  participants: z.array(z.string()),
  purpose: z.string().nullable(),
  safetyObservations: z.string().nullable(),
  casePlanProgress: z.string().nullable(),
  childWords: z.string().nullable(),
  nextSteps: z.string().nullable(),
  selfAssessment: z.record(z.string(), z.string()),
  /** A visit recorded without the contact's notes (older records, imports). */
  notesRecorded: z.boolean(),
  worker: Person.nullable(),
  reviews: z.number(),
});
export type ContactDto = z.infer<typeof ContactDto>;

export const ContactList = z.object({
  child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
  items: z.array(ContactDto),
  page: z.object({ limit: z.number(), offset: z.number(), nextOffset: z.number().nullable() }),
  /** Whether the caller may record a contact for this child. */
  mayRecord: z.boolean(),
  /** The rule pack's quality elements, for the worker's self-assessment. */
  qualityElements: z.array(z.string()),
});
export type ContactList = z.infer<typeof ContactList>;

export const ReviewAction = z.object({
  id: z.string(),
  description: z.string(),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  /** Open and past its due date reads as overdue. */
  followUp: z.enum([...ACTION_STATUSES, 'overdue']),
  note: z.string().nullable(),
  changedOn: z.string().nullable(),
  /** Sent back as If-Match to follow the action up. */
  version: z.number().int(),
});

export const ReviewDto = z.object({
  id: z.string(),
  contactId: z.string(),
  contactDate: z.string(),
  child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
  worker: Person,
  reviewer: Person,
  reviewedOn: z.string(),
  ratings: z.record(z.string(), z.enum(QUALITY_RATINGS)),
  selfAssessment: z.record(z.string(), z.string()),
  score: z.object({ met: z.number(), applicable: z.number() }),
  strengths: z.string().nullable(),
  comments: z.string().nullable(),
  actions: z.array(ReviewAction),
  /** Whether the caller may change the follow-up status of the actions. */
  mayFollowUp: z.boolean(),
});
export type ReviewDto = z.infer<typeof ReviewDto>;

export const ContactDetail = z.object({
  contact: ContactDto,
  child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
  reviews: z.array(ReviewDto),
  /** The rule pack's quality elements, in order, with its citation. */
  qualityElements: z.array(z.string()),
  qualityCitation: z.string(),
  mayReview: z.boolean(),
});
export type ContactDetail = z.infer<typeof ContactDetail>;

export const RecordReviewBody = z.strictObject({
  ratings: z.record(z.string(), z.enum(QUALITY_RATINGS, 'must be met, partly, not_met or not_applicable')),
  strengths: optionalText(4000),
  comments: optionalText(4000),
  actions: z
    .array(
      z.strictObject({
        description: text(1000).min(1, 'is required: what is to be done'),
        dueDate: isoDate,
      }),
    )
    .max(20)
    .default([]),
});
export type RecordReviewBody = z.infer<typeof RecordReviewBody>;

export const ReviewList = z.object({ items: z.array(ReviewDto) });
export type ReviewList = z.infer<typeof ReviewList>;

export const UpdateActionBody = z.strictObject({
  status: z.enum(ACTION_STATUSES, 'must be open, done or dropped'),
  /** Left out: the note stays as it is; empty or null: the note is removed. */
  note: text(1000).nullable().optional(),
});
export type UpdateActionBody = z.infer<typeof UpdateActionBody>;

export const ComplianceQuery = z.strictObject({
  month: z.string().refine(isYearMonth, 'must be a month written YYYY-MM').optional(),
});

const Figure = z.object({
  due: z.number(),
  seen: z.number(),
  seenAtResidence: z.number(),
  percentSeen: z.number().nullable(),
  percentAtResidence: z.number().nullable(),
  meetsMonthlyTarget: z.boolean().nullable(),
  meetsResidenceTarget: z.boolean().nullable(),
});

const Span = z.object({
  from: z.string(),
  to: z.string(),
  unit: Figure,
  workers: z.array(z.object({ worker: Person.nullable(), children: z.number(), figure: Figure })),
});

export const ComplianceAnswer = z.object({
  month: z.string(),
  today: z.string(),
  /** `unit`: the figures of the supervisor's unit, per worker; `own`: the caller's own children. */
  view: z.enum(['own', 'unit']),
  /** When the figures were computed: they are kept for up to a minute (compliance-cache.ts). */
  computedAt: z.string(),
  targets: z.object({ monthlyVisit: z.number(), residenceShare: z.number(), citation: z.string() }),
  thisMonth: Span,
  fiscalYearToDate: Span,
  /** Per child, for the caller's own children only (a unit's list is its workers' to open). */
  children: z.array(
    z.object({
      child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
      status: z.enum(CONTACT_MONTH_STATUSES),
    }),
  ),
});
export type ComplianceAnswer = z.infer<typeof ComplianceAnswer>;
