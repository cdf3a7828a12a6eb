import { HEARING_TYPES } from '@hearth/core';
import { listCourts, scheduleHearing } from '../../api/hearth.ts';
import type { CaseDetail, CourtOption, ScheduleHearingBody } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { courtInstant, minutesAfter } from '../../components/form/courtTime.ts';
import { CourtDateTime } from '../../components/form/CourtDateTime.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker, codeOptions } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from './flash.ts';
import { FormPage, NotAllowedPage } from './FormPage.tsx';
import { usePermitted } from './permitted.ts';
import { useConflictOffers } from '../conflicts/useConflictOffers.tsx';
import { casePath, WithCase } from './records.tsx';

const LENGTHS = [15, 30, 45, 60, 90, 120, 180, 240];

/** Set a hearing on a case: its type, its court-local date and start time, its length and courtroom. */
export function ScheduleHearingPage({ caseId }: { caseId: string }) {
  const permitted = usePermitted();
  const courts = useResource('lookup-courts', listCourts);
  if (!permitted('hearing.schedule')) return <NotAllowedPage />;
  if (courts.status === 'loading') return <Loading />;
  if (courts.status === 'error') return <ProblemAlert error={courts.error} />;
  return <WithCase caseId={caseId}>{(c) => <HearingForm detail={c} courts={courts.data.items} />}</WithCase>;
}

function HearingForm({ detail, courts }: { detail: CaseDetail; courts: CourtOption[] }) {
  const { m, label } = useI18n();
  const w = m.forms.hearing;
  const form = useForm({ hearingType: '', scheduledStart: '', startTime: '', length: '30', courtroomId: '' });
  const courtrooms = courts.find((c) => c.id === detail.court.id)?.courtrooms ?? [];
  const when = form.field('scheduledStart', w.when);
  // A double-booking answers with the conflicts and free times to pick instead (features/conflicts).
  const offers = useConflictOffers<ScheduleHearingBody>({
    resend: (body) => send(body),
    withSlot: (body, slot) => ({ ...body, scheduledStart: slot.start, scheduledEnd: slot.end }),
  });
  // The server names the end; the form asks for a length, so a problem with the end is one with the length.
  const rename = (path: string) => (path === 'scheduledEnd' ? 'length' : path);
  async function send(body: ScheduleHearingBody) {
    await form.submit(async () => {
      if (await offers.attempt(body, () => scheduleHearing(detail.id, body)))
        saveAndReturn(casePath(detail.id), m.forms.saved.hearingScheduled);
    }, rename);
  }

  async function submit() {
    const check = checker(form.values);
    const hearingType = check.choice('hearingType');
    const date = check.date('scheduledStart');
    const time = asText(form.values.startTime);
    const start = date && time ? courtInstant(date, time) : null;
    if (date && !time) check.fail('scheduledStart', 'required');
    else if (date && !start) check.fail('scheduledStart', 'timeInvalid');
    const length = Number(check.choice('length'));
    if (Object.keys(check.found).length || !start) return form.fail(check.found);
    const courtroomId = asText(form.values.courtroomId);
    await send({
      hearingType,
      scheduledStart: start,
      scheduledEnd: minutesAfter(start, length),
      ...(courtroomId ? { courtroomId } : {}),
    });
  }

  return (
    <FormPage
      title={w.title(detail.petitionNumber)}
      back={{ to: casePath(detail.id), text: m.forms.backToCase(detail.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.submit}
      notice={offers.panel(form.busy)}
    >
      <SelectInput
        {...form.text('hearingType', w.type)}
        options={codeOptions(label, 'hearingType', HEARING_TYPES)}
      />
      <CourtDateTime
        {...when}
        hint={w.whenHint}
        date={asText(form.values.scheduledStart)}
        time={asText(form.values.startTime)}
        onDateChange={(v) => form.set('scheduledStart', v)}
        onTimeChange={(v) => form.set('startTime', v)}
        dateLabel={w.date}
        timeLabel={w.time}
      />
      <SelectInput
        {...form.text('length', w.length)}
        options={LENGTHS.map((n) => ({ value: String(n), label: w.minutes(n) }))}
        noEmpty
      />
      <SelectInput
        {...form.text('courtroomId', w.courtroom)}
        hint={w.courtroomHint}
        optional
        options={courtrooms.map((r) => ({ value: r.id, label: r.name }))}
      />
    </FormPage>
  );
}
