import type { ChildFinding } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/** The court's findings about the child, newest first. */
export function ChildFindings({ findings }: { findings: ChildFinding[] }) {
  const { m, fmt, label } = useI18n();
  const sorted = findings.map((f, i) => ({ ...f, key: `${f.orderId}-${i}` }));
  sorted.sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Section id="child-findings" title={m.child.findings}>
      {sorted.length === 0 ? (
        <p>{m.child.noFindings}</p>
      ) : (
        <DataTable
          caption={m.child.findings}
          captionHidden
          rows={sorted}
          rowKey={(f) => f.key}
          columns={[
            { header: m.child.finding, rowHeader: true, cell: (f) => label('findingType', f.type) },
            { header: m.child.made, cell: (f) => (f.isMade ? m.child.isMade : m.child.notMade) },
            { header: m.child.date, cell: (f) => fmt.date(f.date) },
          ]}
        />
      )}
    </Section>
  );
}
