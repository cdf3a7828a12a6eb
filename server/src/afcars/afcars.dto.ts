import { z } from 'zod';

/** GET /api/v1/data/afcars.xml: the reporting period (E2), by default the one that holds today. */
export const AfcarsXmlQuery = z.strictObject({
  reportPeriod: z
    .string()
    .regex(/^\d{4}(03|09)$/, 'A reporting period is YYYY03 or YYYY09.')
    .optional()
    .meta({ description: 'E2: YYYY03 (October–March) or YYYY09 (April–September)' }),
});
export type AfcarsXmlQuery = z.infer<typeof AfcarsXmlQuery>;
