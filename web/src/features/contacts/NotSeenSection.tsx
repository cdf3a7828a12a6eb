import { getDueItems } from '../../api/hearth.ts';
import type { DueItem } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { notSeenThisMonth, showsContacts } from './contactsModel.ts';
import { contactPaths } from './paths.ts';

/**
 * "Children not yet seen this month" on the caseworker's home: the due items' monthly-visit line, each with
 * a link to record a contact, and the way to the compliance and review pages. Only for those who record
 * contacts; the server decides which children.
 */
export function NotSeenSection() {
  const me = useMe();
  if (!showsContacts(me.roles.map((r) => r.role))) return null;
  return <NotSeen />;
}

function NotSeen() {
  const { m } = useI18n();
  const t = m.contacts;
  const due = useResource('due-items:contacts', getDueItems);
  return (
    <section aria-labelledby="not-seen-heading" className="margin-top-4">
      <h2 id="not-seen-heading">{t.notSeenTitle}</h2>
      <p className="text-base-dark">{t.notSeenIntro}</p>
      {due.status === 'loading' && <Loading />}
      {due.status === 'error' && <ProblemAlert error={due.error} />}
      {due.status === 'ok' && (
        <NotSeenList items={notSeenThisMonth(due.data.items, due.data.today)} today={due.data.today} />
      )}
      <ul className="usa-list usa-list--unstyled margin-top-2">
        <li>
          <Link to={contactPaths.compliance()} className="usa-link">
            {t.complianceLink}
          </Link>
        </li>
        <li>
          <Link to={contactPaths.reviews} className="usa-link">
            {t.reviewsLink}
          </Link>
        </li>
      </ul>
    </section>
  );
}

function NotSeenList({ items, today }: { items: DueItem[]; today: string }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  if (items.length === 0) return <p>{t.notSeenNone}</p>;
  return (
    <ul className="usa-list" aria-labelledby="not-seen-heading">
      {items.map((i) => {
        const name = fmt.name(i.child.givenName, i.child.familyName);
        return (
          <li key={i.child.id} data-child={i.child.id}>
            <Link to={contactPaths.list(i.child.id)}>{name}</Link>
            {i.dueDate < today && (
              <span className="usa-tag bg-error-dark text-white margin-left-1">{t.notSeenOverdue}</span>
            )}
            {' · '}
            <Link to={contactPaths.record(i.child.id)}>{t.recordContactWith(name)}</Link>
          </li>
        );
      })}
    </ul>
  );
}
