import type { Permission } from '@hearth/core';
import { getEducation, recordEducation, recordNormalcy } from '../../api/hearth.ts';
import type { ChildRecord, EducationRecord } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { CheckboxGroup } from '../../components/form/CheckboxGroup.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { checker } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { childPath, WithChild } from '../forms/records.tsx';
import type { EducationFormKind } from './educationPaths.ts';
import { buildBody, FORM_SPECS, type FieldSpec } from './educationFormSpecs.ts';

const PERMISSION: Record<EducationFormKind, Permission> = {
  school: 'education.record',
  bestInterest: 'education.record',
  decisionMaker: 'education.record',
  plan: 'education.record',
  attendance: 'education.record',
  credits: 'education.record',
  advocate: 'education.record',
  decision: 'normalcy.record',
  conversation: 'normalcy.record',
};

/**
 * One form of the education record or of normalcy, for one child. What each form asks and sends is
 * data (educationFormSpecs.ts); this lays it out, checks it in the browser and sends it. The server
 * checks everything again and names the field of each problem.
 */
export function EducationFormPage({ childId, kind }: { childId: string; kind: EducationFormKind }) {
  const permitted = usePermitted();
  if (!permitted(PERMISSION[kind])) return <NotAllowedPage />;
  return (
    <WithChild childId={childId}>
      {(child) =>
        kind === 'bestInterest' ? <WithPlacements child={child} /> : <SpecForm child={child} kind={kind} />
      }
    </WithChild>
  );
}

/** The determination's form offers the placement changes of the child's current episode. */
function WithPlacements({ child }: { child: ChildRecord }) {
  const found = useResource(`education-form:${child.id}`, (signal) => getEducation(child.id, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error') return <ProblemAlert error={found.error} />;
  return <SpecForm child={child} kind="bestInterest" record={found.data} />;
}

function SpecForm({
  child,
  kind,
  record,
}: {
  child: ChildRecord;
  kind: EducationFormKind;
  record?: EducationRecord;
}) {
  const { m, fmt, label } = useI18n();
  const w = m.education;
  const today = courtDay(new Date());
  const spec = FORM_SPECS[kind];
  const fields = spec.fields(w, {
    record,
    label: (s) => fmt.date(s),
    setting: (s) => label('placementSetting', s),
  });
  const form = useForm(() => ({ ...spec.initial(today) }));
  const name = fmt.name(child.givenName, child.familyName);
  const back = childPath(child.id);

  async function submit() {
    const check = checker(form.values);
    const built = buildBody(fields, form.values, check, today, w.form.wholeNumber);
    spec.check?.(form.values, check);
    const body = spec.shape ? spec.shape(built, form.values) : built;
    if (Object.keys(check.found).length) return form.fail(check.found);
    await form.submit(async () => {
      if (kind === 'decision' || kind === 'conversation')
        await recordNormalcy(child.id, kind === 'decision' ? 'decisions' : 'conversations', body);
      else await recordEducation(child.id, spec.part, body);
      saveAndReturn(back, w.form.saved);
    });
  }

  return (
    <FormPage
      title={spec.title(w, name)}
      intro={spec.intro?.(w)}
      back={{ to: back, text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={spec.submit(w)}
    >
      {fields.map((f) => (
        <Field key={f.key} f={f} form={form} today={today} />
      ))}
    </FormPage>
  );
}

function Field({ f, form, today }: { f: FieldSpec; form: ReturnType<typeof useForm>; today: string }) {
  switch (f.kind) {
    case 'legend':
      return <h2 className="font-heading-md margin-top-4 margin-bottom-0">{f.label}</h2>;
    case 'text':
    case 'number':
      return (
        <TextInput
          {...form.text(f.key, f.label)}
          hint={f.hint}
          optional={f.optional}
          width={f.kind === 'number' ? 'sm' : undefined}
        />
      );
    case 'textarea':
      return <TextArea {...form.text(f.key, f.label)} hint={f.hint} optional={f.optional} maxLength={2000} />;
    case 'date':
      return (
        <DateInput
          {...form.text(f.key, f.label)}
          hint={f.hint}
          optional={f.optional}
          max={f.past ? today : undefined}
        />
      );
    case 'select':
      return (
        <SelectInput {...form.text(f.key, f.label)} hint={f.hint} optional={f.optional} options={f.options} />
      );
    case 'checkbox':
      return <Checkbox {...form.flag(f.key, f.label)} hint={f.hint} />;
    case 'checkboxes':
      return (
        <CheckboxGroup
          {...form.list(f.key, f.label)}
          hint={f.hint}
          optional={f.optional}
          options={f.options}
        />
      );
  }
}
