import { z } from 'zod';

/** Reference lists a form chooses from. Jurisdiction data, not case data: no child or family in them. */
export const CourtList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      courtrooms: z.array(z.object({ id: z.string(), name: z.string() })),
      judges: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
});
export type CourtListDto = z.infer<typeof CourtList>;

export const ProviderList = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), licensed: z.boolean() })),
});
export type ProviderListDto = z.infer<typeof ProviderList>;
