import { getChildClocks } from '../../api/hearth.ts';
import type { ChildClocks } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { ClockCard } from './ClockCard.tsx';
import { isTprOpen } from './clockModel.ts';

/**
 * The child's permanency clocks (domain-rules §4, §5): each as a small bar with its words, its status in
 * words and colour, and the rule it comes from in small print. Shown on the child page to readers of the
 * child's history; a break-the-glass view passes its reason on.
 */
export function ClocksPanel({ childId, glass = null }: { childId: string; glass?: string | null }) {
  const { m } = useI18n();
  const clocks = useResource(`clocks:${childId}:${glass ?? ''}`, (signal) =>
    getChildClocks(childId, signal, glass),
  );
  return (
    <section aria-labelledby="clocks-heading" className="margin-top-4">
      <h2 id="clocks-heading">{m.pacing.clocksTitle}</h2>
      {clocks.status === 'loading' && <Loading />}
      {clocks.status === 'error' && <ProblemAlert error={clocks.error} />}
      {clocks.status === 'ok' && <ClocksView data={clocks.data} />}
    </section>
  );
}

export function ClocksView({ data }: { data: ChildClocks }) {
  const { m, fmt } = useI18n();
  const permitted = usePermitted();
  if (data.removalId === null) return <p>{m.pacing.notInCare}</p>;
  const mayDocument = permitted('plan.record');
  return (
    <>
      <p className="text-base-dark">{m.pacing.clocksIntro(fmt.date(data.today), data.soonDays)}</p>
      <ul className="usa-card-group">
        {data.clocks.map((clock) => (
          <ClockCard
            key={clock.kind}
            clock={clock}
            today={data.today}
            w={m.pacing}
            fmt={fmt}
            action={
              mayDocument && isTprOpen(clock) && clock.status !== 'ok' ? (
                <Link to={`/children/${encodeURIComponent(data.childId)}/tpr-exception`} className="usa-link">
                  {m.pacing.documentException}
                </Link>
              ) : null
            }
          />
        ))}
      </ul>
    </>
  );
}
