import { DRILL_PARTS, EQUITY_DIMENSIONS, EXCLUSION_REASONS, INDICATOR_KEYS } from '@hearth/core';
import { z } from 'zod';
import { TABLE_FORMATS } from '../platform/table-export.ts';
import { isoDate } from '../platform/schemas.ts';

/** The outcome-indicator dashboard's requests and answers (issue 5; cqi-interchange.md for the figures). */

export const REFERENCE_MEASURES = [
  'round3_standard',
  'round4_performance',
  'federal_target',
  'federal_target_residence',
] as const;
export type ReferenceMeasure = (typeof REFERENCE_MEASURES)[number];

const periodStart = isoDate.optional().meta({
  description:
    'First day P of the 12-month period (P through P + 1 year − 1 day). Default: the latest federal fiscal year whose 12-month follow-up is complete',
});

export const PeriodQuery = z.strictObject({ periodStart });
export const TrendQuery = z.strictObject({
  periodStart,
  periods: z.coerce.number().int().min(1).max(10).default(5),
});
export const EquityQuery = z.strictObject({ periodStart, by: z.enum(EQUITY_DIMENSIONS) });
export const IndicatorParams = z.strictObject({ key: z.enum(INDICATOR_KEYS) });
export const ChildrenQuery = z.strictObject({
  periodStart,
  part: z.enum(DRILL_PARTS),
  group: z.enum(EQUITY_DIMENSIONS).optional(),
  value: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

const format = z.enum(TABLE_FORMATS);
export const PeriodExportQuery = PeriodQuery.extend({ format });
export const TrendExportQuery = TrendQuery.extend({ format });
export const EquityExportQuery = EquityQuery.extend({ format });
export const ChildrenExportQuery = ChildrenQuery.omit({ limit: true, offset: true }).extend({ format });

export const ReferenceParams = z.strictObject({
  indicator: z.enum(INDICATOR_KEYS),
  measure: z.enum(REFERENCE_MEASURES),
});
export const ReferenceBody = z.strictObject({
  value: z.number().min(0).max(100_000).nullable(),
  status: z.enum(['sourced', 'unverified']),
  source: z.string().trim().min(1).max(500),
});
export type ReferenceBody = z.infer<typeof ReferenceBody>;

// ---------------------------------------------------------------------------------------------------------
// Answers (documented in the OpenAPI document)

const Period = z.object({
  start: z.string(),
  end: z.string(),
  fiscalYear: z.number().int().nullable().meta({ description: 'FFY when the period starts on 1 October' }),
});

const Residence = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
});

export const ReferenceValue = z.object({
  indicator: z.enum(INDICATOR_KEYS),
  measure: z.enum(REFERENCE_MEASURES),
  value: z.number().nullable(),
  better: z.enum(['higher', 'lower']),
  status: z.enum(['sourced', 'unverified']),
  source: z.string(),
  version: z.number().int(),
  /** The jurisdiction's own correction, rather than the national default. */
  own: z.boolean(),
});
export type ReferenceValueDto = z.infer<typeof ReferenceValue>;
export const ReferenceValues = z.object({ items: z.array(ReferenceValue) });

const Figure = z.object({
  numerator: z.number(),
  denominator: z.number(),
  value: z.number().nullable(),
  complete: z.boolean(),
  residence: Residence.optional(),
});

export const IndicatorCard = Figure.extend({
  key: z.enum(INDICATOR_KEYS),
  better: z.enum(['higher', 'lower']),
  excluded: z.number().int().meta({ description: 'Children excluded from the population, with a reason' }),
  reference: ReferenceValue.nullable().meta({ description: 'The line the value is read against' }),
  onBetterSide: z.boolean().nullable(),
});
export type IndicatorCardDto = z.infer<typeof IndicatorCard>;

const Extent = {
  latestDate: z.string().nullable().meta({ description: 'The latest date in the records' }),
  childrenLeftOut: z.number().int().meta({ description: 'Children with no birth date, left out' }),
  defaultPeriodStart: z.string(),
};

export const IndicatorsAnswer = z.object({
  period: Period,
  ...Extent,
  indicators: z.array(IndicatorCard),
});
export type IndicatorsDto = z.infer<typeof IndicatorsAnswer>;

export const TrendAnswer = z.object({
  ...Extent,
  periods: z.array(
    z.object({ period: Period, indicators: z.array(Figure.extend({ key: z.enum(INDICATOR_KEYS) })) }),
  ),
  references: z.array(ReferenceValue),
});
export type TrendDto = z.infer<typeof TrendAnswer>;

const ShownFigure = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  residence: Residence.optional(),
  suppressed: z.boolean().meta({ description: 'A count from 1 to 9: counts, value and disparity withheld' }),
});

export const EquityAnswer = z.object({
  period: Period,
  ...Extent,
  by: z.enum(EQUITY_DIMENSIONS),
  indicators: z.array(
    z.object({
      key: z.enum(INDICATOR_KEYS),
      better: z.enum(['higher', 'lower']),
      whole: ShownFigure,
      groups: z.array(
        z.object({
          group: z.string(),
          figure: ShownFigure,
          disparity: z.number().nullable().meta({ description: "The group's value ÷ the jurisdiction's" }),
          worse: z.boolean().nullable(),
        }),
      ),
    }),
  ),
});
export type EquityDto = z.infer<typeof EquityAnswer>;

export const ChildrenAnswer = z.object({
  period: Period,
  indicator: z.enum(INDICATOR_KEYS),
  part: z.enum(DRILL_PARTS),
  group: z.object({ by: z.enum(EQUITY_DIMENSIONS), value: z.string() }).nullable(),
  /** Children in the part, and the sum of their figures (the numerator or denominator). */
  total: z.object({ children: z.number().int().nullable(), figure: z.number().nullable() }),
  /** Children in the part whom this viewer may not open: counted, never named. */
  withheld: z.number().int().nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      givenName: z.string(),
      familyName: z.string(),
      afcarsId: z.string(),
      age: z.number().int(),
      figure: z.number(),
      residence: z.number().optional(),
      excluded: z.enum(EXCLUSION_REASONS).optional(),
    }),
  ),
  page: z.object({ limit: z.number(), offset: z.number(), nextOffset: z.number().nullable() }),
});
export type ChildrenDto = z.infer<typeof ChildrenAnswer>;
