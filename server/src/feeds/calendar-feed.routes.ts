import type { FastifyRequest } from 'fastify';
import { publicRoute, route, type RouteDef } from '../platform/route.ts';
import { CalendarFeedAnswer, FeedTokenParams } from './calendar-feed.dto.ts';
import { getCalendarFeed, readCalendarFeed, renewCalendarFeed } from './calendar-feed.service.ts';
import { FeedLimiter } from './feed-limiter.ts';

/** The address the account's browser reached Hearth at, so the feed's address works from there too. */
const originOf = (req: FastifyRequest): string => `${req.protocol}://${req.host}`;

export function calendarFeedRoutes(): RouteDef[] {
  // Per app: a feed polled more than 60 times an hour, or 30 unknown tokens from one address in ten
  // minutes, is not a calendar client.
  const limits = {
    perFeed: new FeedLimiter(60, 60 * 60_000),
    misses: new FeedLimiter(30, 10 * 60_000),
  };
  return [
    route({
      method: 'GET',
      url: '/api/v1/me/calendar-feed',
      tag: 'calendar',
      summary: 'Your private iCalendar subscription address for your hearings (made the first time you ask)',
      // Every account has its own calendar; what it lists is decided by the account's scopes when read.
      permission: 'authenticated',
      response: CalendarFeedAnswer,
      handler: ({ ctx, reply }) => getCalendarFeed(ctx, originOf(reply.request)),
    }),
    route({
      method: 'POST',
      url: '/api/v1/me/calendar-feed/revoke',
      tag: 'calendar',
      summary: 'Replace your calendar address with a new one; the old address stops working at once',
      permission: 'authenticated',
      response: CalendarFeedAnswer,
      handler: ({ ctx, reply }) => renewCalendarFeed(ctx, originOf(reply.request)),
    }),
    publicRoute({
      method: 'GET',
      url: '/api/v1/calendar/:token.ics',
      tag: 'calendar',
      summary:
        'An account’s hearings as iCalendar (RFC 5545), for calendar apps, which cannot sign in: the secret address is the key',
      public: true,
      params: FeedTokenParams,
      async handler({ ctx, params, reply }) {
        const body = await readCalendarFeed(ctx, params.token, originOf(reply.request), limits);
        return (
          reply
            .code(200)
            .type('text/calendar; charset=utf-8')
            .header('content-disposition', 'inline; filename="hearth-hearings.ics"')
            // The address is a secret: no shared cache keeps the body, no search engine lists it.
            .header('cache-control', 'private, no-cache')
            .header('x-robots-tag', 'noindex, nofollow')
            .header('referrer-policy', 'no-referrer')
            .send(body)
        );
      },
    }),
  ];
}
