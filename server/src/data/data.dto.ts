import { z } from 'zod';
import { INTERCHANGE_FILES } from '../export/interchange.ts';

/** GET /api/v1/data/summary: counts of the district's records, as of the court-local day. */
export const DataSummary = z.object({
  asOf: z.string().meta({ format: 'date', description: "Today in the jurisdiction's time zone" }),
  openCases: z.number().int(),
  childrenInCare: z.number().int().meta({ description: 'Children in an open removal episode today' }),
  removalsThisYear: z.number().int().meta({ description: 'Removals dated from 1 January to today' }),
  hearingsThisMonth: z
    .number()
    .int()
    .meta({ description: 'Hearings set this calendar month, not vacated or cancelled' }),
});
export type DataSummary = z.infer<typeof DataSummary>;

/** The file names are the exporter's, so the download and `hearth export` cannot name different files. */
export const InterchangeParams = z.strictObject({ file: z.enum(INTERCHANGE_FILES) });
