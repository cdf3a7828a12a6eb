import { REPORT_RECIPIENTS, REPORT_STATUSES } from '@hearth/core';
import { z } from 'zod';
import { uuid } from '../platform/schemas.ts';

export const REPORT_FORMATS = ['docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportParams = z.strictObject({ hearingId: uuid });

/** Which copy: for whom, as which file; the language is the recipient's unless `lang` names one. */
export const ReportQuery = z.strictObject({
  recipient: z.enum(REPORT_RECIPIENTS),
  format: z.enum(REPORT_FORMATS),
  lang: z.enum(['en', 'es']).optional(),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const text = z.string().max(20_000, 'at most 20,000 characters');

/** The CASA volunteer's narrative (PUT /api/v1/hearings/:hearingId/reports/casa, If-Match; "0" for a new one). */
export const NarrativeBody = z.strictObject({
  observations: text,
  childWishes: text,
  recommendations: text,
  /** submitted: filed for the hearing; a draft is the volunteer's own until then. */
  status: z.enum(['draft', 'submitted']),
});
export type NarrativeBody = z.infer<typeof NarrativeBody>;

export const NarrativeAnswer = z.object({
  hearingId: z.string(),
  caseId: z.string(),
  petitionNumber: z.string(),
  hearingType: z.string(),
  start: z.string(),
  kind: z.enum(['agency', 'casa']),
  /** null until the first save. */
  status: z.enum(REPORT_STATUSES).nullable(),
  observations: z.string(),
  childWishes: z.string(),
  recommendations: z.string(),
  author: z.string().nullable(),
  updatedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** 0 before the first save: send If-Match "0" to create it. */
  version: z.number(),
});
export type NarrativeAnswer = z.infer<typeof NarrativeAnswer>;
