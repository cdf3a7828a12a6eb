import { getDueItems } from '../../api/hearth.ts';
import type { DueItem } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { countByStatus, showsDueItems, sortDueItems, STATUS_STYLE } from './dueItems.ts';

/**
 * "What needs you": the caseworker's (or the supervisor's unit's) due and overdue items, overdue first.
 * Each says its status in words beside its colour, what is due by when, for which child (a link to the
 * child), and the rule it comes from. Nothing for anyone who does not do the agency's casework.
 */
export function DueSection() {
  const me = useMe();
  if (!showsDueItems(me.roles.map((r) => r.role))) return null;
  return <DueList />;
}

function DueList() {
  const { m } = useI18n();
  const due = useResource('due-items', getDueItems);
  return (
    <section aria-labelledby="due-heading" className="margin-top-4">
      <h2 id="due-heading">{m.work.dueTitle}</h2>
      {due.status === 'loading' && <Loading />}
      {due.status === 'error' && <ProblemAlert error={due.error} />}
      {due.status === 'ok' && <DueItems items={sortDueItems(due.data.items)} />}
    </section>
  );
}

function DueItems({ items }: { items: DueItem[] }) {
  const { m } = useI18n();
  if (items.length === 0) return <p>{m.work.dueNone}</p>;
  const counts = countByStatus(items);
  const col = m.work.dueColumns;
  // One line per item, so a caseload of thirty children still reads at a glance.
  return (
    <>
      <p className="text-base-dark">{m.work.dueCounts(counts.overdue, counts.dueSoon, counts.upcoming)}</p>
      <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked width-full">
        <caption className="usa-sr-only">{m.work.dueTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{col.status}</th>
            <th scope="col">{col.what}</th>
            <th scope="col">{col.child}</th>
            <th scope="col">{col.due}</th>
            <th scope="col">{col.rule}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <DueRow key={`${item.kind}-${item.child.id}-${item.dueDate}`} item={item} />
          ))}
        </tbody>
      </table>
    </>
  );
}

function DueRow({ item }: { item: DueItem }) {
  const { m, fmt, label } = useI18n();
  const col = m.work.dueColumns;
  const style = STATUS_STYLE[item.status];
  const what =
    item.kind === 'courtReport'
      ? m.work.dueKind.courtReport(label('hearingType', item.hearingType ?? 'other'))
      : m.work.dueKind[item.kind];
  return (
    <tr data-status={item.status}>
      <td data-label={col.status} className={`border-left-1 ${style.rule}`}>
        <span className={`usa-tag ${style.tag}`}>{m.work.dueStatus[item.status]}</span>
      </td>
      <th scope="row" data-label={col.what}>
        {what}
      </th>
      <td data-label={col.child}>
        <Link to={`/children/${encodeURIComponent(item.child.id)}`}>
          {fmt.name(item.child.givenName, item.child.familyName)}
        </Link>
        <br />
        <span className="text-base-dark">{m.work.duePetition(item.case.petitionNumber)}</span>
      </td>
      <td data-label={col.due}>
        {item.status === 'overdue'
          ? m.work.wasDue(fmt.date(item.dueDate))
          : m.work.dueBy(fmt.date(item.dueDate))}
      </td>
      <td data-label={col.rule} className="text-base-dark font-sans-2xs">
        {item.citation}
        {item.unconfirmed && ` (${m.work.unconfirmed})`}
      </td>
    </tr>
  );
}
