import type { IsoDate } from '../time/dates.ts';
import type { CalendarRulePack, StepTemplate } from './calendar-rules.ts';
import type { ExistingHearing, ScheduleFacts } from './schedule.ts';

// The parts of a schedule's computation that walk the steps and the case's hearings.

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The court-local day of an instant (as `courtDayOf`, with one formatter per time zone, kept). */
export function localDay(instant: string, timeZone: string): IsoDate {
  let f = dayFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, f);
  }
  return f.format(new Date(instant));
}

export type Keyed = { key: string; t: StepTemplate };

/**
 * The steps of the pack in order: its front hearings, then its cycle repeated. A finding that reasonable
 * efforts are not required brings the first permanency hearing forward to the next hearing to be set
 * (it is due within 30 days, SSA §471(a)(15)(E)(i)), ahead of a disposition or review still to come.
 */
export class StepQueue {
  private readonly front: Keyed[];
  private round = 0;
  private cycle: Keyed[] = [];

  constructor(private readonly pack: CalendarRulePack) {
    this.front = pack.steps.map((t) => ({ key: t.role, t }));
  }

  next(): Keyed | null {
    const f = this.front.shift();
    if (f) return f;
    if (this.cycle.length === 0) {
      this.round += 1;
      if (this.round >= 60 || this.pack.cycle.length === 0) return null;
      this.cycle = this.pack.cycle.map((t) => ({ key: `${t.role}-${this.round}`, t }));
    }
    return this.cycle.shift() ?? null;
  }

  /** Takes the first permanency hearing out of the front steps to be set now, if it is still there. */
  pullFirstPermanency(): Keyed | null {
    const i = this.front.findIndex((k) => k.t.role === 'first_permanency');
    return i >= 0 ? this.front.splice(i, 1)[0]! : null;
  }

  pushBack(k: Keyed): void {
    this.front.unshift(k);
  }
}

export type Cursor = { held: Map<string, ExistingHearing[]>; upcoming: Map<string, ExistingHearing[]> };

export function hearingsByType(facts: ScheduleFacts, tz: string, adjudicationDay: IsoDate | null): Cursor {
  const held = new Map<string, ExistingHearing[]>();
  const upcoming = new Map<string, ExistingHearing[]>();
  const sorted = [...facts.hearings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const h of sorted) {
    const target = h.status === 'held' ? held : h.status === 'scheduled' ? upcoming : null;
    if (!target) continue; // continued, vacated and cancelled hearings did not take place
    const list = target.get(h.hearingType) ?? [];
    list.push(h);
    target.set(h.hearingType, list);
  }
  // The adjudication finding is the adjudication, whether or not its hearing was recorded as held.
  if (adjudicationDay && !(held.get('adjudication')?.length ?? 0)) {
    const list = upcoming.get('adjudication') ?? [];
    const onThatDay = list.findIndex((h) => localDay(h.start, tz) <= adjudicationDay);
    const h = onThatDay >= 0 ? list.splice(onThatDay, 1)[0]! : null;
    held.set('adjudication', [
      h ?? {
        id: '',
        hearingType: 'adjudication',
        start: `${adjudicationDay}T12:00:00Z`,
        end: `${adjudicationDay}T12:00:00Z`,
        status: 'held',
        proposed: false,
      },
    ]);
  }
  return { held, upcoming };
}
