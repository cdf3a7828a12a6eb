import type { EducationRecord } from '../../api/types.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { flagText, holderOn, participantsText, schoolTimeline, transportText } from './educationModel.ts';

// The parts of the education section, each under its own third-level heading.

type Part = { data: EducationRecord };

export function FlagsPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  if (data.flags.length === 0) return null;
  const said = data.flags.map((f) => ({ flag: f, ...flagText(f, w, fmt.date) }));
  // Each rule once, under the list: several placement changes waiting cite the same rule.
  const rules = [...new Set(said.map((s) => s.rule))];
  return (
    <div className="usa-alert usa-alert--warning margin-y-2" data-testid="education-flags">
      <div className="usa-alert__body">
        <h3 className="usa-alert__heading">{w.flagsHeading}</h3>
        <ul className="usa-list">
          {said.map(({ flag, text }, i) => (
            <li key={`${flag.kind}-${flag.subjectId ?? i}`} data-flag={flag.kind}>
              {text}
            </li>
          ))}
        </ul>
        {rules.map((r) => (
          <p key={r} className="font-body-3xs text-base-dark margin-top-1">
            {r}
          </p>
        ))}
      </div>
    </div>
  );
}

export function SchoolsPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const schools = schoolTimeline(data.enrollments);
  return (
    <>
      <h3>{w.schoolsHeading}</h3>
      <p data-testid="school-moves">
        <strong>{w.moves(data.moves.moves, data.moves.schoolYearMoves)}</strong>{' '}
        {data.inCareSince && w.movesSince(fmt.date(data.inCareSince))}
      </p>
      <p className="font-body-2xs text-base-dark">{w.movesRule}</p>
      {schools.length === 0 ? (
        <p>{w.noSchools}</p>
      ) : (
        <ol className="usa-process-list" aria-label={w.schoolsHeading}>
          {schools.map((s) => (
            <li key={s.id} className="usa-process-list__item" data-move={s.isMove ? 'yes' : 'no'}>
              <h4 className="usa-process-list__heading">
                {s.schoolName}
                {s.isSchoolOfOrigin && <span className="usa-tag margin-left-1">{w.schoolOfOrigin}</span>}
                {s.isMove && <span className="usa-tag bg-base-lighter text-ink margin-left-1">{w.move}</span>}
              </h4>
              <p className="margin-top-05">
                {s.exitedOn
                  ? w.attended(fmt.date(s.enrolledOn), fmt.date(s.exitedOn))
                  : w.attendingSince(fmt.date(s.enrolledOn))}
                {s.schoolDistrict && ` · ${s.schoolDistrict}`}
                {' · '}
                {w.reason[s.reason] ?? s.reason}
                {s.exitReason && ` · ${w.exitReason[s.exitReason] ?? s.exitReason}`}
              </p>
              {s.recordsRequestedOn && (
                <p className="font-body-2xs text-base-dark margin-top-05">
                  {w.recordsRequested(fmt.date(s.recordsRequestedOn))}
                  {s.recordsReceivedOn && `, ${w.recordsReceived(fmt.date(s.recordsReceivedOn))}`}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

export function BestInterestPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const latestFirst = [...data.bestInterest].reverse();
  return (
    <>
      <h3>{w.bidHeading}</h3>
      {latestFirst.length === 0 && <p>{w.noBid}</p>}
      {latestFirst.map((b) => {
        const placement = data.placements.find((p) => p.id === b.placementId);
        return (
          <dl key={b.id} className="hearth-details" data-testid="best-interest">
            <dt>{w.decidedOn}</dt>
            <dd>
              {fmt.date(b.decidedOn)}
              {placement && ` · ${w.forPlacement(fmt.date(placement.startedOn))}`}
            </dd>
            <dt>{w.decisionLabel}</dt>
            <dd>{w.decision[b.decision]}</dd>
            <dt>{w.tookPart}</dt>
            <dd>{participantsText(b.participants, w, fmt.list)}</dd>
            <dt>{w.factorsWeighed}</dt>
            <dd>{fmt.list(b.factors.map((f) => w.factor[f] ?? f))}</dd>
            <dt>{w.dispute}</dt>
            <dd>{b.disputed ? (w.disputeOutcome[b.disputeOutcome ?? 'pending'] ?? '') : w.noDispute}</dd>
            <dt>{w.transportHeading}</dt>
            <dd data-testid="transport">
              {b.transport ? transportText(b.transport, w, fmt.date) : w.noTransport}
            </dd>
            {b.notes && (
              <>
                <dt>{w.notes}</dt>
                <dd>{b.notes}</dd>
              </>
            )}
          </dl>
        );
      })}
    </>
  );
}

export function DecisionMakerPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const now = holderOn(data.decisionMakers, data.today);
  return (
    <>
      <h3>{w.makerHeading}</h3>
      {now ? (
        <dl className="hearth-details">
          <dt>{w.form.makerName}</dt>
          <dd>
            {w.makerLine(now.name, w.relationship[now.relationship] ?? now.relationship, fmt.date(now.since))}
          </dd>
          <dt>{w.authorityLabel}</dt>
          <dd>
            {w.authority[now.authority] ?? now.authority}
            {now.authorityReference && ` (${now.authorityReference})`}
          </dd>
        </dl>
      ) : (
        <p>{w.noMaker}</p>
      )}
    </>
  );
}

export function PlanPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const se = data.specialEducation;
  return (
    <>
      <h3>{w.planHeading}</h3>
      {se.withheld ? (
        <p data-testid="plan-withheld">{w.planWithheld}</p>
      ) : se.plans.length === 0 ? (
        <p>{w.noPlan}</p>
      ) : (
        <ul className="usa-list">
          {[...se.plans].reverse().map((p) => (
            <li key={p.id}>
              {w.planLine(
                w.planType[p.planType] ?? p.planType,
                fmt.date(p.planDate),
                fmt.date(p.nextReviewOn),
              )}
              {p.disabilityCategory && ` · ${p.disabilityCategory}`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function AttendancePart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const rows = [...data.attendance].reverse();
  return (
    <>
      <h3>{w.attendanceHeading}</h3>
      {rows.length === 0 ? (
        <p>{w.noAttendance}</p>
      ) : (
        <DataTable
          caption={w.attendanceHeading}
          captionHidden
          rows={rows}
          rowKey={(a) => a.id}
          columns={[
            { header: w.term, rowHeader: true, cell: (a) => a.term },
            { header: w.dates, cell: (a) => w.attended(fmt.date(a.termStart), fmt.date(a.termEnd)) },
            {
              header: w.daysAbsent,
              cell: (a) => (a.daysEnrolled ? w.absentOf(a.daysAbsent, a.daysEnrolled) : String(a.daysAbsent)),
            },
          ]}
        />
      )}
    </>
  );
}

export function CreditsPart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const c = data.creditsStatus;
  return (
    <>
      <h3>{w.creditsHeading}</h3>
      {c ? (
        <p data-testid="credits">
          {w.creditsLine(c.earned, c.expected, c.grade, fmt.date(c.asOf))}{' '}
          <span
            className={`usa-tag ${c.isBehind ? 'bg-error-dark text-white' : 'bg-success-darker text-white'}`}
          >
            {c.behindBy > 0 ? w.behind(c.behindBy) : w.onTrack}
          </span>
        </p>
      ) : (
        <p>{w.noCredits}</p>
      )}
    </>
  );
}

export function AdvocatePart({ data }: Part) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const a = holderOn(data.advocates, data.today);
  return (
    <>
      <h3>{w.advocateHeading}</h3>
      {a ? (
        <p>
          {a.name}
          {a.organization && `, ${a.organization}`} ({w.advocateSince(fmt.date(a.since))})
          {a.phone && (
            <>
              {' · '}
              <a className="usa-link" href={`tel:${a.phone}`}>
                {a.phone}
              </a>
            </>
          )}
          {a.email && (
            <>
              {' · '}
              <a className="usa-link" href={`mailto:${a.email}`}>
                {a.email}
              </a>
            </>
          )}
        </p>
      ) : (
        <p>{w.noAdvocate}</p>
      )}
    </>
  );
}
