import { z } from 'zod';

/** The case's schedule as the API answers it: each hearing with its deadline, time and why. */
export const Schedule = z.object({
  caseId: z.string(),
  rulePack: z.object({ id: z.string(), name: z.string(), fictitious: z.boolean() }),
  docket: z.string(),
  judge: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The latest computation: what set it off and what it changed. */
  lastRun: z
    .object({
      reason: z.string(),
      computedAt: z.string(),
      placed: z.number(),
      moved: z.number(),
      vacated: z.number(),
      late: z.number(),
    })
    .nullable(),
  hearings: z.array(
    z.object({
      id: z.string(),
      hearingType: z.string(),
      /** Its place in the statutory sequence ('adjudication', 'periodic_review-1'); null if set by hand. */
      step: z.string().nullable(),
      status: z.string(),
      start: z.string(),
      end: z.string(),
      /** Placed by advance calendaring (it may move when events change the deadlines). */
      proposed: z.boolean(),
      deadline: z.string().nullable(),
      /** Set after its deadline (only when no lawful time was free, or a person set it so). */
      late: z.boolean(),
      ruleId: z.string().nullable(),
      citation: z.string().nullable(),
      unconfirmed: z.boolean(),
      within: z.object({ amount: z.number(), unit: z.enum(['days', 'court_days', 'months']) }).nullable(),
      /** The event or hearing the time runs from; `estimated` when it has not happened yet. */
      anchor: z.object({ kind: z.string(), date: z.string(), estimated: z.boolean() }).nullable(),
      explanation: z.string().nullable(),
      interpreterLanguages: z.array(z.string()),
      courtroom: z.string().nullable(),
      judgeName: z.string().nullable(),
    }),
  ),
});
export type ScheduleDto = z.infer<typeof Schedule>;
