import { useState } from 'react';
import { getChildPeople, getChildVoice } from '../../api/hearth.ts';
import type { ChildVoice, VoiceHearing } from '../../api/types.ts';
import { useResource } from '../../api/useResource.ts';
import { Link } from '../../app/Link.tsx';
import { Alert } from '../../components/Alert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { usePermitted } from '../forms/permitted.ts';
import { groupPeople } from '../home/people.ts';
import { AttendancePlanForm, AttendancePlanText } from './AttendancePlanForm.tsx';
import { CaregiverReportForm, ReportText } from './CaregiverReportForm.tsx';
import { SentStatement, StatementForm } from './StatementForm.tsx';
import { VoicePermissionForm } from './VoicePermissionForm.tsx';

/**
 * A child's voice for the coming hearings (/children/:childId/voice): for the young person, their next
 * hearing, who is on their case, "what I want the judge to know" and how they will come; for the
 * family they live with, the caregiver's report; for the professionals of the case and the court, what
 * each may read, the attendance plan, and the court's permission for a younger child.
 */
export function ChildVoicePage({ childId }: { childId: string }) {
  const { m } = useI18n();
  const [reloads, setReloads] = useState(0);
  const found = useResource(`voice:${childId}:${reloads}`, (signal) => getChildVoice(childId, signal));
  if (found.status === 'loading') return <Loading />;
  if (found.status === 'error')
    return [400, 403, 404].includes(found.error.status) ? (
      <NotFoundPage title={m.voice.page.notFoundTitle} text={m.voice.page.notFoundText} />
    ) : (
      <ProblemAlert error={found.error} />
    );
  return (
    <VoiceView key={reloads} data={found.data} stale={reloads > 0} onStale={() => setReloads((n) => n + 1)} />
  );
}

function VoiceView({ data, stale, onStale }: { data: ChildVoice; stale: boolean; onStale: () => void }) {
  const { m, fmt } = useI18n();
  const permitted = usePermitted();
  const t = m.voice.page;
  const name = fmt.name(data.child.givenName, data.child.familyName);
  const caregiver = data.isHousehold;
  const title = data.isSelf ? t.titleSelf : caregiver ? t.titleCaregiver(name) : t.titleOther(name);
  return (
    <>
      <PageHeading title={title} />
      <p className="usa-intro">{data.isSelf ? t.introSelf : caregiver ? t.introCaregiver : t.introOther}</p>
      {stale && <Alert type="warning">{m.voice.statement.stale}</Alert>}
      {data.isSelf && <PeopleOnMyCase childId={data.child.id} />}
      {data.hearings.length === 0 ? (
        <p>{data.isSelf ? t.noHearingsSelf : t.noHearings}</p>
      ) : (
        data.hearings.map((h) => <HearingVoice key={h.hearingId} hearing={h} data={data} onStale={onStale} />)
      )}
      {permitted('order.record') && !data.isSelf && needsPermission(data) && (
        <VoicePermissionForm
          childId={data.child.id}
          voiceAge={data.voiceAge}
          permission={data.permission}
          onStale={onStale}
        />
      )}
      <p className="margin-top-4">
        <Link to="/">{t.back}</Link>
      </p>
    </>
  );
}

function HearingVoice({
  hearing: h,
  data,
  onStale,
}: {
  hearing: VoiceHearing;
  data: ChildVoice;
  onStale: () => void;
}) {
  const { m, fmt, label } = useI18n();
  const t = m.voice.page;
  const headingId = `hearing-${h.hearingId}`;
  return (
    <section
      aria-labelledby={headingId}
      className="margin-top-4 border-top-1px border-base-lighter padding-top-2"
    >
      <h2 id={headingId}>
        {t.hearingHeading(label('hearingType', h.hearingType), fmt.longHearingTime(h.start))}
      </h2>
      <dl className="margin-top-0">
        {h.courtroom && (
          <>
            <dt className="text-bold">{t.where}</dt>
            <dd className="margin-left-0">{h.courtroom}</dd>
          </>
        )}
        {h.judgeName && (
          <>
            <dt className="text-bold">{t.judge}</dt>
            <dd className="margin-left-0">{h.judgeName}</dd>
          </>
        )}
      </dl>
      <p className="text-base-dark">
        {h.open ? (data.isSelf ? t.closes : t.closesOther)(fmt.longHearingTime(h.closesAt)) : t.closed}
      </p>
      <Eligibility hearing={h} voiceAge={data.voiceAge} isSelf={data.isSelf} />
      {h.may.writeStatement ? (
        <StatementForm hearing={h} childId={data.child.id} onStale={onStale} />
      ) : (
        h.statement &&
        h.statement.status === 'sent' && <SentStatement statement={h.statement} own={data.isSelf} />
      )}
      {h.may.writePlan ? (
        <AttendancePlanForm hearing={h} childId={data.child.id} isSelf={data.isSelf} onStale={onStale} />
      ) : (
        !data.isSelf && h.eligibility.allowed && <AttendancePlanText plan={h.attendancePlan} />
      )}
      {h.may.writeReport ? (
        <CaregiverReportForm hearing={h} childId={data.child.id} onStale={onStale} />
      ) : (
        h.caregiverReport && <ReportText report={h.caregiverReport} own={data.isHousehold} />
      )}
      {!data.isSelf && !data.isHousehold && (
        <p>
          <Link to={`/hearings/${encodeURIComponent(h.hearingId)}/voices`}>{t.allVoices}</Link>
        </p>
      )}
    </section>
  );
}

/** The court's permission matters for a child under the voice age (or of unknown age), or once recorded. */
const needsPermission = (d: ChildVoice): boolean =>
  d.permission !== null || d.child.age === null || d.child.age < d.voiceAge;

function Eligibility({
  hearing: h,
  voiceAge,
  isSelf,
}: {
  hearing: VoiceHearing;
  voiceAge: number;
  isSelf: boolean;
}) {
  const { m } = useI18n();
  const t = m.voice.page;
  if (h.eligibility.why === 'court_permission') return <p>{t.byPermission}</p>;
  if (h.eligibility.allowed || (!isSelf && !h.may.writePlan && !h.statement)) return null;
  return (
    <Alert type="info">{h.eligibility.why === 'no_birth_date' ? t.noBirthDate : t.underAge(voiceAge)}</Alert>
  );
}

/** The professionals on the young person's case (GET /children/:id/people), in short. */
function PeopleOnMyCase({ childId }: { childId: string }) {
  const { m } = useI18n();
  const people = useResource(`voice-people:${childId}`, (signal) => getChildPeople(childId, signal));
  return (
    <section aria-labelledby="voice-people-heading" className="margin-top-3">
      <h2 id="voice-people-heading">{m.voice.people.title}</h2>
      {people.status === 'loading' && <Loading />}
      {people.status === 'error' && <ProblemAlert error={people.error} />}
      {people.status === 'ok' &&
        (people.data.people.length === 0 ? (
          <p>{m.voice.people.none}</p>
        ) : (
          <ul className="usa-list">
            {groupPeople(people.data.people).map((p) => (
              <li key={`${p.role}-${p.name}`}>
                <strong>{p.name}</strong>: {m.work.peopleRole[p.role]}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
