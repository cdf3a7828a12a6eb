import { getBenchView } from '../../api/hearth.ts';
import type { BenchChild, BenchView } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { BenchContacts } from '../contacts/BenchContacts.tsx';
import { BenchEducation } from '../education/BenchEducation.tsx';
import { BenchTransition } from '../transition/BenchTransition.tsx';
import { BenchVoices } from '../voice/BenchVoices.tsx';
import { BenchChecklist } from './BenchChecklist.tsx';
import { WellbeingTrend } from './WellbeingTrend.tsx';
import { wellbeingPaths } from './wellbeingPaths.ts';

/** One child on the bench: who, where they live now, how long in care, the checklist and its trend. */
function BenchChildSection({ child, view }: { child: BenchChild; view: BenchView }) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  const name = fmt.name(child.givenName, child.familyName);
  const h = `bench-child-${child.id}`;
  return (
    <section aria-labelledby={h} className="margin-top-5" data-child={child.id}>
      <h2 id={h}>{name}</h2>
      <ul className="usa-list usa-list--unstyled">
        <li>{child.age === null ? w.ageUnknown : w.age(child.age)}</li>
        <li>
          {child.placement
            ? w.livingIn(
                label('placementSetting', child.placement.setting),
                child.placement.providerName,
                fmt.date(child.placement.since),
              )
            : w.notInCare}
        </li>
        {child.daysInCare !== null && child.removalDate && (
          <li>{w.daysInCare(child.daysInCare, fmt.date(child.removalDate))}</li>
        )}
      </ul>
      <h3 id={`${h}-checklist`}>{w.checklistHeading}</h3>
      {child.checklist ? (
        <>
          <BenchChecklist data={child.checklist} headingId={`${h}-checklist`} />
          <p className="margin-top-1">
            <Link
              to={wellbeingPaths.checklist(view.hearing.id, child.id)}
              aria-label={w.linkFor(
                w.checklistLink(name),
                label('hearingType', view.hearing.type),
                fmt.hearingTime(view.hearing.start),
              )}
            >
              {w.checklistLink(name)}
            </Link>
          </p>
        </>
      ) : (
        <p>{w.noChecklist}</p>
      )}
      <h3>{w.trendHeading}</h3>
      <WellbeingTrend name={name} points={child.history} />
    </section>
  );
}

/**
 * The judge's bench view of a hearing (for judges and clerks): each child of the case with the checklist's
 * concerns first and the question to ask beside each, the trend, then the other slices' sections:
 * the young people's and caregivers' words, education, caseworker contacts, transition.
 */
export function BenchPage({ hearingId }: { hearingId: string }) {
  const { m, fmt, label } = useI18n();
  const w = m.wellbeing;
  const found = useResource(`bench:${hearingId}`, (signal) => getBenchView(hearingId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.common.notFoundTitle} text={w.notFoundBench} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const view = found.data;
  const names = new Map(view.children.map((c) => [c.id, fmt.name(c.givenName, c.familyName)]));
  return (
    <>
      <PageHeading
        title={w.benchTitle(label('hearingType', view.hearing.type), fmt.date(view.hearing.date))}
      />
      <p>
        <Link to={`/cases/${encodeURIComponent(view.hearing.caseId)}`}>
          {w.backToCase(view.hearing.petitionNumber)}
        </Link>
      </p>
      <p className="usa-intro">
        {fmt.longHearingTime(view.hearing.start)}
        {view.hearing.courtroom && `, ${view.hearing.courtroom}`}
        {view.hearing.judgeName && `, ${view.hearing.judgeName}`} (
        {label('hearingStatus', view.hearing.status)})
      </p>
      <p>{w.benchIntro}</p>
      {view.children.length === 0 && <p>{w.noChildren}</p>}
      {view.children.map((c) => (
        <BenchChildSection key={c.id} child={c} view={view} />
      ))}
      <BenchVoices voices={view.voices} />
      <BenchEducation education={view.education} nameOf={(id) => names.get(id) ?? ''} />
      <BenchContacts contacts={view.contacts} />
      <BenchTransition transition={view.transition} />
    </>
  );
}
