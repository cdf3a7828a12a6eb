import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { getHearingAttendance, recordHearingAttendance } from '../../api/hearth.ts';
import type { AttendancePerson, AttendanceStatus, HearingAttendance } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Checkbox } from '../../components/form/Checkbox.tsx';
import { SelectInput } from '../../components/form/SelectInput.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert, problemText } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';

const STATUSES: AttendanceStatus[] = ['in_person', 'remote', 'excused', 'absent'];
const RESPONDENTS = new Set(['parent', 'indian_custodian']);

/** Who was at one hearing: the form for the judge and the clerk, the record for every reader of the case. */
export function AttendancePage({ hearingId }: { hearingId: string }) {
  const { m } = useI18n();
  const [latest, setLatest] = useState<HearingAttendance | null>(null);
  const [reloads, setReloads] = useState(0);
  // Kept here: a save answers a new version, and the form is drawn afresh from it.
  const [saved, setSaved] = useState(false);
  const found = useResource(`attendance:${hearingId}:${reloads}`, (signal) =>
    getHearingAttendance(hearingId, signal),
  );
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.measures.notFoundTitle} text={m.measures.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  const data = latest && latest.version >= found.data.version ? latest : found.data;
  return (
    <AttendanceForm
      key={`${data.hearingId}:${data.version}`}
      data={data}
      onSaved={(answer) => {
        setLatest(answer);
        setSaved(true);
      }}
      onStale={() => {
        setLatest(null);
        setSaved(false);
        setReloads((n) => n + 1);
      }}
      staleBefore={reloads > 0}
      saved={saved}
    />
  );
}

type Choice = { attendance: AttendanceStatus | ''; represented: boolean };

function AttendanceForm({
  data,
  onSaved,
  onStale,
  staleBefore,
  saved,
}: {
  data: HearingAttendance;
  onSaved: (d: HearingAttendance) => void;
  onStale: () => void;
  staleBefore: boolean;
  saved: boolean;
}) {
  const { m, fmt, label } = useI18n();
  const permitted = usePermitted();
  const canRecord = permitted('order.record') && data.open;
  const [choices, setChoices] = useState<Record<string, Choice>>(() =>
    Object.fromEntries(
      data.people.map((p) => [
        p.personId,
        { attendance: p.attendance ?? '', represented: p.represented ?? false },
      ]),
    ),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (id: string, c: Partial<Choice>) =>
    setChoices((all) => ({ ...all, [id]: { ...(all[id] ?? { attendance: '', represented: false }), ...c } }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const entries = data.people.flatMap((p) => {
      const c = choices[p.personId];
      if (!c || c.attendance === '') return [];
      return [
        {
          personId: p.personId,
          attendance: c.attendance,
          ...(RESPONDENTS.has(p.role) ? { represented: c.represented } : {}),
        },
      ];
    });
    try {
      onSaved(await recordHearingAttendance(data.hearingId, data.version, { entries }));
    } catch (err) {
      const apiError = err instanceof ApiError ? err : new ApiError(0, 'Error', String(err));
      if (apiError.status === 412) onStale();
      else setError(apiError);
    } finally {
      setBusy(false);
    }
  }

  const who = (p: AttendancePerson) =>
    `${p.name} (${p.role === 'child' ? m.measures.child : label('caseRole', p.role)}${p.age !== null ? `, ${m.measures.age(p.age)}` : ''})`;

  return (
    <>
      <PageHeading title={m.measures.formTitle} />
      <p>
        <Link to={`/cases/${encodeURIComponent(data.caseId)}`}>
          {m.measures.backToCase(data.petitionNumber)}
        </Link>
      </p>
      <p className="usa-intro">
        {label('hearingType', data.hearingType)}, {fmt.longHearingTime(data.start)} (
        {label('hearingStatus', data.status)})
      </p>
      {staleBefore && <Alert type="warning">{m.measures.stale}</Alert>}
      {saved && (
        <Alert type="success" live slim>
          {m.measures.saved}
        </Alert>
      )}
      {error && (
        <Alert type="error" live>
          {problemText(error, m.common.networkError)}
        </Alert>
      )}
      {!data.open && (
        <Alert type="info">
          {data.status === 'vacated' || data.status === 'cancelled' ? m.measures.closed : m.measures.notYet}
        </Alert>
      )}
      {canRecord ? (
        <form className="usa-form usa-form--large" noValidate onSubmit={(e) => void submit(e)}>
          <p>{m.measures.formIntro}</p>
          {data.people.map((p) => (
            <fieldset key={p.personId} className="usa-fieldset margin-top-3" data-person={p.personId}>
              <legend className="usa-legend text-bold">{who(p)}</legend>
              <SelectInput
                id={`attendance-${p.personId}`}
                label={m.measures.attendance}
                value={choices[p.personId]?.attendance ?? ''}
                emptyLabel={m.measures.status.none}
                onChange={(v) => set(p.personId, { attendance: v as AttendanceStatus | '' })}
                options={STATUSES.map((s) => ({ value: s, label: m.measures.status[s] }))}
              />
              {RESPONDENTS.has(p.role) && (
                <Checkbox
                  id={`represented-${p.personId}`}
                  label={m.measures.represented}
                  checked={choices[p.personId]?.represented ?? false}
                  onChange={(v) => set(p.personId, { represented: v })}
                />
              )}
            </fieldset>
          ))}
          <button type="submit" className="usa-button margin-top-3" disabled={busy}>
            {busy ? m.measures.saving : m.measures.save}
          </button>
        </form>
      ) : (
        <Record data={data} />
      )}
    </>
  );
}

/** The attendance as recorded, for those who read the case but do not record it. */
function Record({ data }: { data: HearingAttendance }) {
  const { m, label } = useI18n();
  const recorded = data.people.filter((p) => p.attendance !== null);
  if (recorded.length === 0) return <p>{m.measures.noneRecorded}</p>;
  return (
    <>
      {data.open && <p className="text-base-dark">{m.measures.readOnly}</p>}
      <ul className="usa-list">
        {recorded.map((p) => (
          <li key={p.personId}>
            {p.name} ({p.role === 'child' ? m.measures.child : label('caseRole', p.role)}):{' '}
            {m.measures.status[p.attendance ?? 'absent']}
            {p.represented === true ? `, ${m.measures.represented.toLowerCase()}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
