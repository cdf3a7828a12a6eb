import { getCase } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CaseAbout } from './CaseAbout.tsx';
import { CaseHearings } from './CaseHearings.tsx';
import { CaseOrders } from './CaseOrders.tsx';
import { CasePeople } from './CasePeople.tsx';

/**
 * The case page: what the case is, its children, the people on it, its hearings, and its orders with
 * their findings. The API answers 404 for a case out of reach as for a missing one (403 to a role that may
 * open no case at all); the page says the same plain thing for all of them.
 */
export function CasePage({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  const found = useResource(`case:${caseId}`, (signal) => getCase(caseId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.case.notFoundTitle} text={m.case.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const c = found.data;
  return (
    <>
      <PageHeading title={m.case.title(c.petitionNumber)} />
      <CaseAbout detail={c} />
      <CasePeople detail={c} />
      <CaseHearings hearings={c.hearings} />
      <CaseOrders detail={c} />
    </>
  );
}
