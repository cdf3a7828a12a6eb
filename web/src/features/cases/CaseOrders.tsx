import type { CaseDetail } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from './Section.tsx';

/** Each order, newest first, with the findings it made for each child. */
export function CaseOrders({ detail: c }: { detail: CaseDetail }) {
  const { m, fmt, label } = useI18n();
  const childName = new Map(c.children.map((ch) => [ch.id, fmt.name(ch.givenName, ch.familyName)]));
  const orders = [...c.orders].sort((a, b) => b.signedDate.localeCompare(a.signedDate));
  return (
    <Section id="case-orders" title={m.case.orders}>
      {orders.length === 0 && <p>{m.case.noOrders}</p>}
      {orders.map((o) => (
        <div key={o.id} className="margin-top-3">
          <h3>{m.case.order(label('orderType', o.type), fmt.date(o.signedDate))}</h3>
          {o.findings.length === 0 ? (
            <p>{m.case.noFindings}</p>
          ) : (
            <DataTable
              caption={m.case.order(label('orderType', o.type), fmt.date(o.signedDate))}
              captionHidden
              rows={o.findings}
              rowKey={(f) => `${f.childId}|${f.type}|${f.date}`}
              columns={[
                { header: m.case.child, rowHeader: true, cell: (f) => childName.get(f.childId) ?? '—' },
                { header: m.case.finding, cell: (f) => label('findingType', f.type) },
                { header: m.case.made, cell: (f) => (f.isMade ? m.common.yes : m.common.no) },
                { header: m.case.date, cell: (f) => fmt.date(f.date) },
                { header: m.case.detail, cell: (f) => f.detail ?? '—' },
              ]}
            />
          )}
        </div>
      ))}
    </Section>
  );
}
