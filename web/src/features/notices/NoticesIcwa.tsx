import type { NoticeLog } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';

/**
 * ICWA on the notices page: whether the Act applies (or the child is treated as an Indian child), and for
 * a foster-care placement or TPR hearing the waiting period after each parent, custodian and tribe
 * receives notice (25 U.S.C. §1912(a)). Shown only when an ICWA finding is recorded.
 */
export function NoticesIcwa({ log }: { log: NoticeLog }) {
  const { m, fmt } = useI18n();
  const icwa = log.icwa;
  if (icwa.status === 'unknown') return null;
  const roleOf = (role: string) =>
    role in m.notices.role ? m.notices.role[role as keyof typeof m.notices.role] : role;
  return (
    <Section id="notice-icwa" title={m.notices.icwaTitle}>
      <p>{m.notices.icwaStatus[icwa.status]}</p>
      {(icwa.status === 'applies' || icwa.status === 'reasonToKnow') && !icwa.gated && (
        <p>{m.notices.icwaNotGated}</p>
      )}
      {icwa.gated && icwa.earliestHearingDate && (
        <>
          {icwa.tooEarly ? (
            <Alert type="error">{m.notices.icwaTooEarly(fmt.longDate(icwa.earliestHearingDate))}</Alert>
          ) : (
            <p>{m.notices.icwaEarliest(fmt.longDate(icwa.earliestHearingDate))}</p>
          )}
          {icwa.estimated && <p className="text-base-dark">{m.notices.icwaEstimated}</p>}
          <DataTable
            caption={m.notices.icwaTitle}
            captionHidden
            rows={icwa.periods}
            rowKey={(p) => p.personId}
            columns={[
              {
                header: m.notices.icwaColumns.who,
                rowHeader: true,
                cell: (p) => `${p.name} (${roleOf(p.role)})`,
              },
              {
                header: m.notices.icwaColumns.received,
                cell: (p) =>
                  p.estimated ? m.notices.estimated(fmt.date(p.receivedOn)) : fmt.date(p.receivedOn),
              },
              { header: m.notices.icwaColumns.extra, cell: (p) => String(p.additionalDays) },
              { header: m.notices.icwaColumns.earliest, cell: (p) => fmt.date(p.earliestHearingDate) },
            ]}
          />
          <p className="text-base-dark">{icwa.citation}</p>
        </>
      )}
    </Section>
  );
}
