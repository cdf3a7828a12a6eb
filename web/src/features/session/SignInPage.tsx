import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../../components/Alert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useSession } from './SessionProvider.tsx';

type Field = 'email' | 'password';
type Errors = Partial<Record<Field, string>>;

/** Sign-in: field errors next to their field, a refused or paused sign-in as an alert above the form. */
export function SignInPage() {
  const { m } = useI18n();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function focusFirst(found: Errors) {
    if (found.email) emailRef.current?.focus();
    else if (found.password) passwordRef.current?.focus();
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const found: Errors = {};
    if (!/^[^\s@]+@[^\s@]+$/.test(email.trim())) found.email = m.signIn.emailInvalid;
    if (!password) found.password = m.signIn.passwordRequired;
    setErrors(found);
    setRefusal(null);
    if (found.email || found.password) return focusFirst(found);
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError(0, String(err), undefined);
      const fromServer: Errors = {};
      // The server names each bad field; say it in the reader's language.
      for (const fe of error.errors) {
        if (fe.field === 'email') fromServer.email = m.signIn.emailInvalid;
        else if (fe.field === 'password') fromServer.password = m.signIn.passwordRequired;
      }
      setErrors(fromServer);
      if (fromServer.email || fromServer.password) focusFirst(fromServer);
      else setRefusal(error);
      setBusy(false);
    }
  }

  return (
    <div className="grid-row">
      <div className="tablet:grid-col-8 desktop:grid-col-6">
        <PageHeading title={m.signIn.title} />
        <p className="usa-intro">{m.signIn.intro}</p>
        {refusal && <Refusal error={refusal} />}
        <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
          <TextField
            ref={emailRef}
            id="email"
            label={m.signIn.email}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={errors.email}
          />
          <TextField
            ref={passwordRef}
            id="password"
            label={m.signIn.password}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={errors.password}
          />
          <button type="submit" className="usa-button margin-top-3" disabled={busy}>
            {busy ? m.signIn.submitting : m.signIn.submit}
          </button>
        </form>
      </div>
    </div>
  );
}

function Refusal({ error }: { error: ApiError }) {
  const { m } = useI18n();
  if (error.status === 401)
    return (
      <Alert type="error" heading={m.signIn.wrongTitle} live>
        {m.signIn.wrongText}
      </Alert>
    );
  if (error.status === 429)
    return (
      <Alert type="warning" heading={m.signIn.tooManyTitle} live>
        {m.signIn.tooManyText(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)))}
      </Alert>
    );
  return <ProblemAlert error={error} />;
}
