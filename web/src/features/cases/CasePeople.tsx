import type { CaseDetail, Participant } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from './Section.tsx';

/**
 * Everyone on the case with their role, the parties marked. One person acting for several children
 * (a GAL, a caregiver) is one row naming those children.
 */
export function CasePeople({ detail: c }: { detail: CaseDetail }) {
  const { m, fmt, label } = useI18n();
  const childName = new Map(c.children.map((ch) => [ch.id, fmt.name(ch.givenName, ch.familyName)]));
  const childOrder = new Map(c.children.map((ch, i) => [ch.id, i]));
  const rows = mergeByPerson(c.participants);
  for (const row of rows) row.childIds.sort((a, b) => (childOrder.get(a) ?? 0) - (childOrder.get(b) ?? 0));
  return (
    <Section id="case-people" title={m.case.people}>
      <DataTable
        caption={m.case.people}
        captionHidden
        rows={rows}
        rowKey={(p) => p.key}
        columns={[
          { header: m.case.name, rowHeader: true, cell: (p) => p.name },
          {
            header: m.case.role,
            cell: (p) => (
              <>
                {label('caseRole', p.caseRole)}
                {p.isParty && <span className="usa-tag margin-left-1">{m.case.party}</span>}
              </>
            ),
          },
          {
            header: m.case.forChild,
            cell: (p) =>
              p.childIds.length === 0
                ? m.case.wholeCase
                : fmt.list(p.childIds.map((id) => childName.get(id) ?? '—')),
          },
          {
            header: m.case.since,
            cell: (p) =>
              `${fmt.date(p.startDate)}${p.endDate ? ` (${m.case.until(fmt.date(p.endDate))})` : ''}`,
          },
        ]}
      />
    </Section>
  );
}

type PersonRow = Omit<Participant, 'id' | 'childId'> & { key: string; childIds: string[] };

function mergeByPerson(participants: Participant[]): PersonRow[] {
  const rows = new Map<string, PersonRow>();
  for (const p of participants) {
    const key = [p.name, p.caseRole, p.isParty, p.startDate, p.endDate].join('|');
    const row = rows.get(key);
    if (row) {
      if (p.childId) row.childIds.push(p.childId);
    } else {
      const { id, childId, ...rest } = p;
      rows.set(key, { ...rest, key: id, childIds: childId ? [childId] : [] });
    }
  }
  return [...rows.values()].sort((a, b) => Number(b.isParty) - Number(a.isParty));
}
