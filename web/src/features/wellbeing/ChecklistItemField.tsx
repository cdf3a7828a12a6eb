import { WELLBEING_YES_NO, type WellbeingItem } from '@hearth/core';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { draftConcern, isFromLastTime, type DraftAnswer } from './checklistModel.ts';

const domId = (itemId: string) => `wb-${itemId.replace(/[^a-z0-9]+/gi, '-')}`;

/** The tags beside a question: a concern, and "from last time" for an answer carried forward unchanged. */
export function AnswerTags({ concern, lastTimeOn }: { concern: boolean; lastTimeOn: string | null }) {
  const { m, fmt } = useI18n();
  return (
    <>
      {concern && (
        <span className="usa-tag bg-secondary-dark margin-left-1" data-kind="concern">
          {m.wellbeing.concern}
        </span>
      )}
      {lastTimeOn && (
        <span className="usa-tag bg-base-lighter text-ink margin-left-1" data-kind="from-last-time">
          {m.wellbeing.fromLastTime(fmt.date(lastTimeOn))}
        </span>
      )}
    </>
  );
}

/**
 * One question of the checklist as a form field: yes / no / not sure, a rating, or a few words; a note;
 * and for an answer carried from last time, "still true" to make it this time's. The concern tag follows
 * the answer as it is changed, by the instrument's own rule.
 */
export function ChecklistItemField({
  item,
  draft,
  onChange,
  error,
}: {
  item: WellbeingItem;
  draft: DraftAnswer;
  onChange: (next: DraftAnswer) => void;
  error?: string | undefined;
}) {
  const { m, locale, fmt, label } = useI18n();
  const w = m.wellbeing;
  const id = domId(item.id);
  const question = item.text[locale];
  const concern = draftConcern(item, draft);
  const carried = isFromLastTime(draft) || (draft.confirm && draft.was?.fromLastTime === true);
  const set = (value: DraftAnswer['value']) => onChange({ ...draft, value });
  const spec = item.answer;
  const tags = (
    <AnswerTags
      concern={concern}
      lastTimeOn={isFromLastTime(draft) ? (draft.was?.answeredOn ?? null) : null}
    />
  );
  const who =
    draft.was && draft.value === draft.was.value ? (
      <div className="usa-hint font-body-3xs">
        {w.answeredBy(label('caseRole', draft.was.answeredBy), fmt.date(draft.was.answeredOn))}
      </div>
    ) : null;
  return (
    <div
      className={`margin-top-3 padding-bottom-2 border-bottom-1px border-base-lighter${error ? ' usa-form-group--error' : ''}`}
      data-item={item.id}
      data-concern={concern ? 'true' : 'false'}
    >
      {spec.type === 'text' ? (
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor={id}>
            {question}
            {tags}
          </label>
          {error && (
            <span className="usa-error-message" id={`${id}-error`}>
              {error}
            </span>
          )}
          <textarea
            id={id}
            className="usa-textarea height-8"
            maxLength={spec.maxLength}
            value={typeof draft.value === 'string' ? draft.value : ''}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => set(e.target.value === '' ? null : e.target.value)}
          />
        </div>
      ) : (
        <fieldset className="usa-fieldset" aria-describedby={error ? `${id}-error` : undefined}>
          <legend className="usa-legend margin-top-0">
            {question}
            {tags}
          </legend>
          {spec.type === 'rating' && (
            <div className="usa-hint" id={`${id}-hint`}>
              {spec.min} = {spec.low[locale]}; {spec.max} = {spec.high[locale]}
            </div>
          )}
          {error && (
            <span className="usa-error-message" id={`${id}-error`}>
              {error}
            </span>
          )}
          <div className="display-flex flex-wrap">
            {(spec.type === 'yes_no'
              ? WELLBEING_YES_NO.map((v) => ({ value: v as string | number, text: w.answer[v] }))
              : Array.from({ length: spec.max - spec.min + 1 }, (_, i) => ({
                  value: spec.min + i,
                  text: String(spec.min + i),
                }))
            ).map((o) => (
              <div key={String(o.value)} className="usa-radio margin-right-3">
                <input
                  className="usa-radio__input"
                  type="radio"
                  id={`${id}-${o.value}`}
                  name={id}
                  value={String(o.value)}
                  checked={draft.value === o.value}
                  onChange={() => set(o.value)}
                />
                <label className="usa-radio__label" htmlFor={`${id}-${o.value}`}>
                  {o.text}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {who}
      {carried && (
        <div className="usa-checkbox margin-top-1">
          <input
            className="usa-checkbox__input"
            type="checkbox"
            id={`${id}-confirm`}
            checked={draft.confirm}
            onChange={(e) => onChange({ ...draft, confirm: e.target.checked })}
          />
          <label className="usa-checkbox__label" htmlFor={`${id}-confirm`}>
            {w.stillTrue}
          </label>
        </div>
      )}
      <details className="margin-top-1" open={draft.note !== ''}>
        <summary className="font-body-2xs">{w.note}</summary>
        <label className="usa-sr-only" htmlFor={`${id}-note`}>
          {`${w.note}: ${question}`}
        </label>
        <textarea
          id={`${id}-note`}
          className="usa-textarea height-8"
          maxLength={500}
          value={draft.note}
          onChange={(e) => onChange({ ...draft, note: e.target.value })}
        />
      </details>
      {draft.value !== null && (
        <button
          type="button"
          className="usa-button usa-button--unstyled font-body-2xs margin-top-1"
          aria-label={w.clearLabel(question)}
          onClick={() => onChange({ ...draft, value: null, note: '', confirm: false })}
        >
          {w.clear}
        </button>
      )}
    </div>
  );
}
