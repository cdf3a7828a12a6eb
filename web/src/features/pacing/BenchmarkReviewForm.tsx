import { useEffect, useRef, type FormEvent } from 'react';
import { recordBenchmarkReview } from '../../api/hearth.ts';
import type { BenchmarkReview, BenchmarkReviews } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { asText } from '../../components/form/formValues.ts';
import { checker } from '../../components/form/rules.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { answersOf, checkpointWords, emptyReview, preparesWords } from './benchmarkModel.ts';

type Props = {
  data: BenchmarkReviews;
  review: BenchmarkReview;
  onSaved: () => void;
  onCancel: () => void;
};

/**
 * Record one benchmark review: each checklist item of the rule pack answered (with notes), the next
 * steps, the date it was held and its outcome. The browser checks what it can; the server checks again.
 */
export function BenchmarkReviewForm({ data, review, onSaved, onCancel }: Props) {
  const { m, fmt } = useI18n();
  const w = m.pacing;
  const form = useForm(() => emptyReview(data.checklist, data.today));
  const name = fmt.name(review.child.givenName, review.child.familyName);
  const answerOptions = data.answers.map((a) => ({ value: a, label: w.answer[a] ?? a }));
  // Opened by a button further up: focus moves to the form's heading, so it is announced and in reach.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (form.busy) return;
    const check = checker(form.values);
    for (const item of data.checklist)
      if (item.answer === 'assessment') check.choice(`answers.${item.code}.answer`);
      else check.text(`answers.${item.code}.note`);
    const reviewDate = check.date('reviewDate', { today: data.today });
    const outcome = check.choice('outcome');
    if (Object.keys(check.found).length) return form.fail(check.found);
    const outcomeNote = asText(form.values.outcomeNote).trim();
    await form.submit(async () => {
      await recordBenchmarkReview(data.caseId, {
        childId: review.child.id,
        checkpoint: review.checkpoint,
        anchorDate: review.anchorDate,
        reviewDate: reviewDate!,
        answers: answersOf(data.checklist, form.values),
        outcome,
        ...(outcomeNote ? { outcomeNote } : {}),
      });
      onSaved();
    });
  }

  return (
    <section
      aria-labelledby="record-review"
      className="margin-top-4 border-top-1px border-base-light padding-top-2"
    >
      <h2 id="record-review" ref={heading} tabIndex={-1}>
        {w.recordFor(name, checkpointWords(w, review.checkpoint))}
      </h2>
      <p>{preparesWords(w, review.checkpoint, fmt.date(review.anchorDate))}</p>
      <ErrorSummary form={form} />
      {form.failure && <ProblemAlert error={form.failure} />}
      <form className="usa-form usa-form--large maxw-none" noValidate onSubmit={submit}>
        <fieldset className="usa-fieldset">
          <legend className="usa-legend text-bold">{w.checklist}</legend>
          {data.checklist.map((item) => {
            const prompt = w.prompt[item.code] ?? item.prompt;
            return item.answer === 'assessment' ? (
              <div key={item.code} className="border-left-05 border-base-lighter padding-left-2 margin-top-3">
                <SelectInput {...form.text(`answers.${item.code}.answer`, prompt)} options={answerOptions} />
                <TextArea
                  {...form.text(`answers.${item.code}.note`, w.answerNote)}
                  optional
                  maxLength={2000}
                />
              </div>
            ) : (
              <div key={item.code} className="margin-top-3">
                <TextArea {...form.text(`answers.${item.code}.note`, prompt)} maxLength={2000} />
              </div>
            );
          })}
        </fieldset>
        <DateInput {...form.text('reviewDate', w.reviewDate)} max={data.today} />
        <SelectInput
          {...form.text('outcome', w.outcomeLabel)}
          options={data.outcomes.map((o) => ({ value: o, label: w.outcome[o] ?? o }))}
        />
        <TextArea {...form.text('outcomeNote', w.outcomeNote)} optional maxLength={2000} />
        <div className="usa-button-group margin-top-4">
          <button type="submit" className="usa-button" disabled={form.busy}>
            {form.busy ? m.forms.saving : w.saveReview}
          </button>
          <button type="button" className="usa-button usa-button--unstyled margin-left-2" onClick={onCancel}>
            {w.cancelReview}
          </button>
        </div>
      </form>
    </section>
  );
}
