import { addDays, daysBetween, todayOf, type IsoDate } from '../time/dates.ts';
import type { Interval } from './slots.ts';

/**
 * Double-bookings on a court's calendar: which of the people and rooms a hearing needs are already taken
 * by another hearing at that time. Pure: the server loads the other hearings and their resources; the
 * rules of who counts as taken live here, so the conflict check and the free-slot search can never
 * disagree (the property test in conflicts.test.ts holds them to it).
 */

/**
 * The professionals on a case whose double-booking stops a hearing: a lawyer, guardian ad litem, CASA
 * volunteer, caseworker or named interpreter cannot be in two courtrooms at once. Parties and children
 * are not listed: they are on one case, and a hearing of their own case at the same time is caught by
 * the judge and the courtroom.
 */
export const CONFLICT_PROFESSIONAL_ROLES = [
  'caseworker',
  'agency_attorney',
  'parent_attorney',
  'youth_attorney',
  'guardian_ad_litem',
  'casa_volunteer',
  'interpreter',
] as const;
export type ProfessionalRole = (typeof CONFLICT_PROFESSIONAL_ROLES)[number];

export const isProfessionalRole = (role: string): role is ProfessionalRole =>
  (CONFLICT_PROFESSIONAL_ROLES as readonly string[]).includes(role);

/** A professional, as a person and (when they sign in) an account: either one identifies them. */
export type Professional = { personId: string; accountId: string | null; role: ProfessionalRole };

/** What a hearing needs: its judge, its courtroom, the professionals of its case, and interpreters. */
export type HearingResources = {
  judgeId: string | null;
  courtroomId: string | null;
  /** Interpreters are a court's pool: two hearings compete for one only in the same court. */
  courtId: string | null;
  professionals: readonly Professional[];
  /** Languages someone on the case needs an interpreter for (a party's or a child's primary language). */
  interpreterLanguages: readonly string[];
};

export type BookedHearing = Interval & { id: string; resources: HearingResources };

export type ConflictResource =
  | { kind: 'judge'; judgeId: string }
  | { kind: 'courtroom'; courtroomId: string }
  | { kind: 'professional'; role: ProfessionalRole; personId: string; accountId: string | null }
  | { kind: 'interpreter'; language: string; interpreters: number };

export type Conflict = { resource: ConflictResource; hearingId: string };

/**
 * How many interpreters of a language the court can send to hearings at the same time. A jurisdiction
 * setting (rule pack `courtCalendar`), one per language unless said otherwise.
 */
export type InterpreterSettings = { default: number; byLanguage: Readonly<Record<string, number>> };

export const ONE_INTERPRETER_PER_LANGUAGE: InterpreterSettings = { default: 1, byLanguage: {} };

/** At least one: a court with no interpreter of a language at all is not a calendar question. */
export function interpretersFor(settings: InterpreterSettings, language: string): number {
  return Math.max(1, Math.floor(settings.byLanguage[language] ?? settings.default));
}

const ms = (instant: string): number => Date.parse(instant);

/** Half-open intervals overlap when each starts before the other ends: back-to-back is no conflict. */
export function overlaps(a: Interval, b: Interval): boolean {
  return ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);
}

function sharedProfessional(mine: readonly Professional[], theirs: readonly Professional[]): Professional[] {
  const shared: Professional[] = [];
  const seen = new Set<string>();
  for (const p of mine) {
    if (seen.has(p.personId)) continue;
    const same = theirs.some(
      (t) => t.personId === p.personId || (p.accountId !== null && t.accountId === p.accountId),
    );
    if (same) {
      seen.add(p.personId);
      shared.push(p);
    }
  }
  return shared;
}

/** The judge, courtroom and professionals two hearings have in common (interpreters aside). */
function sharedResources(mine: HearingResources, theirs: HearingResources): ConflictResource[] {
  const out: ConflictResource[] = [];
  if (mine.judgeId && mine.judgeId === theirs.judgeId) out.push({ kind: 'judge', judgeId: mine.judgeId });
  if (mine.courtroomId && mine.courtroomId === theirs.courtroomId)
    out.push({ kind: 'courtroom', courtroomId: mine.courtroomId });
  for (const p of sharedProfessional(mine.professionals, theirs.professionals))
    out.push({ kind: 'professional', role: p.role, personId: p.personId, accountId: p.accountId });
  return out;
}

const sameInterpreterPool = (a: HearingResources, b: HearingResources): boolean =>
  a.courtId !== null && a.courtId === b.courtId;

/**
 * The spans in which at least `limit` of `intervals` run at once (a sweep over their ends and starts).
 * Everything at one instant is counted together: back-to-back hearings never stack.
 */
export function spansAtLeast(intervals: readonly Interval[], limit: number): Interval[] {
  const events = intervals
    .flatMap((i): [number, number][] => [
      [ms(i.start), 1],
      [ms(i.end), -1],
    ])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  let running = 0;
  let openedAt: number | null = null;
  for (let i = 0; i < events.length; i += 1) {
    const [t, delta] = events[i]!;
    running += delta;
    // Everything happening at one instant is counted before deciding: one ends as the next starts.
    if (i + 1 < events.length && events[i + 1]![0] === t) continue;
    if (running >= limit && openedAt === null) openedAt = t;
    else if (running < limit && openedAt !== null) {
      if (t > openedAt) out.push({ start: new Date(openedAt).toISOString(), end: new Date(t).toISOString() });
      openedAt = null;
    }
  }
  return out;
}

/** The other hearings of the same court needing an interpreter of `language`. */
const needingInterpreter = (
  mine: HearingResources,
  others: readonly BookedHearing[],
  language: string,
): BookedHearing[] =>
  others.filter(
    (o) => sameInterpreterPool(mine, o.resources) && o.resources.interpreterLanguages.includes(language),
  );

/**
 * Every double-booking of a proposed hearing: for each other hearing it overlaps, the judge, courtroom
 * and professionals they share; and, per interpreter language, the overlapping hearings of the same
 * court needing that language once as many of them run at once as the court has interpreters.
 * @param proposal - the time and resources asked for; `id` (when moving a hearing) is never its own conflict
 * @param others - scheduled hearings near that time (held, continued and vacated ones are not busy)
 * @param interpreters - the court's interpreters per language
 */
export function findConflicts(
  proposal: Interval & { id?: string | null; resources: HearingResources },
  others: readonly BookedHearing[],
  interpreters: InterpreterSettings = ONE_INTERPRETER_PER_LANGUAGE,
): Conflict[] {
  const overlapping = others.filter((o) => o.id !== proposal.id && overlaps(proposal, o));
  const out: Conflict[] = [];
  for (const o of overlapping)
    for (const resource of sharedResources(proposal.resources, o.resources))
      out.push({ resource, hearingId: o.id });
  for (const language of new Set(proposal.resources.interpreterLanguages)) {
    const competing = needingInterpreter(proposal.resources, overlapping, language);
    const limit = interpretersFor(interpreters, language);
    // Only the part inside the proposal counts: two others that overlap each other outside it do not.
    const clipped = competing.map((o) => ({
      start: ms(o.start) > ms(proposal.start) ? o.start : proposal.start,
      end: ms(o.end) < ms(proposal.end) ? o.end : proposal.end,
    }));
    if (spansAtLeast(clipped, limit).length === 0) continue;
    for (const o of competing)
      out.push({ resource: { kind: 'interpreter', language, interpreters: limit }, hearingId: o.id });
  }
  return out;
}

/**
 * When the resources are taken: every other hearing sharing the judge, courtroom or a professional,
 * and, per interpreter language, the spans in which the court's interpreters of it are all booked.
 * A slot overlapping none of these has no conflict under `findConflicts` with the same arguments.
 */
export function busyIntervals(
  resources: HearingResources,
  others: readonly BookedHearing[],
  interpreters: InterpreterSettings = ONE_INTERPRETER_PER_LANGUAGE,
  excludeHearingId: string | null = null,
): Interval[] {
  const relevant = others.filter((o) => o.id !== excludeHearingId);
  const out: Interval[] = relevant
    .filter((o) => sharedResources(resources, o.resources).length > 0)
    .map((o) => ({ start: o.start, end: o.end }));
  for (const language of new Set(resources.interpreterLanguages))
    out.push(
      ...spansAtLeast(
        needingInterpreter(resources, relevant, language).map((o) => ({ start: o.start, end: o.end })),
        interpretersFor(interpreters, language),
      ),
    );
  return out;
}

/** The court-local calendar date of an instant (a hearing at 6 p.m. in Albuquerque is still that day). */
export function courtDayOf(instant: string, timeZone: string): IsoDate {
  return todayOf({ now: () => new Date(instant) }, timeZone);
}

/**
 * Where to look for free slots to offer instead of a conflicting time: from the proposed day (never
 * before today) up to the hearing's deadline. A proposed day already past the deadline looks from today.
 */
export function offerWindow(args: { proposedDay: IsoDate; today: IsoDate; deadline: IsoDate | null }): {
  from: IsoDate;
  until: IsoDate | null;
} {
  let from = args.proposedDay > args.today ? args.proposedDay : args.today;
  if (args.deadline && from > args.deadline) from = args.today;
  return { from, until: args.deadline };
}

/** A rule that a continuance moves a hearing's deadline by N days (0: it does not), with its citation. */
export type ContinuanceDeadlineRule = { value: number; citation: string; unconfirmed?: boolean };

export type ContinuanceEffect = {
  originalDay: IsoDate;
  newDay: IsoDate;
  /** Calendar days the hearing moved (court-local dates). */
  daysAdded: number;
  /** The hearing's statutory deadline, as moved by the rule (unchanged when the rule moves nothing). */
  deadlineDate: IsoDate | null;
  /** Days the new date lies after the deadline; 0 when on or before it; null without a deadline. */
  daysPastDeadline: number | null;
  deadlineMissed: boolean;
  citation: string;
  unconfirmed: boolean;
};

/**
 * What a continuance does to the hearing's deadline. A statutory time limit runs from its triggering
 * event, not from the hearing date, so continuing a hearing does not move it unless the rule pack says a
 * continuance does (e.g. an extension order under Rule 10-343 NMRA is a separate act of the court).
 */
export function continuanceEffect(args: {
  originalStart: string;
  newStart: string;
  deadline: IsoDate | null;
  timeZone: string;
  rule: ContinuanceDeadlineRule;
}): ContinuanceEffect {
  const originalDay = courtDayOf(args.originalStart, args.timeZone);
  const newDay = courtDayOf(args.newStart, args.timeZone);
  const deadlineDate = args.deadline ? addDays(args.deadline, args.rule.value) : null;
  const past = deadlineDate ? Math.max(0, daysBetween(deadlineDate, newDay)) : null;
  return {
    originalDay,
    newDay,
    daysAdded: daysBetween(originalDay, newDay),
    deadlineDate,
    daysPastDeadline: past,
    deadlineMissed: past !== null && past > 0,
    citation: args.rule.citation,
    unconfirmed: args.rule.unconfirmed ?? false,
  };
}
