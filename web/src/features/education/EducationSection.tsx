import { getEducation } from '../../api/hearth.ts';
import type { EducationRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { ActionLinks } from '../forms/RecordActions.tsx';
import { educationPaths } from './educationPaths.ts';
import {
  AdvocatePart,
  AttendancePart,
  BestInterestPart,
  CreditsPart,
  DecisionMakerPart,
  FlagsPart,
  PlanPart,
  SchoolsPart,
} from './EducationParts.tsx';

/**
 * The child's education record on the child page, for readers of the child's history: the flags first,
 * then the schools as a small timeline with the moves counted, the determinations with their transport
 * plans, decision-maker, IEP or 504 plan (or a plain note that it is withheld), attendance, credits and
 * advocate. Links to the forms for those who may record (the server still decides).
 */
export function EducationSection({ childId }: { childId: string }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const found = useResource(`education:${childId}`, (signal) => getEducation(childId, signal));
  return (
    <Section id="child-education" title={m.education.title}>
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' && <EducationView data={found.data} mayRecord={permitted('education.record')} />}
    </Section>
  );
}

export function EducationView({ data, mayRecord }: { data: EducationRecord; mayRecord: boolean }) {
  const { m } = useI18n();
  const w = m.education;
  const p = educationPaths(data.childId);
  const links = mayRecord
    ? [
        { to: p.school, text: w.actions.school },
        { to: p.bestInterest, text: w.actions.bid },
        { to: p.decisionMaker, text: w.actions.maker },
        ...(data.specialEducation.withheld ? [] : [{ to: p.plan, text: w.actions.plan }]),
        { to: p.attendance, text: w.actions.attendance },
        { to: p.credits, text: w.actions.credits },
        { to: p.advocate, text: w.actions.advocate },
      ]
    : [];
  return (
    <>
      <p className="text-base-dark">{w.intro}</p>
      <ActionLinks label={w.actions.heading} links={links} />
      <FlagsPart data={data} />
      <SchoolsPart data={data} />
      <BestInterestPart data={data} />
      <DecisionMakerPart data={data} />
      <PlanPart data={data} />
      <AttendancePart data={data} />
      <CreditsPart data={data} />
      <AdvocatePart data={data} />
    </>
  );
}
