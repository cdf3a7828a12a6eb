import { todayOf } from '@hearth/core';
import { useId, useMemo, useState } from 'react';
import { afcarsXmlUrl } from '../../api/hearth.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { COURT_TIME_ZONE } from '../../i18n/format.ts';
import { afcarsPeriodOptions } from './afcarsPeriods.ts';

/**
 * The AFCARS 2020 out-of-home-care file of the district, for a reporting period the user picks. A plain
 * link: the browser downloads the XML itself (GET /api/v1/data/afcars.xml, data.export, audited).
 */
export function AfcarsDownload({
  today = todayOf({ now: () => new Date() }, COURT_TIME_ZONE),
}: {
  today?: string;
}) {
  const { m, fmt } = useI18n();
  const id = useId();
  const options = useMemo(() => afcarsPeriodOptions(today), [today]);
  const [period, setPeriod] = useState(options[0]?.code ?? '');
  if (options.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="margin-top-5">
      <h2 id={`${id}-title`}>{m.afcars.title}</h2>
      <p>{m.afcars.intro}</p>
      <p className="text-base-dark">{m.afcars.unconfirmed}</p>
      <label className="usa-label" htmlFor={`${id}-period`}>
        {m.afcars.period}
      </label>
      <select
        className="usa-select"
        id={`${id}-period`}
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
      >
        {options.map((p) => (
          <option key={p.code} value={p.code}>
            {m.afcars.periodOption(fmt.longDate(p.start), fmt.longDate(p.end))}
          </option>
        ))}
      </select>
      <p className="margin-top-2">
        <a
          className="usa-button usa-button--outline"
          href={afcarsXmlUrl(period)}
          download={`afcars-${period}.xml`}
        >
          {m.afcars.download}
        </a>
      </p>
    </section>
  );
}
