import { BENCHMARK_ANSWERS, BENCHMARK_OUTCOMES, BENCHMARK_STATUSES } from '@hearth/core';
import { z } from 'zod';
import { isoDate, uuid } from '../platform/schemas.ts';

export const CaseParams = z.strictObject({ caseId: uuid });

const Answer = z.strictObject({
  answer: z.enum(BENCHMARK_ANSWERS).optional(),
  note: z.string().trim().max(2000).optional(),
});

export const RecordBenchmarkReviewBody = z.strictObject({
  childId: uuid,
  /** A checkpoint code of the rule pack, with the date it prepares for (as the list gives them). */
  checkpoint: z.string().min(1).max(60),
  anchorDate: isoDate,
  /** The day the review was held. */
  reviewDate: isoDate,
  answers: z.record(z.string().max(60), Answer),
  outcome: z.enum(BENCHMARK_OUTCOMES),
  outcomeNote: z.string().trim().max(2000).optional(),
});

export const BenchmarkReviewsAnswer = z.object({
  today: z.string(),
  caseId: z.string(),
  petitionNumber: z.string(),
  /** The rule pack's checklist, its answers and outcomes, and where they come from. */
  checklist: z.array(
    z.object({ code: z.string(), prompt: z.string(), answer: z.enum(['assessment', 'text']) }),
  ),
  answers: z.array(z.enum(BENCHMARK_ANSWERS)),
  outcomes: z.array(z.enum(BENCHMARK_OUTCOMES)),
  citation: z.string(),
  unconfirmed: z.boolean(),
  reviews: z.array(
    z.object({
      /** The recorded review's id; null while it is only due. */
      id: z.string().nullable(),
      child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
      checkpoint: z.string(),
      status: z.enum(BENCHMARK_STATUSES),
      dueDate: z.string(),
      anchorDate: z.string(),
      hearingId: z.string().nullable(),
      recorded: z
        .object({
          reviewDate: z.string(),
          answers: z.record(
            z.string(),
            z.object({ answer: z.string().optional(), note: z.string().optional() }),
          ),
          outcome: z.string(),
          outcomeNote: z.string().nullable(),
          recordedBy: z.string(),
          recordedAt: z.string(),
        })
        .nullable(),
    }),
  ),
});
export type BenchmarkReviewsDto = z.infer<typeof BenchmarkReviewsAnswer>;
