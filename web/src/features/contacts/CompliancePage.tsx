import { useState, type FormEvent } from 'react';
import { getContactCompliance } from '../../api/hearth.ts';
import type { ComplianceSpan, ContactCompliance, ContactFigure } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { navigate, useQuery } from '../../app/router.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { barPercent, monthLabel, recentMonths } from './contactsModel.ts';
import { contactPaths } from './paths.ts';

/**
 * Monthly caseworker-visit compliance (domain-rules §3.1): for a caseworker their own children, for a
 * supervisor their unit per caseworker; the month and the fiscal year to date, each against the targets of
 * the rule pack (95% monthly, more than half at home: P.L. 112-34).
 */
export function CompliancePage() {
  const permitted = usePermitted();
  if (!permitted('contact.read')) return <NotAllowedPage />;
  return <Compliance />;
}

function Compliance() {
  const { m } = useI18n();
  const t = m.contacts;
  const query = useQuery();
  const month = new URLSearchParams(query).get('month');
  const found = useResource(`compliance:${month ?? ''}`, (signal) => getContactCompliance(month, signal));
  return (
    <>
      <PageHeading title={t.complianceTitle} />
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' && <ComplianceView data={found.data} />}
    </>
  );
}

function MonthPicker({ month, today }: { month: string; today: string }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const [value, setValue] = useState(month);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    navigate(contactPaths.compliance(value));
  }
  return (
    <form className="usa-form maxw-none display-flex flex-align-end" onSubmit={submit}>
      <div className="usa-form-group margin-top-0">
        <label className="usa-label margin-top-0" htmlFor="compliance-month">
          {t.month}
        </label>
        <select
          id="compliance-month"
          className="usa-select"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        >
          {recentMonths(today, 24).map((mo) => (
            <option key={mo} value={mo}>
              {monthLabel(mo, fmt.locale)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="usa-button margin-left-2">
        {t.show}
      </button>
    </form>
  );
}

function ComplianceView({ data }: { data: ContactCompliance }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const label = (mo: string) => monthLabel(mo, fmt.locale);
  const current = data.month === data.today.slice(0, 7);
  return (
    <>
      <p className="usa-intro">{data.view === 'unit' ? t.complianceIntroUnit : t.complianceIntroOwn}</p>
      <MonthPicker key={data.month} month={data.month} today={data.today} />
      <p>
        {t.targets(data.targets.monthlyVisit, data.targets.residenceShare)}{' '}
        <span className="text-base-dark font-sans-2xs">({data.targets.citation})</span>
      </p>
      {current && <p className="text-base-dark">{t.inProgress}</p>}
      <p className="text-base-dark font-sans-2xs">{t.computedAt(fmt.time(data.computedAt))}</p>
      <SpanTable
        id="month"
        title={t.thisMonthTitle(label(data.month))}
        span={data.thisMonth}
        target={data.targets.monthlyVisit}
        view={data.view}
      />
      <SpanTable
        id="fiscal-year"
        title={t.fiscalYearTitle(label(data.fiscalYearToDate.from), label(data.fiscalYearToDate.to))}
        span={data.fiscalYearToDate}
        target={data.targets.monthlyVisit}
        view={data.view}
      />
      {data.view === 'own' && <ChildrenThisMonth data={data} />}
      <p className="margin-top-4">
        <Link to={contactPaths.reviews} className="usa-link">
          {t.reviewsLink}
        </Link>
      </p>
    </>
  );
}

const BAR = 160;

/** The share seen as a bar, with the target as a line; decoration only, the figure beside it is read. */
function Bar({ percent, target }: { percent: number | null; target: number }) {
  const w = (barPercent(percent) / 100) * BAR;
  const x = (barPercent(target) / 100) * BAR;
  return (
    <svg
      width={BAR}
      height={14}
      aria-hidden="true"
      focusable="false"
      className="margin-left-1 hearth-contact-bar"
    >
      <rect x={0} y={3} width={BAR} height={8} fill="#dfe1e2" />
      <rect
        x={0}
        y={3}
        width={w}
        height={8}
        fill={percent !== null && percent >= target ? '#00a91c' : '#005ea2'}
      />
      <rect x={Math.max(0, x - 1)} y={0} width={2} height={14} fill="#1b1b1b" />
    </svg>
  );
}

function Percent({
  figure,
  target,
  which,
}: {
  figure: ContactFigure;
  target: number;
  which: 'seen' | 'home';
}) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const percent = which === 'seen' ? figure.percentSeen : figure.percentAtResidence;
  const meets = which === 'seen' ? figure.meetsMonthlyTarget : figure.meetsResidenceTarget;
  if (percent === null) return <span className="text-base-dark">{t.noFigure}</span>;
  const text = new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: 1 }).format(percent);
  return (
    <span className="display-inline-flex flex-align-center">
      <span>
        {text}% <span className="usa-sr-only">({meets ? t.meets : t.misses})</span>
      </span>
      {which === 'seen' && <Bar percent={percent} target={target} />}
      {meets === false && (
        <span className="usa-tag bg-error-dark text-white margin-left-1" aria-hidden="true">
          {t.misses}
        </span>
      )}
    </span>
  );
}

function SpanTable({
  id,
  title,
  span,
  target,
  view,
}: {
  id: string;
  title: string;
  span: ComplianceSpan;
  target: number;
  view: 'own' | 'unit';
}) {
  const { m } = useI18n();
  const t = m.contacts;
  const c = t.complianceColumns;
  const rows =
    view === 'unit'
      ? [
          ...span.workers.map((w) => ({
            key: w.worker?.id ?? 'none',
            name: w.worker?.name ?? t.noWorker,
            children: w.children,
            figure: w.figure,
            total: false,
          })),
        ]
      : [];
  const total = {
    key: 'all',
    name: t.allChildren,
    children: span.workers.reduce((n, w) => n + w.children, 0),
    figure: span.unit,
    total: true,
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-4">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="text-base-dark font-sans-2xs">{t.targetLine(target)}</p>
      <table className="usa-table usa-table--borderless usa-table--stacked width-full">
        <caption className="usa-sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{c.worker}</th>
            <th scope="col">{c.children}</th>
            <th scope="col">{c.due}</th>
            <th scope="col">{c.seen}</th>
            <th scope="col">{c.percent}</th>
            <th scope="col">{c.residence}</th>
          </tr>
        </thead>
        <tbody>
          {[...rows, total].map((r) => (
            <tr key={r.key} data-worker={r.key}>
              <th scope="row" data-label={c.worker}>
                {r.total ? <strong>{r.name}</strong> : r.name}
              </th>
              <td data-label={c.children}>{r.children}</td>
              <td data-label={c.due}>{r.figure.due}</td>
              <td data-label={c.seen}>{r.figure.seen}</td>
              <td data-label={c.percent}>
                <Percent figure={r.figure} target={target} which="seen" />
              </td>
              <td data-label={c.residence}>
                <Percent figure={r.figure} target={target} which="home" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const STATUS_STYLE: Record<string, string> = {
  due: 'bg-error-dark text-white',
  seen: 'bg-base-lighter text-ink',
  seenAtResidence: 'bg-success-dark text-white',
  notDue: 'bg-base-lightest text-ink',
};

function ChildrenThisMonth({ data }: { data: ContactCompliance }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const rows = [...data.children].sort(
    (a, b) =>
      Number(b.status === 'due') - Number(a.status === 'due') ||
      `${a.child.familyName} ${a.child.givenName}`.localeCompare(
        `${b.child.familyName} ${b.child.givenName}`,
      ),
  );
  return (
    <section aria-labelledby="children-heading" className="margin-top-4">
      <h2 id="children-heading">{t.childrenTitle}</h2>
      {rows.length === 0 ? (
        <p>{t.childrenNone}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {rows.map((r) => {
            const name = fmt.name(r.child.givenName, r.child.familyName);
            return (
              <li key={r.child.id} className="margin-bottom-1" data-status={r.status}>
                <span className={`usa-tag ${STATUS_STYLE[r.status] ?? ''}`}>{t.status[r.status]}</span>{' '}
                <Link to={contactPaths.list(r.child.id)}>{name}</Link>
                {r.status === 'due' && (
                  <>
                    {' · '}
                    <Link to={contactPaths.record(r.child.id)}>{t.recordContactWith(name)}</Link>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
