import { DUE_ITEM_KINDS, DUE_STATUSES } from '@hearth/core';
import { z } from 'zod';

export const DueItemsAnswer = z.object({
  /** The day the items were computed for. */
  today: z.string(),
  items: z.array(
    z.object({
      kind: z.enum(DUE_ITEM_KINDS),
      status: z.enum(DUE_STATUSES),
      dueDate: z.string(),
      citation: z.string(),
      /** The number behind the item is not yet confirmed from a primary source. */
      unconfirmed: z.boolean(),
      /** The hearing a court report is for. */
      hearingType: z.string().nullable(),
      child: z.object({ id: z.string(), givenName: z.string(), familyName: z.string() }),
      case: z.object({ id: z.string(), petitionNumber: z.string() }),
    }),
  ),
});
export type DueItemsDto = z.infer<typeof DueItemsAnswer>;
