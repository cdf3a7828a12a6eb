import { TPR_EXCEPTION_REASONS } from '@hearth/core';
import { recordTprException } from '../../api/hearth.ts';
import type { ChildRecord } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { childPath, WithChild } from '../forms/records.tsx';

/**
 * Document why no TPR petition is filed at 15 of the last 22 months (45 CFR 1356.21(i)(2)), for the
 * child's current time in care. The agency writes it in the case plan: plan.record.
 */
export function TprExceptionPage({ childId }: { childId: string }) {
  const permitted = usePermitted();
  if (!permitted('plan.record')) return <NotAllowedPage />;
  return <WithChild childId={childId}>{(c) => <ExceptionForm child={c} />}</WithChild>;
}

function ExceptionForm({ child }: { child: ChildRecord }) {
  const { m, fmt } = useI18n();
  const w = m.pacing;
  const today = courtDay(new Date());
  const form = useForm({ reason: '', documentedDate: today, note: '' });
  const name = fmt.name(child.givenName, child.familyName);
  const current = child.removals?.find((r) => r.dischargeDate === null);
  if (!current) return <NotFoundPage title={w.exceptionTitle(name)} text={w.exceptionNotInCare} />;

  async function submit() {
    const check = checker(form.values);
    const reason = check.choice('reason');
    const documentedDate = check.date('documentedDate', { today });
    const note = asText(form.values.note).trim();
    if (reason === 'compelling_reason' && !note) check.fail('note', 'required');
    if (Object.keys(check.found).length) return form.fail(check.found);
    await form.submit(async () => {
      await recordTprException(child.id, {
        reason,
        documentedDate: documentedDate!,
        removalId: current!.id,
        ...(note ? { note } : {}),
      });
      saveAndReturn(childPath(child.id), w.exceptionSaved);
    });
  }

  return (
    <FormPage
      title={w.exceptionTitle(name)}
      intro={w.exceptionIntro}
      back={{ to: childPath(child.id), text: m.forms.backToChild(name) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.exceptionSubmit}
    >
      <SelectInput
        {...form.text('reason', w.exceptionReason)}
        options={TPR_EXCEPTION_REASONS.map((r) => ({ value: r, label: w.reason[r] ?? r }))}
      />
      <DateInput {...form.text('documentedDate', w.exceptionDate)} min={current.removalDate} max={today} />
      <TextArea
        {...form.text('note', w.exceptionNote)}
        hint={w.exceptionNoteHint}
        optional
        maxLength={2000}
      />
    </FormPage>
  );
}
