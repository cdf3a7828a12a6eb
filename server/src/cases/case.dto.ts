import { CASE_ROLES, CASE_STATUSES, REMOVAL_REASONS, SEXES, RACE_ETHNICITIES } from '@hearth/core';
import { z } from 'zod';
import { isoDate, Page, uuid } from '../platform/schemas.ts';

export const CaseListQuery = Page.extend({
  q: z.string().trim().min(1).max(100).optional(),
  status: z.enum(CASE_STATUSES).optional(),
});

export const NewChild = z.strictObject({
  givenName: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  birthDate: isoDate,
  sex: z.enum(SEXES).default('unknown'),
  raceEthnicity: z.array(z.enum(RACE_ETHNICITIES)).max(8).default([]),
  primaryLanguage: z.string().trim().min(2).max(35).default('en'),
  county: z.string().trim().max(100).optional(),
});

export const OpenCaseBody = z.strictObject({
  petitionNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{2,39}$/, 'must be letters, digits and dashes, e.g. D-202-JQ-2026-00123'),
  courtId: uuid,
  filingDate: isoDate,
  allegations: z.array(z.enum(REMOVAL_REASONS)).min(1, 'name at least one allegation').max(14),
  assignedJudgeId: uuid.optional(),
  children: z.array(NewChild).min(1, 'a petition names at least one child').max(20),
  existingChildIds: z.array(uuid).max(20).default([]),
  /** A dedicated docket of the court (e.g. family_treatment_court); the general calendar by default. */
  docket: z.string().trim().min(1).max(40).optional(),
});

export const UpdateCaseBody = z
  .strictObject({
    allegations: z.array(z.enum(REMOVAL_REASONS)).min(1).max(14),
    assignedJudgeId: uuid.nullable(),
    status: z.enum(CASE_STATUSES),
    closedDate: isoDate.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'send at least one field to change' });

export const AddParticipantBody = z.strictObject({
  caseRole: z.enum(CASE_ROLES),
  personId: uuid.optional(),
  newPerson: z
    .strictObject({
      givenName: z.string().trim().min(1).max(100),
      familyName: z.string().trim().min(1).max(100),
      primaryLanguage: z.string().trim().min(2).max(35).default('en'),
      email: z.email().optional(),
      phone: z.string().trim().max(40).optional(),
    })
    .optional(),
  accountId: uuid.optional(),
  childId: uuid.optional(),
  isParty: z.boolean().default(false),
  startDate: isoDate,
});

export const CaseSummary = z.object({
  id: z.string(),
  petitionNumber: z.string(),
  filingDate: z.string(),
  status: z.string(),
  courtName: z.string(),
  judgeName: z.string().nullable(),
  childCount: z.number(),
  nextHearing: z.object({ type: z.string(), start: z.string() }).nullable(),
});

export const CaseList = z.object({
  items: z.array(CaseSummary),
  page: z.object({ limit: z.number(), offset: z.number(), nextOffset: z.number().nullable() }),
});

export const CaseDetail = z.object({
  id: z.string(),
  petitionNumber: z.string(),
  filingDate: z.string(),
  allegations: z.array(z.string()),
  status: z.string(),
  closedDate: z.string().nullable(),
  court: z.object({ id: z.string(), name: z.string() }),
  judge: z.object({ id: z.string(), name: z.string() }).nullable(),
  version: z.number(),
  children: z.array(
    z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      birthDate: z.string().nullable(),
      /** This case's removal episodes with their placements: only for readers of the child's history. */
      removals: z
        .array(
          z.object({
            id: z.string(),
            removalDate: z.string(),
            adjudicationDate: z.string().nullable(),
            dateEnteredFosterCare: z.string(),
            dischargeDate: z.string().nullable(),
            dischargeReason: z.string().nullable(),
            placements: z.array(
              z.object({
                id: z.string(),
                setting: z.string(),
                startDate: z.string(),
                endDate: z.string().nullable(),
              }),
            ),
          }),
        )
        .optional(),
      /** The permanency plans of this case's episodes, oldest first: only for readers of the history. */
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
    }),
  ),
  participants: z.array(
    z.object({
      id: z.string(),
      caseRole: z.string(),
      isParty: z.boolean(),
      name: z.string(),
      childId: z.string().nullable(),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
  ),
  hearings: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      start: z.string(),
      end: z.string(),
      status: z.string(),
      result: z.string().nullable(),
      continuanceReason: z.string().nullable(),
      judgeName: z.string().nullable(),
      courtroom: z.string().nullable(),
    }),
  ),
  orders: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      signedDate: z.string(),
      hearingId: z.string().nullable(),
      findings: z.array(
        z.object({
          childId: z.string(),
          type: z.string(),
          isMade: z.boolean(),
          date: z.string(),
          detail: z.string().nullable(),
        }),
      ),
    }),
  ),
});
export type CaseDetailDto = z.infer<typeof CaseDetail>;
