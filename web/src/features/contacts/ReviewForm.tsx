import { useState, type FormEvent } from 'react';
import { recordContactReview } from '../../api/hearth.ts';
import type { ContactDetail, QualityRating, RecordReviewBody } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { asText, type FormErrors } from '../../components/form/formValues.ts';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useForm } from '../../components/form/useForm.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { courtDay } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { elementLabel } from './contactsModel.ts';

const RATINGS: QualityRating[] = ['met', 'partly', 'not_met', 'not_applicable'];

/**
 * The supervisor's review of a contact (domain-rules §3.2): a rating for every quality element, with the
 * worker's own rating beside each, strengths, what to improve, and an action plan with due dates.
 */
export function ReviewForm({ detail, onSaved }: { detail: ContactDetail; onSaved: () => void }) {
  const { m } = useI18n();
  const t = m.contacts;
  const today = courtDay(new Date());
  const form = useForm({ strengths: '', comments: '' });
  const [actions, setActions] = useState(1);
  const self = detail.contact.selfAssessment;

  function check(): { body: RecordReviewBody | null; errors: FormErrors } {
    const errors: FormErrors = {};
    const ratings: Record<string, QualityRating> = {};
    for (const e of detail.qualityElements) {
      const v = asText(form.values[`ratings.${e}`]);
      if (!v) errors[`ratings.${e}`] = { key: 'choose' };
      else ratings[e] = v as QualityRating;
    }
    const plan: RecordReviewBody['actions'] = [];
    for (let i = 0; i < actions; i++) {
      const description = asText(form.values[`actions.${i}.description`]).trim();
      const dueDate = asText(form.values[`actions.${i}.dueDate`]).trim();
      if (!description && !dueDate) continue; // an empty row is left out
      if (!description) errors[`actions.${i}.description`] = { key: 'required' };
      if (!dueDate) errors[`actions.${i}.dueDate`] = { key: 'required' };
      plan.push({ description, dueDate });
    }
    if (Object.keys(errors).length) return { body: null, errors };
    const strengths = asText(form.values.strengths).trim();
    const comments = asText(form.values.comments).trim();
    return {
      errors,
      body: {
        ratings,
        actions: plan,
        ...(strengths ? { strengths } : {}),
        ...(comments ? { comments } : {}),
      },
    };
  }

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (form.busy) return;
    const { body, errors } = check();
    if (!body) return form.fail(errors);
    await form.submit(async () => {
      await recordContactReview(detail.contact.id, body);
      form.reset({ strengths: '', comments: '' });
      setActions(1);
      onSaved();
    });
  }

  return (
    <section aria-labelledby="review-form-heading" className="margin-top-4">
      <h2 id="review-form-heading">{t.reviewFormTitle}</h2>
      <p>{t.reviewFormIntro}</p>
      <p className="text-base-dark font-sans-2xs">{detail.qualityCitation}</p>
      <ErrorSummary form={form} />
      {form.failure && <ProblemAlert error={form.failure} />}
      <form className="usa-form usa-form--large maxw-none" noValidate onSubmit={(e) => void submit(e)}>
        {detail.qualityElements.map((e) => {
          const label = elementLabel(t.element, e);
          return (
            <SelectInput
              key={e}
              {...form.text(`ratings.${e}`, label)}
              hint={`${t.qualityColumns.self}: ${self[e] ? (t.rating[self[e]] ?? self[e]) : t.notRated}`}
              options={RATINGS.map((r) => ({ value: r, label: t.rating[r] ?? r }))}
            />
          );
        })}
        <TextArea {...form.text('strengths', t.strengths)} optional maxLength={4000} />
        <TextArea {...form.text('comments', t.comments)} optional maxLength={4000} />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend text-bold">{t.actionsTitle}</legend>
          {Array.from({ length: actions }, (_, i) => (
            <div key={i} className="border-left-1 border-base-lighter padding-left-2 margin-top-2">
              <TextInput {...form.text(`actions.${i}.description`, t.actionDescription(i + 1))} optional />
              <DateInput
                {...form.text(`actions.${i}.dueDate`, t.actionDueDate(i + 1))}
                min={today}
                optional
              />
            </div>
          ))}
          <button
            type="button"
            className="usa-button usa-button--outline margin-top-2"
            onClick={() => setActions((n) => Math.min(20, n + 1))}
          >
            {t.addAction}
          </button>
        </fieldset>
        <button type="submit" className="usa-button margin-top-4" disabled={form.busy}>
          {form.busy ? m.forms.saving : t.submitReview}
        </button>
      </form>
    </section>
  );
}
