import { useState } from 'react';
import type { ApiError } from '../../api/client.ts';
import { recordAttendancePlan } from '../../api/hearth.ts';
import type { AttendancePlan, AttendancePlanChoice, VoiceHearing } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { asApiError } from './voiceErrors.ts';
import { planBody, planProblem } from './voiceModel.ts';

const CHOICES: AttendancePlanChoice[] = ['in_person', 'remote', 'excused'];

/**
 * How the young person will take part in the hearing: in person, by video or phone, or excused with a
 * reason. Recorded by the youth, or their attorney, GAL or caseworker; counted on the bench view.
 */
export function AttendancePlanForm({
  hearing,
  childId,
  isSelf,
  onStale,
}: {
  hearing: VoiceHearing;
  childId: string;
  isSelf: boolean;
  onStale: () => void;
}) {
  const { m } = useI18n();
  const t = m.voice.attendance;
  const words = isSelf ? t.self : t.other;
  const [saved, setSaved] = useState<AttendancePlan | null>(hearing.attendancePlan);
  const [choice, setChoice] = useState<AttendancePlanChoice | ''>(hearing.attendancePlan?.attendance ?? '');
  const [reason, setReason] = useState(hearing.attendancePlan?.reason ?? '');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<'choose' | 'reason' | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const id = `plan-${hearing.hearingId}`;

  async function save() {
    setDone(false);
    setError(null);
    const p = planProblem(choice, reason);
    setProblem(p);
    if (p || choice === '') return;
    setBusy(true);
    try {
      setSaved(
        await recordAttendancePlan(
          hearing.hearingId,
          childId,
          saved?.version ?? null,
          planBody(choice, reason),
        ),
      );
      setDone(true);
    } catch (err) {
      const e = asApiError(err);
      if (e.status === 412) onStale();
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="usa-form usa-form--large margin-top-4" noValidate onSubmit={(e) => e.preventDefault()}>
      <fieldset className={`usa-fieldset${problem === 'choose' ? ' usa-form-group--error' : ''}`}>
        <legend className="usa-legend font-sans-lg text-bold">{isSelf ? t.titleSelf : t.titleOther}</legend>
        {problem === 'choose' && <span className="usa-error-message">{t.legend}</span>}
        {CHOICES.map((c) => (
          <div className="usa-radio" key={c}>
            <input
              className="usa-radio__input"
              id={`${id}-${c}`}
              type="radio"
              name={id}
              value={c}
              checked={choice === c}
              onChange={() => setChoice(c)}
            />
            <label className="usa-radio__label" htmlFor={`${id}-${c}`}>
              {words[c]}
            </label>
          </div>
        ))}
      </fieldset>
      {choice === 'excused' && (
        <TextArea
          id={`${id}-reason`}
          label={t.reason}
          value={reason}
          maxLength={500}
          error={problem === 'reason' ? t.reasonRequired : undefined}
          onChange={setReason}
        />
      )}
      {done && (
        <Alert type="success" slim live>
          {t.saved}
        </Alert>
      )}
      {error && (
        <Alert type="error" live>
          {problemText(error, m.common.networkError)}
        </Alert>
      )}
      <button type="button" className="usa-button margin-top-2" disabled={busy} onClick={() => void save()}>
        {busy ? t.saving : t.save}
      </button>
    </form>
  );
}

/** The plan as recorded, for readers who may not change it. */
export function AttendancePlanText({ plan }: { plan: AttendancePlan | null }) {
  const { m, fmt } = useI18n();
  const t = m.voice.attendance;
  return (
    <>
      <h3>{t.titleOther}</h3>
      <p>
        {plan
          ? t.current(
              t.other[plan.attendance] + (plan.reason ? ` (${plan.reason})` : ''),
              t.by[plan.recordedByRole] ?? plan.recordedByRole,
              fmt.hearingTime(plan.recordedAt),
            )
          : t.noPlan}
      </p>
    </>
  );
}
