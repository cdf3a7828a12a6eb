import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { getHearingNotices, noticePdfUrl, sendHearingNotices } from '../../api/hearth.ts';
import { ProofOfServiceForm } from './ProofOfServiceForm.tsx';
import type { HearingNotice, NoticeLog } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert, problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { Section } from '../cases/Section.tsx';
import { NoticesIcwa } from './NoticesIcwa.tsx';

/**
 * The notices of one hearing: who must get notice and how, the ICWA waiting period, a "Send notices"
 * button for those who set hearings, and the log of what was sent, when, how, with its proof of service
 * and the letters to print. Out of reach looks the same as missing.
 */
export function HearingNoticesPage({ hearingId }: { hearingId: string }) {
  const { m } = useI18n();
  // The log as the send answered it, until the page loads again.
  const [afterSend, setAfterSend] = useState<NoticeLog | null>(null);
  const found = useResource(`notices:${hearingId}`, (signal) => getHearingNotices(hearingId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.notices.notFoundTitle} text={m.notices.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <NoticesView log={afterSend ?? found.data} onChange={setAfterSend} />;
}

function NoticesView({ log, onChange }: { log: NoticeLog; onChange: (log: NoticeLog) => void }) {
  const { m, fmt, label } = useI18n();
  const permitted = usePermitted();
  // After proof of service is saved, the log (and the ICWA waiting period) is read again.
  const reload = () => void getHearingNotices(log.hearing.id).then(onChange, () => undefined);
  const h = log.hearing;
  const where = [h.courtName, h.courtroom].filter(Boolean).join(', ');
  const about = [
    { term: m.notices.what, value: label('hearingType', h.type) },
    { term: m.notices.when, value: fmt.longHearingTime(h.start) },
    { term: m.notices.where, value: where },
    { term: m.notices.judge, value: h.judgeName ?? '—' },
    { term: m.notices.status, value: label('hearingStatus', h.status) },
  ];
  return (
    <>
      <PageHeading title={m.notices.title} />
      <p>
        <Link to={`/cases/${encodeURIComponent(h.caseId)}`}>{m.notices.backToCase(h.petitionNumber)}</Link>
      </p>
      <p className="usa-intro">{m.notices.intro}</p>
      <section aria-labelledby="notice-hearing" className="margin-top-3">
        <h2 id="notice-hearing">{m.notices.about}</h2>
        <dl>
          {about.map((a) => (
            <div key={a.term}>
              <dt className="text-bold">{a.term}</dt>
              <dd className="margin-left-0 margin-bottom-1">{a.value}</dd>
            </div>
          ))}
        </dl>
        <p className="text-base-dark">{m.common.timesNote}</p>
      </section>
      {!log.mailServer && <Alert type="warning">{m.notices.noMailServer}</Alert>}
      <NoticesIcwa log={log} />
      <Warnings log={log} />
      <Recipients log={log} />
      <SendNotices log={log} onSent={onChange} />
      <SentLog log={log} />
      {permitted('hearing.schedule') && log.notices.length > 0 && (
        <ProofOfServiceForm log={log} onSaved={reload} />
      )}
    </>
  );
}

function Warnings({ log }: { log: NoticeLog }) {
  const { m } = useI18n();
  if (log.warnings.length === 0) return null;
  const nameOf = (id: string | null) => log.recipients.find((r) => r.personId === id)?.name ?? '—';
  return (
    <Alert type="warning" heading={m.notices.warningsTitle}>
      <ul className="usa-list">
        {log.warnings.map((w, i) => (
          <li key={`${w.code}-${w.personId ?? i}`}>
            {w.code === 'icwaNoTribe'
              ? m.notices.warning.icwaNoTribe
              : m.notices.warning.noMailingAddress(nameOf(w.personId))}{' '}
            <span className="text-base-dark">({w.citation})</span>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function Recipients({ log }: { log: NoticeLog }) {
  const { m, fmt } = useI18n();
  return (
    <Section id="notice-recipients" title={m.notices.recipientsTitle}>
      {log.recipients.length === 0 ? (
        <p>{m.notices.noRecipients}</p>
      ) : (
        <DataTable
          caption={m.notices.recipientsTitle}
          captionHidden
          rows={log.recipients}
          rowKey={(r) => `${r.personId}-${r.channel}`}
          columns={[
            { header: m.notices.columns.name, rowHeader: true, cell: (r) => r.name },
            { header: m.notices.columns.role, cell: (r) => m.notices.role[r.role] },
            { header: m.notices.columns.how, cell: (r) => m.notices.channel[r.channel] },
            { header: m.notices.columns.language, cell: (r) => m.notices.language[r.language] },
            {
              header: m.notices.columns.sent,
              cell: (r) => (r.lastSentAt ? fmt.hearingTime(r.lastSentAt) : m.notices.notYet),
            },
          ]}
        />
      )}
    </Section>
  );
}

function SendNotices({ log, onSent }: { log: NoticeLog; onSent: (log: NoticeLog) => void }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sentCount, setSentCount] = useState<number | null>(null);
  if (!permitted('hearing.schedule')) return null;
  if (!log.hearing.upcoming) return <p className="margin-top-3">{m.notices.pastHearing}</p>;
  async function send() {
    setBusy(true);
    setError(null);
    setSentCount(null);
    try {
      const next = await sendHearingNotices(log.hearing.id);
      setSentCount(next.notices.length - log.notices.length);
      onSent(next);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Error', String(err)));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="margin-top-3">
      <p>{m.notices.sendHint}</p>
      <button
        type="button"
        className="usa-button"
        onClick={() => void send()}
        disabled={busy}
        aria-busy={busy}
      >
        {busy ? m.notices.sending : m.notices.send}
      </button>
      <div role="status" aria-live="polite">
        {sentCount !== null && (
          <Alert type="success" slim>
            {m.notices.sent(sentCount)}
          </Alert>
        )}
      </div>
      {error && (
        <Alert type="error" heading={m.notices.notSent} live>
          {problemText(error, m.common.networkError)}
        </Alert>
      )}
    </div>
  );
}

function SentLog({ log }: { log: NoticeLog }) {
  const { m, fmt } = useI18n();
  const permitted = usePermitted();
  const canPrint = permitted('hearing.schedule');
  const proofOf = (n: HearingNotice) => {
    if (!n.proof) return m.notices.noProof;
    const lines = [
      m.notices.proof(m.notices.method[n.proof.method], fmt.date(n.proof.servedDate), n.proof.servedBy ?? ''),
    ];
    if (n.proof.returnReceiptDate) lines.push(m.notices.receipt(fmt.date(n.proof.returnReceiptDate)));
    if (n.additionalDaysRequested > 0) lines.push(m.notices.extraDays(n.additionalDaysRequested));
    return lines.join('. ');
  };
  return (
    <Section id="notice-log" title={m.notices.logTitle}>
      {log.notices.length === 0 ? (
        <p>{m.notices.noneSent}</p>
      ) : (
        <DataTable
          caption={m.notices.logTitle}
          captionHidden
          rows={log.notices}
          rowKey={(n) => n.id}
          columns={[
            { header: m.notices.columns.name, rowHeader: true, cell: (n) => n.recipient.name },
            { header: m.notices.columns.role, cell: (n) => m.notices.role[n.role] },
            { header: m.notices.columns.how, cell: (n) => m.notices.channel[n.channel] },
            { header: m.notices.columns.language, cell: (n) => m.notices.language[n.language] },
            {
              header: m.notices.columns.sent,
              cell: (n) => `${fmt.hearingTime(n.sentAt)}${n.sentBy ? ` ${m.notices.sentBy(n.sentBy)}` : ''}`,
            },
            {
              header: m.notices.columns.status,
              cell: (n) => (
                <span data-delivery={n.delivery.status}>
                  {m.notices.delivery[n.delivery.status]}
                  {n.delivery.status === 'failed' && n.delivery.detail ? ` (${n.delivery.detail})` : ''}
                </span>
              ),
            },
            { header: m.notices.columns.proof, cell: proofOf },
            {
              header: m.notices.columns.pdf,
              cell: (n) =>
                n.pdf && canPrint ? (
                  <a href={noticePdfUrl(n.id)} target="_blank" rel="noopener">
                    {m.notices.pdf(n.recipient.name)}
                  </a>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </Section>
  );
}
