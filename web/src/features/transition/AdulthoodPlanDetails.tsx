import type { AdulthoodPlan, TeamMember } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DOMAINS, EXIT_DOCUMENTS, STATUS_TAG } from './transitionModel.ts';

type Props = { answer: AdulthoodPlan };

/** The 90-day plan's status and due date in words beside its colour, with the rule it comes from. */
export function PlanSchedule({ answer }: Props) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const s = answer.schedule;
  if (!s) return null;
  return (
    <>
      <p className="margin-y-1" data-plan-status={s.status}>
        <span className={`usa-tag ${STATUS_TAG[s.status]}`}>{w.status[s.status]}</span>{' '}
        {answer.plan?.ninetyDayCompletedOn
          ? w.ninetyDayDone(fmt.date(answer.plan.ninetyDayCompletedOn))
          : w.ninetyDay(fmt.date(s.dueDate), fmt.date(s.exitDate))}
      </p>
      {answer.plan && answer.plan.ninetyDayMissing.length > 0 && !answer.plan.ninetyDayCompletedOn && (
        <p className="margin-y-1">
          {w.ninetyDayMissing(fmt.list(answer.plan.ninetyDayMissing.map((e) => w.element[e])))}
        </p>
      )}
      <p className="margin-top-1 font-sans-3xs text-base-dark">
        {w.rule} {s.citation}
        {s.unconfirmed && ` (${w.unconfirmed})`}
      </p>
    </>
  );
}

/** The plan to adulthood as a professional on the case reads it. */
export function AdulthoodPlanDetails({ answer }: Props) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const plan = answer.plan;
  if (!plan) return null;
  return (
    <>
      <h4>{w.goals}</h4>
      {plan.youthGoals.text ? (
        <blockquote className="margin-left-0 padding-left-2 border-left-05 border-base-light">
          <p className="margin-y-1">{plan.youthGoals.text}</p>
          {plan.youthGoals.writtenBy && (
            <footer className="font-sans-3xs text-base-dark">{w.goalsBy[plan.youthGoals.writtenBy]}</footer>
          )}
        </blockquote>
      ) : (
        <p>{w.goalsNone}</p>
      )}
      <table className="usa-table usa-table--borderless usa-table--compact width-full">
        <caption className="text-left">{w.adulthoodTitle}</caption>
        <tbody>
          {DOMAINS.map((d) => (
            <tr key={d}>
              <th scope="row">{w.domain[d]}</th>
              <td>{w.domainState[plan.domains[d].state]}</td>
              <td>{plan.domains[d].notes}</td>
            </tr>
          ))}
          {plan.health &&
            (['coverage', 'proxy'] as const).map((h) => (
              <tr key={h}>
                <th scope="row">{w.domain[h]}</th>
                <td>{w.domainState[plan.health![h].state]}</td>
                <td>{plan.health![h].notes}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {plan.healthWithheld && <p className="text-base-dark">{w.healthWithheld}</p>}
      <h4>{w.connections}</h4>
      {plan.connections.length ? (
        <ul>
          {plan.connections.map((c) => (
            <li key={c.name}>
              {c.name}
              {c.relationship && ` (${c.relationship})`}
              {c.note && `: ${c.note}`}
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.connectionsNone}</p>
      )}
      <h4>{w.team}</h4>
      <p className="text-base-dark">{w.teamRule}</p>
      {plan.team.length ? (
        <ul>
          {plan.team.map((t) => (
            <li key={t.name} data-rejected={t.rejected ? 'true' : undefined}>
              {t.rejected ? <s>{t.name}</s> : t.name} ({w.relationship[t.relationship]})
              {t.rejected && (
                <>
                  {' — '}
                  <strong>{w.teamNotAccepted}</strong>
                  {` (${fmt.date(t.rejected.on)})`}
                  {t.rejected.reason && `: ${t.rejected.reason}`}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.teamNone}</p>
      )}
      <ExitDocuments answer={answer} />
      <h4>{w.credit}</h4>
      {plan.creditReportDue && <p>{w.creditNext(fmt.date(plan.creditReportDue))}</p>}
      {plan.creditChecks.length ? (
        <ul>
          {plan.creditChecks.map((c) => (
            <li key={c.checkedOn}>
              {fmt.date(c.checkedOn)}: {w.creditResult[c.result]}
            </li>
          ))}
        </ul>
      ) : (
        <p>{w.creditNone}</p>
      )}
      <details>
        <summary>{w.versions}</summary>
        <ul>
          {plan.versions.map((v) => (
            <li key={v.version}>
              {w.version(
                v.version,
                fmt.date(v.recordedAt.slice(0, 10)),
                v.byYouth ? w.byYouth : (v.recordedBy ?? ''),
              )}
              {v.changed.length > 0 && ` — ${w.changed(v.changed.join(', '))}`}
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

/** The exit documents (SSA §475(5)(I)) with what is still to get, or why none is required. */
export function ExitDocuments({ answer, title }: Props & { title?: string }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const plan = answer.plan;
  if (!plan) return null;
  const required = answer.schedule?.exitDocumentsRequired ?? true;
  return (
    <>
      <h4>{title ?? w.documents}</h4>
      {!required && <p>{w.documentsNotRequired}</p>}
      {required && <p>{w.documentsMissing(plan.missingExitDocuments.length)}</p>}
      <ul className="usa-list" data-section="exit-documents">
        {EXIT_DOCUMENTS.map((kind) => {
          const doc = plan.exitDocuments.find((d) => d.kind === kind);
          const state = doc?.state ?? 'needed';
          return (
            <li key={kind} data-document={kind} data-state={state}>
              {w.document[kind]}: {w.documentState[state]}
              {doc?.date && ` (${fmt.date(doc.date)})`}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/**
 * SSA §475(1)(B), §475A(b): the agency may reject a person the youth chose, for good cause; the youth may
 * choose someone else. The reason is not sent to the youth (the server withholds it): their caseworker
 * explains it in person.
 */
export function NotAcceptedMembers({ team }: { team: TeamMember[] }) {
  const { m } = useI18n();
  return (
    <>
      {team
        .filter((t) => t.rejected)
        .map((t) => (
          <p key={t.name} data-rejected-member={t.name}>
            {m.transition.myTeamNotAccepted(t.name)}
          </p>
        ))}
    </>
  );
}
