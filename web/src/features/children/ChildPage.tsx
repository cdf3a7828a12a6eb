import { getChild } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ChildAbout } from './ChildAbout.tsx';
import { ChildCases } from './ChildCases.tsx';
import { ChildFindings } from './ChildFindings.tsx';
import { ChildHearings } from './ChildHearings.tsx';
import { ChildPlans } from './ChildPlans.tsx';
import { ChildSensitive } from './ChildSensitive.tsx';
import { ChildTimeline } from './ChildTimeline.tsx';

/**
 * The child page. A `full` view draws the child's history (timeline, plans, findings, cases); a `basic`
 * view (a caregiver, the youth) shows who the child is and their next hearings only. A child out of reach
 * reads as not found, like a missing one.
 */
export function ChildPage({ childId }: { childId: string }) {
  const { m, fmt } = useI18n();
  const found = useResource(`child:${childId}`, (signal) => getChild(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const child = found.data;
  return (
    <>
      <PageHeading title={fmt.name(child.givenName, child.familyName)} />
      {child.view === 'basic' && <Alert type="info">{m.child.basicNote}</Alert>}
      <ChildAbout child={child} />
      <ChildHearings child={child} />
      {child.view === 'full' && (
        <>
          <ChildTimeline child={child} />
          <ChildPlans plans={child.permanencyPlans ?? []} />
          <ChildFindings findings={child.findings ?? []} />
          <ChildCases cases={child.cases ?? []} />
        </>
      )}
      <ChildSensitive child={child} />
    </>
  );
}
