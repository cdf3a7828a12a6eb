import { useState } from 'react';
import { reportCopyUrl } from '../../api/hearth.ts';
import type { Hearing, ReportKind } from '../../api/types.ts';
import { Link } from '../../app/Link.tsx';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import type { ReportRecipient } from '@hearth/core';
import type { Messages } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Section } from '../cases/Section.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { isRecipient, RECIPIENT_ORDER, reportableHearings } from './reportsModel.ts';

/**
 * The "Court reports" panel of a case page: pick a hearing and the person a copy is for, then download the
 * agency's or the CASA volunteer's report as DOCX or PDF. The server decides what each copy carries and
 * whether the signed-in person may make it; the panel only offers what their roles could make.
 */
export function CourtReportPanel({ hearings }: { hearings: Hearing[] }) {
  const { m, fmt, label } = useI18n();
  const permitted = usePermitted();
  const kinds: ReportKind[] = [
    ...(permitted('courtReport.agency') ? (['agency'] as const) : []),
    ...(permitted('courtReport.casa') ? (['casa'] as const) : []),
  ];
  const [choices] = useState(() => reportableHearings(hearings, Date.now()));
  const [hearingId, setHearingId] = useState(choices[0]?.id ?? '');
  const [recipient, setRecipient] = useState<ReportRecipient>('judge');
  const [lang, setLang] = useState<'' | 'en' | 'es'>('');
  if (kinds.length === 0) return null;
  return (
    <CourtReportView
      words={m.reports}
      hearingLabel={(h) =>
        `${label('hearingType', h.type)}, ${fmt.hearingTime(h.start)} (${label('hearingStatus', h.status)})`
      }
      kinds={kinds}
      canWrite={permitted('courtReport.casaWrite')}
      choices={choices}
      hearingId={hearingId}
      recipient={recipient}
      lang={lang}
      onHearing={setHearingId}
      onRecipient={setRecipient}
      onLang={setLang}
    />
  );
}

/** The panel as drawn from its choices (kept apart from the hooks, so it can be rendered in tests). */
export function CourtReportView(p: {
  words: Messages['reports'];
  hearingLabel: (h: Hearing) => string;
  kinds: ReportKind[];
  canWrite: boolean;
  choices: Hearing[];
  hearingId: string;
  recipient: ReportRecipient;
  lang: '' | 'en' | 'es';
  onHearing: (id: string) => void;
  onRecipient: (r: ReportRecipient) => void;
  onLang: (l: '' | 'en' | 'es') => void;
}) {
  const r = p.words;
  const chosen = p.choices.find((h) => h.id === p.hearingId) ?? p.choices[0];
  return (
    <Section id="court-reports" title={r.title}>
      {!chosen ? (
        <p>{r.noHearings}</p>
      ) : (
        <>
          <p>{r.intro}</p>
          <div className="usa-form">
            <SelectInput
              id="report-hearing"
              label={r.hearing}
              value={chosen.id}
              noEmpty
              onChange={p.onHearing}
              options={p.choices.map((h) => ({ value: h.id, label: p.hearingLabel(h) }))}
            />
            <SelectInput
              id="report-recipient"
              label={r.recipient}
              value={p.recipient}
              noEmpty
              onChange={(v) => isRecipient(v) && p.onRecipient(v)}
              options={RECIPIENT_ORDER.map((x) => ({ value: x, label: r.recipients[x] }))}
            />
            <SelectInput
              id="report-language"
              label={r.language}
              value={p.lang}
              noEmpty
              onChange={(v) => p.onLang(v === 'en' || v === 'es' ? v : '')}
              options={[
                { value: '', label: r.languageRecipient },
                { value: 'en', label: r.languageEn },
                { value: 'es', label: r.languageEs },
              ]}
            />
          </div>
          <h3 className="margin-top-3">{r.downloadsFor(r.recipients[p.recipient])}</h3>
          <ul className="usa-list">
            {p.kinds.flatMap((kind) =>
              (['docx', 'pdf'] as const).map((format) => (
                <li key={`${kind}-${format}`}>
                  <a
                    href={reportCopyUrl(chosen.id, kind, p.recipient, format, p.lang || undefined)}
                    download
                    data-download={`${kind}-${format}`}
                  >
                    {r[format](kind === 'agency' ? r.agency : r.casa)}
                  </a>
                </li>
              )),
            )}
          </ul>
          {p.kinds.includes('casa') && (
            <p>
              <Link to={`/hearings/${encodeURIComponent(chosen.id)}/reports/casa`}>
                {p.canWrite ? r.writeCasa : r.readCasa}
              </Link>
            </p>
          )}
        </>
      )}
    </Section>
  );
}
