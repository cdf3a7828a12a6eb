import { getAdulthoodPlan, getHomePlans } from '../../api/hearth.ts';
import type { HomePlan } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { AdulthoodPlanDetails, PlanSchedule } from './AdulthoodPlanDetails.tsx';
import { adulthoodPlanPath, homePlanPath } from './transitionPaths.ts';

/**
 * The child page's Transition section: the plan to adulthood (for readers of it, a youth of 14 or older)
 * and the transition home plans (for readers of the child's history). Nothing for anyone else; what
 * each sees is the server's to decide.
 */
export function TransitionSection({ childId }: { childId: string }) {
  const { m } = useI18n();
  const permitted = usePermitted();
  const readsPlan = permitted('transition.read');
  const readsHistory = permitted('child.readHistory');
  if (!readsPlan && !readsHistory) return null;
  return (
    <Section id="child-transition" title={m.transition.title}>
      {readsPlan && <AdulthoodPanel childId={childId} />}
      {readsHistory && <HomePanel childId={childId} />}
    </Section>
  );
}

function AdulthoodPanel({ childId }: { childId: string }) {
  const { m } = useI18n();
  const w = m.transition;
  const found = useResource(`transition-plan:${childId}`, (signal) => getAdulthoodPlan(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [403, 404].includes(found.error.status) ? null : <ProblemAlert error={found.error} />;
  const answer = found.data;
  if (!answer.applies && !answer.plan) return null;
  return (
    <div data-section="adulthood-plan">
      <h3>{w.adulthoodTitle}</h3>
      <PlanSchedule answer={answer} />
      {!answer.plan && <p>{w.adulthoodNone}</p>}
      {answer.mayRecord && (
        <p>
          <Link to={adulthoodPlanPath(childId)} className="usa-button usa-button--outline">
            {answer.plan ? w.edit : w.record}
          </Link>
        </p>
      )}
      <AdulthoodPlanDetails answer={answer} />
    </div>
  );
}

function HomePanel({ childId }: { childId: string }) {
  const { m } = useI18n();
  const w = m.transition;
  const found = useResource(`home-plans:${childId}`, (signal) => getHomePlans(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [403, 404].includes(found.error.status) ? null : <ProblemAlert error={found.error} />;
  const { items, inCare, mayRecord, citation } = found.data;
  if (!inCare && items.length === 0) return null;
  const current = items.find((p) => p.current) ?? null;
  return (
    <div data-section="home-plan">
      <h3>{w.homeTitle}</h3>
      <p className="text-base-dark">{w.homeBeforeVisit}</p>
      {current ? <HomePlanDetails plan={current} /> : inCare && <p>{w.homeNone}</p>}
      {mayRecord && inCare && (
        <p>
          <Link to={homePlanPath(childId)} className="usa-button usa-button--outline">
            {current ? w.homeEdit : w.homeRecord}
          </Link>
        </p>
      )}
      {items
        .filter((p) => !p.current)
        .map((p) => (
          <details key={p.id}>
            <summary>{w.homeEarlier}</summary>
            <HomePlanDetails plan={p} />
          </details>
        ))}
      <p className="margin-top-1 font-sans-3xs text-base-dark">
        {w.rule} {citation}
      </p>
    </div>
  );
}

export function HomePlanDetails({ plan }: { plan: HomePlan }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  return (
    <div data-home-status={plan.status}>
      <p>
        <span
          className={`usa-tag ${plan.status === 'completed' ? 'bg-success-dark text-white' : 'bg-base-lighter text-ink'}`}
        >
          {w.homeStatus[plan.status]}
        </span>{' '}
        {plan.completedOn && w.homeCompletedOn(fmt.date(plan.completedOn))}
      </p>
      <h4>{w.visits}</h4>
      <ol>
        {plan.visits.map((v) => (
          <li key={v.step}>
            {w.step[v.step]}: {w.stepDates(fmt.date(v.startDate), v.endDate ? fmt.date(v.endDate) : null)}
          </li>
        ))}
      </ol>
      <h4>{w.services}</h4>
      <ul>
        {plan.services.map((s) => (
          <li key={s.name}>{s.name}</li>
        ))}
      </ul>
      <h4>{w.safetyPlan}</h4>
      <p>{plan.safetyPlan || '—'}</p>
      <h4>{w.aftercare}</h4>
      <ul>
        {plan.aftercare.map((s) => (
          <li key={s.name}>{s.name}</li>
        ))}
      </ul>
    </div>
  );
}
