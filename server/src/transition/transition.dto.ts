import {
  ADULTHOOD_DOMAINS,
  CREDIT_RESULTS,
  DOMAIN_STATES,
  EXIT_DOCUMENT_KINDS,
  EXIT_DOCUMENT_STATES,
  HOME_PLAN_STATUSES,
  NINETY_DAY_ELEMENTS,
  ROLES,
  TEAM_RELATIONSHIPS,
  VISIT_STEPS,
} from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

export const ChildParams = z.strictObject({ childId: uuid });
export const HomePlanParams = z.strictObject({ childId: uuid, planId: uuid });

const text = (max: number) => z.string().trim().max(max);
const name = z.string().trim().min(1, 'write a name').max(120);

const Domain = z.strictObject({ state: z.enum(DOMAIN_STATES), notes: text(2000) });
const Connection = z.strictObject({ name, relationship: text(80), note: text(500).default('') });
/**
 * A member the youth chose. `rejected`: the agency does not accept them for good cause (SSA §475(1)(B),
 * §475A(b)); the writer sends the good cause only, the server stamps the day and the writer's role, and
 * core checks its length (10–1000 characters) so the problem names `team.N.rejected.reason`.
 */
const TeamMember = z.strictObject({
  name,
  relationship: z.enum(TEAM_RELATIONSHIPS),
  personId: uuid.nullable().default(null),
  rejected: z
    .strictObject({ reason: z.string().max(4000).default('') })
    .nullable()
    .default(null),
});
/**
 * A member as read. `reason` is null for the youth reading their own plan: they see that the person was
 * not accepted and may choose another, and the agency explains why in person (the cause may be sensitive).
 */
const TeamMemberAnswer = z.object({
  name: z.string(),
  relationship: z.enum(TEAM_RELATIONSHIPS),
  personId: z.string().nullable(),
  rejected: z.object({ reason: z.string().nullable(), on: z.string(), byRole: z.enum(ROLES) }).nullable(),
});
const ExitDocument = z.strictObject({
  kind: z.enum(EXIT_DOCUMENT_KINDS),
  state: z.enum(EXIT_DOCUMENT_STATES),
  date: isoDate.nullable().default(null),
});
const CreditCheck = z.strictObject({ checkedOn: isoDate, result: z.enum(CREDIT_RESULTS) });
/** The sensitive class 'health': health coverage after care and the health-care proxy (SSA §475(5)(H)). */
const Health = z.strictObject({ coverage: Domain, proxy: Domain });

/**
 * The plan to adulthood as the agency writes it (POST, and PUT with If-Match). `health` and `youthGoals`
 * may be left out to keep what is stored (a writer without a health grant never sees nor sends it).
 */
export const AdulthoodPlanBody = z.strictObject({
  extendedCare: z.boolean().default(false),
  ninetyDayCompletedOn: isoDate.nullable().default(null),
  housing: Domain,
  education: Domain,
  employment: Domain,
  connections: z.array(Connection).max(20).default([]),
  team: z.array(TeamMember).max(10).default([]),
  exitDocuments: z.array(ExitDocument).max(EXIT_DOCUMENT_KINDS.length).default([]),
  creditChecks: z.array(CreditCheck).max(20).default([]),
  youthGoals: text(2000).optional(),
  health: Health.optional(),
});
export type AdulthoodPlanInput = z.infer<typeof AdulthoodPlanBody>;

/** The youth's own goals, in their own words. */
export const GoalsBody = z.strictObject({ goals: text(2000) });

const PlanStatus = z.enum(['on_time', 'due_soon', 'overdue', 'done']);

export const AdulthoodPlanAnswer = z.object({
  childId: z.string(),
  /** The youth is 14 or older (SSA §475(1)(B)): a plan to adulthood belongs in the case plan. */
  applies: z.boolean(),
  schedule: z
    .object({
      exitDate: z.string(),
      dueDate: z.string(),
      status: PlanStatus,
      exitDocumentsRequired: z.boolean(),
      citation: z.string(),
      unconfirmed: z.boolean(),
    })
    .nullable(),
  plan: z
    .object({
      id: z.string(),
      version: z.number(),
      extendedCare: z.boolean(),
      ninetyDayCompletedOn: z.string().nullable(),
      ninetyDayMissing: z.array(z.enum(NINETY_DAY_ELEMENTS)),
      domains: z.record(z.enum(ADULTHOOD_DOMAINS), Domain),
      connections: z.array(Connection),
      team: z.array(TeamMemberAnswer),
      exitDocuments: z.array(ExitDocument),
      missingExitDocuments: z.array(z.enum(EXIT_DOCUMENT_KINDS)),
      creditChecks: z.array(CreditCheck),
      creditReportDue: z.string().nullable(),
      youthGoals: z.object({
        text: z.string(),
        writtenBy: z.enum(['youth', 'staff']).nullable(),
        writtenAt: z.string().nullable(),
      }),
      /** null when withheld: the viewer holds no health grant and is not the youth. */
      health: Health.nullable(),
      healthWithheld: z.boolean(),
      updatedAt: z.string(),
      versions: z.array(
        z.object({
          version: z.number(),
          recordedAt: z.string(),
          recordedBy: z.string().nullable(),
          byYouth: z.boolean(),
          changed: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
  /** Whether this viewer sees the health class (the youth, or a holder of a health grant). */
  healthVisible: z.boolean(),
  /** Whether this viewer may change the plan, and write the goals. */
  mayRecord: z.boolean(),
  mayWriteGoals: z.boolean(),
});
export type AdulthoodPlanDto = z.infer<typeof AdulthoodPlanAnswer>;

const Named = z.strictObject({ name: text(200).min(1, 'write a name') });
const VisitStage = z.strictObject({
  step: z.enum(VISIT_STEPS),
  startDate: isoDate,
  endDate: isoDate.nullable().default(null),
});

/** The transition home plan (NMSA 1978 §32A-4-25.1(C)); `completed` asks for every part. */
export const HomePlanBody = z.strictObject({
  status: z.enum(HOME_PLAN_STATUSES).default('draft'),
  services: z.array(Named).max(30).default([]),
  safetyPlan: text(4000).default(''),
  visits: z.array(VisitStage).max(10).default([]),
  aftercare: z.array(Named).max(30).default([]),
});
export type HomePlanInput = z.infer<typeof HomePlanBody>;

const HomePlan = z.object({
  id: z.string(),
  removalId: z.string(),
  current: z.boolean(),
  version: z.number(),
  status: z.enum(HOME_PLAN_STATUSES),
  completedOn: z.string().nullable(),
  services: z.array(Named),
  safetyPlan: z.string(),
  visits: z.array(VisitStage),
  aftercare: z.array(Named),
  updatedAt: z.string(),
});
export type HomePlanDto = z.infer<typeof HomePlan>;

export const HomePlansAnswer = z.object({
  childId: z.string(),
  /** The child is in care now (a plan is written for the current removal episode). */
  inCare: z.boolean(),
  items: z.array(HomePlan),
  mayRecord: z.boolean(),
  citation: z.string(),
});
export type HomePlansDto = z.infer<typeof HomePlansAnswer>;

export const Created = z.object({ id: z.string() });
