import { z } from 'zod';

/** The account's private calendar address. */
export const CalendarFeedAnswer = z.object({
  url: z.string(),
  createdAt: z.string(),
});
export type CalendarFeedDto = z.infer<typeof CalendarFeedAnswer>;

// Any token is looked up; one of the wrong form answers 404 like an unknown one, not 400.
export const FeedTokenParams = z.object({ token: z.string().max(200) });
