import { useState, type FormEvent } from 'react';
import type { CqiPeriod } from '../../api/types.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fiscalYearChoices, fiscalYearStart } from './cqiModel.ts';

/** A period in words: "FFY 2025", or "the 12 months from Mar 1, 2024 to Feb 28, 2025". */
export function periodWords({ m, fmt }: Pick<I18n, 'm' | 'fmt'>, p: CqiPeriod): string {
  return p.fiscalYear ? m.cqi.ffy(p.fiscalYear) : m.cqi.months12(fmt.date(p.start), fmt.date(p.end));
}

/** The same words starting a sentence ("El año fiscal federal 2025."). */
export const sentenceStart = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const CUSTOM = 'custom';

/**
 * The period picker: a federal fiscal year (the one the page opens on is marked), or 12 months from any
 * other day. Choosing one changes the address, so the period can be bookmarked and shared.
 */
export function PeriodPicker({
  period,
  latest,
  defaultStart,
  onChoose,
}: {
  period: CqiPeriod;
  /** The latest date in the records (or today): the newest fiscal year offered is the one it falls in. */
  latest: string;
  defaultStart: string;
  onChoose: (periodStart: string) => void;
}) {
  const { m, fmt } = useI18n();
  const years = fiscalYearChoices(latest);
  const initial = years.find((y) => fiscalYearStart(y) === period.start);
  const [choice, setChoice] = useState(initial ? String(initial) : CUSTOM);
  const [custom, setCustom] = useState(initial ? '' : period.start);
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice !== CUSTOM) return onChoose(fiscalYearStart(Number(choice)));
    if (!custom || custom.slice(5) === '02-29') return setError(m.cqi.customHint);
    setError(null);
    onChoose(custom);
  }
  return (
    <form className="usa-form usa-form--large hearth-cqi-period" onSubmit={submit}>
      <fieldset className="usa-fieldset">
        <legend className="usa-legend">{m.cqi.periodLegend}</legend>
        <label className="usa-label" htmlFor="cqi-ffy">
          {m.cqi.fiscalYear}
        </label>
        <select
          id="cqi-ffy"
          className="usa-select"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
        >
          {years.map((y) => {
            const start = fiscalYearStart(y);
            const end = `${y}-09-30`;
            const mark = start === defaultStart ? ` — ${m.cqi.defaultMark}` : '';
            return (
              <option key={y} value={String(y)}>
                {m.cqi.ffyOption(y, fmt.date(start), fmt.date(end))}
                {mark}
              </option>
            );
          })}
          <option value={CUSTOM}>{m.cqi.custom}…</option>
        </select>
        {choice === CUSTOM && (
          <DateInput
            id="cqi-custom-start"
            label={m.cqi.custom}
            hint={m.cqi.customHint}
            error={error ?? undefined}
            value={custom}
            onChange={setCustom}
          />
        )}
        <button type="submit" className="usa-button margin-top-2">
          {m.cqi.show}
        </button>
      </fieldset>
    </form>
  );
}
