import {
  rulePackById,
  todayOf,
  type EducationFlag,
  type RulePack,
  type SpecialEducationPlanType,
} from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import type { Queryable } from '../platform/db.ts';
import { assembleEducation, currentHolder, currentTerm } from './education.assemble.ts';
import { childrenInScope, loadEducationRows } from './education.repo.ts';
import { loadDecisions } from './normalcy.repo.ts';

/**
 * The education section of the judge's bench view (issue 6: education advocacy "shown to the court").
 * One child's summary; fields the reader may not see are `null` with a `withheld` marker, never left out
 * silently.
 */
export type EducationBenchChild = {
  childId: string;
  currentSchool: { name: string; enrolledOn: string; isSchoolOfOrigin: boolean } | null;
  /** School changes since entering care (core/src/education: countSchoolMoves). */
  schoolMoves: number;
  /** Of those, changes made while school was in session (not at a summer break). */
  schoolYearMoves: number;
  lastBestInterest: {
    decidedOn: string;
    decision: 'stay_in_school_of_origin' | 'move';
    disputed: boolean;
    transport: { provider: string; payer: string; startsOn: string } | null;
  } | null;
  decisionMaker: { name: string; relationship: string; since: string; authority: string } | null;
  /** IEP or 504 plan: health class; `withheld` when the reader holds no health grant. */
  specialEducation:
    | {
        withheld: false;
        plan: { planType: SpecialEducationPlanType; planDate: string; nextReviewOn: string } | null;
      }
    | { withheld: true };
  attendance: { term: string; daysAbsent: number } | null;
  credits: { asOf: string; earned: number; expected: number; behindBy: number } | null;
  flags: EducationFlag[];
  normalcy: { activity: string; category: string; decidedOn: string; approved: boolean }[];
};

/** When the summary is computed: pass the request's today and rule pack. */
export type EducationBenchAt = { today: string; rulePack: RulePack };

/** How many of each child's latest activity decisions the bench shows. */
const LATEST_ACTIVITIES = 3;

/**
 * The education summaries of the given children, for the bench view. Scoped with `childAccess`
 * (`child.readHistory`: children the actor may not read are left out, never an error), the IEP or 504
 * plan withheld without the health grant. Writes no audit row: the bench view's use case records its own
 * read, naming the children (and `sensitive.viewed` for those whose plan it showed: `specialEducation`
 * with `withheld: false` and a plan).
 * @param at - today and the rule pack; without it, the jurisdiction's own, and today in its time zone
 */
export async function educationSummary(
  tx: Queryable,
  actor: Actor,
  childIds: string[],
  at?: EducationBenchAt,
): Promise<EducationBenchChild[]> {
  const children = await childrenInScope(tx, actor, 'child.readHistory', childIds, new Date());
  if (children.length === 0) return [];
  const { today, rulePack } = at ?? (await jurisdictionToday(tx, actor));
  const ids = children.map((c) => c.id);
  const shown = new Set(children.filter((c) => c.health_shown).map((c) => c.id));
  const rows = await loadEducationRows(tx, ids, [...shown]);
  const activities = await loadDecisions(tx, ids, LATEST_ACTIVITIES);
  const order = new Map(childIds.map((id, i) => [id, i]));
  return children
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((child) =>
      summarize(assembleEducation(child, rows, shown.has(child.id), today, rulePack.education), activities),
    );
}

function summarize(
  r: ReturnType<typeof assembleEducation>,
  activities: Awaited<ReturnType<typeof loadDecisions>>,
): EducationBenchChild {
  const current = r.enrollments.find((e) => e.id === r.currentEnrollmentId) ?? null;
  const last = r.bestInterest.at(-1) ?? null;
  const maker = currentHolder(r.decisionMakers, r.today);
  const term = currentTerm(r.attendance, r.today);
  const plan = r.specialEducation.withheld
    ? null
    : ([...r.specialEducation.plans].sort((a, b) => a.planDate.localeCompare(b.planDate)).at(-1) ?? null);
  return {
    childId: r.childId,
    currentSchool: current
      ? {
          name: current.schoolName,
          enrolledOn: current.enrolledOn,
          isSchoolOfOrigin: current.isSchoolOfOrigin,
        }
      : null,
    schoolMoves: r.moves.moves,
    schoolYearMoves: r.moves.schoolYearMoves,
    lastBestInterest: last
      ? {
          decidedOn: last.decidedOn,
          decision: last.decision,
          disputed: last.disputed,
          transport: last.transport
            ? {
                provider: last.transport.provider,
                payer: last.transport.payer,
                startsOn: last.transport.startsOn,
              }
            : null,
        }
      : null,
    decisionMaker: maker
      ? { name: maker.name, relationship: maker.relationship, since: maker.since, authority: maker.authority }
      : null,
    specialEducation: r.specialEducation.withheld
      ? { withheld: true }
      : {
          withheld: false,
          plan: plan
            ? { planType: plan.planType, planDate: plan.planDate, nextReviewOn: plan.nextReviewOn }
            : null,
        },
    attendance: term ? { term: term.term, daysAbsent: term.daysAbsent } : null,
    credits: r.creditsStatus
      ? {
          asOf: r.creditsStatus.asOf,
          earned: r.creditsStatus.earned,
          expected: r.creditsStatus.expected,
          behindBy: r.creditsStatus.behindBy,
        }
      : null,
    flags: r.flags,
    normalcy: activities
      .filter((a) => a.child_id === r.childId)
      .map((a) => ({
        activity: a.activity,
        category: a.category,
        decidedOn: a.decided_on,
        approved: a.approved,
      })),
  };
}

/** The actor's jurisdiction's rule pack and today's date on its calendar, when the caller passes none. */
async function jurisdictionToday(tx: Queryable, actor: Actor): Promise<EducationBenchAt> {
  const [row] = await tx.query<{ rule_pack_id: string; time_zone: string }>(
    'SELECT rule_pack_id, time_zone FROM jurisdiction WHERE id = $1',
    [actor.jurisdictionId],
  );
  return {
    today: todayOf({ now: () => new Date() }, row?.time_zone ?? 'UTC'),
    rulePack: rulePackById(row?.rule_pack_id ?? 'us-federal-2022'),
  };
}
