import { useRef, useState, type FormEvent } from 'react';
import { ROLES, type Role } from '@hearth/core';
import { ApiError } from '../../api/client.ts';
import { setAccountRoles } from '../../api/hearth.ts';
import type { Account } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ChoiceGroup, focusFirstError } from './fields.tsx';
import { problemsByField, rolesRefusal, sameRoles, withRole } from './adminForms.ts';

/**
 * The account's roles as checkboxes. The server refuses a change that would take away the signed-in
 * administrator's own right to manage accounts; that refusal is shown next to the roles, in plain words.
 */
export function RolesForm({ account, isSelf }: { account: Account; isSelf: boolean }) {
  const { m, label } = useI18n();
  const [chosen, setChosen] = useState<Role[]>(account.roles);
  // The refusal and the roles it refused, kept as they came: the words are chosen at each render, so
  // they follow the language switch.
  const [refusal, setRefusal] = useState<{ problem: ApiError; refused: Role[] } | null>(null);
  // The roles as last saved, to confirm the save until the ticks change again.
  const [saved, setSaved] = useState<Role[] | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setSaved(null);
    try {
      await setAccountRoles(account.id, chosen);
      setRefusal(null);
      setSaved(chosen);
    } catch (err) {
      const problem = err instanceof ApiError ? err : new ApiError(0, String(err), undefined);
      setRefusal({ problem, refused: chosen });
      // After React has drawn the error, so the control it names is marked invalid.
      requestAnimationFrame(() => focusFirstError(form.current));
    } finally {
      setBusy(false);
    }
  }

  const error = refusal
    ? problemsByField(refusal.problem, {
        roles: (detail) => rolesRefusal(refusal.refused, isSelf, m.admin.roles, detail),
      }).byField.roles
    : undefined;
  const other = refusal && !error ? refusal.problem : null;

  return (
    <form ref={form} className="usa-form usa-form--large" noValidate onSubmit={submit}>
      {other && <ProblemAlert error={other} />}
      <ChoiceGroup
        id="roles"
        kind="checkbox"
        legend={m.admin.roles.legend(account.displayName)}
        hint={m.admin.roles.hint}
        error={error}
        options={ROLES.map((r) => ({ value: r, label: label('role', r) }))}
        isChecked={(r) => chosen.includes(r as Role)}
        onToggle={(r, on) => setChosen((now) => withRole(now, r as Role, on))}
      />
      <button type="submit" className="usa-button margin-top-3" disabled={busy}>
        {busy ? m.admin.roles.saving : m.admin.roles.save}
      </button>
      <div role="status">
        {saved && sameRoles(chosen, saved) && (
          <Alert type="success" slim>
            {m.admin.roles.saved}
          </Alert>
        )}
      </div>
    </form>
  );
}
