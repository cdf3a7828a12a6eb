import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { recordNoticeService } from '../../api/hearth.ts';
import type { HearingNotice, NoticeLog, ServiceMethod } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { problemText } from '../../components/ProblemAlert.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const METHODS: ServiceMethod[] = [
  'registered_mail',
  'certified_mail',
  'first_class_mail',
  'personal',
  'in_court',
  'email',
];
const WITH_RECEIPT = new Set<ServiceMethod>(['registered_mail', 'certified_mail']);

/**
 * Records how and when a notice was served, and the return receipt; for an ICWA notice, the extra days
 * its recipient asked for (they move the waiting period). The server checks every date again.
 */
export function ProofOfServiceForm({ log, onSaved }: { log: NoticeLog; onSaved: () => void }) {
  const { m } = useI18n();
  const [noticeId, setNoticeId] = useState('');
  const [method, setMethod] = useState<ServiceMethod>('registered_mail');
  const [servedDate, setServedDate] = useState('');
  const [servedBy, setServedBy] = useState('');
  const [receipt, setReceipt] = useState('');
  const [extraDays, setExtraDays] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ notice?: string; date?: string }>({});
  const notice: HearingNotice | undefined = log.notices.find((n) => n.id === noticeId);
  const fieldError = (field: string) =>
    error?.errors
      .filter((e) => e.field === field)
      .map((e) => e.detail)
      .join('; ') || undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const gaps = {
      notice: notice ? undefined : m.notices.proofChoose,
      date: servedDate ? undefined : m.notices.proofDateRequired,
    };
    setMissing(gaps);
    if (!notice || !servedDate) return;
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      await recordNoticeService(notice.id, notice.version, {
        method,
        servedDate,
        ...(servedBy.trim() ? { servedBy: servedBy.trim() } : {}),
        returnReceiptDate: WITH_RECEIPT.has(method) && receipt ? receipt : null,
        ...(notice.icwa && extraDays !== '' ? { additionalDaysRequested: Number(extraDays) } : {}),
      });
      setSaved(notice.recipient.name);
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="notice-proof" className="margin-top-5">
      <h2 id="notice-proof">{m.notices.proofTitle}</h2>
      <p>{m.notices.proofIntro}</p>
      <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void submit(e)}>
        <SelectInput
          id="proof-notice"
          label={m.notices.proofNotice}
          value={noticeId}
          onChange={setNoticeId}
          error={missing.notice}
          options={log.notices.map((n) => ({
            value: n.id,
            label: m.notices.proofNoticeOption(n.recipient.name, m.notices.channel[n.channel]),
          }))}
        />
        <SelectInput
          id="proof-method"
          label={m.notices.proofMethod}
          value={method}
          onChange={(v) => setMethod(v as ServiceMethod)}
          noEmpty
          error={fieldError('method')}
          options={METHODS.map((x) => ({ value: x, label: m.notices.method[x] }))}
        />
        <DateInput
          id="proof-served-date"
          label={m.notices.proofServedDate}
          value={servedDate}
          onChange={setServedDate}
          error={fieldError('servedDate') ?? missing.date}
        />
        <TextInput
          id="proof-served-by"
          label={m.notices.proofServedBy}
          hint={m.notices.proofServedByHint}
          optional
          value={servedBy}
          onChange={setServedBy}
          error={fieldError('servedBy')}
        />
        {WITH_RECEIPT.has(method) && (
          <DateInput
            id="proof-receipt"
            label={m.notices.proofReceipt}
            optional
            value={receipt}
            onChange={setReceipt}
            error={fieldError('returnReceiptDate')}
          />
        )}
        {notice?.icwa && (
          <TextInput
            id="proof-extra-days"
            label={m.notices.proofExtraDays}
            optional
            width="sm"
            value={extraDays}
            onChange={(v) => setExtraDays(v.replace(/\D/g, ''))}
            error={fieldError('additionalDaysRequested')}
          />
        )}
        <button type="submit" className="usa-button margin-top-3" disabled={busy}>
          {busy ? m.notices.proofSaving : m.notices.proofSave}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {saved && (
          <Alert type="success" slim>
            {m.notices.proofSaved(saved)}
          </Alert>
        )}
      </div>
      {error && (
        <Alert type="error" heading={m.notices.proofNotSaved} live>
          {problemText(error, m.common.networkError)}
        </Alert>
      )}
    </section>
  );
}
