import type {
  BenchCaregiverReport,
  BenchYouthAttendance,
  BenchYouthStatement,
  HearingVoices,
} from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { REPORT_FIELD_ORDER, paragraphsOf } from './voiceModel.ts';

/**
 * The voices of a hearing on the judge's bench view (server/src/voice/voice.bench.ts): the young person's
 * own words, quoted as they sent them and when; the caregivers' reports; how each youth will attend or
 * attended. Rendered by the bench view (features/wellbeing) and by the hearing's voices page.
 */
export function BenchVoices({ voices }: { voices: HearingVoices }) {
  const { m } = useI18n();
  const t = m.voice.bench;
  return (
    <section aria-labelledby="bench-voices-heading" className="margin-top-4" data-testid="bench-voices">
      <h2 id="bench-voices-heading">{t.title}</h2>
      <h3>{t.youthTitle}</h3>
      {voices.youthStatements.length === 0 ? (
        <p>{t.youthNone}</p>
      ) : (
        voices.youthStatements.map((s) => <YouthWords key={s.id} statement={s} />)
      )}
      <h3>{t.caregiverTitle}</h3>
      {voices.caregiverReports.length === 0 ? (
        <p>{t.caregiverNone}</p>
      ) : (
        voices.caregiverReports.map((r) => <CaregiverReportCard key={r.id} report={r} />)
      )}
      <h3>{t.attendanceTitle}</h3>
      <YouthAttendanceTable rows={voices.youthAttendance} />
    </section>
  );
}

function YouthWords({ statement: s }: { statement: BenchYouthStatement }) {
  const { m, fmt } = useI18n();
  const t = m.voice.bench;
  const shared = s.sharedWith.map((a) => t.audience[a as keyof typeof t.audience] ?? a);
  return (
    <figure className="margin-x-0 margin-y-3 border-left-05 border-primary padding-left-2">
      <blockquote className="margin-0 font-serif-md" lang={s.language}>
        {paragraphsOf(s.body).map((p, i) => (
          <p key={i} className="margin-top-0">
            “{p}”
          </p>
        ))}
      </blockquote>
      <figcaption className="text-base-dark">
        <strong>
          {s.childName}
          {s.age !== null && `, ${t.age(s.age)}`}
        </strong>
        {' · '}
        {t.sent(fmt.hearingTime(s.sentAt))}
        {' · '}
        {t.wroteIn[s.language] ?? s.language}
        <br />
        {shared.length ? t.sharedWith(fmt.list(shared)) : t.sharedWithNoOne}
      </figcaption>
    </figure>
  );
}

function CaregiverReportCard({ report: r }: { report: BenchCaregiverReport }) {
  const { m, fmt } = useI18n();
  const t = m.voice.report;
  const kind = t.kind[r.caregiverKind as keyof typeof t.kind] ?? r.caregiverKind;
  return (
    <article
      className="usa-summary-box margin-y-3"
      aria-label={`${r.childName}: ${t.from(r.caregiverName, kind)}`}
    >
      <div className="usa-summary-box__body">
        <h4 className="usa-summary-box__heading">
          {r.childName} · {t.from(r.caregiverName, kind)}
        </h4>
        <p className="text-base-dark margin-top-0">{m.voice.bench.sent(fmt.hearingTime(r.submittedAt))}</p>
        <dl className="margin-0">
          {REPORT_FIELD_ORDER.map((f) => {
            const value = r[f];
            if (f !== 'health' && !value) return null;
            if (f === 'health' && !value && !r.healthWithheld) return null;
            return (
              <div key={f} className="margin-bottom-1">
                <dt className="text-bold">{t.fields[f]}</dt>
                <dd className="margin-left-0">{value ?? <em>{t.withheld}</em>}</dd>
              </div>
            );
          })}
        </dl>
      </div>
    </article>
  );
}

function YouthAttendanceTable({ rows }: { rows: BenchYouthAttendance[] }) {
  const { m } = useI18n();
  const t = m.voice.bench;
  if (rows.length === 0) return <p>{t.attendanceNone}</p>;
  return (
    <DataTable
      caption={t.attendanceTitle}
      captionHidden
      rows={rows}
      rowKey={(r) => r.childId}
      columns={[
        {
          header: t.columns.youth,
          rowHeader: true,
          cell: (r) => `${r.childName}${r.age !== null ? `, ${t.age(r.age)}` : ''}`,
        },
        {
          header: t.columns.how,
          cell: (r) => (r.attendance ? (t.attendanceStatus[r.attendance] ?? r.attendance) : t.noPlan),
        },
        {
          header: t.columns.source,
          cell: (r) =>
            r.source === 'recorded'
              ? t.attendanceRecorded
              : r.recordedByRole
                ? `${t.attendancePlan} (${m.voice.attendance.by[r.recordedByRole] ?? r.recordedByRole})`
                : t.attendancePlan,
        },
        { header: t.columns.reason, cell: (r) => r.reason ?? '—' },
      ]}
    />
  );
}
