import { useState } from 'react';
import { saveCaregiverReport, submitCaregiverReport } from '../../api/hearth.ts';
import type { CaregiverReport, CaregiverReportFields, VoiceHearing } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { TextArea } from '../../components/form/TextArea.tsx';
import { problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DraftButtons, type DraftStep, useDraftThenSend } from './DraftThenSend.tsx';
import { canSubmit, REPORT_FIELD_ORDER, reportFieldsOf } from './voiceModel.ts';

/**
 * A foster parent's, relative's or pre-adoptive parent's report to the court on a child living with
 * them (SSA §475(5)(G): a right to be heard): a draft the household may change, then sent to the court.
 */
export function CaregiverReportForm({
  hearing,
  childId,
  onStale,
}: {
  hearing: VoiceHearing;
  childId: string;
  onStale: () => void;
}) {
  const { m } = useI18n();
  const t = m.voice.report;
  const [saved, setSaved] = useState<CaregiverReport | null>(hearing.caregiverReport);
  const [fields, setFields] = useState<CaregiverReportFields>(() => reportFieldsOf(hearing.caregiverReport));
  const [empty, setEmpty] = useState(false);
  const id = `report-${hearing.hearingId}`;
  const dirty = !saved || REPORT_FIELD_ORDER.some((f) => (saved[f] ?? '') !== fields[f]);
  const draft = useDraftThenSend({
    saved,
    dirty,
    async save() {
      const next = await saveCaregiverReport(hearing.hearingId, childId, saved?.version ?? null, fields);
      setSaved(next);
      return next;
    },
    send: (version) => submitCaregiverReport(hearing.hearingId, childId, version),
    onSent: setSaved,
    onStale,
  });

  if (saved?.status === 'submitted') return <ReportText report={saved} own />;

  function run(step: DraftStep) {
    draft.reset();
    setEmpty(false);
    if (step === 'send' && !canSubmit(fields)) return setEmpty(true);
    void draft.run(step);
  }

  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={(e) => e.preventDefault()}>
      <h3>{t.title}</h3>
      <p>{t.intro}</p>
      {REPORT_FIELD_ORDER.map((f) => (
        <TextArea
          key={f}
          id={`${id}-${f}`}
          label={t.fields[f]}
          hint={f === 'health' ? t.healthNote : undefined}
          optional
          value={fields[f]}
          maxLength={2000}
          error={empty && f === 'forTheJudge' ? t.empty : undefined}
          onChange={(v) => {
            setFields((all) => ({ ...all, [f]: v }));
            draft.hideSavedNotice();
          }}
        />
      ))}
      {draft.savedNotice && (
        <Alert type="success" slim live>
          {t.saved}
        </Alert>
      )}
      {draft.error && (
        <Alert type="error" live>
          {problemText(draft.error, m.common.networkError)}
        </Alert>
      )}
      <p className="margin-top-3">{t.submitWarning}</p>
      <DraftButtons
        busy={draft.busy}
        onRun={run}
        words={{ save: t.save, saving: t.saving, send: t.submit, sending: t.submitting }}
      />
    </form>
  );
}

/** A report as sent (or a household's own draft, shown to it), answer by answer. */
export function ReportText({ report, own = false }: { report: CaregiverReport; own?: boolean }) {
  const { m, fmt } = useI18n();
  const t = m.voice.report;
  return (
    <div data-testid="caregiver-report">
      <h3>{own ? t.sentTitle : t.title}</h3>
      {own && report.submittedAt && (
        <Alert type="success" slim>
          {t.sentText(fmt.hearingTime(report.submittedAt))}
        </Alert>
      )}
      <p className="text-base-dark">{t.from(report.householdName, t.kind[report.caregiverKind])}</p>
      <dl>
        {REPORT_FIELD_ORDER.map((f) => {
          const value = report[f];
          if (!value && !(f === 'health' && report.healthWithheld)) return null;
          return (
            <div key={f} className="margin-bottom-1">
              <dt className="text-bold">{t.fields[f]}</dt>
              <dd className="margin-left-0">{value ?? <em>{t.withheld}</em>}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
