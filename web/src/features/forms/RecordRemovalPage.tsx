import {
  checkEpisodeDates,
  episodesOverlap,
  REMOVAL_ENVIRONMENTS,
  REMOVAL_MANNERS,
  REMOVAL_REASONS,
} from '@hearth/core';
import { recordRemoval } from '../../api/hearth.ts';
import type { ChildRecord } from '../../api/types.ts';
import { CheckboxGroup } from '../../components/form/CheckboxGroup.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { childPath, WithChild } from './records.tsx';

/** Record a removal: the start of an episode in foster care, from which every federal clock counts. */
export function RecordRemovalPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('removal.record')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <RemovalForm child={c} />}</WithChild>;
}

function RemovalForm({ child }: { child: ChildRecord }) {
  const { m, fmt, label } = useI18n();
  const w = m.forms.removal;
  const today = courtDay(new Date());
  const cases = (child.cases ?? []).filter((c) => c.status === 'open');
  const form = useForm({
    caseId: cases.length === 1 ? cases[0]!.id : '',
    removalDate: '',
    removalManner: '',
    removalReasons: [],
    removalEnvironment: '',
  });
  const name = fmt.name(child.givenName, child.familyName);
  if (cases.length === 0) return <NotFoundPage title={w.title(name)} text={w.noCase} />;

  async function submit() {
    const check = checker(form.values);
    const caseId = check.choice('caseId');
    const removalDate = check.date('removalDate');
    if (removalDate) {
      const episode = { removalDate, dischargeDate: null, adjudicationDate: null };
      // The same rules as the server's: not in the future, and no day in care counted twice
      // (core/src/cases/episode.rules.ts; CQI interchange, "Episodes and placements").
      check.core(checkEpisodeDates(episode, today));
      if ((child.removals ?? []).some((r) => episodesOverlap(episode, { ...r, adjudicationDate: null })))
        check.fail('removalDate', 'overlap');
    }
    const removalManner = check.choice('removalManner');
    const removalReasons = check.some('removalReasons');
    if (Object.keys(check.found).length) return form.fail(check.found);
    const environment = asText(form.values.removalEnvironment);
    await form.submit(async () => {
      await recordRemoval(child.id, {
        caseId,
        removalDate: removalDate!,
        removalManner,
        removalReasons,
        ...(environment ? { removalEnvironment: environment } : {}),
      });
      saveAndReturn(childPath(child.id), m.forms.saved.removalRecorded);
    });
  }

  return (
    <FormPage
      title={w.title(name)}
      intro={w.intro}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
    >
      <SelectInput
        {...form.text('caseId', w.case)}
        options={cases.map((c) => ({ value: c.id, label: c.petitionNumber }))}
      />
      <DateInput {...form.text('removalDate', w.removalDate)} max={today} />
      <SelectInput
        {...form.text('removalManner', w.manner)}
        options={codeOptions(label, 'removalManner', REMOVAL_MANNERS)}
      />
      <CheckboxGroup
        {...form.list('removalReasons', w.reasons)}
        hint={w.reasonsHint}
        options={codeOptions(label, 'allegation', REMOVAL_REASONS)}
      />
      <SelectInput
        {...form.text('removalEnvironment', w.environment)}
        optional
        options={codeOptions(label, 'removalEnvironment', REMOVAL_ENVIRONMENTS)}
      />
    </FormPage>
  );
}
