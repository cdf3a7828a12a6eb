import type { CaseDetail } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from './Section.tsx';

/** The case at a glance, and its children. */
export function CaseAbout({ detail: c }: { detail: CaseDetail }) {
  const { m, fmt, label } = useI18n();
  return (
    <>
      <Section id="case-about" title={m.case.about}>
        <dl className="hearth-details">
          <dt>{m.case.court}</dt>
          <dd>{c.court.name}</dd>
          <dt>{m.case.judge}</dt>
          <dd>{c.judge?.name ?? m.case.noJudge}</dd>
          <dt>{m.case.status}</dt>
          <dd>
            {label('caseStatus', c.status)}
            {c.closedDate && ` (${m.case.closed}: ${fmt.date(c.closedDate)})`}
          </dd>
          <dt>{m.case.filed}</dt>
          <dd>{fmt.date(c.filingDate)}</dd>
          <dt>{m.case.allegations}</dt>
          <dd>{fmt.list(c.allegations.map((a) => label('allegation', a)))}</dd>
        </dl>
      </Section>
      <Section id="case-children" title={m.case.children}>
        <ul className="usa-list">
          {c.children.map((child) => (
            <li key={child.id}>
              <Link to={`/children/${encodeURIComponent(child.id)}`}>
                <strong>{fmt.name(child.givenName, child.familyName)}</strong>
              </Link>
              {child.birthDate && `, ${m.case.born(fmt.date(child.birthDate))}`}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
