import type { BenchEducationChild } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { flagText, transportText } from './educationModel.ts';

/**
 * The education part of the judge's bench view, shown to the court: one child's school, moves, last
 * best-interest determination with its transport, decision-maker, IEP or 504 (or a note that it is
 * withheld), attendance this term, credits, flags and the latest activity decisions. Given an array (the
 * bench view's `education`), it shows each child's in turn; `nameOf` names them.
 */
export function BenchEducation({
  education,
  nameOf,
}: {
  education: BenchEducationChild | readonly BenchEducationChild[] | null | undefined;
  nameOf?: (childId: string) => string;
}) {
  const { m } = useI18n();
  const list = education ? (Array.isArray(education) ? education : [education as BenchEducationChild]) : [];
  if (list.length === 0) return null;
  return (
    <section
      className="hearth-bench-education"
      aria-label={`${m.education.bench.title}: ${m.education.bench.shownToCourt}`}
    >
      {list.map((e) => (
        <BenchEducationChildView key={e.childId} e={e} name={nameOf?.(e.childId)} />
      ))}
    </section>
  );
}

function BenchEducationChildView({ e, name }: { e: BenchEducationChild; name: string | undefined }) {
  const { m, fmt } = useI18n();
  const w = m.education;
  const b = w.bench;
  const flags = e.flags.map((f) => flagText(f, w, fmt.date).text);
  const se = e.specialEducation;
  return (
    <div className="margin-bottom-2" data-child={e.childId}>
      <h4 className="margin-bottom-05">
        {name ? `${b.title}: ${name}` : b.title}{' '}
        <span className="usa-tag bg-base-lighter text-ink">{b.shownToCourt}</span>
      </h4>
      {flags.length > 0 && (
        <ul className="usa-list text-secondary-darker" data-testid="bench-education-flags">
          {flags.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
      <dl className="hearth-details">
        <dt>{b.currentSchool}</dt>
        <dd>
          {e.currentSchool
            ? `${e.currentSchool.name}${e.currentSchool.isSchoolOfOrigin ? ` (${w.schoolOfOrigin})` : ''}`
            : b.noSchool}
          {' · '}
          {b.moves(e.schoolMoves, e.schoolYearMoves)}
        </dd>
        <dt>{b.lastBid}</dt>
        <dd>
          {e.lastBestInterest
            ? [
                `${fmt.date(e.lastBestInterest.decidedOn)}: ${w.decision[e.lastBestInterest.decision]}`,
                e.lastBestInterest.disputed ? w.dispute : null,
                e.lastBestInterest.transport
                  ? transportText(e.lastBestInterest.transport, w, fmt.date)
                  : null,
              ]
                .filter(Boolean)
                .join(' · ')
            : b.noBid}
        </dd>
        <dt>{b.maker}</dt>
        <dd>
          {e.decisionMaker
            ? `${w.makerLine(e.decisionMaker.name, w.relationship[e.decisionMaker.relationship] ?? e.decisionMaker.relationship, fmt.date(e.decisionMaker.since))} · ${w.authority[e.decisionMaker.authority] ?? e.decisionMaker.authority}`
            : b.none}
        </dd>
        <dt>{b.plan}</dt>
        <dd>
          {se.withheld
            ? b.planWithheld
            : se.plan
              ? w.planLine(
                  w.planType[se.plan.planType] ?? se.plan.planType,
                  fmt.date(se.plan.planDate),
                  fmt.date(se.plan.nextReviewOn),
                )
              : b.none}
        </dd>
        <dt>{b.attendance}</dt>
        <dd>{e.attendance ? b.attendanceLine(e.attendance.term, e.attendance.daysAbsent) : b.none}</dd>
        <dt>{b.credits}</dt>
        <dd>
          {e.credits
            ? `${e.credits.earned} / ${e.credits.expected}${e.credits.behindBy > 0 ? ` · ${w.behind(e.credits.behindBy)}` : ''}`
            : b.none}
        </dd>
        <dt>{b.activities}</dt>
        <dd>
          {e.normalcy.length === 0
            ? b.noActivities
            : fmt.list(
                e.normalcy.map(
                  (a) =>
                    `${a.activity} (${fmt.date(a.decidedOn)}: ${a.approved ? w.approved : w.notApproved})`,
                ),
              )}
        </dd>
      </dl>
    </div>
  );
}
