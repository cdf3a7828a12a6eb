import { useState } from 'react';
import { getCase } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { CaseAbout } from './CaseAbout.tsx';
import { CaseActions } from './CaseActions.tsx';
import { CaseHearings } from './CaseHearings.tsx';
import { CaseSchedule } from '../calendar/CaseSchedule.tsx';
import { CaseOrders } from './CaseOrders.tsx';
import { CasePeople } from './CasePeople.tsx';
import { CasePlans } from './CasePlans.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { CourtReportPanel } from '../reports/CourtReportPanel.tsx';
import { BreakGlassBanner } from '../breakglass/BreakGlassBanner.tsx';
import { BreakGlassNotFound } from '../breakglass/BreakGlassNotFound.tsx';

/**
 * The case page: what the case is, its children, the people on it, its hearings, and its orders with
 * their findings. The API answers 404 for a case out of reach as for a missing one (403 to a role that may
 * open no case at all); the page says the same plain thing for all of them.
 */
export function CasePage({ caseId }: { caseId: string }) {
  const { m } = useI18n();
  // A break-the-glass reason holds for this page view only: state, never stored in the browser.
  const [glass, setGlass] = useState<string | null>(null);
  const found = useResource(`case:${caseId}:${glass ?? ''}`, (signal) => getCase(caseId, signal, glass));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <BreakGlassNotFound
        title={m.case.notFoundTitle}
        text={m.case.notFoundText}
        error={found.error}
        reason={glass}
        onOpen={setGlass}
      />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const c = found.data;
  return (
    <>
      <PageHeading title={m.case.title(c.petitionNumber)} />
      <CaseActions detail={c} />
      {glass && <BreakGlassBanner reason={glass} />}
      <CaseAbout detail={c} />
      <CaseTimeline detail={c} />
      <CasePlans detail={c} />
      <CasePeople detail={c} />
      <CaseHearings hearings={c.hearings} children={c.children} />
      <CaseSchedule caseId={caseId} breakGlass={glass} />
      <CourtReportPanel hearings={c.hearings} />
      <CaseOrders detail={c} />
    </>
  );
}
