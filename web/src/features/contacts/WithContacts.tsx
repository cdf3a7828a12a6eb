import type { ReactNode } from 'react';
import { listChildContacts } from '../../api/hearth.ts';
import type { ContactList } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Loads a child's contacts; a child out of reach reads as not found, as on the child page. */
export function WithContacts({
  childId,
  version = 0,
  children,
}: {
  childId: string;
  version?: number;
  children: (list: ContactList) => ReactNode;
}) {
  const { m } = useI18n();
  const found = useResource(`contacts:${childId}:${version}`, (signal) => listChildContacts(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <>{children(found.data)}</>;
}
