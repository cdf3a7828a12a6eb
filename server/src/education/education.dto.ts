import {
  ACTIVITY_CATEGORIES,
  BEST_INTEREST_DECISIONS,
  BID_DISPUTE_OUTCOMES,
  BID_FACTORS,
  BID_PARTICIPANT_ROLES,
  DECISION_MAKER_AUTHORITIES,
  DECISION_MAKER_RELATIONSHIPS,
  EDUCATION_FLAG_KINDS,
  ENROLLMENT_REASONS,
  SCHOOL_EXIT_REASONS,
  SPECIAL_EDUCATION_PLAN_TYPES,
  TRANSPORT_PAYERS,
  TRANSPORT_PROVIDERS,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

export const ChildParams = z.strictObject({ childId: uuid });
export const EnrollmentParams = z.strictObject({ childId: uuid, enrollmentId: uuid });
export const DeterminationParams = z.strictObject({ childId: uuid, determinationId: uuid });

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const RecordEnrollmentBody = z.strictObject({
  schoolName: text(200),
  schoolDistrict: optionalText(200),
  enrolledOn: isoDate,
  reason: z.enum(ENROLLMENT_REASONS),
  isSchoolOfOrigin: z.boolean().default(false),
  recordsRequestedOn: isoDate.optional(),
  recordsReceivedOn: isoDate.optional(),
  /** The last day at the school attended now, when this enrollment is a change of school; default the day before. */
  previousExitedOn: isoDate.optional(),
});

export const UpdateEnrollmentBody = z
  .strictObject({
    exitedOn: isoDate.nullable(),
    exitReason: z.enum(SCHOOL_EXIT_REASONS).nullable(),
    recordsRequestedOn: isoDate.nullable(),
    recordsReceivedOn: isoDate.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const TransportPlanBody = z.strictObject({
  provider: z.enum(TRANSPORT_PROVIDERS),
  payer: z.enum(TRANSPORT_PAYERS),
  startsOn: isoDate,
  notes: optionalText(2000),
});

export const RecordBestInterestBody = z.strictObject({
  placementId: uuid.optional(),
  decidedOn: isoDate,
  participants: z.array(z.strictObject({ role: z.enum(BID_PARTICIPANT_ROLES), name: text(200) })).max(20),
  factors: z.array(z.enum(BID_FACTORS)).max(BID_FACTORS.length),
  decision: z.enum(BEST_INTEREST_DECISIONS),
  disputed: z.boolean().default(false),
  disputeOutcome: z.enum(BID_DISPUTE_OUTCOMES).optional(),
  notes: optionalText(4000),
  transport: TransportPlanBody.optional(),
});

/** A dispute and its outcome arrive after the determination; so may a transport plan. */
export const UpdateBestInterestBody = z
  .strictObject({
    disputed: z.boolean(),
    disputeOutcome: z.enum(BID_DISPUTE_OUTCOMES).nullable(),
    transport: TransportPlanBody.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const RecordDecisionMakerBody = z.strictObject({
  name: text(200),
  relationship: z.enum(DECISION_MAKER_RELATIONSHIPS),
  authority: z.enum(DECISION_MAKER_AUTHORITIES),
  authorityReference: optionalText(200),
  since: isoDate,
});

export const RecordSpecialEducationBody = z.strictObject({
  planType: z.enum(SPECIAL_EDUCATION_PLAN_TYPES),
  planDate: isoDate,
  /** Default: the plan date plus the review period of the rule pack (IDEA: a year). */
  nextReviewOn: isoDate.optional(),
  disabilityCategory: optionalText(200),
  notes: optionalText(4000),
});

export const RecordAttendanceBody = z.strictObject({
  term: text(60),
  termStart: isoDate,
  termEnd: isoDate,
  daysAbsent: z.number().int().min(0).max(366),
  daysEnrolled: z.number().int().min(1).max(366).optional(),
});

export const RecordCreditsBody = z.strictObject({
  asOf: isoDate,
  grade: z
    .number()
    .int()
    .min(9, 'credits are kept for grades 9 to 12')
    .max(12, 'credits are kept for grades 9 to 12'),
  earned: z.number().min(0).max(60).multipleOf(0.5, 'credits are counted in halves'),
  expected: z.number().min(0).max(60).multipleOf(0.5, 'credits are counted in halves').optional(),
});

export const RecordAdvocateBody = z.strictObject({
  name: text(200),
  organization: optionalText(200),
  phone: optionalText(40),
  email: z.email('must be an email address').max(200).optional(),
  since: isoDate,
});

export const RecordNormalcyDecisionBody = z.strictObject({
  category: z.enum(ACTIVITY_CATEGORIES),
  activity: text(200),
  decidedOn: isoDate,
  /** Who decided, when not the person recording it (e.g. the other foster parent); default: the recorder. */
  decidedBy: optionalText(200),
  approved: z.boolean(),
  notes: optionalText(2000),
});

export const RecordNormalcyConversationBody = z.strictObject({
  heldOn: isoDate,
  wants: text(2000),
  barriers: optionalText(2000),
  followUp: optionalText(2000),
  followUpBy: isoDate.optional(),
});

const Transport = z.object({
  provider: z.enum(TRANSPORT_PROVIDERS),
  payer: z.enum(TRANSPORT_PAYERS),
  startsOn: z.string(),
  notes: z.string().nullable(),
});

const Flag = z.object({
  kind: z.enum(EDUCATION_FLAG_KINDS),
  subjectId: z.string().nullable(),
  since: z.string(),
  on: z.string(),
  amount: z.number(),
  /** Chronic absence: the days enrolled in the term that `amount` days absent are counted out of. */
  outOf: z.number().optional(),
  citation: z.string(),
  unconfirmed: z.boolean(),
});

const Enrollment = z.object({
  id: z.string(),
  schoolName: z.string(),
  schoolDistrict: z.string().nullable(),
  enrolledOn: z.string(),
  reason: z.enum(ENROLLMENT_REASONS),
  isSchoolOfOrigin: z.boolean(),
  recordsRequestedOn: z.string().nullable(),
  recordsReceivedOn: z.string().nullable(),
  exitedOn: z.string().nullable(),
  exitReason: z.enum(SCHOOL_EXIT_REASONS).nullable(),
  version: z.number(),
});

const Determination = z.object({
  id: z.string(),
  placementId: z.string().nullable(),
  decidedOn: z.string(),
  participants: z.array(z.object({ role: z.enum(BID_PARTICIPANT_ROLES), name: z.string() })),
  factors: z.array(z.enum(BID_FACTORS)),
  decision: z.enum(BEST_INTEREST_DECISIONS),
  disputed: z.boolean(),
  disputeOutcome: z.enum(BID_DISPUTE_OUTCOMES).nullable(),
  notes: z.string().nullable(),
  transport: Transport.nullable(),
  version: z.number(),
});

const DecisionMaker = z.object({
  id: z.string(),
  name: z.string(),
  relationship: z.enum(DECISION_MAKER_RELATIONSHIPS),
  authority: z.enum(DECISION_MAKER_AUTHORITIES),
  authorityReference: z.string().nullable(),
  since: z.string(),
  until: z.string().nullable(),
});

const Plan = z.object({
  id: z.string(),
  planType: z.enum(SPECIAL_EDUCATION_PLAN_TYPES),
  planDate: z.string(),
  nextReviewOn: z.string(),
  disabilityCategory: z.string().nullable(),
  notes: z.string().nullable(),
});

export const SpecialEducation = z.discriminatedUnion('withheld', [
  z.object({ withheld: z.literal(false), plans: z.array(Plan) }),
  z.object({ withheld: z.literal(true) }),
]);

export const EducationRecord = z.object({
  childId: z.string(),
  today: z.string(),
  /** The date counted from: the child's current (or latest) entry into care. */
  inCareSince: z.string().nullable(),
  enrollments: z.array(Enrollment),
  currentEnrollmentId: z.string().nullable(),
  moves: z.object({ moves: z.number(), schoolYearMoves: z.number() }),
  placements: z.array(z.object({ id: z.string(), startedOn: z.string(), setting: z.string() })),
  bestInterest: z.array(Determination),
  decisionMakers: z.array(DecisionMaker),
  specialEducation: SpecialEducation,
  attendance: z.array(
    z.object({
      id: z.string(),
      term: z.string(),
      termStart: z.string(),
      termEnd: z.string(),
      daysAbsent: z.number(),
      daysEnrolled: z.number().nullable(),
    }),
  ),
  credits: z.array(
    z.object({
      id: z.string(),
      asOf: z.string(),
      grade: z.number(),
      earned: z.number(),
      expected: z.number().nullable(),
    }),
  ),
  creditsStatus: z
    .object({
      asOf: z.string(),
      grade: z.number(),
      earned: z.number(),
      expected: z.number(),
      behindBy: z.number(),
      isBehind: z.boolean(),
    })
    .nullable(),
  advocates: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      organization: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      since: z.string(),
      until: z.string().nullable(),
    }),
  ),
  flags: z.array(Flag),
});
export type EducationRecordDto = z.infer<typeof EducationRecord>;

export const NormalcyRecord = z.object({
  childId: z.string(),
  decisions: z.array(
    z.object({
      id: z.string(),
      category: z.enum(ACTIVITY_CATEGORIES),
      activity: z.string(),
      decidedOn: z.string(),
      decidedBy: z.string(),
      decidedByRole: z.string(),
      approved: z.boolean(),
      notes: z.string().nullable(),
    }),
  ),
  conversations: z.array(
    z.object({
      id: z.string(),
      heldOn: z.string(),
      heldBy: z.string(),
      heldByRole: z.string(),
      wants: z.string(),
      barriers: z.string().nullable(),
      followUp: z.string().nullable(),
      followUpBy: z.string().nullable(),
    }),
  ),
});
export type NormalcyRecordDto = z.infer<typeof NormalcyRecord>;

export const Created = z.object({ id: z.string() });
