import { scopesFor } from '@hearth/core';
import { getChildPeople, listChildren } from '../../api/hearth.ts';
import type { ChildSummary, PersonOnCase } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { groupPeople } from './people.ts';

/**
 * On a young person's own home: the people working on their case (the judge, their caseworker, their
 * guardian ad litem or attorney, their CASA volunteer) and how to reach the caseworker and their lawyer.
 * Shown to whoever reads their own record ('self'), decided by the scope, not a role name.
 */
export function YouthPeopleSection() {
  const me = useMe();
  if (
    !scopesFor(
      me.roles.map((r) => r.role),
      'child.read',
    ).includes('self')
  )
    return null;
  return <PeopleOfMyCase />;
}

type Loaded = { child: ChildSummary; people: PersonOnCase[] }[];

function PeopleOfMyCase() {
  const { m } = useI18n();
  const found = useResource<Loaded>('my-people', async (signal) => {
    const children = await listChildren(signal);
    return Promise.all(
      children.items.map(async (child) => ({
        child,
        people: (await getChildPeople(child.id, signal)).people,
      })),
    );
  });
  return (
    <section aria-labelledby="people-heading" className="margin-top-4">
      <h2 id="people-heading">{m.work.peopleTitle}</h2>
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' && <PeopleList people={found.data.flatMap((c) => c.people)} />}
    </section>
  );
}

function PeopleList({ people }: { people: PersonOnCase[] }) {
  const { m } = useI18n();
  if (people.length === 0) return <p>{m.work.peopleNone}</p>;
  return (
    <>
      <p>{m.work.peopleIntro}</p>
      <ul className="usa-card-group">
        {groupPeople(people).map((p) => (
          <PersonCard key={`${p.role}-${p.name}`} person={p} />
        ))}
      </ul>
      <p className="text-base-dark">{m.work.peopleHelp}</p>
    </>
  );
}

function PersonCard({ person }: { person: PersonOnCase }) {
  const { m } = useI18n();
  return (
    <li className="usa-card tablet:grid-col-6">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h3 className="usa-card__heading">{person.name}</h3>
        </div>
        <div className="usa-card__body">
          <p className="margin-top-0">
            <strong>{m.work.peopleRole[person.role]}</strong>
            <br />
            {m.work.peopleWhat[person.role]}
          </p>
          {(person.phone || person.email) && (
            <p>
              {person.phone && (
                <>
                  {m.work.phone} <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
                  <br />
                </>
              )}
              {person.email && (
                <>
                  {m.work.email} <a href={`mailto:${person.email}`}>{person.email}</a>
                </>
              )}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}
