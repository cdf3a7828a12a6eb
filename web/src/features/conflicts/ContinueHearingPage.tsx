import { CONTINUANCE_REASONS, CONTINUANCE_REQUESTERS } from '@hearth/core';
import { continueHearing } from '../../api/hearth.ts';
import type { ContinueHearingBody, HearingDetail } from '../../api/types.ts';
import { CourtDateTime } from '../../components/form/CourtDateTime.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { saveAndReturn } from '../forms/flash.ts';
import { FormPage, NotAllowedPage } from '../forms/FormPage.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { casePath } from '../forms/records.tsx';
import { inSentence, minutesBetween } from './conflictAnswer.ts';
import { lengthsWith, newTimeOf } from './newTime.ts';
import { useConflictOffers } from './useConflictOffers.tsx';
import { HearingSummary, NotScheduledPage, WithHearing } from './WithHearing.tsx';

/**
 * Continue a hearing: who asked and why (coded lists in plain words), a note, and an optional new time.
 * Without one, the server takes the first time free for everyone. A new time that double-books comes back
 * with the conflicts and the free times offered instead, each a button that continues the hearing to it.
 */
export function ContinueHearingPage({ hearingId }: { hearingId: string }) {
  const permitted = usePermitted();
  if (!permitted('hearing.schedule')) return <NotAllowedPage />;
  return (
    <WithHearing hearingId={hearingId}>
      {(h) => (h.status === 'scheduled' ? <ContinueForm hearing={h} /> : <NotScheduledPage hearing={h} />)}
    </WithHearing>
  );
}

function ContinueForm({ hearing }: { hearing: HearingDetail }) {
  const { m, fmt, label } = useI18n();
  const w = m.conflicts;
  const own = minutesBetween(hearing.start, hearing.end);
  const form = useForm({
    requestedBy: '',
    reason: '',
    note: '',
    newStart: '',
    startTime: '',
    length: String(own),
  });
  const offers = useConflictOffers<ContinueHearingBody>({
    resend: (body) => send(body),
    withSlot: (body, slot) => ({ ...body, newStart: slot.start, newEnd: slot.end }),
  });

  async function send(body: ContinueHearingBody) {
    await form.submit(
      async () => {
        const done = await offers.attempt(body, () => continueHearing(hearing.id, body));
        if (!done) return;
        const { newHearing, deadline } = done;
        const when = fmt.hearingTime(newHearing.start);
        saveAndReturn(
          casePath(hearing.caseId),
          deadline.missed ? w.continuedLate(when, deadline.daysPast ?? 0) : w.continued(when),
        );
      },
      (path) => (path === 'newEnd' ? 'length' : path),
    );
  }

  async function submit() {
    const check = checker(form.values);
    const requestedBy = check.choice('requestedBy');
    const reason = check.choice('reason');
    const time = newTimeOf(form.values, check, {
      dateKey: 'newStart',
      timeKey: 'startTime',
      lengthKey: 'length',
      optional: true,
      now: Date.now(),
      inThePast: w.inThePast,
    });
    if (Object.keys(check.found).length) return form.fail(check.found);
    const note = asText(form.values.note).trim();
    await send({
      requestedBy,
      reason,
      ...(note ? { note } : {}),
      ...(time ? { newStart: time.start, newEnd: time.end } : {}),
    });
  }

  const hearingName = label('hearingType', hearing.hearingType);

  return (
    <FormPage
      title={w.continueTitle(inSentence(hearingName))}
      intro={w.continueIntro}
      back={{ to: casePath(hearing.caseId), text: m.forms.backToCase(hearing.petitionNumber) }}
      form={form}
      onSubmit={submit}
      submitLabel={w.continueSubmit}
      notice={
        <>
          <HearingSummary hearing={hearing} />
          {offers.panel(form.busy)}
        </>
      }
    >
      <SelectInput
        {...form.text('requestedBy', w.requestedBy)}
        options={CONTINUANCE_REQUESTERS.map((c) => ({ value: c, label: w.requester[c] }))}
      />
      <SelectInput
        {...form.text('reason', w.reason)}
        options={CONTINUANCE_REASONS.map((c) => ({ value: c, label: w.reasons[c] }))}
      />
      <TextArea {...form.text('note', w.note)} hint={w.noteHint} optional maxLength={2000} />
      <CourtDateTime
        {...form.field('newStart', w.newTime)}
        hint={w.newTimeHint}
        optional
        date={asText(form.values.newStart)}
        time={asText(form.values.startTime)}
        onDateChange={(v) => form.set('newStart', v)}
        onTimeChange={(v) => form.set('startTime', v)}
        dateLabel={w.date}
        timeLabel={w.time}
      />
      <SelectInput
        {...form.text('length', w.length)}
        options={lengthsWith(own).map((n) => ({ value: String(n), label: w.minutes(n) }))}
        noEmpty
      />
    </FormPage>
  );
}
