import type { CaseDetail } from '../../api/types.ts';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { TimelineFigure } from '../children/TimelineFigure.tsx';
import { caseTimelineEvents, caseTimelineModel, childrenWithHistory } from './CaseTimelineModel.ts';
import { Section } from './Section.tsx';

/**
 * The case as a picture: a row per child with their time in care and placements, and the case's hearings
 * and orders on the same time axis; the legend in words, and the whole of it as a list for screen readers.
 * A reader who may not see the children's history (a clerk) gets the hearings and orders only, and is told.
 */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const i18n = useI18n();
  const { m, fmt } = i18n;
  const today = courtDay(new Date());
  const model = caseTimelineModel(detail, today, (ch) => fmt.name(ch.givenName, ch.familyName));
  const events = caseTimelineEvents(detail, today, i18n);
  const withHistory = childrenWithHistory(detail);
  const removals = withHistory.reduce((n, ch) => n + ch.removals.length, 0);
  const placements = withHistory.reduce(
    (n, ch) => n + ch.removals.reduce((k, r) => k + r.placements.length, 0),
    0,
  );
  const upcoming = model.marks.filter((mk) => mk.kind === 'hearing').length;
  const heard = model.marks.filter((mk) => mk.kind === 'pastHearing').length;
  const summary = m.work.caseTimelineSummary(
    withHistory.length,
    removals,
    placements,
    heard,
    upcoming,
    detail.orders.length,
  );
  return (
    <Section id="case-timeline" title={m.work.caseTimeline}>
      {events.length === 0 ? (
        <p>{m.child.timelineEmpty}</p>
      ) : (
        <>
          <p className="text-base-dark">{m.work.caseTimelineIntro}</p>
          <TimelineFigure model={model} today={today} summary={summary} events={events} />
        </>
      )}
      {withHistory.length < detail.children.length && (
        <p className="text-base-dark">{m.work.historyWithheld}</p>
      )}
    </Section>
  );
}
