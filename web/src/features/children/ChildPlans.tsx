import type { ChildPlan } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/** Current plans first, primary before concurrent, then the newest. */
export const byCurrentPlan = (a: ChildPlan, b: ChildPlan): number =>
  Number(a.endedDate !== null) - Number(b.endedDate !== null) ||
  Number(a.planKind !== 'primary') - Number(b.planKind !== 'primary') ||
  b.establishedDate.localeCompare(a.establishedDate);

/** Permanency plans, current ones first, primary before concurrent. */
export function ChildPlans({ plans }: { plans: ChildPlan[] }) {
  const { m, fmt, label } = useI18n();
  const sorted = [...plans].sort(byCurrentPlan);
  return (
    <Section id="child-plans" title={m.child.plans}>
      {sorted.length === 0 ? (
        <p>{m.child.noPlans}</p>
      ) : (
        <DataTable
          caption={m.child.plans}
          captionHidden
          rows={sorted}
          rowKey={(p) => p.id}
          columns={[
            { header: m.child.planKind, rowHeader: true, cell: (p) => label('planKind', p.planKind) },
            { header: m.child.goal, cell: (p) => label('permanencyGoal', p.goal) },
            { header: m.child.established, cell: (p) => fmt.date(p.establishedDate) },
            { header: m.child.ended, cell: (p) => (p.endedDate ? fmt.date(p.endedDate) : m.child.current) },
          ]}
        />
      )}
    </Section>
  );
}
