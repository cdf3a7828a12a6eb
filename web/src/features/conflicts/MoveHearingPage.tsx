import { listCourts, moveHearing } from '../../api/hearth.ts';
import type { CourtOption, HearingDetail, MoveHearingBody } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { CourtDateTime } from '../../components/form/CourtDateTime.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { casePath } from '../forms/records.tsx';
import { courtDateTimeOf, inSentence, minutesBetween } from './conflictAnswer.ts';
import { lengthsWith, newTimeOf } from './newTime.ts';
import { useConflictOffers } from './useConflictOffers.tsx';
import { HearingSummary, NotScheduledPage, WithHearing } from './WithHearing.tsx';

/**
 * Move a hearing to a new date, time or courtroom, under the version it was loaded at. A new time that
 * double-books comes back with the conflicts and the free times to pick instead.
 */
export function MoveHearingPage({ hearingId }: { hearingId: string }) {
  const permitted = usePermitted();
  const courts = useResource('lookup-courts', listCourts);
  if (!permitted('hearing.schedule')) return <NotAllowedPage />;
  if (courts.status === 'loading') return <Loading />;
  if (courts.status === 'error') return <ProblemAlert error={courts.error} />;
  return (
    <WithHearing hearingId={hearingId}>
      {(h) =>
        h.status === 'scheduled' ? (
          <MoveForm hearing={h} courts={courts.data.items} />
        ) : (
          <NotScheduledPage hearing={h} />
        )
      }
    </WithHearing>
  );
}

function MoveForm({ hearing, courts }: { hearing: HearingDetail; courts: CourtOption[] }) {
  const { m, fmt, label } = useI18n();
  const w = m.conflicts;
  const own = minutesBetween(hearing.start, hearing.end);
  const at = courtDateTimeOf(hearing.start);
  const form = useForm({
    scheduledStart: at.date,
    startTime: at.time,
    length: String(own),
    courtroomId: hearing.courtroom?.id ?? '',
  });
  const courtrooms = courts.find((c) => c.id === hearing.courtId)?.courtrooms ?? [];
  const offers = useConflictOffers<MoveHearingBody>({
    resend: (body) => send(body),
    withSlot: (body, slot) => ({ ...body, scheduledStart: slot.start, scheduledEnd: slot.end }),
  });

  async function send(body: MoveHearingBody) {
    await form.submit(
      async () => {
        const moved = await offers.attempt(body, () => moveHearing(hearing.id, hearing.version, body));
        if (moved) saveAndReturn(casePath(hearing.caseId), w.moved(fmt.hearingTime(moved.start)));
      },
      (path) => (path === 'scheduledEnd' ? 'length' : path),
    );
  }

  async function submit() {
    const check = checker(form.values);
    const time = newTimeOf(form.values, check, {
      dateKey: 'scheduledStart',
      timeKey: 'startTime',
      lengthKey: 'length',
      optional: false,
      now: Date.now(),
      inThePast: w.inThePast,
    });
    if (Object.keys(check.found).length || !time) return form.fail(check.found);
    await send({
      scheduledStart: time.start,
      scheduledEnd: time.end,
      courtroomId: asText(form.values.courtroomId) || null,
    });
  }

  return (
    <FormPage
      title={w.moveTitle(inSentence(label('hearingType', hearing.hearingType)))}
      intro={w.moveIntro}
      back={{ to: casePath(hearing.caseId), text: m.forms.backToCase(hearing.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.moveSubmit}
      notice={
        <>
          <HearingSummary hearing={hearing} />
          {offers.panel(form.busy)}
        </>
      }
    >
      <CourtDateTime
        {...form.field('scheduledStart', w.newTime)}
        hint={m.forms.hearing.whenHint}
        date={asText(form.values.scheduledStart)}
        time={asText(form.values.startTime)}
        onDateChange={(v) => form.set('scheduledStart', v)}
        onTimeChange={(v) => form.set('startTime', v)}
        dateLabel={w.date}
        timeLabel={w.time}
      />
      <SelectInput
        {...form.text('length', w.length)}
        options={lengthsWith(own).map((n) => ({ value: String(n), label: w.minutes(n) }))}
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
