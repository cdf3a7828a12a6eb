import { createAdulthoodPlan, getAdulthoodPlan, updateAdulthoodPlan } from '../../api/hearth.ts';
import type { AdulthoodPlan, ChildRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asFlag } from '../../components/form/formValues.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useForm, type Form } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { childPath, WithChild } from '../forms/records.tsx';
import { PlanSchedule } from './AdulthoodPlanDetails.tsx';
import {
  connectionRows,
  DOCUMENT_STATES,
  DOMAIN_STATES,
  DOMAINS,
  EXIT_DOCUMENTS,
  planBody,
  planFormValues,
  TEAM_RELATIONSHIPS,
  teamRows,
} from './transitionModel.ts';

/**
 * Record or update a youth's plan to adulthood (SSA §475(1)(B), §475(5)(H), (I)): the domains, the
 * permanent connections, the youth-chosen team, the exit documents, credit checks, the youth's goals and
 * the day the 90-day plan was completed. The agency writes it (`plan.record`); each save is a version.
 */
export function AdulthoodPlanPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('plan.record')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <LoadPlan child={c} />}</WithChild>;
}

function LoadPlan({ child }: { child: ChildRecord }) {
  const { m } = useI18n();
  const found = useResource(`transition-plan-form:${child.id}`, (signal) =>
    getAdulthoodPlan(child.id, signal),
  );
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.child.notFoundTitle} text={m.child.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  if (!found.data.mayRecord)
    return <NotFoundPage title={m.transition.adulthoodTitle} text={m.transition.adulthoodNotYet} />;
  return <PlanForm child={child} answer={found.data} />;
}

function PlanForm({ child, answer }: { child: ChildRecord; answer: AdulthoodPlan }) {
  const { m, fmt } = useI18n();
  const w = m.transition;
  const plan = answer.plan;
  const form = useForm(() => planFormValues(plan));
  const name = fmt.name(child.givenName, child.familyName);
  const today = courtDay(new Date());
  const stateOptions = DOMAIN_STATES.map((s) => ({ value: s, label: w.domainState[s] }));

  async function submit() {
    await form.submit(async () => {
      const body = planBody(form.values, plan, answer.healthVisible);
      if (plan) await updateAdulthoodPlan(child.id, plan.version, body);
      else await createAdulthoodPlan(child.id, body);
      saveAndReturn(childPath(child.id), w.saved);
    });
  }

  const domain = (key: string, label: string) => (
    <fieldset key={key} className="usa-fieldset margin-top-3">
      <legend className="usa-legend usa-legend--large">{label}</legend>
      <SelectInput {...form.text(`${key}.state`, w.domainStateLabel(label))} noEmpty options={stateOptions} />
      <TextArea {...form.text(`${key}.notes`, w.domainNotes(label))} optional maxLength={2000} />
    </fieldset>
  );

  return (
    <FormPage
      title={`${plan ? w.edit : w.record}: ${name}`}
      intro={w.intro}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={plan ? w.edit : w.record}
    >
      <PlanSchedule answer={answer} />
      <TextArea {...form.text('youthGoals', w.goals)} optional maxLength={2000} />
      {DOMAINS.map((d) => domain(d, w.domain[d]))}
      {answer.healthVisible && (
        <>
          {domain('health.coverage', w.domain.coverage)}
          {domain('health.proxy', w.domain.proxy)}
        </>
      )}
      <Connections form={form} answer={answer} />
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{w.team}</legend>
        <p className="usa-hint">{w.teamRule}</p>
        {Array.from({ length: teamRows(form.values) }, (_, i) => (
          <div key={i} data-team-row={i}>
            <TextInput {...form.text(`team.${i}.name`, w.teamName(i + 1))} optional />
            <SelectInput
              {...form.text(`team.${i}.relationship`, w.teamRelationship(i + 1))}
              optional
              options={TEAM_RELATIONSHIPS.map((r) => ({ value: r, label: w.relationship[r] }))}
            />
            {/* SSA §475(1)(B), §475A(b): the agency may reject a member for good cause; the youth may choose another. */}
            <Checkbox {...form.flag(`team.${i}.rejected`, w.teamRejected(i + 1))} />
            {asFlag(form.values[`team.${i}.rejected`]) && (
              <TextArea
                {...form.text(`team.${i}.rejected.reason`, w.teamRejectedReason(i + 1))}
                hint={w.teamRejectedHint}
                maxLength={1000}
              />
            )}
          </div>
        ))}
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{w.documents}</legend>
        {EXIT_DOCUMENTS.map((kind, i) => (
          <div key={kind}>
            <SelectInput
              {...form.text(`exitDocuments.${i}.state`, w.documentStateLabel(w.document[kind]))}
              noEmpty
              options={DOCUMENT_STATES.map((s) => ({ value: s, label: w.documentState[s] }))}
            />
            <DateInput
              {...form.text(`exitDocuments.${i}.date`, w.documentDate(w.document[kind]))}
              optional
              max={today}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend usa-legend--large">{w.credit}</legend>
        {plan?.creditChecks.map((c) => (
          <p key={c.checkedOn}>
            {fmt.date(c.checkedOn)}: {w.creditResult[c.result]}
          </p>
        ))}
        <DateInput {...form.text('newCredit.checkedOn', w.creditAdd)} optional max={today} />
        <SelectInput
          {...form.text('newCredit.result', w.creditAddResult)}
          optional
          options={(['no_file', 'clean', 'issues_found'] as const).map((r) => ({
            value: r,
            label: w.creditResult[r],
          }))}
        />
      </fieldset>
      <Checkbox {...form.flag('extendedCare', w.extendedCare)} />
      <DateInput
        {...form.text('ninetyDayCompletedOn', w.completedOn)}
        hint={w.completedHint}
        optional
        max={today}
      />
    </FormPage>
  );
}

function Connections({ form, answer }: { form: Form; answer: AdulthoodPlan }) {
  const { m } = useI18n();
  const w = m.transition;
  return (
    <fieldset className="usa-fieldset margin-top-3">
      <legend className="usa-legend usa-legend--large">{w.connections}</legend>
      {Array.from({ length: connectionRows(answer.plan) }, (_, i) => (
        <div key={i} className="grid-row grid-gap">
          <div className="tablet:grid-col-6">
            <TextInput {...form.text(`connections.${i}.name`, `${w.connectionName} ${i + 1}`)} optional />
          </div>
          <div className="tablet:grid-col-6">
            <TextInput
              {...form.text(`connections.${i}.relationship`, `${w.connectionRelationship} ${i + 1}`)}
              optional
            />
          </div>
        </div>
      ))}
    </fieldset>
  );
}
