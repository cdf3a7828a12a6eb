import {
  addDays,
  calendarRulesFor,
  closedDaysFor,
  courtDayOf,
  courtHoursFor,
  freeSlots,
  offerWindow,
  todayOf,
  type CourtHours,
  type InterpreterSettings,
  type Interval,
  type IsoDate,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { Queryable } from '../platform/db.ts';
import type { RequestContext } from '../platform/context.ts';
import { fieldError, invalid, Problem } from '../platform/problem.ts';
import {
  busyIntervalsFor,
  findConflicts,
  proposalResources,
  type ConflictDetail,
  type ConflictProposal,
} from './conflicts.ts';

/**
 * The conflict check of a hearing being set, moved or continued, inside the use case's transaction: with
 * a double-booking the answer is a 409 naming each conflict and offering the next free slots that meet
 * the hearing's deadline, unless the caller knowingly accepts the conflicts with a reason (a judge may
 * double-set; the acceptance is audited).
 */

/** How many free slots a conflict answer offers. */
const OFFER_COUNT = 5;

export type CalendarSettings = {
  hours: CourtHours;
  closedDays: ReadonlySet<IsoDate>;
  interpreters: InterpreterSettings;
};

/**
 * When a case's hearings can be set: the court's hours and closed days, or those of the dedicated docket
 * the case is on, from the calendar rules in force when its petition was filed (core/src/calendar/
 * calendar-rules.ts, as advance calendaring reads them), in the jurisdiction's time zone; and the court's
 * interpreters per language from the rule pack.
 */
async function calendarSettings(
  q: Queryable,
  ctx: RequestContext,
  caseId: string,
  today: IsoDate,
): Promise<CalendarSettings> {
  const [c] = await q.query<{ filing_date: string; docket: string }>(
    'SELECT filing_date, docket FROM court_case WHERE id = $1',
    [caseId],
  );
  const pack = calendarRulesFor(ctx.rulePack.jurisdiction, c?.filing_date ?? today);
  const year = Number(today.slice(0, 4));
  return {
    hours: courtHoursFor(pack, ctx.timeZone, c?.docket ?? null),
    // Offers look at most a year past a deadline-less proposal: two years of closed days cover it.
    closedDays: closedDaysFor(pack, c?.docket ?? null, year, year + 2),
    interpreters: ctx.rulePack.conflicts.interpretersPerLanguage.value,
  };
}

/** What a conflict answer says about the deadline: its date, and whether the offers meet it (no deadline: yes). */
export type OfferDeadline = { date: IsoDate | null; offersMeetIt: boolean };

/**
 * The next free slots for a hearing of the proposal's length and resources, from `from` (a court day;
 * by default the proposed day, never before today) up to the deadline. When nothing before the deadline
 * is free, the first free slots after it, said so. Slots before now are never offered.
 */
export async function offersFor(
  q: Queryable,
  ctx: RequestContext,
  proposal: ConflictProposal,
  opts: { deadline: IsoDate | null; from?: IsoDate; count?: number },
): Promise<{ offers: Interval[]; deadline: OfferDeadline }> {
  const now = ctx.clock.now();
  const today = todayOf(ctx.clock, ctx.timeZone);
  const settings = await calendarSettings(q, ctx, proposal.caseId, today);
  const resources = await proposalResources(q, proposal, ctx.timeZone);
  const minutes = Math.round((Date.parse(proposal.end) - Date.parse(proposal.start)) / 60_000);
  const window = offerWindow({
    proposedDay: opts.from ?? courtDayOf(proposal.start, ctx.timeZone),
    today,
    deadline: opts.deadline,
  });
  const count = opts.count ?? OFFER_COUNT;
  /** Free slots from `from` to `last` (a court day, inclusive), around the busy time of that span only. */
  const slotsBetween = async (from: IsoDate, last: IsoDate): Promise<Interval[]> => {
    const busy = await busyIntervalsFor(q, {
      judgeId: resources.judgeId,
      courtroomId: resources.courtroomId,
      personIds: resources.professionals.map((p) => p.personId),
      accountIds: resources.professionals.flatMap((p) => (p.accountId ? [p.accountId] : [])),
      from,
      until: last,
      interpreter: {
        courtId: proposal.courtId,
        languages: resources.interpreterLanguages,
        settings: settings.interpreters,
      },
      excludeHearingId: proposal.hearingId,
    });
    // The past is busy: nothing earlier than now is offered.
    busy.push({ start: new Date(0).toISOString(), end: now.toISOString() });
    return freeSlots({
      busy,
      durationMinutes: minutes,
      from,
      until: last,
      hours: settings.hours,
      closedDays: settings.closedDays,
      count,
    });
  };
  /**
   * The first free slots up to `until` (null: a year). The next two weeks are read first, as the
   * offers are almost always there; only when they are not is the rest of the span read.
   */
  const search = async (from: IsoDate, until: IsoDate | null): Promise<Interval[]> => {
    const last = until ?? addDays(from, 366);
    const near = addDays(from, 13);
    if (near >= last) return slotsBetween(from, last);
    const first = await slotsBetween(from, near);
    if (first.length >= count) return first;
    return [...first, ...(await slotsBetween(addDays(near, 1), last))].slice(0, count);
  };
  const within =
    window.until === null || window.from <= window.until ? await search(window.from, window.until) : [];
  if (within.length > 0 || opts.deadline === null)
    return { offers: within, deadline: { date: opts.deadline, offersMeetIt: true } };
  // Nothing free before the deadline (or it has passed): the first free times after it, said so.
  const after = addDays(opts.deadline, 1);
  return {
    offers: await search(after > today ? after : today, null),
    deadline: { date: opts.deadline, offersMeetIt: false },
  };
}

/** The 409 of a double-booking: the conflicts, the free slots offered instead, and the deadline. */
export class CalendarConflict extends Problem {
  constructor(
    readonly caseId: string,
    readonly hearingId: string | null,
    readonly conflicts: ConflictDetail[],
    offers: Interval[],
    deadline: OfferDeadline,
  ) {
    super(
      409,
      'Calendar conflict',
      `This time double-books ${conflicts.length === 1 ? 'one person or room' : `${conflicts.length} people or rooms`}. ` +
        'Pick one of the free times offered, or send acceptConflicts with a reason to set it anyway.',
      undefined,
      { conflicts, offers, deadline },
    );
  }
}

/** A knowing double-booking: `acceptConflicts` with its reason, checked as a field of the request. */
export type Acceptance = {
  acceptConflicts?: boolean | undefined;
  acceptConflictsReason?: string | undefined;
};

export function acceptedReason(body: Acceptance): string | null {
  if (!body.acceptConflicts) return null;
  const reason = body.acceptConflictsReason?.trim() ?? '';
  if (reason.length < 10)
    throw invalid([
      fieldError(
        'acceptConflictsReason',
        'give the reason for setting over a conflict (10 characters or more)',
      ),
    ]);
  return reason;
}

/**
 * Checks a proposal: no conflict, or conflicts knowingly accepted (returned, to be audited with the
 * hearing), or a CalendarConflict thrown with the offers.
 */
export async function checkCalendar(
  q: Queryable,
  ctx: RequestContext,
  proposal: ConflictProposal,
  opts: { deadline: IsoDate | null; acceptReason: string | null },
): Promise<ConflictDetail[]> {
  const conflicts = await findConflicts(
    q,
    { ...proposal, interpreters: ctx.rulePack.conflicts.interpretersPerLanguage.value },
    ctx.timeZone,
  );
  if (conflicts.length === 0 || opts.acceptReason !== null) return conflicts;
  const { offers, deadline } = await offersFor(q, ctx, proposal, { deadline: opts.deadline });
  throw new CalendarConflict(proposal.caseId, proposal.hearingId, conflicts, offers, deadline);
}

/** Audits a knowing double-booking of a hearing, with its reason and what it double-books. */
export async function auditDoubleBooking(
  q: Queryable,
  ctx: RequestContext,
  hearingId: string,
  reason: string,
  conflicts: ConflictDetail[],
): Promise<void> {
  if (conflicts.length === 0) return;
  await recordAudit(q, ctx.audit, {
    action: 'hearing.double_booked',
    entityType: 'hearing',
    entityId: hearingId,
    reason,
    data: {
      conflicts: conflicts.map((c) => ({
        resource: c.resource.kind,
        role: c.resource.role,
        hearingId: c.hearing.id,
      })),
    },
  });
}

/**
 * Runs a use case; a conflict answer (whose transaction rolled back) is audited on its own afterwards,
 * because it showed the caller the times and petition numbers of other cases' hearings.
 */
export async function auditingConflicts<T>(ctx: RequestContext, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof CalendarConflict)
      await recordAudit(ctx.db, ctx.audit, {
        action: 'hearing.conflicts_found',
        entityType: 'court_case',
        entityId: err.caseId,
        outcome: 'failure',
        data: {
          hearingId: err.hearingId,
          otherHearings: [...new Set(err.conflicts.map((c) => c.hearing.id))],
        },
      });
    throw err;
  }
}
