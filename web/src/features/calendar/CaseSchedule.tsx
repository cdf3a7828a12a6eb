import { getCaseSchedule } from '../../api/hearth.ts';
import type { CaseSchedule as Schedule, ScheduledHearing } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { chipState, whyThisDate, type ChipState } from './scheduleWords.ts';

// Border colours of the chips (USWDS utility classes); the state is also written in words on each chip.
const BORDER: Record<ChipState, string> = {
  proposed: 'border-primary',
  set: 'border-primary-dark',
  held: 'border-base-light',
  late: 'border-secondary-dark',
  vacated: 'border-base-lighter',
  continued: 'border-base-lighter',
  cancelled: 'border-base-lighter',
};

/**
 * The case's schedule: a row of date chips, one per hearing in order, each with its deadline, its state
 * in words and "why this date" (the rule, what its time runs from, and the law). Loaded on its own, so the
 * rest of the case page never waits for it.
 */
export function CaseSchedule({ caseId, breakGlass }: { caseId: string; breakGlass: string | null }) {
  const { m } = useI18n();
  const found = useResource(`schedule:${caseId}:${breakGlass ?? ''}`, (signal) =>
    getCaseSchedule(caseId, signal, breakGlass),
  );
  return (
    <Section id="case-schedule" title={m.calendar.title}>
      {found.status === 'loading' ? (
        <Loading />
      ) : found.status === 'error' ? (
        <ProblemAlert error={found.error} />
      ) : (
        <ScheduleView schedule={found.data} />
      )}
    </Section>
  );
}

export function ScheduleView({ schedule }: { schedule: Schedule }) {
  const { m, fmt } = useI18n();
  const w = m.calendar;
  const run = schedule.lastRun;
  return (
    <>
      <p>{w.intro}</p>
      <p className="text-base-dark">
        {w.rules(schedule.rulePack.name)} {schedule.rulePack.fictitious ? w.fictitious : ''}{' '}
        {w.docket(w.docketName[schedule.docket] ?? schedule.docket)}{' '}
        {run ? w.lastRun(fmt.instantDate(run.computedAt), w.reason[run.reason] ?? run.reason) : ''}
      </p>
      {schedule.hearings.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ol aria-label={w.listLabel} className="add-list-reset display-flex flex-row flex-wrap">
          {schedule.hearings.map((h) => (
            <ScheduleChip key={h.id} hearing={h} />
          ))}
        </ol>
      )}
    </>
  );
}

function ScheduleChip({ hearing: h }: { hearing: ScheduledHearing }) {
  const { m, fmt, label } = useI18n();
  const w = m.calendar;
  const state = chipState(h);
  const why = whyThisDate(h, m, fmt, label);
  const gone = state === 'vacated' || state === 'continued' || state === 'cancelled';
  return (
    <li
      className={`border-2px ${BORDER[state]} radius-md padding-1 margin-right-1 margin-bottom-1 maxw-mobile-lg`}
      data-state={state}
    >
      <p className="margin-0 text-bold">{label('hearingType', h.hearingType)}</p>
      <p className={`margin-0${gone ? ' text-strike' : ''}`}>{fmt.hearingTime(h.start)}</p>
      <p className="margin-0">{h.deadline ? w.dueBy(fmt.date(h.deadline)) : w.noDeadline}</p>
      <p className="margin-0 text-base-dark">{w.status[state]}</p>
      {h.interpreterLanguages.length > 0 && (
        <p className="margin-0">{w.interpreter(fmt.list(h.interpreterLanguages))}</p>
      )}
      {(why || h.explanation) && (
        <details className="margin-top-1">
          <summary>{w.why}</summary>
          {why && <p className="margin-y-05">{why}</p>}
          {h.explanation && (
            <>
              <p className="margin-y-05 text-italic">{w.fullExplanation}</p>
              <p className="margin-y-05 font-body-3xs text-base-dark" lang="en">
                {h.explanation}
              </p>
            </>
          )}
        </details>
      )}
    </li>
  );
}
