import type { ChildRecord } from '../../api/types.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';

export type TimelineEvent = { key: string; date: string; text: string };

/** Every mark of the drawing as a sentence, in date order: what a screen reader hears instead. */
export function timelineEvents(child: ChildRecord, { m, fmt, label }: I18n): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const until = (d: string | null) => (d ? fmt.date(d) : m.child.today);
  for (const r of child.removals ?? []) {
    events.push({
      key: `r-${r.id}`,
      date: r.removalDate,
      text: m.child.eventRemoval(fmt.date(r.removalDate), until(r.dischargeDate)),
    });
    events.push({
      key: `e-${r.id}`,
      date: r.dateEnteredFosterCare,
      text: m.child.eventEntered(fmt.date(r.dateEnteredFosterCare)),
    });
    for (const p of r.placements)
      events.push({
        key: `p-${p.id}`,
        date: p.startDate,
        text: m.child.eventPlacement(
          label('placementSetting', p.setting),
          fmt.date(p.startDate),
          until(p.endDate ?? r.dischargeDate),
        ),
      });
  }
  (child.findings ?? []).forEach((f, i) =>
    events.push({
      key: `f-${i}`,
      date: f.date,
      text: m.child.eventFinding(
        label('findingType', f.type),
        f.isMade ? m.child.isMade : m.child.notMade,
        fmt.date(f.date),
      ),
    }),
  );
  for (const h of child.upcomingHearings)
    events.push({
      key: `h-${h.id}`,
      date: h.start.slice(0, 10),
      text: m.child.eventHearing(label('hearingType', h.type), fmt.hearingTime(h.start)),
    });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
