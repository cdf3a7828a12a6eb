import { useRef, useState, type FormEvent } from 'react';
import { SENSITIVE_FIELD_CLASSES } from '@hearth/core';
import { ApiError } from '../../api/client.ts';
import { grantSensitive } from '../../api/hearth.ts';
import type { Account } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { problemsByField } from './adminForms.ts';
import { ChoiceGroup, focusFirstError, TextAreaField } from './fields.tsx';

type Field = 'fieldClass' | 'reason';

/** Gives the account one sensitive field class, for every case it may open, with the reason required. */
export function GrantForm({ account }: { account: Account }) {
  const { m, label } = useI18n();
  const [fieldClass, setFieldClass] = useState('');
  const [reason, setReason] = useState('');
  // Kept as it came; its words are chosen at each render, so they follow the language switch.
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [granted, setGranted] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setGranted(null);
    try {
      // An unchosen class is sent as missing, so the server names the field like any other problem.
      await grantSensitive({ accountId: account.id, reason, ...(fieldClass ? { fieldClass } : {}) });
      setProblem(null);
      setGranted(fieldClass);
      setFieldClass('');
      setReason('');
    } catch (err) {
      setProblem(err instanceof ApiError ? err : new ApiError(0, String(err), undefined));
      requestAnimationFrame(() => focusFirstError(form.current));
    } finally {
      setBusy(false);
    }
  }

  const { byField: errors, rest } = problem
    ? problemsByField<Field>(problem, {
        fieldClass: () => m.admin.grant.chooseClass,
        reason: () => m.admin.grant.reasonShort,
      })
    : { byField: {}, rest: [] };
  // What no field of this form shows (a refusal, an unknown account) is said above it.
  const other =
    problem && !errors.fieldClass && !errors.reason
      ? problem
      : problem && rest.length
        ? new ApiError(problem.status, problem.title, rest.join(' '))
        : null;

  return (
    <form ref={form} className="usa-form usa-form--large" noValidate onSubmit={submit}>
      <p>{m.admin.grant.intro}</p>
      {other && <ProblemAlert error={other} />}
      <ChoiceGroup
        id="fieldClass"
        kind="radio"
        legend={m.admin.grant.legend}
        error={errors.fieldClass}
        options={SENSITIVE_FIELD_CLASSES.map((c) => ({ value: c, label: label('sensitiveClass', c) }))}
        isChecked={(c) => c === fieldClass}
        onToggle={(c) => setFieldClass(c)}
      />
      <TextAreaField
        id="reason"
        label={m.admin.grant.reason}
        hint={m.admin.grant.reasonHint}
        error={errors.reason}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={busy}>
        {busy ? m.admin.grant.submitting : m.admin.grant.submit}
      </button>
      <div role="status">
        {granted && (
          <Alert type="success" slim>
            {m.admin.grant.granted(label('sensitiveClass', granted))}
          </Alert>
        )}
      </div>
    </form>
  );
}
