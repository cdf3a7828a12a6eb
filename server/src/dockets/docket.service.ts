import {
  calendarRulesFor,
  findOverlaps,
  freeGaps,
  minutesBetween,
  todayOf,
  type Booking,
  type HearingType,
} from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import { fieldError, invalid, notFound } from '../platform/problem.ts';
import { renderDocketPdf } from './docket.pdf.ts';
import type {
  DocketChoicesDto,
  DocketDto,
  DocketHearingDto,
  DocketPdfQueryDto,
  DocketQueryDto,
} from './docket.dto.ts';
import * as repo from './docket.repo.ts';

/**
 * Dockets: the hearings of a judge or a courtroom by day, on the court's own calendar, as JSON or as a
 * printable PDF. Who appears on a docket:
 *
 * - the case's children by initials only. A docket is posted outside the courtroom and printed for the
 *   bench, counsel tables and the clerk's counter, where anyone passing can read it, while abuse and
 *   neglect records are confidential (NMSA 1978 §32A-4-33; not yet in domain-rules.md, confirm current
 *   text). Initials are enough for the people in the hallway to find their hearing; the child's name is
 *   on the case page, behind its access check;
 * - the parties (parents, Indian custodians, others made parties) by name, as they answer the call;
 * - the caregivers by name: they have notice and a right to be heard, though not parties
 *   (SSA §475(5)(G); domain-rules §9).
 */

type Subject = { kind: repo.SubjectKind; id: string };

function subjectOf(ctx: RequestContext, q: DocketQueryDto): Subject {
  if (q.judgeId && q.courtroomId)
    throw invalid([fieldError('courtroomId', 'choose a judge or a courtroom, not both', 'query')]);
  if (q.judgeId) return { kind: 'judge', id: q.judgeId };
  if (q.courtroomId) return { kind: 'courtroom', id: q.courtroomId };
  if (ctx.actor.judgeId) return { kind: 'judge', id: ctx.actor.judgeId };
  throw invalid([fieldError('judgeId', 'choose a judge or a courtroom', 'query')]);
}

const iso = (d: Date): string => new Date(d).toISOString();

const bookingOf = (r: {
  id: string;
  scheduled_start: Date;
  scheduled_end: Date;
  status: string;
  judge_id: string | null;
  courtroom_id: string | null;
}): Booking => ({
  id: r.id,
  start: iso(r.scheduled_start),
  end: iso(r.scheduled_end),
  status: r.status,
  judgeId: r.judge_id,
  courtroomId: r.courtroom_id,
});

/** Who needs an interpreter, by language, and whether one for it is on the case. */
function interpreterNeeds(row: repo.DocketHearingRow): DocketHearingDto['interpreters'] {
  const byLanguage = new Map<string, string[]>();
  for (const p of row.people ?? [])
    if (p.needsInterpreter) byLanguage.set(p.language, [...(byLanguage.get(p.language) ?? []), p.name]);
  const onCase = new Set(row.interpreter_languages ?? []);
  return [...byLanguage].map(([language, names]) => ({
    language,
    for: names,
    assigned: onCase.has(language),
  }));
}

type Built = { docket: DocketDto; caseIds: string[]; hearingIds: string[] };

/** The docket of a subject the actor may open, for the days asked: one query for it, one for its neighbours. */
async function buildDocket(q: Queryable, ctx: RequestContext, query: DocketQueryDto): Promise<Built> {
  const subject = subjectOf(ctx, query);
  const found = await repo.findSubject(q, ctx.actor, subject.kind, subject.id);
  if (!found) throw notFound(subject.kind);
  const from = query.from ?? todayOf(ctx.clock, ctx.timeZone);
  const days = await repo.windowDays(q, from, query.days, ctx.timeZone);
  const rows = await repo.loadDocketHearings(q, ctx.actor, subject, {
    start: days[0]!.start,
    end: days[days.length - 1]!.end,
    timeZone: ctx.timeZone,
  });
  const bookings = rows.map(bookingOf);
  const span = bookings.reduce<[number, number] | null>((acc, b) => {
    const [s, e] = [Date.parse(b.start), Date.parse(b.end)];
    return acc ? [Math.min(acc[0], s), Math.max(acc[1], e)] : [s, e];
  }, null);
  const neighbours = span
    ? await repo.loadNeighbours(q, ctx.actor, {
        judgeIds: [...new Set(rows.flatMap((r) => (r.judge_id ? [r.judge_id] : [])))],
        roomIds: [...new Set(rows.flatMap((r) => (r.courtroom_id ? [r.courtroom_id] : [])))],
        start: new Date(span[0]),
        end: new Date(span[1]),
      })
    : [];
  const flags = findOverlaps(bookings, neighbours.map(bookingOf));
  const others = new Map(neighbours.map((n) => [n.id, n]));
  const mine = new Map(rows.map((r) => [r.id, r]));

  // Hearing lengths are court practice, not a case's law: the calendar rules in force on the first day.
  const lengths = calendarRulesFor(ctx.rulePack.jurisdiction, from).hearingMinutes;
  const usualOf = (r: repo.DocketHearingRow, minutes: number): DocketHearingDto['usual'] => {
    const usual = r.readable ? lengths[r.hearing_type as HearingType] : undefined;
    return usual
      ? {
          minutes: usual.value,
          shorter: minutes < usual.value,
          citation: usual.citation,
          unconfirmed: usual.unconfirmed ?? false,
        }
      : null;
  };

  const hearingOf = (r: repo.DocketHearingRow): DocketHearingDto => ({
    id: r.id,
    start: iso(r.scheduled_start),
    end: iso(r.scheduled_end),
    minutes: minutesBetween(iso(r.scheduled_start), iso(r.scheduled_end)),
    usual: usualOf(r, minutesBetween(iso(r.scheduled_start), iso(r.scheduled_end))),
    status: r.status,
    withheld: !r.readable,
    hearingType: r.readable ? r.hearing_type : null,
    judge: r.judge_id && r.judge_name ? { id: r.judge_id, name: r.judge_name } : null,
    courtroom: r.courtroom_id && r.courtroom_name ? { id: r.courtroom_id, name: r.courtroom_name } : null,
    case:
      r.readable && r.case_id && r.petition_number
        ? { id: r.case_id, petitionNumber: r.petition_number }
        : null,
    expected: (r.people ?? []).map((p) => ({ role: p.role, name: p.name, isChild: p.isChild })),
    interpreters: interpreterNeeds(r),
    overlaps: (flags.get(r.id) ?? []).map((f) => {
      const o = others.get(f.hearingId);
      const m = mine.get(f.hearingId);
      const other = o ?? m!;
      return {
        hearingId: f.hearingId,
        start: iso(other.scheduled_start),
        end: iso(other.scheduled_end),
        sharing: f.sharing,
        petitionNumber: o ? o.petition_number : m!.readable ? m!.petition_number : null,
        judge: other.judge_name,
        courtroom: other.courtroom_name,
      };
    }),
  });

  const hearings = rows.map(hearingOf);
  const docket: DocketDto = {
    subject: { kind: subject.kind, id: found.id, name: found.name, court: found.court },
    timeZone: ctx.timeZone,
    from,
    to: days[days.length - 1]!.date,
    days: days.map((d) => {
      const [s, e] = [d.start.getTime(), d.end.getTime()];
      const onDay = hearings.filter((h) => Date.parse(h.start) >= s && Date.parse(h.start) < e);
      return {
        date: d.date,
        start: iso(d.start),
        end: iso(d.end),
        hearings: onDay,
        gaps: freeGaps(onDay.map((h) => bookings.find((b) => b.id === h.id)!)),
      };
    }),
    counts: {
      hearings: hearings.length,
      overlapping: hearings.filter((h) => h.overlaps.length > 0).length,
      interpreters: hearings.filter((h) => h.interpreters.length > 0).length,
    },
  };
  const readable = hearings.filter((h) => !h.withheld);
  return {
    docket,
    caseIds: [...new Set(readable.flatMap((h) => (h.case ? [h.case.id] : [])))],
    hearingIds: readable.map((h) => h.id),
  };
}

/**
 * A docket lists cases, their parties and children: it is read like the case list, and recorded in the
 * same transaction by the cases and hearings shown (never the names), and in which form.
 */
async function auditDocket(
  q: Queryable,
  ctx: RequestContext,
  built: Built,
  format: 'json' | 'pdf',
): Promise<void> {
  const { subject, from, to } = built.docket;
  await recordAudit(q, ctx.audit, {
    action: 'case.listed',
    entityType: 'court_case',
    entityId: null,
    data: {
      ids: built.caseIds,
      hearings: built.hearingIds,
      q: 'docket',
      docket: { kind: subject.kind, id: subject.id, from, to },
      format,
    },
  });
}

/** The docket as JSON, for the Docket page. */
export async function getDocket(ctx: RequestContext, query: DocketQueryDto): Promise<DocketDto> {
  return ctx.db.transaction(async (tx) => {
    const built = await buildDocket(tx, ctx, query);
    await auditDocket(tx, ctx, built, 'json');
    return built.docket;
  });
}

/** The docket as a printable PDF; the print is recorded as a read of every case on it. */
export async function getDocketPdf(
  ctx: RequestContext,
  query: DocketPdfQueryDto,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const { lang, ...docketQuery } = query;
  return ctx.db.transaction(async (tx) => {
    const built = await buildDocket(tx, ctx, docketQuery);
    const bytes = await renderDocketPdf(built.docket, { language: lang, printedAt: ctx.clock.now() });
    await auditDocket(tx, ctx, built, 'pdf');
    const { from, to } = built.docket;
    return { bytes, filename: `docket-${from}${to === from ? '' : `-to-${to}`}.pdf` };
  });
}

/**
 * The judges and courtrooms whose dockets the actor may open, for the Docket page's choice, and the one
 * shown first: a judge's own docket, else the first judge of the clerk's court. Reference data (names of
 * judges and rooms, no case in them): not audited, like the other lookups.
 */
export async function listDocketChoices(ctx: RequestContext): Promise<DocketChoicesDto> {
  const { judges, courtrooms } = await repo.listChoices(ctx.db, ctx.actor);
  const own = judges.find((j) => j.id === ctx.actor.judgeId);
  const preferred = own
    ? { kind: 'judge' as const, id: own.id }
    : judges[0]
      ? { kind: 'judge' as const, id: judges[0].id }
      : courtrooms[0]
        ? { kind: 'courtroom' as const, id: courtrooms[0].id }
        : null;
  return { judges, courtrooms, preferred };
}
