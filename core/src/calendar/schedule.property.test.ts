import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../time/dates.ts';
import { BusyCalendar } from './busy-calendar.ts';
import { closedDaysFor, courtHoursFor, FEDERAL_FLOOR, type CalendarRulePack } from './calendar-rules.ts';
import { LAKESHORE_CALENDAR_2025 } from './rule-packs-lakeshore.ts';
import { NEW_MEXICO_CALENDAR } from './rule-packs-nm.ts';
import { courtDayOf } from './conflicts.ts';
import { courtDayOnOrBefore } from './court-days.ts';
import { advanceCalendar, type ScheduleFacts, type ScheduleResult } from './schedule.ts';
import { freeSlots, isCourtDay, localTimeToUtcMs, type Interval } from './slots.ts';

const TZ = 'America/Denver';
const PACKS: Record<string, CalendarRulePack> = {
  nm: NEW_MEXICO_CALENDAR,
  lakeshore: LAKESHORE_CALENDAR_2025,
};

const day0 = Date.UTC(2026, 0, 1);
const dateArb = fc
  .integer({ min: 0, max: 360 })
  .map((n) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10));

/** Someone else's hearing on the judge's calendar: a day after filing, a quarter-hour start, a length. */
const busyArb = fc.record({
  day: fc.integer({ min: 0, max: 420 }),
  startQuarter: fc.integer({ min: 0, max: 36 }),
  quarters: fc.integer({ min: 1, max: 20 }),
});

/** Whole days booked solid, so some windows have no room and a deadline cannot be met. */
const fullDayArb = fc.integer({ min: 0, max: 120 });

const scenarioArb = fc.record({
  pack: fc.constantFrom('nm', 'lakeshore'),
  docket: fc.constantFrom<string | null>(null, null, 'family_treatment_court'),
  filing: dateArb,
  removalBefore: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  busy: fc.array(busyArb, { maxLength: 300 }),
  fullDays: fc.array(fullDayArb, { maxLength: 40 }),
});

type Scenario = {
  pack: string;
  docket: string | null;
  filing: IsoDate;
  removalBefore: number | null;
  busy: { day: number; startQuarter: number; quarters: number }[];
  fullDays: number[];
};

function setUp(sc: Scenario) {
  const pack = PACKS[sc.pack]!;
  const hours = courtHoursFor(pack, TZ, sc.docket);
  const year = Number(sc.filing.slice(0, 4));
  const closedDays = closedDaysFor(pack, sc.docket, year - 1, year + 3);
  const busy: Interval[] = [];
  for (const b of sc.busy) {
    const start = localTimeToUtcMs(addDays(sc.filing, b.day), 8 * 60 + b.startQuarter * 15, TZ);
    busy.push({
      start: new Date(start).toISOString(),
      end: new Date(start + b.quarters * 15 * 60_000).toISOString(),
    });
  }
  for (const d of sc.fullDays) {
    const day = addDays(sc.filing, d);
    busy.push({
      start: new Date(localTimeToUtcMs(day, 0, TZ)).toISOString(),
      end: new Date(localTimeToUtcMs(day, 23 * 60, TZ)).toISOString(),
    });
  }
  const facts: ScheduleFacts = {
    filingDate: sc.filing,
    serviceDate: null,
    removalDate: sc.removalBefore === null ? null : addDays(sc.filing, -sc.removalBefore),
    adjudicationDate: null,
    noReasonableEffortsDate: null,
    endedOn: null,
    endedHow: null,
    hearings: [],
  };
  const setting = {
    pack,
    floor: FEDERAL_FLOOR,
    enteredCareDaysAfterRemoval: 60,
    today: sc.filing,
    hours,
    closedDays,
  };
  return { pack, hours, closedDays, busy, facts, setting };
}

const minutesOfDay = (instant: string): number => {
  const p = new Intl.DateTimeFormat('en-US', {
    timeZone: TZ,
    hourCycle: 'h23',
    hour: 'numeric',
    minute: 'numeric',
  })
    .formatToParts(new Date(instant))
    .reduce<Record<string, string>>((acc, x) => ({ ...acc, [x.type]: x.value }), {});
  return Number(p.hour) * 60 + Number(p.minute);
};
const hm = (s: string): number => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
const overlaps = (a: Interval, b: Interval): boolean =>
  Date.parse(a.start) < Date.parse(b.end) && Date.parse(b.start) < Date.parse(a.end);

describe('advance calendaring, for any docket and any filing', () => {
  it('no generated schedule breaks a deadline it could have met', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { busy, facts, setting, hours, closedDays } = setUp(sc);
        const result = advanceCalendar(facts, { ...setting, placer: new BusyCalendar(busy) });
        const booked: Interval[] = [];
        for (const step of result.steps) {
          expect(step.status).toBe('proposed');
          const slot = step.slot!;
          const hi = courtDayOnOrBefore(step.deadline!, closedDays);
          if (step.day! <= step.deadline!) {
            expect(step.late).toBe(false);
            expect(step.day! >= step.windowStart!).toBe(true);
          } else if (step.lateReason === 'window_closed') {
            // The first lawful day (notice, the previous hearing, the rule's own minimum) was after it.
            expect(step.windowStart! > hi).toBe(true);
          } else {
            expect(step.lateReason).toBe('no_free_slot');
            const free = freeSlots({
              busy: [...busy, ...booked],
              durationMinutes: step.minutes,
              from: step.windowStart!,
              until: hi,
              hours,
              closedDays,
              count: 1,
            });
            expect(free).toEqual([]);
          }
          booked.push(slot);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never uses a weekend, a holiday or a day off the docket, never leaves court hours, never double-books', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { busy, facts, setting, hours, closedDays } = setUp(sc);
        const result = advanceCalendar(facts, { ...setting, placer: new BusyCalendar(busy) });
        const slots = result.steps.map((s) => s.slot!);
        let previous = '';
        for (const slot of slots) {
          const day = courtDayOf(slot.start, TZ);
          expect(isCourtDay(day, closedDays)).toBe(true);
          expect(day > previous).toBe(true);
          previous = day;
          expect(minutesOfDay(slot.start)).toBeGreaterThanOrEqual(hm(hours.open));
          const end = minutesOfDay(slot.end);
          expect(end).toBeLessThanOrEqual(hm(hours.close));
          if (hours.lunch)
            expect(end <= hm(hours.lunch.start) || minutesOfDay(slot.start) >= hm(hours.lunch.end)).toBe(
              true,
            );
          for (const b of busy) expect(overlaps(slot, b)).toBe(false);
        }
        for (let i = 0; i < slots.length; i += 1)
          for (let j = i + 1; j < slots.length; j += 1) expect(overlaps(slots[i]!, slots[j]!)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('recomputing with nothing changed keeps every proposed hearing where it is', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { busy, facts, setting } = setUp(sc);
        const first: ScheduleResult = advanceCalendar(facts, { ...setting, placer: new BusyCalendar(busy) });
        const hearings = first.steps.map((s, i) => ({
          id: `h${i}`,
          hearingType: s.hearingType,
          start: s.slot!.start,
          end: s.slot!.end,
          status: 'scheduled',
          proposed: true,
        }));
        const again = advanceCalendar({ ...facts, hearings }, { ...setting, placer: new BusyCalendar(busy) });
        // A hearing placed late stays late only while nothing earlier has opened up; nothing has.
        expect(again.steps.map((s) => s.slot)).toEqual(first.steps.map((s) => s.slot));
        expect(again.steps.filter((s) => !s.late).every((s) => s.change === 'kept')).toBe(true);
        expect(again.vacate).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('the second jurisdiction’s timelines differ: Lakeshore is faster to custody and adjudication', () => {
    fc.assert(
      fc.property(dateArb, (filing) => {
        const due = (pack: CalendarRulePack) =>
          advanceCalendar(
            {
              ...setUp({ pack: 'nm', docket: null, filing, removalBefore: null, busy: [], fullDays: [] })
                .facts,
            },
            {
              pack,
              floor: FEDERAL_FLOOR,
              enteredCareDaysAfterRemoval: 60,
              today: filing,
              hours: courtHoursFor(pack, TZ, null),
              closedDays: closedDaysFor(pack, null, 2025, 2028),
              placer: null,
            },
          ).steps;
        const nm = due(NEW_MEXICO_CALENDAR);
        const lake = due(LAKESHORE_CALENDAR_2025);
        expect(lake[0]!.deadline! < nm[0]!.deadline!).toBe(true);
        expect(lake[1]!.deadline! < nm[1]!.deadline!).toBe(true);
        expect(lake.map((s) => s.rule?.id)).not.toEqual(nm.map((s) => s.rule?.id));
        expect(nm[0]!.deadline).toBe(addDays(filing, 10));
        expect(nm[1]!.deadline).toBe(addDays(filing, 60));
      }),
      { numRuns: 100 },
    );
  });
});
