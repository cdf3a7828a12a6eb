import type { CaseDetail, ChildPlan } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { byCurrentPlan } from '../children/ChildPlans.tsx';
import { Section } from './Section.tsx';

type Row = ChildPlan & { childName: string };

/**
 * Each child's permanency plans on this case, current ones first. Absent for a reader who may not see
 * the children's history (the API leaves the plans out, as it does the removals).
 */
export function CasePlans({ detail }: { detail: CaseDetail }) {
  const { m, fmt, label } = useI18n();
  if (detail.children.every((ch) => ch.permanencyPlans === undefined)) return null;
  const rows: Row[] = detail.children.flatMap((ch) =>
    [...(ch.permanencyPlans ?? [])]
      .sort(byCurrentPlan)
      .map((p) => ({ ...p, childName: fmt.name(ch.givenName, ch.familyName) })),
  );
  return (
    <Section id="case-plans" title={m.child.plans}>
      {rows.length === 0 ? (
        <p>{m.child.noPlans}</p>
      ) : (
        <DataTable<Row>
          caption={m.child.plans}
          captionHidden
          rows={rows}
          rowKey={(p) => p.id}
          columns={[
            { header: m.case.child, rowHeader: true, cell: (p) => p.childName },
            { header: m.child.planKind, cell: (p) => label('planKind', p.planKind) },
            { header: m.child.goal, cell: (p) => label('permanencyGoal', p.goal) },
            { header: m.child.established, cell: (p) => fmt.date(p.establishedDate) },
            { header: m.child.ended, cell: (p) => (p.endedDate ? fmt.date(p.endedDate) : m.child.current) },
          ]}
        />
      )}
    </Section>
  );
}
