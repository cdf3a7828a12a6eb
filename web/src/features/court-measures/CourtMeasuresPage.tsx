import { useState, type FormEvent } from 'react';
import { courtMeasuresFileUrl, getCourtMeasures } from '../../api/hearth.ts';
import type { CourtMeasures, MeasureGrouping } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { DateInput } from '../../components/form/DateInput.tsx';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useMe } from '../session/SessionProvider.tsx';
import { HearingTables, TimeTables } from './MeasureTables.tsx';
import { canDownloadMeasures, canSeeMeasures } from './measuresModel.ts';

/**
 * Court performance measures (issue 5; the Toolkit's key measures): time to each step, hearings on time,
 * continuances, attendance and judges per case, by court or by judge, with the downloads.
 */
export function CourtMeasuresPage() {
  const { m } = useI18n();
  const roles = useMe().roles.map((r) => r.role);
  const [applied, setApplied] = useState<{ periodStart: string | null; by: MeasureGrouping }>({
    periodStart: null,
    by: 'court',
  });
  const found = useResource(`court-measures:${applied.periodStart ?? ''}:${applied.by}`, (signal) =>
    getCourtMeasures(applied.periodStart, applied.by, signal),
  );
  if (!canSeeMeasures(roles)) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={m.measures.title} />
      <p className="usa-intro">{m.measures.intro}</p>
      <Choice
        shownStart={found.status === 'ok' ? found.data.period.start : ''}
        initialBy={applied.by}
        onApply={setApplied}
      />
      {found.status === 'loading' && <Loading />}
      {found.status === 'error' && <ProblemAlert error={found.error} />}
      {found.status === 'ok' && <Measures data={found.data} downloads={canDownloadMeasures(roles)} />}
    </>
  );
}

/**
 * The period and grouping. Not remounted when the figures arrive: a choice made while they load is kept.
 * The date field shows the period on screen until the person types one of their own (`typed` null).
 */
function Choice({
  shownStart,
  initialBy,
  onApply,
}: {
  shownStart: string;
  initialBy: MeasureGrouping;
  onApply: (v: { periodStart: string | null; by: MeasureGrouping }) => void;
}) {
  const { m } = useI18n();
  const [typed, setTyped] = useState<string | null>(null);
  const [by, setBy] = useState<MeasureGrouping>(initialBy);
  const periodStart = typed ?? shownStart;
  function submit(e: FormEvent) {
    e.preventDefault();
    onApply({ periodStart: periodStart || null, by });
  }
  return (
    <form className="usa-form margin-bottom-3" noValidate onSubmit={submit}>
      <DateInput
        id="measures-period"
        label={m.measures.periodStart}
        hint={m.measures.periodHint}
        value={periodStart}
        onChange={setTyped}
      />
      <SelectInput
        id="measures-by"
        label={m.measures.by}
        value={by}
        noEmpty
        onChange={(v) => setBy(v === 'judge' ? 'judge' : 'court')}
        options={[
          { value: 'court', label: m.measures.byCourt },
          { value: 'judge', label: m.measures.byJudge },
        ]}
      />
      <button type="submit" className="usa-button margin-top-2">
        {m.measures.show}
      </button>
    </form>
  );
}

function Measures({ data, downloads }: { data: CourtMeasures; downloads: boolean }) {
  const { m, fmt } = useI18n();
  return (
    <>
      <p className="text-bold">
        {m.measures.period(fmt.longDate(data.period.start), fmt.longDate(data.period.end))}
      </p>
      <p className="text-base-dark">{m.measures.suppressed(data.threshold)}</p>
      {downloads && (
        <section aria-labelledby="measures-downloads">
          <h2 id="measures-downloads" className="font-heading-md">
            {m.measures.downloads}
          </h2>
          <ul className="usa-list">
            <li>
              <a href={courtMeasuresFileUrl(data.period.start, data.by, 'xlsx')} download>
                {m.measures.downloadXlsx}
              </a>
            </li>
            <li>
              <a href={courtMeasuresFileUrl(data.period.start, data.by, 'csv')} download>
                {m.measures.downloadCsv}
              </a>
            </li>
          </ul>
        </section>
      )}
      <TimeTables data={data} />
      <HearingTables data={data} />
    </>
  );
}
