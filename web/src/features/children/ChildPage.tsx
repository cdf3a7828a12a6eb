import { useState } from 'react';
import { getChild } from '../../api/hearth.ts';
import { useResource } from '../../api/useResource.ts';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ChildAbout } from './ChildAbout.tsx';
import { ChildActions } from './ChildActions.tsx';
import { ChildCases } from './ChildCases.tsx';
import { ChildFindings } from './ChildFindings.tsx';
import { ChildHearings } from './ChildHearings.tsx';
import { ChildPlans } from './ChildPlans.tsx';
import { ChildSensitive } from './ChildSensitive.tsx';
import { ChildTimeline } from './ChildTimeline.tsx';
import { ClocksPanel } from '../pacing/ClocksPanel.tsx';
import { EducationSection } from '../education/EducationSection.tsx';
import { NormalcySection } from '../education/NormalcySection.tsx';
import { ChildWellbeing } from '../wellbeing/ChildWellbeing.tsx';
import { ChildContactsLink } from '../contacts/ChildContactsLink.tsx';
import { ChildVoiceLink } from '../voice/VoiceLinks.tsx';
import { BreakGlassBanner } from '../breakglass/BreakGlassBanner.tsx';
import { TransitionSection } from '../transition/TransitionSection.tsx';
import { BreakGlassNotFound } from '../breakglass/BreakGlassNotFound.tsx';

/**
 * The child page. A `full` view draws the child's history (timeline, plans, findings, cases); a `basic`
 * view (a caregiver, the youth) shows who the child is and their next hearings only. A child out of reach
 * reads as not found, like a missing one.
 */
export function ChildPage({ childId }: { childId: string }) {
  const { m, fmt } = useI18n();
  // A break-the-glass reason holds for this page view only: state, never stored in the browser.
  const [glass, setGlass] = useState<string | null>(null);
  const found = useResource(`child:${childId}:${glass ?? ''}`, (signal) => getChild(childId, signal, glass));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <BreakGlassNotFound
        title={m.child.notFoundTitle}
        text={m.child.notFoundText}
        error={found.error}
        reason={glass}
        onOpen={setGlass}
      />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const child = found.data;
  return (
    <>
      <PageHeading title={fmt.name(child.givenName, child.familyName)} />
      {glass && <BreakGlassBanner reason={glass} />}
      {child.view === 'basic' && <Alert type="info">{m.child.basicNote}</Alert>}
      <ChildActions child={child} />
      <ChildAbout child={child} />
      <ChildHearings child={child} />
      <ChildWellbeing child={child} />
      <ChildVoiceLink childId={child.id} />
      {child.view === 'full' && (
        <>
          <ChildTimeline child={child} />
          <ClocksPanel childId={child.id} glass={glass} />
          <ChildContactsLink child={child} />
          <ChildPlans plans={child.permanencyPlans ?? []} />
          {!glass && <EducationSection childId={child.id} />}
          <ChildFindings findings={child.findings ?? []} />
          <ChildCases cases={child.cases ?? []} />
        </>
      )}
      {!glass && <NormalcySection childId={child.id} />}
      {!glass && <TransitionSection childId={child.id} />}
      <ChildSensitive child={child} onBreakGlass={glass ? undefined : setGlass} />
    </>
  );
}
