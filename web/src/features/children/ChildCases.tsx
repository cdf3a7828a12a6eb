import type { ChildRecord } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/** The court cases the child is on, each a link to its case page. */
export function ChildCases({ cases }: { cases: NonNullable<ChildRecord['cases']> }) {
  const { m, label } = useI18n();
  return (
    <Section id="child-cases" title={m.child.cases}>
      {cases.length === 0 ? (
        <p>{m.child.noCases}</p>
      ) : (
        <ul className="usa-list">
          {cases.map((c) => (
            <li key={c.id}>
              <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                {m.child.caseLink(c.petitionNumber, label('caseStatus', c.status))}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
