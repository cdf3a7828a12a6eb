import { useState } from 'react';
import { getContact } from '../../api/hearth.ts';
import type { Contact, ContactDetail } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { contactPaths } from './paths.ts';
import { ReviewCard } from './ReviewCard.tsx';
import { ReviewForm } from './ReviewForm.tsx';

/** One contact: its facts and notes, its quality reviews, and the review form for the unit's supervisor. */
export function ContactPage({ contactId }: { contactId: string }) {
  const { m } = useI18n();
  const [version, setVersion] = useState(0);
  // Said above the page, which reloads after a save: a message inside it would go with the old one.
  const [notice, setNotice] = useState<string | null>(null);
  const found = useResource(`contact:${contactId}:${version}`, (signal) => getContact(contactId, signal));
  const changed = (message: string) => {
    setNotice(message);
    setVersion((v) => v + 1);
  };
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <ContactView detail={found.data} notice={notice} onChanged={changed} />;
}

function ContactView({
  detail,
  notice,
  onChanged,
}: {
  detail: ContactDetail;
  notice: string | null;
  onChanged: (message: string) => void;
}) {
  const { m, fmt } = useI18n();
  const t = m.contacts;
  const { contact, child } = detail;
  const name = fmt.name(child.givenName, child.familyName);
  return (
    <>
      <p className="margin-top-3 margin-bottom-0">
        <Link to={contactPaths.list(child.id)} className="usa-link">
          {t.backToContacts(name)}
        </Link>
      </p>
      <PageHeading title={t.detailTitle(name, fmt.date(contact.date))} />
      {notice && (
        <Alert type="success" slim live>
          {notice}
        </Alert>
      )}
      <ContactFacts contact={contact} />
      <section aria-labelledby="reviews-heading" className="margin-top-4">
        <h2 id="reviews-heading">{t.reviewsTitle}</h2>
        {detail.reviews.length === 0 && <p>{t.reviewsNone}</p>}
        {detail.reviews.map((r) => (
          <ReviewCard key={r.id} review={r} elements={detail.qualityElements} onChanged={onChanged} />
        ))}
      </section>
      {detail.mayReview && <ReviewForm detail={detail} onSaved={() => onChanged(t.reviewSaved)} />}
    </>
  );
}

/** The facts and the notes of a contact, as a description list. */
export function ContactFacts({ contact: c }: { contact: Contact }) {
  const { m } = useI18n();
  const t = m.contacts;
  const rows: [string, string | null][] = [
    [t.fields.time, c.time],
    [
      t.fields.mode,
      c.mode ? `${t.mode[c.mode] ?? c.mode} (${c.faceToFace ? t.faceToFace : t.notFaceToFace})` : null,
    ],
    [t.fields.location, [t.location[c.location], c.place].filter(Boolean).join(': ')],
    [t.columns.alone, c.timeAlone === null ? null : c.timeAlone ? t.alone(c.minutesAlone) : t.notAlone],
    [t.fields.participants, c.participants.length ? c.participants.join('; ') : null],
    [t.fields.purpose, c.purpose],
    [t.fields.safetyObservations, c.safetyObservations],
    [t.fields.casePlanProgress, c.casePlanProgress],
    [t.fields.childWords, c.childWords],
    [t.fields.nextSteps, c.nextSteps],
    [t.columns.worker, c.worker?.name ?? null],
  ];
  return (
    <>
      {!c.notesRecorded && <p className="text-base-dark">{t.noNotes}</p>}
      <dl className="hearth-facts">
        {rows
          .filter(([, v]) => v !== null && v !== '')
          .map(([k, v]) => (
            <div key={k} className="margin-bottom-1">
              <dt className="text-bold">{k}</dt>
              <dd className="margin-left-0 text-pre-wrap">{v}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
