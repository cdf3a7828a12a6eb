import { search } from '../../api/hearth.ts';
import type { SearchCaseHit, SearchChildHit, SearchPersonHit } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSearchQuery } from './searchLocation.ts';
import { checkQuery, groupResults, personRowKey, whyKey } from './searchResults.ts';

/**
 * The results of a search (`/search?q=…`): children, people on cases and cases apart, closest match
 * first, each saying why it was found. How many were found is said in a live region, so a screen reader hears it without moving.
 */
export function SearchPage() {
  const { m } = useI18n();
  const q = useSearchQuery();
  const check = checkQuery(q);
  return (
    <>
      <PageHeading title={m.search.title} />
      {check === 'empty' && <p className="usa-intro">{m.search.intro}</p>}
      {check === 'tooShort' && <Alert type="warning">{m.search.tooShort}</Alert>}
      {check === 'ok' && <Results key={q} q={q} />}
      <p className="text-base-dark">{m.search.reach}</p>
    </>
  );
}

function Results({ q }: { q: string }) {
  const { m } = useI18n();
  const found = useResource(`search:${q}`, (signal) => search(q, signal));
  const groups = found.status === 'ok' ? groupResults(found.data.items) : null;
  return (
    <>
      <p role="status" className="font-sans-md">
        {found.status === 'loading' && m.search.searching}
        {groups && m.search.found(q, groups.children.length, groups.cases.length, groups.people.length)}
      </p>
      {found.status === 'error' &&
        (found.error.status === 400 ? (
          <Alert type="warning">{m.search.badQuery}</Alert>
        ) : (
          <ProblemAlert error={found.error} />
        ))}
      {groups && groups.children.length + groups.people.length + groups.cases.length === 0 && (
        <p>{m.search.nothingHelp}</p>
      )}
      {groups && groups.children.length > 0 && <ChildResults items={groups.children} />}
      {groups && groups.people.length > 0 && <PersonResults items={groups.people} />}
      {groups && groups.cases.length > 0 && <CaseResults items={groups.cases} />}
      {found.status === 'ok' && found.data.page.nextOffset !== null && (
        <Alert type="info">{m.search.more}</Alert>
      )}
    </>
  );
}

function ChildResults({ items }: { items: SearchChildHit[] }) {
  const { m, fmt } = useI18n();
  // A caregiver or a youth is shown no case information: the column would only ever be empty.
  const showsPetitions = items.some((c) => c.petitionNumbers.length > 0);
  return (
    <section aria-labelledby="search-children">
      <h2 id="search-children">{m.search.children}</h2>
      <DataTable
        caption={m.search.childrenCaption}
        captionHidden
        rows={items}
        rowKey={(c) => c.id}
        columns={[
          {
            header: m.search.name,
            rowHeader: true,
            cell: (c) => (
              <Link to={`/children/${encodeURIComponent(c.id)}`}>{fmt.name(c.givenName, c.familyName)}</Link>
            ),
          },
          { header: m.search.birthDate, cell: (c) => (c.birthDate ? fmt.date(c.birthDate) : m.common.none) },
          ...(showsPetitions
            ? [
                {
                  header: m.search.petitionNumbers,
                  cell: (c: SearchChildHit) => c.petitionNumbers.join(', '),
                },
              ]
            : []),
          { header: m.search.matchedBy, cell: (c) => m.search.why[whyKey(c)] },
        ]}
      />
    </section>
  );
}

/** Parents, relatives, caregivers and professionals, each row leading to the case they are on. */
function PersonResults({ items }: { items: SearchPersonHit[] }) {
  const { m, fmt, label } = useI18n();
  return (
    <section aria-labelledby="search-people">
      <h2 id="search-people">{m.search.people}</h2>
      <DataTable
        caption={m.search.peopleCaption}
        captionHidden
        rows={items}
        rowKey={personRowKey}
        columns={[
          { header: m.search.name, rowHeader: true, cell: (p) => fmt.name(p.givenName, p.familyName) },
          {
            header: m.search.roleOnCase,
            cell: (p) => fmt.list(p.caseRoles.map((r) => label('caseRole', r))),
          },
          { header: m.search.birthDate, cell: (p) => (p.birthDate ? fmt.date(p.birthDate) : m.common.none) },
          {
            header: m.search.case,
            cell: (p) => <Link to={`/cases/${encodeURIComponent(p.case.id)}`}>{p.case.petitionNumber}</Link>,
          },
          { header: m.search.matchedBy, cell: (p) => m.search.why[whyKey(p)] },
        ]}
      />
    </section>
  );
}

function CaseResults({ items }: { items: SearchCaseHit[] }) {
  const { m, fmt, label } = useI18n();
  return (
    <section aria-labelledby="search-cases">
      <h2 id="search-cases">{m.search.cases}</h2>
      <DataTable
        caption={m.search.casesCaption}
        captionHidden
        rows={items}
        rowKey={(c) => c.id}
        columns={[
          {
            header: m.search.petitionNumber,
            rowHeader: true,
            cell: (c) => <Link to={`/cases/${encodeURIComponent(c.id)}`}>{c.petitionNumber}</Link>,
          },
          {
            header: m.search.childrenOnCase,
            cell: (c) => fmt.list(c.children.map((ch) => fmt.name(ch.givenName, ch.familyName))),
          },
          { header: m.search.court, cell: (c) => c.courtName },
          { header: m.search.status, cell: (c) => label('caseStatus', c.status) },
          { header: m.search.matchedBy, cell: (c) => m.search.why[whyKey(c)] },
        ]}
      />
    </section>
  );
}
