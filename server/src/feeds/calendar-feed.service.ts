import { createHmac, randomUUID } from 'node:crypto';
import { loadActor } from '../access/actor.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { hashToken } from '../auth/session.repo.ts';
import { auditContextFor, type RequestContext } from '../platform/context.ts';
import type { Db, Queryable } from '../platform/db.ts';
import { notFound, Problem } from '../platform/problem.ts';
import type { PublicContext } from '../platform/route.ts';
import type { CalendarFeedDto } from './calendar-feed.dto.ts';
import * as repo from './calendar-feed.repo.ts';
import type { FeedLimiter } from './feed-limiter.ts';
import { feedWordsFor } from './feed-words.ts';
import { hearingCalendar, type FeedHearing } from './hearing-calendar.ts';

/** How far back a feed reaches: a quarter, so last month's hearings stay on the calendar. */
export const FEED_PAST_DAYS = 90;
/**
 * The most events one feed carries. A judge's or a caseworker's year is a few hundred hearings; a
 * clerk's or an analyst's reach is a whole court or district, which no calendar client wants whole:
 * they get the hearings nearest to today, and the calendar's description says so.
 */
export const FEED_MAX_EVENTS = 2000;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export type FeedLimits = { perFeed: FeedLimiter; misses: FeedLimiter };

// One key per database, loaded once (the key never changes once made).
const keys = new WeakMap<Db, Promise<string>>();
function feedKey(db: Db): Promise<string> {
  let key = keys.get(db);
  if (!key) {
    key = repo.loadFeedKey(db);
    keys.set(db, key);
    key.catch(() => keys.delete(db));
  }
  return key;
}

/** The feed's token: derived, never stored, so the same address can be shown again. */
const tokenOf = (key: string, feedId: string): string =>
  createHmac('sha256', key).update(`calendar-feed:${feedId}`).digest('base64url');

const feedUrl = (origin: string, token: string): string => `${origin}/api/v1/calendar/${token}.ics`;

async function makeFeed(tx: Queryable, ctx: RequestContext, key: string): Promise<string | null> {
  const id = randomUUID();
  const made = await repo.insertFeed(tx, {
    id,
    jurisdictionId: ctx.actor.jurisdictionId,
    accountId: ctx.actor.accountId,
    tokenHash: hashToken(tokenOf(key, id)),
    now: ctx.clock.now(),
  });
  return made ? id : null;
}

/** The account's calendar address, made on first asking. */
export async function getCalendarFeed(ctx: RequestContext, origin: string): Promise<CalendarFeedDto> {
  const key = await feedKey(ctx.db);
  return ctx.db.transaction(async (tx) => {
    let feed = await repo.findLiveFeed(tx, ctx.actor.accountId);
    if (!feed) {
      const id = await makeFeed(tx, ctx, key);
      if (id)
        await recordAudit(tx, ctx.audit, {
          action: 'calendar_feed.created',
          entityType: 'calendar_feed',
          entityId: id,
        });
      // When another request made it first, that one is the account's address.
      feed = await repo.findLiveFeed(tx, ctx.actor.accountId);
    }
    if (!feed) throw new Problem(409, 'Conflict', 'The calendar address changed meanwhile; try again.');
    return { url: feedUrl(origin, tokenOf(key, feed.id)), createdAt: feed.created_at.toISOString() };
  });
}

/** Replaces the account's calendar address: the old one answers 404 from now on. */
export async function renewCalendarFeed(ctx: RequestContext, origin: string): Promise<CalendarFeedDto> {
  const key = await feedKey(ctx.db);
  return ctx.db.transaction(async (tx) => {
    const revoked = await repo.revokeLiveFeed(tx, ctx.actor.accountId, ctx.clock.now());
    const id = await makeFeed(tx, ctx, key);
    if (!id) throw new Problem(409, 'Conflict', 'The calendar address changed meanwhile; try again.');
    await recordAudit(tx, ctx.audit, {
      action: 'calendar_feed.renewed',
      entityType: 'calendar_feed',
      entityId: id,
      data: { revokedFeedId: revoked },
    });
    return { url: feedUrl(origin, tokenOf(key, id)), createdAt: ctx.clock.now().toISOString() };
  });
}

const tooMany = (wait: number): Problem =>
  new Problem(429, 'Too many requests', `Try again in ${wait} seconds.`, undefined, { retryAfter: wait });

/**
 * The iCalendar body of a feed, found by its token alone (calendar clients cannot sign in). Unknown
 * and revoked tokens answer 404 and count against the caller's address; each fetch is audited as the
 * feed's account, with the number of hearings it carried.
 */
export async function readCalendarFeed(
  pub: PublicContext,
  token: string,
  origin: string,
  limits: FeedLimits,
): Promise<string> {
  const nowMs = pub.clock.now().getTime();
  const missKey = `ip:${pub.ip}`;
  const wait = limits.misses.retryAfter(missKey, nowMs);
  if (wait > 0) throw tooMany(wait);
  const missing = (): Problem => {
    limits.misses.count(missKey, nowMs);
    return notFound('calendar');
  };
  if (!TOKEN.test(token)) throw missing();
  const body = await pub.db.transaction(async (tx) => {
    const feed = await repo.findFeedByTokenHash(tx, hashToken(token));
    const actor = feed && (await loadActor(tx, feed.account_id));
    if (!feed || !actor) return null;
    const feedWait = limits.perFeed.retryAfter(feed.feed_id, nowMs);
    if (feedWait > 0) throw tooMany(feedWait);
    limits.perFeed.count(feed.feed_id, nowMs);
    const now = pub.clock.now();
    const rows = await repo.listFeedHearings(tx, actor, {
      from: new Date(now.getTime() - FEED_PAST_DAYS * 86_400_000),
      now,
      limit: FEED_MAX_EVENTS + 1,
    });
    const truncated = rows.length > FEED_MAX_EVENTS;
    const hearings: FeedHearing[] = rows.slice(0, FEED_MAX_EVENTS).map((r) => ({
      id: r.id,
      caseId: r.case_id,
      petitionNumber: r.petition_number,
      hearingType: r.hearing_type,
      status: r.status,
      start: r.scheduled_start,
      end: r.scheduled_end,
      sequence: r.sequence,
      lastModified: r.last_modified,
      courtroom: r.courtroom,
      courtroomLocation: r.courtroom_location,
      courtName: r.court_name,
    }));
    await recordAudit(tx, auditContextFor(actor, pub.clock, pub.requestId, pub.ip), {
      action: 'calendar_feed.fetched',
      entityType: 'calendar_feed',
      entityId: feed.feed_id,
      data: { hearings: hearings.length, truncated },
    });
    return hearingCalendar(hearings, {
      words: feedWordsFor(actor.preferredLanguage),
      now,
      origin,
      timeZone: await repo.jurisdictionTimeZone(tx, actor.jurisdictionId),
      truncated,
    });
  });
  if (body === null) throw missing();
  return body;
}
