import { getAtRisk } from '../../api/hearth.ts';
import type { AtRisk, AtRiskChild } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { CLOCK_STATUS_STYLE, showsAtRisk } from './clockModel.ts';

/**
 * "At risk of a missed deadline": the children on the person's cases (caseload, unit, docket) with a
 * permanency clock overdue or due soon, overdue first, each linking to the child's clocks. Nothing for
 * roles that do not work children's cases through a relationship to them.
 */
export function AtRiskSection() {
  const me = useMe();
  if (!showsAtRisk(me.roles.map((r) => r.role))) return null;
  return <AtRiskList />;
}

function AtRiskList() {
  const { m } = useI18n();
  const atRisk = useResource('at-risk', getAtRisk);
  return (
    <section aria-labelledby="at-risk-heading" className="margin-top-4">
      <h2 id="at-risk-heading">{m.pacing.atRiskTitle}</h2>
      {atRisk.status === 'loading' && <Loading />}
      {atRisk.status === 'error' && <ProblemAlert error={atRisk.error} />}
      {atRisk.status === 'ok' && <AtRiskTable data={atRisk.data} />}
    </section>
  );
}

export function AtRiskTable({ data }: { data: AtRisk }) {
  const { m } = useI18n();
  const w = m.pacing;
  if (data.children.length === 0) return <p>{w.atRiskNone(data.soonDays)}</p>;
  return (
    <>
      <p className="text-base-dark">
        {w.atRiskIntro(data.soonDays)} {w.atRiskCount(data.children.length)}
      </p>
      <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked width-full">
        <caption className="usa-sr-only">{w.atRiskTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{w.atRiskColumns.child}</th>
            <th scope="col">{w.atRiskColumns.what}</th>
            <th scope="col">{w.atRiskColumns.rule}</th>
          </tr>
        </thead>
        <tbody>
          {data.children.map((c) => (
            <AtRiskRow key={c.child.id} item={c} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function AtRiskRow({ item }: { item: AtRiskChild }) {
  const { m, fmt } = useI18n();
  const w = m.pacing;
  const worst = item.clocks.some((c) => c.status === 'overdue') ? 'overdue' : 'dueSoon';
  return (
    <tr data-status={worst}>
      <th scope="row" data-label={w.atRiskColumns.child}>
        <Link to={`/children/${encodeURIComponent(item.child.id)}`}>
          {fmt.name(item.child.givenName, item.child.familyName)}
        </Link>
        {item.case && (
          <>
            <br />
            <span className="text-base-dark text-normal">{w.casePetition(item.case.petitionNumber)}</span>
          </>
        )}
      </th>
      <td data-label={w.atRiskColumns.what}>
        <ul className="usa-list usa-list--unstyled">
          {item.clocks.map((c) => (
            <li key={c.kind} className="margin-bottom-05">
              <span className={`usa-tag ${CLOCK_STATUS_STYLE[c.status].tag}`}>{w.status[c.status]}</span>{' '}
              {w.clockTitle[c.kind]}
              {c.dueDate && (
                <>
                  {' – '}
                  {c.status === 'overdue' ? w.wasDue(fmt.date(c.dueDate)) : w.dueBy(fmt.date(c.dueDate))}
                </>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td data-label={w.atRiskColumns.rule} className="text-base-dark font-sans-2xs">
        {[...new Set(item.clocks.map((c) => c.citation).filter(Boolean))].join('; ')}
      </td>
    </tr>
  );
}
