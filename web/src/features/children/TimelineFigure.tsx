import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TimelineDrawing } from './TimelineDrawing.tsx';
import type { TimelineEvent } from './timelineEvents.ts';
import { TimelineLegend } from './TimelineLegend.tsx';
import { markKindsOf, modelDates, settingsOf, type TimelineModel } from './timelineModel.ts';
import { NARROW, scaleFor, WIDE } from './timelineScale.ts';
import { useNarrow } from './useNarrow.ts';

/**
 * A timeline as the child page and the case page show it: the drawing (one image named by `summary`), its
 * legend in words, and every mark as a sentence in a list that only screen readers read.
 */
export function TimelineFigure({
  model,
  today,
  summary,
  events,
}: {
  model: TimelineModel;
  today: string;
  summary: string;
  events: TimelineEvent[];
}) {
  const { m } = useI18n();
  const narrow = useNarrow();
  return (
    <>
      <TimelineDrawing
        model={model}
        scale={scaleFor(modelDates(model, today), narrow ? NARROW : WIDE)}
        today={today}
        label={summary}
      />
      <TimelineLegend settings={settingsOf(model)} marks={markKindsOf(model)} />
      <div className="usa-sr-only">
        <h3>{m.child.timelineList}</h3>
        <ul>
          {events.map((e) => (
            <li key={e.key}>{e.text}</li>
          ))}
        </ul>
      </div>
    </>
  );
}
