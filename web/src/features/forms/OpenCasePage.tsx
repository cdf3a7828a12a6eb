import { REMOVAL_REASONS } from '@hearth/core';
import { useState } from 'react';
import { listCourts, openCase } from '../../api/hearth.ts';
import type { CourtOption } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { CheckboxGroup } from '../../components/form/CheckboxGroup.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText, type FormValues } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { checkChild, childBody, childFields, emptyChild } from './childFields.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { casePath } from './records.tsx';

/** The server's rule for a petition number (server/src/cases/case.dto.ts), checked here to save a trip. */
const PETITION_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

/** Open a case: a filed petition with its allegations and the children it names. */
export function OpenCasePage() {
  const permitted = usePermitted();
  const courts = useResource('lookup-courts', listCourts);
  if (!permitted('case.open')) return <NotAllowedPage />;
  if (courts.status === 'loading') return <Loading />;
  if (courts.status === 'error') return <ProblemAlert error={courts.error} />;
  return <OpenCaseForm courts={courts.data.items} />;
}

function OpenCaseForm({ courts }: { courts: CourtOption[] }) {
  const i18n = useI18n();
  const { m, label } = i18n;
  const w = m.forms.openCase;
  const today = courtDay(new Date());
  // Each child has a number of its own, so removing one in the middle keeps the others' fields and errors.
  const [childIds, setChildIds] = useState([0]);
  const form = useForm((): FormValues => ({
    petitionNumber: '',
    filingDate: '',
    courtId: courts.length === 1 ? courts[0]!.id : '',
    assignedJudgeId: '',
    allegations: [],
    ...emptyChild('children.0.'),
  }));
  const court = courts.find((c) => c.id === asText(form.values.courtId));

  function addChild() {
    const uid = Math.max(...childIds) + 1;
    for (const [k, v] of Object.entries(emptyChild(`children.${uid}.`))) form.set(k, v);
    setChildIds([...childIds, uid]);
  }

  async function submit() {
    const check = checker(form.values);
    const petitionNumber = check.text('petitionNumber').toUpperCase();
    if (petitionNumber && !PETITION_NUMBER.test(petitionNumber))
      check.fail('petitionNumber', 'petitionFormat');
    // A petition is recorded once it has been filed: its date cannot be in the future.
    const filingDate = check.date('filingDate', { today });
    const courtId = check.choice('courtId');
    const allegations = check.some('allegations');
    for (const uid of childIds) checkChild(check, today, `children.${uid}.`);
    if (Object.keys(check.found).length) return form.fail(check.found);
    const judge = asText(form.values.assignedJudgeId);
    // The server names a child by its place in the list; the form by its own number.
    const rename = (path: string) =>
      path.replace(/^children\.(\d+)/, (_, i: string) => `children.${childIds[Number(i)] ?? i}`);
    await form.submit(async () => {
      const { id } = await openCase({
        petitionNumber,
        courtId,
        filingDate: filingDate!,
        allegations,
        ...(judge ? { assignedJudgeId: judge } : {}),
        children: childIds.map((uid) => childBody(form.values, `children.${uid}.`)),
      });
      saveAndReturn(casePath(id), m.forms.saved.caseOpened(petitionNumber));
    }, rename);
  }

  return (
    <FormPage
      title={w.title}
      intro={w.intro}
      back={{ to: '/', text: m.common.backHome }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
    >
      <TextInput
        {...form.text('petitionNumber', w.petitionNumber)}
        hint={w.petitionHint}
        width="xl"
        spellCheck={false}
      />
      <DateInput {...form.text('filingDate', w.filingDate)} max={today} />
      <SelectInput
        {...form.text('courtId', w.court)}
        options={courts.map((c) => ({ value: c.id, label: c.name }))}
      />
      <SelectInput
        {...form.text('assignedJudgeId', w.judge)}
        optional
        emptyLabel={m.forms.editCase.noJudge}
        options={(court?.judges ?? []).map((j) => ({ value: j.id, label: j.name }))}
      />
      <CheckboxGroup
        {...form.list('allegations', w.allegations)}
        hint={w.allegationsHint}
        options={codeOptions(label, 'allegation', REMOVAL_REASONS)}
      />
      <h2 className="margin-top-5">{w.children}</h2>
      {childIds.map((uid, n) => (
        <fieldset
          key={uid}
          className="usa-fieldset margin-top-3 border-top border-base-lighter padding-top-1"
        >
          <legend className="usa-legend usa-legend--large">{w.childN(n + 1)}</legend>
          {childFields(form, i18n, today, `children.${uid}.`)}
          {childIds.length > 1 && (
            <button
              type="button"
              className="usa-button usa-button--unstyled margin-top-2"
              onClick={() => setChildIds(childIds.filter((x) => x !== uid))}
            >
              {w.remove(n + 1)}
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="usa-button usa-button--outline margin-top-3" onClick={addChild}>
        {w.addAnother}
      </button>
    </FormPage>
  );
}
