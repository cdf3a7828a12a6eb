import type { IndicatorKey } from '@hearth/core';
import type { CqiIndicators } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { childrenHref, formatCount, formatValue, sentenceSegments, VALUE_KIND } from './cqiModel.ts';
import { TrendChart, type TrendRow } from './TrendChart.tsx';

type Card = CqiIndicators['indicators'][number];

/**
 * One indicator at a glance: the value large, what it means in a sentence whose two numbers open the
 * children behind them, which way is better, the national reference and which side of it the district
 * is on, whether the follow-up is complete, and the last years as a small chart.
 */
export function IndicatorCard({
  card,
  periodStart,
  periodText,
  trend,
}: {
  card: Card;
  periodStart: string;
  periodText: string;
  trend: TrendRow[];
}) {
  const { m, fmt } = useI18n();
  const key: IndicatorKey = card.key;
  const name = m.cqi.names[key];
  const value = (v: number | null) => formatValue(key, v, fmt.locale);
  const kind = VALUE_KIND[key];
  const unit = kind === 'percent' ? null : m.cqi.units[kind];
  // A number opens the children behind it; nobody is behind a 0.
  const link = (part: 'numerator' | 'denominator', n: number) =>
    n === 0 ? (
      formatCount(n, fmt.locale)
    ) : (
      <Link to={childrenHref(key, { periodStart, part })} data-part={part}>
        {formatCount(n, fmt.locale)}
      </Link>
    );
  const ref = card.reference;
  return (
    <li className="usa-card tablet:grid-col-6 desktop:grid-col-6" data-indicator={key}>
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading font-heading-md">{name}</h2>
        </div>
        <div className="usa-card__body">
          <p className="margin-y-1">
            <span className="font-heading-3xl text-bold" data-value>
              {value(card.value)}
            </span>
            {unit && <span className="display-block text-base-dark">{unit}</span>}
          </p>
          {card.denominator === 0 ? (
            <p>{m.cqi.noValue}</p>
          ) : (
            <p>
              {sentenceSegments(m.cqi.sentences[key](periodText)).map((s, i) =>
                'text' in s ? (
                  <span key={i}>{s.text}</span>
                ) : (
                  <span key={i}>
                    {s.slot === 'n'
                      ? link('numerator', card.numerator)
                      : link('denominator', card.denominator)}
                  </span>
                ),
              )}
              {card.residence && card.residence.numerator !== null && (
                <>
                  {' '}
                  {m.cqi.residence(
                    formatCount(card.residence.numerator, fmt.locale),
                    formatValue(key, card.residence.value, fmt.locale),
                  )}
                </>
              )}
            </p>
          )}
          <ul className="usa-list usa-list--unstyled">
            <li>{card.better === 'higher' ? m.cqi.higherBetter : m.cqi.lowerBetter}</li>
            <li>
              {ref && ref.value !== null
                ? m.cqi.reference(
                    value(ref.value),
                    ref.status === 'unverified'
                      ? `${m.cqi.measures[ref.measure]}, ${m.cqi.unverified}`
                      : m.cqi.measures[ref.measure],
                  )
                : m.cqi.noReference}
            </li>
            {card.onBetterSide !== null && (
              <li>
                <span
                  className={`usa-tag ${card.onBetterSide ? 'bg-success-darker' : 'bg-error-dark'}`}
                  data-side={card.onBetterSide ? 'better' : 'worse'}
                >
                  {card.onBetterSide ? m.cqi.betterSide : m.cqi.worseSide}
                </span>
              </li>
            )}
            {!card.complete && (
              <li className="margin-top-1" data-incomplete>
                <span className="usa-tag bg-warning text-ink">{m.cqi.trendIncomplete}</span>{' '}
                {m.cqi.incomplete}
              </li>
            )}
            {card.excluded > 0 && (
              <li className="margin-top-1">
                <Link to={childrenHref(key, { periodStart, part: 'excluded' })}>
                  {m.cqi.excluded(card.excluded)}
                </Link>
              </li>
            )}
          </ul>
          {trend.length > 0 && (
            <TrendChart indicator={key} name={name} rows={trend} reference={ref?.value ?? null} />
          )}
        </div>
      </div>
    </li>
  );
}
