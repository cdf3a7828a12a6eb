import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { getWellbeingChecklist, saveWellbeingChecklist } from '../../api/hearth.ts';
import type { WellbeingChecklist } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert, problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { ChecklistItemField } from './ChecklistItemField.tsx';
import { ChecklistRecord, ChecklistStatus } from './ChecklistRecord.tsx';
import { bodyFrom, byDomain, draftFrom, instrumentItem, type Draft } from './checklistModel.ts';

/**
 * A child's well-being checklist for one hearing: the form for those who fill it in (caseworker,
 * supervisor, GAL, CASA volunteer) until the hearing's day has passed, the record for every other reader.
 */
export function ChecklistPage({ hearingId, childId }: { hearingId: string; childId: string }) {
  const { m } = useI18n();
  const [latest, setLatest] = useState<WellbeingChecklist | null>(null);
  const [reloads, setReloads] = useState(0);
  const [message, setMessage] = useState<'saved' | 'sent' | null>(null);
  const found = useResource(`wellbeing:${hearingId}:${childId}:${reloads}`, (signal) =>
    getWellbeingChecklist(hearingId, childId, signal),
  );
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error') {
    if (found.error.status === 409) return <Alert type="info">{m.wellbeing.noInstrument}</Alert>;
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.wellbeing.notFoundTitle} text={m.wellbeing.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  }
  const data = latest && latest.version >= found.data.version ? latest : found.data;
  return (
    <ChecklistForm
      key={`${data.hearingId}:${data.childId}:${data.version}`}
      data={data}
      message={message}
      staleBefore={reloads > 0 && latest === null}
      onSaved={(answer, sent) => {
        setLatest(answer);
        setMessage(sent ? 'sent' : 'saved');
      }}
      onStale={() => {
        setLatest(null);
        setMessage(null);
        setReloads((n) => n + 1);
      }}
    />
  );
}

function ChecklistForm({
  data,
  message,
  staleBefore,
  onSaved,
  onStale,
}: {
  data: WellbeingChecklist;
  message: 'saved' | 'sent' | null;
  staleBefore: boolean;
  onSaved: (d: WellbeingChecklist, sent: boolean) => void;
  onStale: () => void;
}) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  const permitted = usePermitted();
  const [draft, setDraft] = useState<Draft>(() => draftFrom(data));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = fmt.name(data.givenName, data.familyName);
  const fieldErrors = new Map<string, string>();
  for (const e of error?.errors ?? []) {
    const at = /^answers\.(\d+)\./.exec(e.field);
    const sent = at ? bodyFrom(draft, 'draft').answers[Number(at[1])] : undefined;
    if (sent) fieldErrors.set(sent.itemId, e.detail);
  }

  async function save(e: FormEvent, status: 'draft' | 'submitted') {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await saveWellbeingChecklist(data.hearingId, data.childId, data.version, bodyFrom(draft, status)),
        status === 'submitted' && data.status !== 'submitted',
      );
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
      if (apiError.status === 412) onStale();
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  const editing = data.mayEdit;
  const submitStatus = data.status === 'submitted' ? 'submitted' : 'draft';
  return (
    <>
      <PageHeading title={w.title(name)} />
      {permitted('case.read') ? (
        <p>
          <Link to={`/cases/${encodeURIComponent(data.caseId)}`}>{w.backToCase(data.petitionNumber)}</Link>
        </p>
      ) : null}
      <p className="usa-intro">
        {w.forHearing(label('hearingType', data.hearingType), fmt.longHearingTime(data.hearingStart))}
      </p>
      <ChecklistStatus data={data} />
      {data.instrumentUnconfirmed && <p className="text-base-dark">{w.unconfirmed}</p>}
      {staleBefore && <Alert type="warning">{w.stale}</Alert>}
      {message && (
        <Alert type="success" live slim>
          {message === 'sent' ? w.sent : w.saved}
        </Alert>
      )}
      {error && (
        <Alert type="error" live>
          {problemText(error, m.common.networkError)}
          {error.errors.length > 0 && (
            <ul className="usa-list">
              {error.errors.map((e, i) => (
                <li key={i}>{e.detail}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {!editing && permitted('wellbeing.record') && <Alert type="info">{w.closed}</Alert>}
      {editing ? (
        <form
          className="usa-form usa-form--large maxw-tablet-lg"
          noValidate
          onSubmit={(e) => void save(e, submitStatus)}
        >
          {byDomain(data.items).map((g) => (
            <fieldset key={g.domain} className="usa-fieldset margin-top-4" data-domain={g.domain}>
              <legend className="usa-legend usa-legend--large">{w.domain[g.domain]}</legend>
              {g.items.map((i) => {
                const item = instrumentItem(data.instrumentVersion, i.itemId);
                const d = draft[i.itemId];
                if (!item || !d) return null;
                return (
                  <ChecklistItemField
                    key={i.itemId}
                    item={item}
                    draft={d}
                    error={fieldErrors.get(i.itemId)}
                    onChange={(next) => setDraft((all) => ({ ...all, [i.itemId]: next }))}
                  />
                );
              })}
            </fieldset>
          ))}
          <div className="margin-top-4">
            {data.status !== 'submitted' && (
              <button type="submit" className="usa-button usa-button--outline" disabled={busy}>
                {busy ? w.saving : w.saveDraft}
              </button>
            )}
            <button
              type="button"
              className="usa-button"
              disabled={busy}
              onClick={(e) => void save(e, 'submitted')}
            >
              {busy ? w.saving : w.send}
            </button>
          </div>
        </form>
      ) : (
        <ChecklistRecord data={data} />
      )}
    </>
  );
}
