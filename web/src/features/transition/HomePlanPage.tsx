import { createHomePlan, getHomePlans, updateHomePlan } from '../../api/hearth.ts';
import type { ChildRecord, HomePlans } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { childPath, WithChild } from '../forms/records.tsx';
import { homeBody, homeFieldOf, homeFormValues, VISIT_STEPS } from './transitionModel.ts';

/**
 * Write or update the transition home plan of the child's current time in care (NMSA 1978
 * §32A-4-25.1(C)): services, the safety plan, the steps of family time and aftercare. A trial home
 * visit begins only once it is complete, or on a court order.
 */
export function HomePlanPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('plan.record')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <LoadPlans child={c} />}</WithChild>;
}

function LoadPlans({ child }: { child: ChildRecord }) {
  const { m } = useI18n();
  const found = useResource(`home-plan-form:${child.id}`, (signal) => getHomePlans(child.id, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  if (!found.data.inCare)
    return <NotFoundPage title={m.transition.homeTitle} text={m.transition.homeNotInCare} />;
  return <HomeForm child={child} plans={found.data} />;
}

function HomeForm({ child, plans }: { child: ChildRecord; plans: HomePlans }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const current = plans.items.find((p) => p.current) ?? null;
  const form = useForm(() => homeFormValues(current));
  const name = fmt.name(child.givenName, child.familyName);

  async function submit() {
    const body = homeBody(form.values);
    await form.submit(
      async () => {
        if (current) await updateHomePlan(child.id, current.id, current.version, body);
        else await createHomePlan(child.id, body);
        saveAndReturn(childPath(child.id), w.homeSaved);
      },
      (path) => homeFieldOf(path, body),
    );
  }

  return (
    <FormPage
      title={`${current ? w.homeEdit : w.homeRecord}: ${name}`}
      intro={w.homeIntro}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={current ? w.homeEdit : w.homeRecord}
    >
      <p className="text-base-dark">
        {w.homeBeforeVisit} {w.rule} {plans.citation}
      </p>
      <TextArea {...form.text('services', w.servicesLabel)} optional maxLength={3000} />
      <TextArea {...form.text('safetyPlan', w.safetyPlan)} optional maxLength={4000} />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{w.visits}</legend>
        <p className="usa-hint">{w.stepHint}</p>
        {VISIT_STEPS.map((step) => (
          <div key={step} className="grid-row grid-gap">
            <div className="tablet:grid-col-6">
              <DateInput {...form.text(`visits.${step}.startDate`, w.stepStart(w.step[step]))} optional />
            </div>
            <div className="tablet:grid-col-6">
              <DateInput {...form.text(`visits.${step}.endDate`, w.stepEnd(w.step[step]))} optional />
            </div>
          </div>
        ))}
      </fieldset>
      <TextArea {...form.text('aftercare', w.aftercareLabel)} optional maxLength={3000} />
      <Checkbox {...form.flag('complete', w.homeComplete)} />
    </FormPage>
  );
}
