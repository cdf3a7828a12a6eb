import type { ReactNode } from 'react';
import { AccountPage } from './AccountPage.tsx';
import { NewAccountPage } from './NewAccountPage.tsx';

/** The administrator's pages, by address; null when the address is not one of them. */
export function adminPage(path: string): ReactNode | null {
  if (/^\/admin\/accounts\/new\/?$/.test(path)) return <NewAccountPage />;
  const account = /^\/admin\/accounts\/([^/]+)\/?$/.exec(path);
  if (account) return <AccountPage key={account[1]} accountId={decodeURIComponent(account[1]!)} />;
  return null;
}
