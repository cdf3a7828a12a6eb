import type { BenchContactsProps, ChildContactSummary } from '@hearth/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export type { BenchContactsProps, ChildContactSummary } from '@hearth/core';

/**
 * The contacts section of the judge's bench view (the well-being slice renders it with what
 * `contactSummary` returned): for each child, the last face-to-face caseworker visit, whether the child
 * was seen this month, and the months seen of the last six due (domain-rules §3.1).
 */
export function BenchContacts({ contacts }: BenchContactsProps) {
  const { m } = useI18n();
  const t = m.contacts;
  return (
    <section aria-labelledby="bench-contacts-heading" className="margin-top-3">
      <h2 id="bench-contacts-heading">{t.benchTitle}</h2>
      {contacts.length === 0 ? (
        <p>{t.benchNone}</p>
      ) : (
        <table className="usa-table usa-table--borderless usa-table--compact usa-table--stacked width-full">
          <thead>
            <tr>
              <th scope="col">{t.benchColumns.child}</th>
              <th scope="col">{t.benchColumns.last}</th>
              <th scope="col">{t.benchColumns.month}</th>
              <th scope="col">{t.benchColumns.six}</th>
            </tr>
          </thead>
          <tbody>
            {contacts.map((c) => (
              <BenchRow key={c.childId} c={c} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function BenchRow({ c }: { c: ChildContactSummary }) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const month = c.seenThisMonth === null ? t.benchNotDue : c.seenThisMonth ? t.benchSeen : t.benchNotSeen;
  return (
    <tr>
      <th scope="row" data-label={t.benchColumns.child}>
        {fmt.name(c.givenName, c.familyName)}
      </th>
      <td data-label={t.benchColumns.last}>{c.lastFaceToFace ? fmt.date(c.lastFaceToFace) : t.benchNever}</td>
      <td data-label={t.benchColumns.month}>
        {c.seenThisMonth === false ? <strong>{month}</strong> : month}
      </td>
      <td data-label={t.benchColumns.six}>{t.benchSix(c.lastSixMonths.seen, c.lastSixMonths.due)}</td>
    </tr>
  );
}
