import { useState } from 'react';
import { listMyContactReviews } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { contactPaths } from './paths.ts';
import { ReviewCard } from './ReviewCard.tsx';

/** The worker's reviews (and a supervisor's, those they wrote and their unit's), with the action plans. */
export function MyReviewsPage() {
  const permitted = usePermitted();
  if (!permitted('contact.read')) return <NotAllowedPage />;
  return <MyReviews />;
}

function MyReviews() {
  const { m } = useI18n();
  const t = m.contacts;
  const [version, setVersion] = useState(0);
  // Said above the list, which reloads after a change: a message inside a card would go with the old one.
  const [notice, setNotice] = useState<string | null>(null);
  const found = useResource(`my-reviews:${version}`, (signal) => listMyContactReviews(signal));
  return (
    <>
      <PageHeading title={t.myReviewsTitle} />
      <p className="usa-intro">{t.myReviewsIntro}</p>
      {notice && (
        <Alert type="success" slim live>
          {notice}
        </Alert>
      )}
      <p>
        <Link to={contactPaths.compliance()} className="usa-link">
          {t.complianceLink}
        </Link>
      </p>
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' &&
        (found.data.items.length === 0 ? (
          <p>{t.myReviewsNone}</p>
        ) : (
          found.data.items.map((r) => (
            <ReviewCard
              key={r.id}
              review={r}
              elements={[]}
              showContact
              onChanged={(message) => {
                setNotice(message);
                setVersion((v) => v + 1);
              }}
            />
          ))
        ))}
    </>
  );
}
