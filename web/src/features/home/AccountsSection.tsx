import type { Account } from '../../api/types.ts';
import { listAccounts } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** The administrator's view of the accounts of their jurisdiction and their roles. */
export function AccountsSection() {
  const { m, fmt, label } = useI18n();
  const accounts = useResource('accounts', listAccounts);
  if (accounts.status === 'loading') return <Loading />;
  if (accounts.status === 'error') return <ProblemAlert error={accounts.error} />;
  return (
    <>
      <p>
        <Link to="/admin/accounts/new" className="usa-button">
          {m.admin.createAccount}
        </Link>
      </p>
      <p>{m.admin.openAccountHint}</p>
      <DataTable<Account>
        caption={m.home.accountsCaption}
        rows={accounts.data.items}
        rowKey={(a) => a.id}
        columns={[
          {
            header: m.home.name,
            rowHeader: true,
            cell: (a) => <Link to={`/admin/accounts/${encodeURIComponent(a.id)}`}>{a.displayName}</Link>,
          },
          { header: m.home.email, cell: (a) => a.email },
          { header: m.home.roles, cell: (a) => fmt.list(a.roles.map((r) => label('role', r))) },
          { header: m.home.status, cell: (a) => (a.active ? m.home.active : m.home.inactive) },
          { header: m.home.created, cell: (a) => fmt.instantDate(a.createdAt) },
        ]}
      />
    </>
  );
}
