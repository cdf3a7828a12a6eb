import type { Contact } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { RecordActions } from '../forms/RecordActions.tsx';
import { childPath } from '../forms/records.tsx';
import { contactPaths } from './paths.ts';
import { WithContacts } from './WithContacts.tsx';

/** A child's caseworker contacts, newest first, each opening to its notes and reviews. */
export function ContactsPage({ childId }: { childId: string }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  return (
    <WithContacts childId={childId}>
      {(list) => {
        const name = fmt.name(list.child.givenName, list.child.familyName);
        return (
          <>
            <p className="margin-top-3 margin-bottom-0">
              <Link to={childPath(list.child.id)} className="usa-link">
                {m.forms.backToChild(name)}
              </Link>
            </p>
            <PageHeading title={t.listTitle(name)} />
            <p className="usa-intro">{t.listIntro}</p>
            <RecordActions
              page={contactPaths.list(list.child.id)}
              links={
                list.mayRecord ? [{ to: contactPaths.record(list.child.id), text: t.recordContact }] : []
              }
            />
            {list.items.length === 0 ? (
              <p>{t.listNone}</p>
            ) : (
              <ContactTable items={list.items} caption={t.listTitle(name)} />
            )}
          </>
        );
      }}
    </WithContacts>
  );
}

function ContactTable({ items, caption }: { items: Contact[]; caption: string }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const c = t.columns;
  const columns: Column<Contact>[] = [
    {
      header: c.date,
      rowHeader: true,
      cell: (x) => (
        <Link to={contactPaths.contact(x.id)}>
          {fmt.date(x.date)}
          {x.time ? ` ${x.time}` : ''}
        </Link>
      ),
    },
    {
      header: c.how,
      cell: (x) => (
        <>
          {x.mode ? (t.mode[x.mode] ?? x.mode) : x.faceToFace ? t.faceToFace : t.notFaceToFace}
          {!x.faceToFace && (
            <span className="usa-tag bg-base-lighter text-ink margin-left-1">{t.notFaceToFace}</span>
          )}
        </>
      ),
    },
    { header: c.where, cell: (x) => [t.location[x.location], x.place].filter(Boolean).join(': ') },
    {
      header: c.alone,
      cell: (x) => (x.timeAlone === null ? '—' : x.timeAlone ? t.alone(x.minutesAlone) : t.notAlone),
    },
    { header: c.worker, cell: (x) => x.worker?.name ?? '—' },
    { header: c.purpose, cell: (x) => x.purpose ?? <span className="text-base-dark">{t.noNotes}</span> },
    { header: c.reviews, cell: (x) => t.reviewCount(x.reviews) },
  ];
  return <DataTable caption={caption} captionHidden columns={columns} rows={items} rowKey={(x) => x.id} />;
}
