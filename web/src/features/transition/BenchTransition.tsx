import type { BenchTransition as BenchTransitionData } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { STATUS_TAG } from './transitionModel.ts';

/**
 * The transition section of the judge's bench view (rendered by the well-being slice): for each child,
 * the plan to adulthood's status and due date with the exit documents still to get, and the transition
 * home plan. Status is written out beside its colour.
 */
export function BenchTransition({ transition }: { transition: BenchTransitionData }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const shown = transition.children.filter(
    (c) => c.adulthood || (c.homePlan && c.homePlan.status !== 'none'),
  );
  return (
    <section aria-labelledby="bench-transition" data-section="transition">
      <h2 id="bench-transition">{w.benchTitle}</h2>
      {shown.length === 0 ? (
        <p>{w.benchNone}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {shown.map((c) => (
            <li key={c.childId} className="margin-bottom-2" data-child={c.childId}>
              <strong>{fmt.name(c.givenName, c.familyName)}</strong>
              {c.adulthood && (
                <p className="margin-y-05">
                  <span className={`usa-tag ${STATUS_TAG[c.adulthood.status]}`}>
                    {w.status[c.adulthood.status]}
                  </span>{' '}
                  {w.benchPlan(
                    c.adulthood.hasPlan ? w.status[c.adulthood.status].toLowerCase() : w.benchNoPlan,
                    fmt.date(c.adulthood.dueDate),
                  )}
                </p>
              )}
              {c.adulthood && c.adulthood.missingExitDocuments.length > 0 && (
                <p className="margin-y-05">
                  {w.benchMissing(fmt.list(c.adulthood.missingExitDocuments.map((d) => w.document[d])))}
                </p>
              )}
              {c.homePlan && c.homePlan.status !== 'none' && (
                <p className="margin-y-05">{w.benchHome(w.homeStatus[c.homePlan.status].toLowerCase())}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
