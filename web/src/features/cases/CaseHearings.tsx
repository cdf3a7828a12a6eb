import type { Hearing } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Link } from '../../app/Link.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useHearingChangeColumn } from '../conflicts/hearingChanges.tsx';
import { useWellbeingColumn } from '../wellbeing/wellbeingColumn.tsx';
import { Section } from './Section.tsx';

/** The case's hearings in date order, with their outcome. */
export function CaseHearings({
  hearings,
  children = [],
}: {
  hearings: Hearing[];
  children?: { id: string; givenName: string; familyName: string }[];
}) {
  const { m, fmt, label } = useI18n();
  const sorted = [...hearings].sort((a, b) => a.start.localeCompare(b.start));
  // Move and Continue, for those who set hearings (features/conflicts).
  const change = useHearingChangeColumn();
  // The bench view and each child's well-being checklist (features/wellbeing).
  const wellbeing = useWellbeingColumn(children);
  return (
    <Section id="case-hearings" title={m.case.hearings}>
      {sorted.length === 0 ? (
        <p>{m.case.noHearings}</p>
      ) : (
        <>
          <p className="text-base-dark">{m.common.timesNote}</p>
          <DataTable
            caption={m.case.hearings}
            captionHidden
            rows={sorted}
            rowKey={(h) => h.id}
            columns={[
              { header: m.case.when, rowHeader: true, cell: (h) => fmt.hearingTime(h.start) },
              { header: m.case.type, cell: (h) => label('hearingType', h.type) },
              { header: m.case.status, cell: (h) => label('hearingStatus', h.status) },
              { header: m.case.courtroom, cell: (h) => h.courtroom ?? '—' },
              { header: m.case.result, cell: (h) => h.result ?? '—' },
              {
                // The notices of a hearing still to be held: who must get one, and what was sent.
                header: m.notices.linkToNotices,
                cell: (h) =>
                  h.status === 'scheduled' ? (
                    <Link
                      to={`/hearings/${encodeURIComponent(h.id)}/notices`}
                      aria-label={m.notices.linkLabel(label('hearingType', h.type), fmt.hearingTime(h.start))}
                    >
                      {m.notices.linkToNotices}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
              {
                // Who came, once the hearing's day has come (features/court-measures).
                header: m.measures.attendanceLink,
                cell: (h) =>
                  Date.parse(h.start) <= Date.now() && h.status !== 'vacated' && h.status !== 'cancelled' ? (
                    <Link
                      to={`/hearings/${encodeURIComponent(h.id)}/attendance`}
                      aria-label={m.measures.attendanceLinkLabel(
                        label('hearingType', h.type),
                        fmt.hearingTime(h.start),
                      )}
                    >
                      {m.measures.attendanceLink}
                    </Link>
                  ) : (
                    '—'
                  ),
              },
              ...(wellbeing ? [wellbeing] : []),
              ...(change ? [change] : []),
            ]}
          />
        </>
      )}
    </Section>
  );
}
