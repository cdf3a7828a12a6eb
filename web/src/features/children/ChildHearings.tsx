import type { ChildRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/** The child's next court hearings, soonest first. */
export function ChildHearings({ child }: { child: ChildRecord }) {
  const { m, fmt, label } = useI18n();
  const hearings = [...child.upcomingHearings].sort((a, b) => a.start.localeCompare(b.start));
  return (
    <Section id="child-hearings" title={m.child.nextHearings}>
      {hearings.length === 0 ? (
        <p>{m.child.noHearings}</p>
      ) : (
        <>
          <p className="text-base-dark">{m.common.timesNote}</p>
          <ul className="usa-list">
            {hearings.map((h) => (
              <li key={h.id}>
                <strong>{fmt.longHearingTime(h.start)}</strong>: {label('hearingType', h.type)}
                {h.courtroom && `, ${h.courtroom}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
