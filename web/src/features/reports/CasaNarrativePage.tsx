import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { getCasaNarrative, reportCopyUrl, saveCasaNarrative } from '../../api/hearth.ts';
import type { CasaNarrative } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert, problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';

/**
 * The CASA volunteer's report for one hearing: the volunteer writes the observations, the child's wishes
 * and the recommendations, saves drafts and submits it; the judge and the clerk read it here too. Each save
 * sends the version it started from: when someone else saved first, the page shows their version.
 */
export function CasaNarrativePage({ hearingId }: { hearingId: string }) {
  const { m } = useI18n();
  const [latest, setLatest] = useState<CasaNarrative | null>(null);
  const [reloads, setReloads] = useState(0);
  const [saved, setSaved] = useState(false);
  const found = useResource(`casa-narrative:${hearingId}:${reloads}`, (signal) =>
    getCasaNarrative(hearingId, signal),
  );
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.reports.notFoundTitle} text={m.reports.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const data = latest && latest.version >= found.data.version ? latest : found.data;
  return (
    <NarrativeForm
      key={`${data.hearingId}:${data.version}`}
      data={data}
      saved={saved}
      staleBefore={reloads > 0}
      onSaved={(answer) => {
        setLatest(answer);
        setSaved(true);
      }}
      onStale={() => {
        setLatest(null);
        setSaved(false);
        setReloads((n) => n + 1);
      }}
    />
  );
}

function NarrativeForm({
  data,
  saved,
  staleBefore,
  onSaved,
  onStale,
}: {
  data: CasaNarrative;
  saved: boolean;
  staleBefore: boolean;
  onSaved: (d: CasaNarrative) => void;
  onStale: () => void;
}) {
  const { m, fmt, label } = useI18n();
  const r = m.reports;
  const canWrite = usePermitted()('courtReport.casaWrite');
  const [text, setText] = useState({
    observations: data.observations,
    childWishes: data.childWishes,
    recommendations: data.recommendations,
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function save(status: 'draft' | 'submitted', e?: FormEvent) {
    e?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(await saveCasaNarrative(data.hearingId, data.version, { ...text, status }));
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
      if (apiError.status === 412) onStale();
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  const fields = [
    ['observations', r.observations, r.observationsHint],
    ['childWishes', r.childWishes, r.childWishesHint],
    ['recommendations', r.recommendations, undefined],
  ] as const;
  return (
    <>
      <PageHeading title={r.narrativeTitle} />
      <p>
        <Link to={`/cases/${encodeURIComponent(data.caseId)}`}>{r.backToCase(data.petitionNumber)}</Link>
      </p>
      <p className="usa-intro">
        {label('hearingType', data.hearingType)}, {fmt.longHearingTime(data.start)}
      </p>
      <p data-status={data.status ?? 'none'}>
        <strong>{r.status[data.status ?? 'none']}</strong>
        {data.author && data.updatedAt && ` ${r.lastSaved(data.author, fmt.hearingTime(data.updatedAt))}`}
      </p>
      {staleBefore && <Alert type="warning">{r.stale}</Alert>}
      {saved && (
        <Alert type="success" live slim>
          {r.saved}
        </Alert>
      )}
      {error && (
        <Alert type="error" live>
          {problemText(error, m.common.networkError)}
        </Alert>
      )}
      {canWrite ? (
        <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void save('draft', e)}>
          <p>{r.narrativeIntro}</p>
          {fields.map(([key, title, hint]) => (
            <TextArea
              key={key}
              id={`casa-${key}`}
              label={title}
              hint={hint}
              optional
              maxLength={20000}
              value={text[key]}
              onChange={(v) => setText((t) => ({ ...t, [key]: v }))}
            />
          ))}
          <div className="margin-top-3">
            <button type="submit" className="usa-button usa-button--outline" disabled={busy}>
              {busy ? r.saving : r.saveDraft}
            </button>
            <button
              type="button"
              className="usa-button"
              disabled={busy}
              onClick={() => void save('submitted')}
            >
              {busy ? r.saving : r.submit}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="text-base-dark">{r.readOnly}</p>
          {fields.map(([key, title]) => (
            <section key={key} aria-labelledby={`casa-${key}-heading`}>
              <h2 id={`casa-${key}-heading`} className="font-heading-md">
                {title}
              </h2>
              {data[key].trim() ? (
                data[key].split(/\n\s*\n/).map((para, i) => <p key={i}>{para}</p>)
              ) : (
                <p className="text-base-dark">{r.empty}</p>
              )}
            </section>
          ))}
        </>
      )}
      <h2 className="font-heading-md margin-top-4">{r.downloadsFor(r.recipients.judge)}</h2>
      <ul className="usa-list">
        {(['pdf', 'docx'] as const).map((format) => (
          <li key={format}>
            <a
              href={reportCopyUrl(data.hearingId, 'casa', 'judge', format)}
              download
              data-download={`casa-${format}`}
            >
              {r[format](r.casa)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
