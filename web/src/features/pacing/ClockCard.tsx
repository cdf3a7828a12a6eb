import type { ReactNode } from 'react';
import type { PacingClock } from '../../api/types.ts';
import type { Formatters } from '../../i18n/format.ts';
import type { pacingEn } from '../../i18n/pacing.en.ts';
import { CLOCK_STATUS_STYLE, clockDetails, clockValue, gaugeShare, timeLeft } from './clockModel.ts';

type CardProps = {
  clock: PacingClock;
  today: string;
  w: typeof pacingEn;
  fmt: Formatters;
  /** A link under the words (document an exception). */
  action?: ReactNode;
};

/** One clock: heading, status tag, bar, value, time left, details, rule. */
export function ClockCard({ clock, today, w, fmt, action }: CardProps) {
  const style = CLOCK_STATUS_STYLE[clock.status];
  const share = gaugeShare(clock, today);
  const left = timeLeft(clock, today, w);
  const status = clock.missed ? w.missed : w.status[clock.status];
  const id = `clock-${clock.kind}`;
  return (
    <li
      className="usa-card tablet:grid-col-6 desktop:grid-col-4"
      data-clock={clock.kind}
      data-status={clock.status}
    >
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h3 className="usa-card__heading font-sans-sm" id={id}>
            {w.clockTitle[clock.kind]}
          </h3>
        </div>
        <div className="usa-card__body">
          <p className="margin-y-1">
            <span className={`usa-tag ${style.tag}`}>{status}</span>
            {left && <span className="margin-left-1">{left}</span>}
          </p>
          {share !== null && <Gauge share={share} fill={style.fill} />}
          <p className="margin-y-1 text-bold">{clockValue(clock, w, fmt.date)}</p>
          {clockDetails(clock, w, fmt.date).map((line) => (
            <p key={line} className="margin-y-05 font-sans-xs">
              {line}
            </p>
          ))}
          {action && <p className="margin-y-1">{action}</p>}
          {clock.citation && (
            <p className="margin-top-1 margin-bottom-0 font-sans-3xs text-base-dark">
              {w.rule} {clock.citation}
              {clock.unconfirmed && ` (${w.unconfirmed})`}
            </p>
          )}
        </div>
      </div>
    </li>
  );
}

/** A bar: how much of the period is gone (or of the 15 months counted). The words beside it say it all. */
export function Gauge({ share, fill }: { share: number; fill: string }) {
  const width = Math.round(share * 1000) / 10;
  return (
    <svg
      className="display-block margin-y-1"
      viewBox="0 0 100 8"
      preserveAspectRatio="none"
      width="100%"
      height="10"
      aria-hidden="true"
      focusable="false"
      data-share={width}
    >
      <rect x={0} y={0} width={100} height={8} fill="#dfe1e2" />
      <rect x={0} y={0} width={width} height={8} fill={fill} />
    </svg>
  );
}
