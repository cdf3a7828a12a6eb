import type { ChildRecord } from '../../api/types.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { TimelineFigure } from './TimelineFigure.tsx';
import { timelineEvents } from './timelineEvents.ts';
import { childTimelineModel } from './timelineModel.ts';

/** The child's history as a picture, with its legend in words and the same events as a list for screen readers. */
export function ChildTimeline({ child }: { child: ChildRecord }) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const today = courtDay(new Date());
  const removals = child.removals ?? [];
  const events = timelineEvents(child, i18n);
  if (events.length === 0)
    return (
      <Section id="child-timeline" title={m.child.timeline}>
        <p>{m.child.timelineEmpty}</p>
      </Section>
    );
  const model = childTimelineModel(
    child,
    (from, to) => `${fmt.date(from)} – ${to ? fmt.date(to) : m.child.today}`,
  );
  const summary = m.child.timelineSummary(
    removals.length,
    removals.reduce((n, r) => n + r.placements.length, 0),
    child.upcomingHearings.length,
    child.findings?.length ?? 0,
  );
  return (
    <Section id="child-timeline" title={m.child.timeline}>
      <p className="text-base-dark">{m.child.timelineIntro}</p>
      <TimelineFigure model={model} today={today} summary={summary} events={events} />
    </Section>
  );
}
