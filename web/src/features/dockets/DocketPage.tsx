import { useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import { hasPermission } from '@hearth/core';
import { docketPdfUrl, getDocket, getDocketChoices } from '../../api/hearth.ts';
import type { Docket, DocketChoices, DocketSubjectKind } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { FieldShell } from '../../components/form/FieldShell.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useNarrow } from '../children/useNarrow.ts';
import { useMe } from '../session/SessionProvider.tsx';
import { DocketDayTable } from './DocketDayTable.tsx';
import { DocketGrid } from './DocketGrid.tsx';
import { goToDocket, useDocketLocation } from './docketLocation.ts';
import {
  docketHref,
  parseDocketQuery,
  shifted,
  VIEW_DAYS,
  type DocketLocation,
  type DocketView,
} from './docketQuery.ts';

/**
 * The Docket page (`/docket`): a judge's or a courtroom's hearings for a day, as a time-of-day picture and
 * a table, or for a week, as a table a day; and the same docket as a PDF to print. For judges (their own
 * docket and their court's rooms) and clerks (their court's judges and rooms); the API decides.
 */
export function DocketPage() {
  const { m } = useI18n();
  const me = useMe();
  const search = useDocketLocation();
  const loc = useMemo(() => parseDocketQuery(search), [search]);
  const choices = useResource('docket-choices', getDocketChoices);
  if (
    !hasPermission(
      me.roles.map((r) => r.role),
      'docket.read',
    )
  )
    return <NotFoundPage />;
  return (
    <>
      <PageHeading title={m.dockets.title} />
      <p className="usa-intro">{m.dockets.intro}</p>
      {choices.status === 'loading' && <Loading />}
      {choices.status === 'error' && <ProblemAlert error={choices.error} />}
      {choices.status === 'ok' && <DocketOf loc={loc} choices={choices.data} />}
    </>
  );
}

function DocketOf({ loc, choices }: { loc: DocketLocation; choices: DocketChoices }) {
  const { m } = useI18n();
  const subject = loc.subject ?? choices.preferred;
  const key = subject ? `docket:${subject.kind}:${subject.id}:${loc.from ?? 'today'}:${loc.view}` : 'none';
  const docket = useResource(key, (signal) =>
    subject
      ? getDocket({ ...subject, from: loc.from ?? '', days: VIEW_DAYS[loc.view] }, signal)
      : Promise.resolve(null),
  );
  if (!subject) return <p>{m.dockets.noChoices}</p>;
  const shown = docket.status === 'ok' ? docket.data : null;
  return (
    <>
      <Chooser
        key={`${key}:${shown?.from ?? ''}`}
        choices={choices}
        initial={{ subject, from: shown?.from ?? loc.from ?? '', view: loc.view }}
      />
      {docket.status === 'loading' && <Loading />}
      {docket.status === 'error' && <ProblemAlert error={docket.error} />}
      {shown && <Result docket={shown} loc={{ ...loc, subject }} />}
    </>
  );
}

type ChooserState = { subject: { kind: DocketSubjectKind; id: string }; from: string; view: DocketView };

/** Whose docket, from which day, a day or a week: a small form that changes the address. */
function Chooser({ choices, initial }: { choices: DocketChoices; initial: ChooserState }) {
  const { m } = useI18n();
  const d = m.dockets;
  const [who, setWho] = useState(`${initial.subject.kind}:${initial.subject.id}`);
  const [from, setFrom] = useState(initial.from);
  const [view, setView] = useState<DocketView>(initial.view);
  function submit(e: FormEvent) {
    e.preventDefault();
    const [kind, id] = who.split(':') as [DocketSubjectKind, string];
    goToDocket({ subject: { kind, id }, from: from || null, view });
  }
  return (
    <form
      className="usa-form usa-form--large margin-bottom-4"
      onSubmit={submit}
      aria-labelledby="docket-choose"
    >
      <h2 id="docket-choose" className="usa-sr-only">
        {d.chooseTitle}
      </h2>
      <FieldShell id="docket-who" label={d.whose}>
        <select
          id="docket-who"
          name="who"
          className="usa-select"
          value={who}
          onChange={(e) => setWho(e.target.value)}
        >
          {choices.judges.length > 0 && (
            <optgroup label={d.judges}>
              {choices.judges.map((j) => (
                <option key={j.id} value={`judge:${j.id}`}>
                  {j.name}
                </option>
              ))}
            </optgroup>
          )}
          {choices.courtrooms.length > 0 && (
            <optgroup label={d.courtrooms}>
              {choices.courtrooms.map((r) => (
                <option key={r.id} value={`courtroom:${r.id}`}>
                  {r.name} — {r.court}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </FieldShell>
      <DateInput id="docket-from" label={d.from} hint={d.fromHint} value={from} onChange={setFrom} />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">{d.view}</legend>
        {(['day', 'week'] as const).map((v) => (
          <div key={v} className="usa-radio">
            <input
              className="usa-radio__input"
              id={`docket-view-${v}`}
              type="radio"
              name="view"
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
            />
            <label className="usa-radio__label" htmlFor={`docket-view-${v}`}>
              {d[v]}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="usa-button margin-top-3">
        {d.show}
      </button>
    </form>
  );
}

/** A link to another docket state that stays on the page (the address is the state). */
function DocketLink({ to, children }: { to: DocketLocation; children: string }) {
  function go(e: MouseEvent<HTMLAnchorElement>) {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    goToDocket(to);
  }
  return (
    <a href={docketHref(to)} onClick={go}>
      {children}
    </a>
  );
}

function Result({ docket, loc }: { docket: Docket; loc: DocketLocation }) {
  const { m, fmt, locale } = useI18n();
  const narrow = useNarrow();
  const d = m.dockets;
  const full = new Intl.DateTimeFormat(fmt.locale, { dateStyle: 'full', timeZone: 'UTC' });
  const day = (date: string) => full.format(new Date(`${date}T00:00:00Z`));
  const dates = docket.from === docket.to ? day(docket.from) : d.dates(day(docket.from), day(docket.to));
  const week = loc.view === 'week';
  const request = { ...docket.subject, from: docket.from, days: docket.days.length };
  const { hearings, overlapping, interpreters } = docket.counts;
  return (
    <section aria-labelledby="docket-heading">
      <h2 id="docket-heading">{d.heading(docket.subject.name, dates)}</h2>
      <p className="text-base-dark margin-top-0">{docket.subject.court}</p>
      <nav aria-label={d.navigation}>
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap flex-gap-2">
          <li className="margin-right-3">
            <DocketLink to={shifted(loc, docket.from, -1)}>
              {week ? d.previousWeek : d.previousDay}
            </DocketLink>
          </li>
          <li className="margin-right-3">
            <DocketLink to={{ ...loc, from: null }}>{d.today}</DocketLink>
          </li>
          <li>
            <DocketLink to={shifted(loc, docket.from, 1)}>{week ? d.nextWeek : d.nextDay}</DocketLink>
          </li>
        </ul>
      </nav>
      <p data-kind="docket-counts">{d.counts(hearings, overlapping, interpreters)}</p>
      <p>
        <a
          className="usa-button usa-button--outline"
          href={docketPdfUrl(request, locale)}
          aria-describedby="docket-print-hint"
        >
          {d.print}
        </a>
        <span id="docket-print-hint" className="display-block text-base-dark margin-top-1">
          {d.printHint}
        </span>
      </p>
      <p className="text-base-dark">
        {m.common.timesNote} {d.initialsNote}
      </p>
      {docket.days.map((x) => (
        <section
          key={x.date}
          aria-labelledby={`docket-day-${x.date}`}
          className="margin-top-4"
          data-day={x.date}
        >
          <h3 id={`docket-day-${x.date}`}>{week ? day(x.date) : d.gridTitle}</h3>
          {!week && x.hearings.length > 0 && <DocketGrid day={x} narrow={narrow} />}
          <DocketDayTable day={x} kind={docket.subject.kind} />
        </section>
      ))}
    </section>
  );
}
