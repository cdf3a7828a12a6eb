import { useState } from 'react';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { findAccount } from './findAccount.ts';
import { GrantForm } from './GrantForm.tsx';
import { RolesForm } from './RolesForm.tsx';

/**
 * One account, for an administrator: who it is, its roles (to change) and a sensitive-field grant (to
 * give). Anyone else gets the API's 403, shown as the same "not found" page as an unknown account.
 */
export function AccountPage({ accountId }: { accountId: string }) {
  const { m, fmt } = useI18n();
  const me = useMe();
  // Arriving from "Create an account": say so once, then drop the marker so a reload does not repeat it.
  const [created] = useState(() => {
    const isNew = new URLSearchParams(window.location.search).has('created');
    if (isNew) window.history.replaceState(null, '', window.location.pathname);
    return isNew;
  });
  const found = useResource(`account:${accountId}`, (signal) => findAccount(accountId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.admin.account.notFoundTitle} text={m.admin.account.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const a = found.data;
  return (
    <>
      <p className="margin-bottom-0">
        <Link to="/">{m.admin.backToAccounts}</Link>
      </p>
      <PageHeading title={a.displayName} />
      {created && <Alert type="success">{m.admin.account.createdNotice}</Alert>}
      <dl className="hearth-details">
        <dt>{m.admin.account.email}</dt>
        <dd>{a.email}</dd>
        <dt>{m.admin.account.status}</dt>
        <dd>{a.active ? m.admin.account.active : m.admin.account.inactive}</dd>
        <dt>{m.admin.account.created}</dt>
        <dd>{fmt.instantDate(a.createdAt)}</dd>
      </dl>
      <section aria-labelledby="account-roles" className="margin-top-5">
        <h2 id="account-roles">{m.admin.roles.heading}</h2>
        <RolesForm account={a} isSelf={a.id === me.accountId} />
      </section>
      <section aria-labelledby="account-grant" className="margin-top-5">
        <h2 id="account-grant">{m.admin.grant.heading}</h2>
        <GrantForm account={a} />
      </section>
    </>
  );
}
