import type { ChildRecord } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { BreakGlassOffer } from '../breakglass/BreakGlassOffer.tsx';

/**
 * Protected information: the classes this viewer holds a grant for, with their entries, and in plain words
 * which classes exist on the record but are not shown to them. Nothing at all when neither applies.
 * Those allowed to break the glass are offered to see the withheld classes by stating a reason.
 */
export function ChildSensitive({
  child,
  onBreakGlass,
}: {
  child: ChildRecord;
  onBreakGlass?: ((reason: string) => void) | undefined;
}) {
  const { m, fmt, label } = useI18n();
  const granted = Object.entries(child.sensitive);
  const withheld = child.sensitiveWithheld;
  if (granted.length === 0 && withheld.length === 0) return null;
  return (
    <Section id="child-sensitive" title={m.child.sensitive}>
      {granted.length === 0 && <p>{m.child.sensitiveNone}</p>}
      {granted.map(([cls, entries]) => (
        <div key={cls}>
          <h3>{label('sensitiveClass', cls)}</h3>
          {entries.length === 0 && <p>{m.child.noEntries}</p>}
          <ul className="usa-list" hidden={entries.length === 0}>
            {entries.map((e, i) => (
              <li key={i}>
                {e.summary}{' '}
                <span className="text-base-dark">({m.child.recorded(fmt.instantDate(e.recordedAt))})</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      {withheld.length > 0 && (
        <>
          <h3>{m.child.withheld}</h3>
          <p>{m.child.withheldText(fmt.list(withheld.map((c) => label('sensitiveClass', c))))}</p>
          {onBreakGlass && <BreakGlassOffer kind="sensitive" onOpen={onBreakGlass} />}
        </>
      )}
    </Section>
  );
}
