import type { ReactNode } from 'react';
import { getCase, getChild } from '../../api/hearth.ts';
import type { CaseDetail, ChildRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/** Loads the case a form is about; a case out of reach reads as not found, as on the case page. */
export function WithCase({ caseId, children }: { caseId: string; children: (c: CaseDetail) => ReactNode }) {
  const { m } = useI18n();
  const found = useResource(`form-case:${caseId}`, (signal) => getCase(caseId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.case.notFoundTitle} text={m.case.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <>{children(found.data)}</>;
}

/** Loads the child a form is about; a child out of reach reads as not found, as on the child page. */
export function WithChild({
  childId,
  children,
}: {
  childId: string;
  children: (c: ChildRecord) => ReactNode;
}) {
  const { m } = useI18n();
  const found = useResource(`form-child:${childId}`, (signal) => getChild(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return <>{children(found.data)}</>;
}

export const casePath = (id: string): string => `/cases/${encodeURIComponent(id)}`;
export const childPath = (id: string): string => `/children/${encodeURIComponent(id)}`;
