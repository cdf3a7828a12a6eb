import { PageHeading } from '../../components/PageHeading.tsx';
import { OpenCaseLink } from '../forms/OpenCaseLink.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { DataLink } from '../data/DataLink.tsx';
import { CourtMeasuresLink } from '../court-measures/CourtMeasuresLink.tsx';
import { CqiLink } from '../cqi/CqiLink.tsx';
import { DocketHomeLink } from '../dockets/DocketHomeLink.tsx';
import { AccountsSection } from './AccountsSection.tsx';
import { CasesSection } from './CasesSection.tsx';
import { ChildrenSection } from './ChildrenSection.tsx';
import { DueSection } from './DueSection.tsx';
import { NotSeenSection } from '../contacts/NotSeenSection.tsx';
import { AtRiskSection } from '../pacing/AtRiskSection.tsx';
import { YouthPeopleSection } from './YouthPeopleSection.tsx';
import { YouthTransitionSection } from '../transition/YouthTransitionSection.tsx';
import { VoiceHomeLinks } from '../voice/VoiceLinks.tsx';
import { CalendarFeedPanel } from '../feeds/CalendarFeedPanel.tsx';
import { homeSections, isDocket, primaryRole } from './homeFor.ts';

/** Each person's home: named for their role, holding what their permissions let them list. */
export function HomePage() {
  const { m } = useI18n();
  const me = useMe();
  const roles = me.roles.map((r) => r.role);
  const role = primaryRole(roles);
  const sections = homeSections(roles);
  const showsHearings = sections.includes('cases') || sections.includes('children');
  return (
    <>
      <PageHeading title={role ? m.home.heading[role] : m.app.home} />
      <p className="usa-intro">
        {m.home.welcome(me.displayName)} {role && m.home.intro[role]}
      </p>
      <DataLink roles={roles} />
      <CourtMeasuresLink roles={roles} />
      <CqiLink roles={roles} />
      <DocketHomeLink roles={roles} />
      {showsHearings && <p className="text-base-dark">{m.common.timesNote}</p>}
      <OpenCaseLink />
      <VoiceHomeLinks />
      <DueSection />
      <NotSeenSection />
      <AtRiskSection />
      {sections.includes('children') && <ChildrenSection />}
      {sections.includes('cases') && <CasesSection byDay={isDocket(roles)} />}
      <YouthPeopleSection />
      <YouthTransitionSection />
      {sections.includes('accounts') && <AccountsSection />}
      <CalendarFeedPanel />
    </>
  );
}
