import { useState, type FormEvent } from 'react';
import { scopesFor } from '@hearth/core';
import { getAdulthoodPlan, listChildren, writeMyGoals } from '../../api/hearth.ts';
import { ApiError } from '../../api/client.ts';
import type { AdulthoodPlan } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Alert } from '../../components/Alert.tsx';
import { fieldId } from '../../components/form/formValues.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { ExitDocuments, NotAcceptedMembers } from './AdulthoodPlanDetails.tsx';

/**
 * On a young person's own home: their plan for after foster care in plain words, the goals they write
 * themselves, and the documents they will leave with. Shown to whoever writes their own goals ('self'),
 * decided by the scope, not a role name.
 */
export function YouthTransitionSection() {
  const me = useMe();
  const roles = me.roles.map((r) => r.role);
  if (!scopesFor(roles, 'transition.writeGoals').includes('self')) return null;
  return <MyPlan />;
}

function MyPlan() {
  const { m } = useI18n();
  const w = m.transition;
  const [reload, setReload] = useState(0);
  // Kept here: saving reloads the plan, and the form under it is drawn anew.
  const [saved, setSaved] = useState(false);
  const found = useResource(`my-transition:${reload}`, async (signal) => {
    const children = await listChildren(signal);
    return Promise.all(children.items.map((c) => getAdulthoodPlan(c.id, signal)));
  });
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error') return <ProblemAlert error={found.error} />;
  const plans = found.data.filter((a) => a.applies || a.plan);
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="my-transition-heading" className="margin-top-4">
      <h2 id="my-transition-heading">{w.myTitle}</h2>
      <p>{w.myIntro}</p>
      {saved && (
        <Alert type="success" slim live>
          {w.myGoalsSaved}
        </Alert>
      )}
      {plans.map((a) => (
        <OnePlan
          key={a.childId}
          answer={a}
          onSaved={() => {
            setSaved(true);
            setReload((n) => n + 1);
          }}
        />
      ))}
    </section>
  );
}

function OnePlan({ answer, onSaved }: { answer: AdulthoodPlan; onSaved: () => void }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const plan = answer.plan;
  if (!plan) return <p>{w.myNone}</p>;
  return (
    <div data-section="my-plan">
      {answer.schedule && (
        <p className="text-bold">
          {plan.ninetyDayCompletedOn ? w.myDone : w.myDue(fmt.date(answer.schedule.dueDate))}
        </p>
      )}
      <GoalsForm answer={answer} onSaved={onSaved} />
      <h3>{w.adulthoodTitle}</h3>
      <ul className="usa-list">
        {(['housing', 'education', 'employment'] as const).map((d) => (
          <li key={d}>
            <strong>{w.domain[d]}:</strong> {w.domainState[plan.domains[d].state]}
            {plan.domains[d].notes && `. ${plan.domains[d].notes}`}
          </li>
        ))}
        {plan.health &&
          (['coverage', 'proxy'] as const).map((h) => (
            <li key={h}>
              <strong>{w.domain[h]}:</strong> {w.domainState[plan.health![h].state]}
              {plan.health![h].notes && `. ${plan.health![h].notes}`}
            </li>
          ))}
      </ul>
      {(plan.team.length > 0 || plan.connections.length > 0) && (
        <>
          <h3>{w.myTeamTitle}</h3>
          <ul className="usa-list">
            {[
              ...plan.team
                .filter((t) => !t.rejected)
                .map((t) => `${t.name} (${w.relationship[t.relationship]})`),
              ...plan.connections.map((c) => (c.relationship ? `${c.name} (${c.relationship})` : c.name)),
            ].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <NotAcceptedMembers team={plan.team} />
      <ExitDocuments answer={answer} title={w.myDocsTitle} />
    </div>
  );
}

/** The youth's goals, in their own words: one box, saved with the version it was loaded at. */
function GoalsForm({ answer, onSaved }: { answer: AdulthoodPlan; onSaved: () => void }) {
  const { m } = useI18n();
  const w = m.transition;
  const plan = answer.plan!;
  const [goals, setGoals] = useState(plan.youthGoals.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = fieldId('goals');

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await writeMyGoals(answer.childId, plan.version, goals.trim());
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="usa-form maxw-tablet" onSubmit={(e) => void submit(e)}>
      <h3>{w.myGoalsTitle}</h3>
      {error && <ProblemAlert error={error} />}
      <label className="usa-label" htmlFor={id}>
        {w.myGoalsLabel}
      </label>
      <div className="usa-hint" id={`${id}-hint`}>
        {w.myGoalsHint}
      </div>
      <textarea
        id={id}
        name={id}
        className="usa-textarea"
        maxLength={2000}
        value={goals}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setGoals(e.target.value)}
      />
      <button type="submit" className="usa-button margin-top-2" disabled={busy}>
        {busy ? m.forms.saving : w.myGoalsSave}
      </button>
    </form>
  );
}
