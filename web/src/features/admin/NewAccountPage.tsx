import { useRef, useState, type FormEvent } from 'react';
import { hasPermission, ROLES, type Role } from '@hearth/core';
import { ApiError } from '../../api/client.ts';
import { createAccount } from '../../api/hearth.ts';
import { Link } from '../../app/Link.tsx';
import { navigate } from '../../app/router.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { problemsByField, withRole } from './adminForms.ts';
import { ChoiceGroup, focusFirstError, InputField } from './fields.tsx';

type Field = 'displayName' | 'email' | 'password' | 'roles' | 'preferredLanguage';

/** Creates an account; the server checks every field and each problem is shown next to its field. */
export function NewAccountPage() {
  const { m, label } = useI18n();
  const me = useMe();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<'en' | 'es'>('en');
  const [roles, setRoles] = useState<Role[]>([]);
  // Kept as it came; its words are chosen at each render, so they follow the language switch.
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const w = m.admin.create;

  // Only hides the form: the API refuses anyone without the right all the same.
  if (
    !hasPermission(
      me.roles.map((r) => r.role),
      'account.manage',
    )
  )
    return <NotFoundPage />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    try {
      const body = { displayName, email: email.trim(), password, roles, preferredLanguage: language };
      const { id } = await createAccount(body);
      navigate(`/admin/accounts/${encodeURIComponent(id)}?created`);
    } catch (err) {
      setProblem(err instanceof ApiError ? err : new ApiError(0, String(err), undefined));
      requestAnimationFrame(() => focusFirstError(form.current));
      setBusy(false);
    }
  }

  const errors = problem
    ? problemsByField<Field>(problem, {
        displayName: () => w.nameRequired,
        email: (_detail, status) => (status === 409 ? w.emailTaken : w.emailInvalid),
        password: () => w.passwordShort,
        roles: () => m.admin.roles.atLeastOne,
        preferredLanguage: (detail) => detail,
      }).byField
    : {};
  const other = problem && Object.keys(errors).length === 0 ? problem : null;

  return (
    <>
      <p className="margin-bottom-0">
        <Link to="/">{m.admin.backToAccounts}</Link>
      </p>
      <PageHeading title={w.title} />
      <p className="usa-intro">{w.intro}</p>
      {other && <ProblemAlert error={other} />}
      <form ref={form} className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <InputField
          id="displayName"
          label={w.name}
          type="text"
          autoComplete="off"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
        />
        <InputField
          id="email"
          label={w.email}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <InputField
          id="password"
          label={w.password}
          hint={w.passwordHint}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
        />
        <ChoiceGroup
          id="preferredLanguage"
          kind="radio"
          legend={w.language}
          error={errors.preferredLanguage}
          options={[
            { value: 'en', label: w.english },
            { value: 'es', label: w.spanish },
          ]}
          isChecked={(v) => v === language}
          onToggle={(v) => setLanguage(v === 'es' ? 'es' : 'en')}
        />
        <ChoiceGroup
          id="roles"
          kind="checkbox"
          legend={w.rolesLegend}
          hint={w.rolesHint}
          error={errors.roles}
          options={ROLES.map((r) => ({ value: r, label: label('role', r) }))}
          isChecked={(r) => roles.includes(r as Role)}
          onToggle={(r, on) => setRoles((now) => withRole(now, r as Role, on))}
        />
        <button type="submit" className="usa-button margin-top-3" disabled={busy}>
          {busy ? w.submitting : w.submit}
        </button>
      </form>
    </>
  );
}
