import type { HearingType } from '../cases/codes.ts';
import { addDays, daysBetween, type IsoDate } from '../time/dates.ts';
import type { Placer } from './busy-calendar.ts';
import type {
  Anchor,
  CalendarRulePack,
  CaseEvent,
  DeadlineRule,
  FederalFloor,
  StepRole,
  StepTemplate,
} from './calendar-rules.ts';
import { addPeriod, courtDayOnOrBefore } from './court-days.ts';
import { capital, label, placementSentence, ruleSentence, type Resolved } from './schedule-explain.ts';
import { hearingsByType, localDay, StepQueue } from './schedule-steps.ts';
import type { CourtHours, Interval } from './slots.ts';

/**
 * Advance calendaring (domain-rules §5.2: setting every hearing through permanency when the petition is
 * filed). Pure: from what has happened in a case and the jurisdiction's rules, each hearing's statutory
 * deadline, the rule that sets it and, through a `Placer`, a proposed time-certain slot on the judge's
 * calendar. Every date comes with an explanation naming the rule, the event it runs from and the citation.
 */

/** A hearing of the case as recorded. `proposed`: placed by advance calendaring, so it may be moved. */
export type ExistingHearing = {
  id: string;
  hearingType: string;
  start: string;
  end: string;
  status: string;
  proposed: boolean;
};

export type ScheduleFacts = {
  filingDate: IsoDate;
  /** Service on the respondent; null until recorded (the filing date stands in, the earliest it can be). */
  serviceDate: IsoDate | null;
  /** The earliest removal of a child of the case still in care; null when no child is in care. */
  removalDate: IsoDate | null;
  /** The first adjudication finding made for a child of the case. */
  adjudicationDate: IsoDate | null;
  /** The latest finding that reasonable efforts are not required. */
  noReasonableEffortsDate: IsoDate | null;
  /** The case was dismissed or closed: no further hearing is set. */
  endedOn: IsoDate | null;
  endedHow: 'dismissed' | 'closed' | null;
  hearings: readonly ExistingHearing[];
};

export type ScheduleSetting = {
  pack: CalendarRulePack;
  floor: FederalFloor;
  /** SSA §475(5)(F): entered care = min(adjudication, removal + N days); N from the rule pack. */
  enteredCareDaysAfterRemoval: number;
  today: IsoDate;
  hours: CourtHours;
  closedDays: ReadonlySet<IsoDate>;
  /** Null: compute deadlines only, and place nothing. */
  placer: Placer | null;
};

export type AnchorRef = { kind: CaseEvent | HearingType; date: IsoDate; estimated: boolean };

/**
 * held: it took place; set: the court set it by hand; proposed: placed by advance calendaring; due: its
 * deadline only (nothing placed); waiting: no deadline yet; dropped: no longer called for.
 */
export type StepStatus = 'held' | 'proposed' | 'set' | 'due' | 'dropped' | 'waiting';
export type StepChange = 'kept' | 'moved' | 'new' | 'none';
export type LateReason = 'window_closed' | 'no_free_slot' | 'set_by_court' | null;

export type ScheduledStep = {
  key: string;
  role: StepRole;
  hearingType: HearingType;
  status: StepStatus;
  /** The court-local day held, set or proposed. */
  day: IsoDate | null;
  slot: Interval | null;
  minutes: number;
  earliest: IsoDate | null;
  /** The first day it could lawfully be set: after notice, after the previous hearing, after `earliest`. */
  windowStart: IsoDate | null;
  deadline: IsoDate | null;
  rule: DeadlineRule | null;
  anchor: AnchorRef | null;
  /** The other rules binding the hearing, whose deadlines fall later (or the same day). */
  others: { rule: DeadlineRule; deadline: IsoDate }[];
  late: boolean;
  lateReason: LateReason;
  /** The recorded hearing this step is, when there is one. */
  hearingId: string | null;
  change: StepChange;
  explanation: string;
};

export type ScheduleResult = {
  steps: ScheduledStep[];
  /** Proposed hearings no longer called for (the case was dismissed or closed). */
  vacate: string[];
};

type Done = { role: StepRole; hearingType: HearingType; day: IsoDate; held: boolean };

const isUnansweredNoReFinding = (date: IsoDate | null, done: readonly Done[]): boolean =>
  date !== null &&
  !done.some((d) => (d.role === 'first_permanency' || d.role === 'permanency') && d.day >= date);

function eventDates(facts: ScheduleFacts, s: ScheduleSetting): Record<CaseEvent, IsoDate | null> {
  const removal = facts.removalDate;
  const sixty = removal ? addDays(removal, s.enteredCareDaysAfterRemoval) : null;
  const adjudication = removal ? facts.adjudicationDate : null;
  return {
    petition_filed: facts.filingDate,
    service: facts.serviceDate ?? facts.filingDate,
    removal,
    entered_care: sixty && adjudication && adjudication < sixty ? adjudication : sixty,
    no_reasonable_efforts_finding: facts.noReasonableEffortsDate,
  };
}

function resolveAnchor(
  anchor: Anchor,
  done: readonly Done[],
  events: Record<CaseEvent, IsoDate | null>,
  facts: ScheduleFacts,
): AnchorRef | null {
  const fromEvent = (e: CaseEvent): AnchorRef | null => {
    const date = events[e];
    if (!date) return null;
    return { kind: e, date, estimated: e === 'service' && facts.serviceDate === null };
  };
  if ('event' in anchor) return fromEvent(anchor.event);
  for (let i = done.length - 1; i >= 0; i -= 1) {
    const d = done[i]!;
    if (anchor.previous.includes(d.role)) return { kind: d.hearingType, date: d.day, estimated: !d.held };
  }
  return anchor.otherwise ? fromEvent(anchor.otherwise) : null;
}

/** Every rule binding a step, with its deadline; the governing one (earliest deadline) first. */
function resolveRules(
  t: StepTemplate,
  s: ScheduleSetting,
  done: readonly Done[],
  events: Record<CaseEvent, IsoDate | null>,
  facts: ScheduleFacts,
): Resolved[] {
  const out: Resolved[] = [];
  for (const rule of [...t.rules, ...(s.floor.rules[t.role] ?? [])]) {
    const anchor = resolveAnchor(rule.anchor, done, events, facts);
    if (!anchor) continue;
    if (rule.answeredBy && done.some((d) => rule.answeredBy!.includes(d.role) && d.day >= anchor.date))
      continue;
    out.push({
      rule,
      anchor,
      deadline: addPeriod(anchor.date, rule.within, s.closedDays),
      earliest: rule.notBefore ? addPeriod(anchor.date, rule.notBefore, s.closedDays) : null,
    });
  }
  return out.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
}

/**
 * The case's schedule: each statutory hearing through the first permanency hearing and the configured
 * number after it, with its deadline (the earliest of every state and federal rule binding it), the rule
 * that set it, and a slot. A hearing already held is a fact; a hearing the court set by hand is kept where
 * it is; a proposed one is kept while it is still lawful and free, and otherwise moved.
 * @param facts - what has happened in the case, and its hearings
 * @param s - the rules, the court's hours and closed days, today, and where to book
 */
export function advanceCalendar(facts: ScheduleFacts, s: ScheduleSetting): ScheduleResult {
  const tz = s.hours.timeZone;
  const events = eventDates(facts, s);
  const cursor = hearingsByType(facts, tz, facts.adjudicationDate);
  const take = (m: Map<string, ExistingHearing[]>, type: string): ExistingHearing | null =>
    m.get(type)?.shift() ?? null;
  const done: Done[] = [];
  const steps: ScheduledStep[] = [];
  let pastFirstPermanency = false;
  let setAfterFirst = 0;
  const queue = new StepQueue(s.pack);
  for (let k = queue.next(); k !== null; k = queue.next()) {
    if (pastFirstPermanency && setAfterFirst >= s.pack.stepsAfterFirstPermanency.value) break;
    if (
      k.t.role !== 'first_permanency' &&
      !pastFirstPermanency &&
      !cursor.held.get(k.t.hearingType)?.length &&
      !facts.endedOn &&
      isUnansweredNoReFinding(events.no_reasonable_efforts_finding, done)
    ) {
      const pulled = queue.pullFirstPermanency();
      if (pulled) {
        queue.pushBack(k);
        k = pulled;
      }
    }
    const { key, t } = k;
    if (pastFirstPermanency) setAfterFirst += 1;
    if (t.role === 'first_permanency') pastFirstPermanency = true;
    const minutes = s.pack.hearingMinutes[t.hearingType].value;
    const base = { key, role: t.role, hearingType: t.hearingType, minutes, others: [] };
    const held = take(cursor.held, t.hearingType);
    if (held) {
      const day = localDay(held.start, tz);
      done.push({ role: t.role, hearingType: t.hearingType, day, held: true });
      if (t.role !== 'first_permanency' && pastFirstPermanency) setAfterFirst -= 1;
      steps.push({
        ...base,
        status: 'held',
        day,
        slot: held.id ? { start: held.start, end: held.end } : null,
        earliest: null,
        windowStart: null,
        deadline: null,
        rule: null,
        anchor: null,
        late: false,
        lateReason: null,
        hearingId: held.id || null,
        change: 'none',
        explanation: `${capital(label(t.hearingType))} held on ${day}.`,
      });
      continue;
    }
    if (facts.endedOn) {
      steps.push(droppedStep(base, facts));
      continue;
    }
    const step = planStep(base, t, s, facts, done, events, take(cursor.upcoming, t.hearingType));
    steps.push(step);
    // Without this hearing's date the later ones have nothing to run from.
    if (step.day === null) break;
    done.push({ role: t.role, hearingType: t.hearingType, day: step.day, held: false });
  }
  // Proposed hearings no step took (the case ended, or an adjudication was made before its hearing).
  const vacate: string[] = [];
  for (const list of cursor.upcoming.values())
    for (const h of list) if (h.proposed && localDay(h.start, tz) > s.today) vacate.push(h.id);
  return { steps, vacate };
}

type Base = Pick<ScheduledStep, 'key' | 'role' | 'hearingType' | 'minutes' | 'others'>;

function droppedStep(base: Base, facts: ScheduleFacts): ScheduledStep {
  return {
    ...base,
    status: 'dropped',
    day: null,
    slot: null,
    earliest: null,
    windowStart: null,
    deadline: null,
    rule: null,
    anchor: null,
    late: false,
    lateReason: null,
    hearingId: null,
    change: 'none',
    explanation: `Not set: the case was ${facts.endedHow ?? 'closed'} on ${facts.endedOn}.`,
  };
}

function planStep(
  base: Base,
  t: StepTemplate,
  s: ScheduleSetting,
  facts: ScheduleFacts,
  done: readonly Done[],
  events: Record<CaseEvent, IsoDate | null>,
  existing: ExistingHearing | null,
): ScheduledStep {
  const rules = resolveRules(t, s, done, events, facts);
  const governing = rules[0];
  if (!governing) {
    return {
      ...base,
      status: 'waiting',
      day: existing ? localDay(existing.start, s.hours.timeZone) : null,
      slot: existing ? { start: existing.start, end: existing.end } : null,
      earliest: null,
      windowStart: null,
      deadline: null,
      rule: null,
      anchor: null,
      late: false,
      lateReason: null,
      hearingId: existing?.id ?? null,
      change: existing ? 'kept' : 'none',
      explanation: `${capital(label(t.hearingType))}: no deadline yet; its time runs from an event that has not happened (no child of the case is in foster care).`,
    };
  }
  const deadline = governing.deadline;
  const earliestByRule = rules.reduce<IsoDate | null>(
    (acc, r) => (r.earliest && (!acc || r.earliest > acc) ? r.earliest : acc),
    null,
  );
  const previous = done[done.length - 1];
  const candidates = [
    addDays(s.today, s.pack.noticeDays.value),
    earliestByRule,
    previous ? addDays(previous.day, 1) : null,
  ].filter((d): d is IsoDate => d !== null);
  const lo = candidates.reduce((a, b) => (a > b ? a : b));
  const hi = courtDayOnOrBefore(deadline, s.closedDays);
  const others = rules.slice(1).map((r) => ({ rule: r.rule, deadline: r.deadline }));
  const common = {
    ...base,
    others,
    earliest: earliestByRule,
    windowStart: lo,
    deadline,
    rule: governing.rule,
    anchor: governing.anchor,
  };
  // The other binding rules in one sentence (their parts are in `others`): the earliest one governs.
  const later = rules
    .slice(1)
    .map((r) => `${r.rule.citation}${r.rule.unconfirmed ? ' (unconfirmed)' : ''}: ${r.deadline}`);
  const why = [
    ruleSentence(governing),
    ...(later.length ? [`Later limits also bind it: ${later.join('; ')}.`] : []),
  ];
  const tz = s.hours.timeZone;

  if (existing && (!existing.proposed || localDay(existing.start, tz) <= s.today)) {
    const day = localDay(existing.start, tz);
    const late = day > deadline;
    return {
      ...common,
      status: 'set',
      day,
      slot: { start: existing.start, end: existing.end },
      late,
      lateReason: late ? 'set_by_court' : null,
      hearingId: existing.id,
      change: 'kept',
      explanation: [
        `${capital(label(t.hearingType))} due by ${deadline}.`,
        ...why,
        late
          ? `Set by the court for ${day}, ${daysBetween(deadline, day)} days after the deadline.`
          : `Set by the court for ${day}.`,
      ].join(' '),
    };
  }
  if (existing && s.placer) {
    const day = localDay(existing.start, tz);
    const slot = { start: existing.start, end: existing.end };
    if (day >= lo && day <= deadline && s.placer.isFree(slot)) {
      s.placer.book(slot);
      return {
        ...common,
        status: 'proposed',
        day,
        slot,
        late: false,
        lateReason: null,
        hearingId: existing.id,
        change: 'kept',
        explanation: [
          `${capital(label(t.hearingType))} due by ${deadline}.`,
          ...why,
          `Proposed date ${day} still meets it.`,
        ].join(' '),
      };
    }
  }
  const head = `${capital(label(t.hearingType))} due by ${deadline}.`;
  if (!s.placer) {
    // Deadlines only: the later hearings are counted as if this one were held on its last lawful day.
    return {
      ...common,
      status: 'due',
      day: hi >= lo ? hi : lo,
      slot: null,
      late: false,
      lateReason: null,
      hearingId: existing?.id ?? null,
      change: 'none',
      explanation: [head, ...why].join(' '),
    };
  }
  const placed = place(s.placer, s, t, lo, hi, base.minutes);
  const day = placed ? localDay(placed.slot.start, tz) : null;
  const late = day !== null && day > deadline;
  return {
    ...common,
    status: placed ? 'proposed' : 'waiting',
    day,
    slot: placed?.slot ?? null,
    late,
    lateReason: late ? (lo > hi ? 'window_closed' : 'no_free_slot') : null,
    hearingId: existing?.id ?? null,
    change: placed ? (existing ? 'moved' : 'new') : 'none',
    explanation: [head, ...why, placementSentence(placed, day, deadline, lo, hi, t)].join(' '),
  };
}

/**
 * The slot for a hearing whose lawful window is [lo, hi]: from its aim (N days before the deadline) if it
 * has one, else from the first lawful day; only when the window has no free slot at all, the first free
 * slot after it (the deadline is then missed because it could not be met, never by choice).
 */
function place(
  placer: Placer,
  s: ScheduleSetting,
  t: StepTemplate,
  lo: IsoDate,
  hi: IsoDate,
  minutes: number,
): { slot: Interval; how: 'aimed' | 'earliest' | 'late' } | null {
  const req = { minutes, hours: s.hours, closedDays: s.closedDays };
  if (lo <= hi) {
    if ('daysBeforeDeadline' in t.aim) {
      const aim = addDays(hi, -t.aim.daysBeforeDeadline);
      if (aim > lo) {
        const slot = placer.find({ ...req, from: aim, until: hi });
        if (slot) return book(placer, slot, 'aimed');
      }
    }
    const slot = placer.find({ ...req, from: lo, until: hi });
    if (slot) return book(placer, slot, 'earliest');
  }
  const from = lo > hi ? lo : addDays(hi, 1);
  const slot = placer.find({ ...req, from, until: null });
  return slot ? book(placer, slot, 'late') : null;
}

function book<H extends string>(placer: Placer, slot: Interval, how: H): { slot: Interval; how: H } {
  placer.book(slot);
  return { slot, how };
}
