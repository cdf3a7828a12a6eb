import type { ChildSummary } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { listChildren } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The children placed with a caregiver, or a youth's own record: who, how old, and the next hearing. */
export function ChildrenSection() {
  const { m } = useI18n();
  const children = useResource('children', listChildren);
  if (children.status === 'loading') return <Loading />;
  if (children.status === 'error')
    return children.error.status === 404 ? (
      <Alert type="info">{m.home.childrenUnavailable}</Alert>
    ) : (
      <ProblemAlert error={children.error} />
    );
  const { items } = children.data;
  if (items.length === 0) return <p>{m.home.noChildren}</p>;
  return (
    <ul className="usa-card-group margin-top-2">
      {items.map((c) => (
        <ChildCard key={c.id} child={c} />
      ))}
    </ul>
  );
}

function ChildCard({ child }: { child: ChildSummary }) {
  const { m, fmt, label } = useI18n();
  return (
    <li className="usa-card tablet:grid-col-6">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading">
            <Link to={`/children/${encodeURIComponent(child.id)}`}>
              {fmt.name(child.givenName, child.familyName)}
            </Link>
          </h2>
        </div>
        <div className="usa-card__body">
          <p>
            {child.age !== null && <>{m.home.age(child.age)}. </>}
            {child.birthDate && m.home.born(fmt.longDate(child.birthDate))}
          </p>
          <h3 className="font-sans-sm margin-bottom-05">{m.home.courtHearing}</h3>
          {child.nextHearing ? (
            <p className="margin-top-0">
              {label('hearingType', child.nextHearing.type)}
              <br />
              <strong>{fmt.longHearingTime(child.nextHearing.start)}</strong>
            </p>
          ) : (
            <p className="margin-top-0">{m.home.noHearing}</p>
          )}
        </div>
      </div>
    </li>
  );
}
