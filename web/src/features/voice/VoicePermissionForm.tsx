import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { recordVoicePermission } from '../../api/hearth.ts';
import type { VoicePermission } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { problemText } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { asApiError } from './voiceErrors.ts';

/**
 * The court's leave for a child under the voice age to write to the judge, recorded from its order by
 * the judge or the clerk (order.record), with the order's date.
 */
export function VoicePermissionForm({
  childId,
  voiceAge,
  permission,
  onStale,
}: {
  childId: string;
  voiceAge: number;
  permission: VoicePermission | null;
  onStale: () => void;
}) {
  const { m, fmt } = useI18n();
  const t = m.voice.permission;
  const [saved, setSaved] = useState(permission);
  const [granted, setGranted] = useState(permission?.granted ?? true);
  const [orderDate, setOrderDate] = useState(permission?.orderDate ?? '');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const today = courtDay(new Date());

  async function save() {
    setBusy(true);
    setDone(false);
    setError(null);
    try {
      setSaved(await recordVoicePermission(childId, saved?.version ?? null, { granted, orderDate }));
      setDone(true);
    } catch (err) {
      const e = asApiError(err);
      if (e.status === 412) onStale();
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = error?.errors.find((e) => e.field === 'orderDate')?.detail;
  return (
    <section aria-labelledby="voice-permission-heading" className="margin-top-4">
      <h2 id="voice-permission-heading">{t.title}</h2>
      <p>{t.intro(voiceAge)}</p>
      {saved && (
        <p>
          {saved.granted ? t.current(fmt.longDate(saved.orderDate)) : t.ended(fmt.longDate(saved.orderDate))}
        </p>
      )}
      <form className="usa-form" noValidate onSubmit={(e) => e.preventDefault()}>
        <Checkbox id="voice-permission-granted" label={t.granted} checked={granted} onChange={setGranted} />
        <DateInput
          id="voice-permission-date"
          label={t.orderDate}
          value={orderDate}
          max={today}
          error={fieldError}
          onChange={setOrderDate}
        />
        {done && (
          <Alert type="success" slim live>
            {t.saved}
          </Alert>
        )}
        {error && !fieldError && (
          <Alert type="error" live>
            {problemText(error, m.common.networkError)}
          </Alert>
        )}
        <button type="button" className="usa-button margin-top-2" disabled={busy} onClick={() => void save()}>
          {busy ? t.saving : t.save}
        </button>
      </form>
    </section>
  );
}
