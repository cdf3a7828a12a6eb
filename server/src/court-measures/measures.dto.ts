import { CONTINUANCE_REASONS, TIME_MEASURES } from '@hearth/core';
import { z } from 'zod';
import { isoDate } from '../platform/schemas.ts';
import { TABLE_FORMATS } from '../platform/table-export.ts';

/** The court performance measures' request and answer (issue 5; domain-rules §10). */

export const MEASURE_GROUPINGS = ['court', 'judge'] as const;

export const MeasuresQuery = z.strictObject({
  // A year of four digits at both ends of the period.
  periodStart: isoDate
    .refine((d) => d >= '1900-01-01' && d <= '9000-12-31', { message: 'must be between 1900 and 9000' })
    .optional()
    .meta({
      description:
        'First day P of the 12-month period (P through P + 1 year − 1 day). Default: the 12 full months before the current month',
    }),
  by: z.enum(MEASURE_GROUPINGS).default('court'),
});
export type MeasuresQuery = z.infer<typeof MeasuresQuery>;
export const MeasuresExportQuery = MeasuresQuery.extend({ format: z.enum(TABLE_FORMATS) });

/** A count as shown: null when suppressed (1 to threshold − 1, or to protect one that is). */
const shown = z.number().nullable();

const Ratio = z.object({ numerator: shown, denominator: shown, rate: shown });
export type ShownRatio = z.infer<typeof Ratio>;

const Time = z.object({
  count: shown,
  median: shown,
  p90: shown,
  withinTarget: shown,
  withinRate: shown,
});
export type ShownTime = z.infer<typeof Time>;

const timeRecord = z.object(
  Object.fromEntries(TIME_MEASURES.map((k) => [k, Time])) as Record<
    (typeof TIME_MEASURES)[number],
    typeof Time
  >,
);

export const MeasuresRow = z.object({
  /** The court's or judge's id; null for the total row, or for cases and hearings with no judge. */
  key: z.string().nullable(),
  label: z.string(),
  total: z.boolean(),
  time: timeRecord,
  hearingsOnTime: Ratio,
  continuances: Ratio.extend({
    byReason: z.object(
      Object.fromEntries(CONTINUANCE_REASONS.map((r) => [r, shown])) as Record<
        (typeof CONTINUANCE_REASONS)[number],
        typeof shown
      >,
    ),
  }),
  parentsPresent: Ratio,
  parentsRepresented: Ratio,
  youthAttending: Ratio,
  youthRemote: Ratio,
  youthExcused: Ratio,
  judgesPerCase: Ratio.extend({ mean: shown }),
});
export type MeasuresRow = z.infer<typeof MeasuresRow>;

const Target = z.object({
  amount: z.number(),
  unit: z.enum(['days', 'months']),
  citation: z.string(),
  unconfirmed: z.boolean(),
});

export const MeasuresAnswer = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  by: z.enum(MEASURE_GROUPINGS),
  /** Counts from 1 to threshold − 1 are not shown. */
  threshold: z.number(),
  targets: z.object(
    Object.fromEntries(TIME_MEASURES.map((k) => [k, Target])) as Record<
      (typeof TIME_MEASURES)[number],
      typeof Target
    >,
  ),
  youthAge: z.number(),
  rows: z.array(MeasuresRow),
});
export type MeasuresAnswer = z.infer<typeof MeasuresAnswer>;
