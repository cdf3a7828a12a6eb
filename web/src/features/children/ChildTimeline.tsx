import type { ChildRecord } from '../../api/types.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { TimelineDrawing } from './TimelineDrawing.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { timelineEvents } from './timelineEvents.ts';
import { NARROW, scaleFor, WIDE } from './timelineScale.ts';
import { useNarrow } from './useNarrow.ts';

/** The child's history as a picture, with its legend in words and the same events as a list for screen readers. */
export function ChildTimeline({ child }: { child: ChildRecord }) {
  const i18n = useI18n();
  const { m } = i18n;
  const today = courtDay(new Date());
  const narrow = useNarrow();
  const removals = child.removals ?? [];
  const events = timelineEvents(child, i18n);
  if (events.length === 0)
    return (
      <Section id="child-timeline" title={m.child.timeline}>
        <p>{m.child.timelineEmpty}</p>
      </Section>
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
      <TimelineDrawing
        child={child}
        scale={scaleFor(child, today, narrow ? NARROW : WIDE)}
        today={today}
        label={summary}
      />
      <TimelineLegend child={child} />
      <div className="usa-sr-only">
        <h3>{m.child.timelineList}</h3>
        <ul>
          {events.map((e) => (
            <li key={e.key}>{e.text}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
