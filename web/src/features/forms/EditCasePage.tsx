import { CASE_STATUSES, REMOVAL_REASONS } from '@hearth/core';
import { listCourts, updateCase } from '../../api/hearth.ts';
import type { CaseDetail, CourtOption, UpdateCaseBody } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { CheckboxGroup } from '../../components/form/CheckboxGroup.tsx';
import { DateInput } from '../../components/form/DateInput.tsx';
import { asList, asText, type FieldValue, type FormValues } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { useStaleEditing } from '../../components/form/useStaleEditing.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { EditNotice, FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { casePath, WithCase } from './records.tsx';

const FIELDS = ['allegations', 'assignedJudgeId', 'status', 'closedDate'] as const;

/** A case as form values; also reads a 412's `current` (named as the request names it). */
function caseValues(c: Record<string, unknown>): FormValues {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    allegations: Array.isArray(c.allegations) ? c.allegations.map(String) : [],
    assignedJudgeId: text(c.assignedJudgeId),
    status: text(c.status),
    closedDate: text(c.closedDate),
  };
}

/** Change a case's allegations, assigned judge, status or closing date, under If-Match. */
export function EditCasePage({ caseId }: { caseId: string }) {
  const permitted = usePermitted();
  const courts = useResource('lookup-courts', listCourts);
  if (!permitted('case.update')) return <NotAllowedPage />;
  if (courts.status === 'loading') return <Loading />;
  if (courts.status === 'error') return <ProblemAlert error={courts.error} />;
  return <WithCase caseId={caseId}>{(c) => <EditCaseForm detail={c} courts={courts.data.items} />}</WithCase>;
}

function EditCaseForm({ detail, courts }: { detail: CaseDetail; courts: CourtOption[] }) {
  const { m, fmt, label } = useI18n();
  const w = m.forms.editCase;
  const started = caseValues({ ...detail, assignedJudgeId: detail.judge?.id ?? null });
  const form = useForm(started);
  const edit = useStaleEditing(form, {
    started,
    version: detail.version,
    fields: FIELDS,
    fromCurrent: caseValues,
  });
  const judges = courts.find((c) => c.id === detail.court.id)?.judges ?? [];
  // The assigned judge may sit in another court of the district, or no longer be active: keep them listed.
  const judgeOptions = judges.map((j) => ({ value: j.id, label: j.name }));
  if (detail.judge && !judges.some((j) => j.id === detail.judge!.id))
    judgeOptions.unshift({ value: detail.judge.id, label: detail.judge.name });

  async function submit() {
    const check = checker(form.values);
    check.some('allegations');
    const status = check.choice('status');
    const closedDate = check.date('closedDate', { optional: true });
    // The server's rules for a closing date (server/src/cases/case.service.ts, updateCase).
    if (closedDate && closedDate < detail.filingDate) check.fail('closedDate', 'beforeFiling');
    if (closedDate && status === 'open') check.fail('closedDate', 'closedWhileOpen');
    if (Object.keys(check.found).length) return form.fail(check.found);
    const changed = edit.changed();
    if (changed.length === 0) return form.fail({}, [{ key: 'nothingChanged' }]);
    const v = form.values;
    const body: UpdateCaseBody = {};
    if (changed.includes('allegations')) body.allegations = asList(v.allegations);
    if (changed.includes('assignedJudgeId')) body.assignedJudgeId = asText(v.assignedJudgeId) || null;
    if (changed.includes('status')) body.status = status;
    if (changed.includes('closedDate')) body.closedDate = closedDate;
    await form.submit(async () => {
      try {
        await updateCase(detail.id, edit.version, body);
        saveAndReturn(casePath(detail.id), m.forms.saved.caseUpdated);
      } catch (err) {
        if (!edit.takeStale(err)) throw err;
      }
    });
  }

  const labels: Record<string, string> = {
    allegations: m.case.allegations,
    assignedJudgeId: w.judge,
    status: w.status,
    closedDate: w.closedDate,
  };
  const show = (field: string, value: FieldValue) => {
    if (field === 'allegations') return fmt.list(asList(value).map((a) => label('allegation', a)));
    const s = asText(value);
    if (!s) return '';
    if (field === 'status') return label('caseStatus', s);
    if (field === 'closedDate') return fmt.date(s);
    return judgeOptions.find((j) => j.value === s)?.label ?? s;
  };

  return (
    <FormPage
      title={w.title(detail.petitionNumber)}
      back={{ to: casePath(detail.id), text: m.forms.backToCase(detail.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
      holdSubmit={edit.stale !== null}
      notice={<EditNotice edit={edit} labels={labels} show={show} />}
    >
      <CheckboxGroup
        {...form.list('allegations', labels.allegations!)}
        options={codeOptions(label, 'allegation', REMOVAL_REASONS)}
      />
      <SelectInput
        {...form.text('assignedJudgeId', w.judge)}
        optional
        emptyLabel={w.noJudge}
        options={judgeOptions}
      />
      <SelectInput
        {...form.text('status', w.status)}
        options={codeOptions(label, 'caseStatus', CASE_STATUSES)}
        noEmpty
      />
      <DateInput
        {...form.text('closedDate', w.closedDate)}
        hint={w.closedHint}
        optional
        min={detail.filingDate}
      />
    </FormPage>
  );
}
