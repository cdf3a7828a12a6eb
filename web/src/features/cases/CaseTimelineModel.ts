import type { CaseDetail } from '../../api/types.ts';
import { courtDay } from '../../i18n/format.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import type { TimelineEvent } from '../children/timelineEvents.ts';
import { bandOf, type TimelineMark, type TimelineModel } from '../children/timelineModel.ts';

/** Hearings that did not and will not take place are left off the picture (they stay in the table). */
const DRAWN_STATUSES = new Set(['scheduled', 'held', 'continued']);

type Child = CaseDetail['children'][number];

/** The children whose history this reader may see: the API leaves `removals` out for the others. */
export const childrenWithHistory = (
  c: CaseDetail,
): (Child & { removals: NonNullable<Child['removals']> })[] =>
  c.children.filter(
    (ch): ch is Child & { removals: NonNullable<Child['removals']> } => ch.removals !== undefined,
  );

/**
 * The case page's timeline: one row per child whose history the reader may see (their removal episodes on
 * this case and placements), and the case's hearings (held ones hollow, upcoming ones filled) and orders
 * on the same axis. `today` is the court's date.
 */
export function caseTimelineModel(
  c: CaseDetail,
  today: string,
  nameOf: (ch: Child) => string,
): TimelineModel {
  const marks: TimelineMark[] = [
    ...c.orders.map((o) => ({ key: o.id, date: o.signedDate, kind: 'order' as const })),
    ...c.hearings
      .filter((h) => DRAWN_STATUSES.has(h.status))
      .map((h) => {
        const date = courtDay(h.start);
        const upcoming = h.status === 'scheduled' && date >= today;
        return { key: h.id, date, kind: upcoming ? ('hearing' as const) : ('pastHearing' as const) };
      }),
  ];
  return {
    rows: childrenWithHistory(c).map((ch) => ({
      key: ch.id,
      label: nameOf(ch),
      bands: ch.removals.map((r) => bandOf(r)),
    })),
    marks,
  };
}

/** Every mark of the case drawing as a sentence, children first, then the court's marks by date. */
export function caseTimelineEvents(c: CaseDetail, today: string, { m, fmt, label }: I18n): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const until = (d: string | null) => (d ? fmt.date(d) : m.child.today);
  for (const ch of childrenWithHistory(c)) {
    const name = fmt.name(ch.givenName, ch.familyName);
    if (ch.removals.length === 0)
      events.push({ key: `n-${ch.id}`, date: '', text: m.work.timelineNoRemoval(name) });
    for (const r of ch.removals) {
      events.push({
        key: `r-${r.id}`,
        date: r.removalDate,
        text: `${name}: ${m.child.eventRemoval(fmt.date(r.removalDate), until(r.dischargeDate))}`,
      });
      events.push({
        key: `e-${r.id}`,
        date: r.dateEnteredFosterCare,
        text: `${name}: ${m.child.eventEntered(fmt.date(r.dateEnteredFosterCare))}`,
      });
      for (const p of r.placements)
        events.push({
          key: `p-${p.id}`,
          date: p.startDate,
          text: `${name}: ${m.child.eventPlacement(
            label('placementSetting', p.setting),
            fmt.date(p.startDate),
            until(p.endDate ?? r.dischargeDate),
          )}`,
        });
    }
  }
  const court: TimelineEvent[] = [
    ...c.hearings
      .filter((h) => DRAWN_STATUSES.has(h.status))
      .map((h) => ({
        key: `h-${h.id}`,
        date: courtDay(h.start),
        text: m.work.eventHearing(
          label('hearingType', h.type),
          fmt.hearingTime(h.start),
          h.status === 'scheduled' && courtDay(h.start) >= today
            ? m.work.upcoming
            : label('hearingStatus', h.status),
        ),
      })),
    ...c.orders.map((o) => ({
      key: `o-${o.id}`,
      date: o.signedDate,
      text: m.case.order(label('orderType', o.type), fmt.date(o.signedDate)),
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  return [...events, ...court];
}
