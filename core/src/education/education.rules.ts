import { addDays, addMonths, ageOn, daysBetween, type IsoDate } from '../time/dates.ts';
import type { EducationRules } from '../rules/education-rules.ts';
import type {
  AttendanceTerm,
  BestInterestDetermination,
  CreditsRecord,
  DecisionMakerInput,
  EducationFlag,
  PlacementStart,
  SchoolEnrollment,
  SpecialEducationPlan,
  SpecialEducationPlanType,
  TransportPlan,
} from './model.ts';

/** A problem with one field of an input, named as the request names it. */
export type EducationProblem = { field: string; message: string };

const byEnrollment = (a: SchoolEnrollment, b: SchoolEnrollment): number =>
  a.enrolledOn.localeCompare(b.enrolledOn) || a.id.localeCompare(b.id);

/**
 * True when `date` falls inside the school year (between the configured start and end, inclusive), not in
 * the summer break. The calendar is the LEA's; the rule pack holds a typical one until it is entered.
 * @param date - a calendar date
 * @param rules - the rule pack's education rules
 */
export function isSchoolYearDay(date: IsoDate, rules: EducationRules): boolean {
  const md = date.slice(5);
  const start = rules.schoolYearStart.value;
  const end = rules.schoolYearEnd.value;
  // A school year runs across New Year (August to May): the window wraps.
  return start <= end ? md >= start && md <= end : md >= start || md <= end;
}

/** A weekday (Monday to Friday) of the school year: a day a child could have been in class. */
function isSchoolDay(date: IsoDate, rules: EducationRules): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && isSchoolYearDay(date, rules);
}

/**
 * School days (weekdays inside the school year) strictly after `from` and strictly before `to`.
 * @param from - the last day attended
 * @param to - the first day at the next school (exclusive), or the day after today for an open gap
 */
export function schoolDaysBetween(from: IsoDate, to: IsoDate, rules: EducationRules): number {
  let n = 0;
  for (let d = addDays(from, 1); d < to; d = addDays(d, 1)) if (isSchoolDay(d, rules)) n++;
  return n;
}

export type SchoolMoves = { moves: number; schoolYearMoves: number };

/**
 * School moves: every enrollment after the child's first recorded one is a change of school, except a
 * promotion (the step from elementary to middle to high school every child of the grade takes). A move
 * "during the school year" is one whose new enrollment starts inside the school year rather than in the
 * summer break: the moves that cost a child most (no federal definition; Hearth's, from the school
 * calendar of the rule pack). Education stability: SSA §475(1)(G); ESSA §1111(g)(1)(E).
 * @param enrollments - the child's enrollments, in any order
 * @param since - count only moves that start on or after this date (e.g. the date the child entered care)
 */
export function countSchoolMoves(
  enrollments: readonly SchoolEnrollment[],
  rules: EducationRules,
  since: IsoDate | null = null,
): SchoolMoves {
  const sorted = [...enrollments].sort(byEnrollment);
  let moves = 0;
  let schoolYearMoves = 0;
  for (const e of sorted.slice(1)) {
    if (e.reason === 'promotion') continue;
    if (since !== null && e.enrolledOn < since) continue;
    moves++;
    if (isSchoolYearDay(e.enrolledOn, rules)) schoolYearMoves++;
  }
  return { moves, schoolYearMoves };
}

/** The enrollment the child attends now (no exit, or the latest one started), or null. */
export function currentEnrollment(
  enrollments: readonly SchoolEnrollment[],
  today: IsoDate,
): SchoolEnrollment | null {
  const open = [...enrollments]
    .filter((e) => e.enrolledOn <= today && (e.exitedOn === null || e.exitedOn >= today))
    .sort(byEnrollment);
  return open[open.length - 1] ?? null;
}

/** The first day of the school year that `date` belongs to; in the summer, the one just ended. */
function schoolYearStartFor(date: IsoDate, rules: EducationRules): IsoDate {
  const start = rules.schoolYearStart.value;
  const year = Number(date.slice(0, 4));
  return date.slice(5) >= start ? `${year}-${start}` : `${year - 1}-${start}`;
}

/**
 * Credits expected by `asOf` for a student in `grade` (9–12): the credits to graduate spread evenly over
 * four years, with the share of the current school year already gone. Graduation requirements are the
 * state's (rule pack).
 */
export function expectedCredits(grade: number, asOf: IsoDate, rules: EducationRules): number {
  const perYear = rules.graduationCredits.value / 4;
  const start = schoolYearStartFor(asOf, rules);
  const endMd = rules.schoolYearEnd.value;
  const endYear = Number(start.slice(0, 4)) + (rules.schoolYearStart.value > endMd ? 1 : 0);
  const end = `${endYear}-${endMd}`;
  const share = Math.min(1, Math.max(0, daysBetween(start, asOf) / daysBetween(start, end)));
  const years = Math.max(0, grade - 9) + share;
  return Math.round(perYear * years * 10) / 10;
}

export type CreditsStatus = {
  asOf: IsoDate;
  grade: number;
  earned: number;
  expected: number;
  behindBy: number;
  isBehind: boolean;
};

/**
 * The latest credits record against the credits expected for the grade; `expected` as the school gave
 * it, else computed (expectedCredits). Behind by the rule pack's threshold or more is flagged.
 */
export function creditsStatus(
  records: readonly (Omit<CreditsRecord, 'expected'> & { expected: number | null })[],
  rules: EducationRules,
): CreditsStatus | null {
  const latest = [...records].sort((a, b) => a.asOf.localeCompare(b.asOf)).at(-1);
  if (!latest) return null;
  const expected = latest.expected ?? expectedCredits(latest.grade, latest.asOf, rules);
  const behindBy = Math.max(0, Math.round((expected - latest.earned) * 10) / 10);
  return {
    asOf: latest.asOf,
    grade: latest.grade,
    earned: latest.earned,
    expected,
    behindBy,
    isBehind: behindBy >= rules.creditsBehindThreshold.value,
  };
}

/** The review date of a plan: as entered, else the plan date plus the review period of its type. */
export function nextReviewOf(
  planType: SpecialEducationPlanType,
  planDate: IsoDate,
  rules: EducationRules,
): IsoDate {
  const months = planType === 'iep' ? rules.iepReviewMonths : rules.section504ReviewMonths;
  return addMonths(planDate, months.value);
}

/** What the flags are computed from; `specialEducation` is empty when the reader may not see it. */
export type EducationFacts = {
  birthDate: IsoDate | null;
  /** Placements of the child's current episode in care. */
  placements: readonly PlacementStart[];
  bestInterest: readonly Pick<BestInterestDetermination, 'id' | 'placementId' | 'decidedOn'>[];
  enrollments: readonly SchoolEnrollment[];
  credits: readonly (Omit<CreditsRecord, 'expected'> & { expected: number | null })[];
  specialEducation: readonly SpecialEducationPlan[];
  /** Attendance recorded per term, in any order. */
  attendance: readonly AttendanceTerm[];
};

/**
 * Each placement change of a school-age child asks for a best-interest determination about school
 * stability no later than the rule pack's number of days after it starts (SSA §475(1)(G); ESSA). A
 * determination linked to the placement, or an unlinked one made from N days before it starts until the
 * next placement, answers it. None yet after the deadline: `bid_missing`; one made after it: `bid_late`.
 */
export function bestInterestFlags(
  facts: EducationFacts,
  today: IsoDate,
  rules: EducationRules,
): EducationFlag[] {
  const days = rules.bestInterestDays;
  const exempt = new Set(rules.bestInterestExemptSettings.value);
  const placements = [...facts.placements].sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  const flags: EducationFlag[] = [];
  placements.forEach((p, i) => {
    if (exempt.has(p.setting) || !isSchoolAge(facts.birthDate, p.startedOn, rules)) return;
    const next = placements[i + 1]?.startedOn ?? null;
    const from = addDays(p.startedOn, -days.value);
    const answers = facts.bestInterest
      .filter((b) =>
        b.placementId !== null
          ? b.placementId === p.placementId
          : b.decidedOn >= from && (next === null || b.decidedOn < next),
      )
      .map((b) => b.decidedOn)
      .sort();
    const deadline = addDays(p.startedOn, days.value);
    const first = answers[0];
    const flag = {
      subjectId: p.placementId,
      on: p.startedOn,
      citation: days.citation,
      unconfirmed: days.unconfirmed ?? false,
    };
    if (first === undefined && today > deadline)
      flags.push({
        ...flag,
        kind: 'bid_missing',
        since: addDays(deadline, 1),
        amount: daysBetween(deadline, today),
      });
    else if (first !== undefined && first > deadline)
      flags.push({
        ...flag,
        kind: 'bid_late',
        since: addDays(deadline, 1),
        amount: daysBetween(deadline, first),
      });
  });
  return flags;
}

function isSchoolAge(birthDate: IsoDate | null, on: IsoDate, rules: EducationRules): boolean {
  if (birthDate === null) return true; // unknown age: ask rather than skip
  const age = ageOn(birthDate, on);
  return age >= rules.schoolAgeFrom.value && age < rules.schoolAgeTo.value;
}

/**
 * Gaps between leaving one school and starting the next longer than the rule pack's school days
 * ("immediate enrollment": SSA §475(1)(G)(ii)(II); ESSA §1111(g)(1)(E)(ii)); a child who left a school
 * and is enrolled nowhere yet is in a gap that is still open, counted to today.
 */
export function enrollmentGapFlags(
  facts: EducationFacts,
  today: IsoDate,
  rules: EducationRules,
): EducationFlag[] {
  const limit = rules.enrollmentGapDays;
  const sorted = [...facts.enrollments].sort(byEnrollment);
  const flags: EducationFlag[] = [];
  const push = (id: string, exitedOn: IsoDate, until: IsoDate) => {
    const amount = schoolDaysBetween(exitedOn, until, rules);
    if (amount > limit.value)
      flags.push({
        kind: 'enrollment_gap',
        subjectId: id,
        since: addDays(exitedOn, 1),
        on: addDays(exitedOn, 1),
        amount,
        citation: limit.citation,
        unconfirmed: limit.unconfirmed ?? false,
      });
  };
  sorted.forEach((e, i) => {
    if (e.exitedOn === null) return;
    const next = sorted.slice(i + 1).find((n) => n.enrolledOn > e.exitedOn!);
    if (next) push(e.id, e.exitedOn, next.enrolledOn);
    else if (
      i === sorted.length - 1 &&
      e.exitReason !== 'graduated' &&
      e.exitReason !== 'aged_out' &&
      e.exitedOn < today &&
      isSchoolAge(facts.birthDate, today, rules)
    )
      push(e.id, e.exitedOn, addDays(today, 1));
  });
  return flags;
}

/** Credits behind the grade by the rule pack's threshold or more. */
export function creditsFlags(facts: EducationFacts, rules: EducationRules): EducationFlag[] {
  const status = creditsStatus(facts.credits, rules);
  if (!status?.isBehind) return [];
  const t = rules.creditsBehindThreshold;
  return [
    {
      kind: 'credits_behind',
      subjectId: null,
      since: status.asOf,
      on: status.asOf,
      amount: status.behindBy,
      citation: `${t.citation}; ${rules.graduationCredits.citation}`,
      unconfirmed: (t.unconfirmed ?? false) || (rules.graduationCredits.unconfirmed ?? false),
    },
  ];
}

/**
 * Chronic absence: in the latest term whose days enrolled the school gave, days absent at or above the
 * rule pack's share of them (New Mexico: 10% or more, NMSA 1978 §22-12A-2, Attendance for Success Act).
 * An earlier term does not flag once a later one is measured: the court hears how the child is doing now.
 */
export function chronicAbsenceFlags(facts: EducationFacts, rules: EducationRules): EducationFlag[] {
  const latest = facts.attendance
    .filter((t) => t.daysEnrolled !== null)
    .sort((a, b) => a.termStart.localeCompare(b.termStart) || a.id.localeCompare(b.id))
    .at(-1);
  const enrolled = latest?.daysEnrolled ?? 0;
  const share = rules.chronicAbsenceShare;
  // Division is correctly rounded, so 6 of 60 equals the share 0.1 exactly (0.1 * 70 would not be 7).
  if (!latest || enrolled <= 0 || latest.daysAbsent / enrolled < share.value) return [];
  return [
    {
      kind: 'chronic_absence',
      subjectId: latest.id,
      since: latest.termStart,
      on: latest.termStart,
      amount: latest.daysAbsent,
      outOf: enrolled,
      citation: share.citation,
      unconfirmed: share.unconfirmed ?? false,
    },
  ];
}

/** The latest IEP and the latest 504 plan whose review date has passed (IDEA: at least annually). */
export function specialEducationFlags(
  facts: EducationFacts,
  today: IsoDate,
  rules: EducationRules,
): EducationFlag[] {
  const flags: EducationFlag[] = [];
  for (const type of ['iep', 'section_504'] as const) {
    const latest = facts.specialEducation
      .filter((p) => p.planType === type)
      .sort((a, b) => a.planDate.localeCompare(b.planDate))
      .at(-1);
    if (!latest || today <= latest.nextReviewOn) continue;
    const rule = type === 'iep' ? rules.iepReviewMonths : rules.section504ReviewMonths;
    flags.push({
      kind: 'iep_review_overdue',
      subjectId: latest.id,
      since: addDays(latest.nextReviewOn, 1),
      on: latest.nextReviewOn,
      amount: daysBetween(latest.nextReviewOn, today),
      citation: rule.citation,
      unconfirmed: rule.unconfirmed ?? false,
    });
  }
  return flags;
}

/** Every education flag of a child, as of `today`. */
export function educationFlags(
  facts: EducationFacts,
  today: IsoDate,
  rules: EducationRules,
): EducationFlag[] {
  return [
    ...bestInterestFlags(facts, today, rules),
    ...enrollmentGapFlags(facts, today, rules),
    ...creditsFlags(facts, rules),
    ...chronicAbsenceFlags(facts, rules),
    ...specialEducationFlags(facts, today, rules),
  ];
}

/**
 * The education decision-maker: a parent holds the right by being the parent; anyone else holds it by
 * an authority recorded with it: a court order limiting the parent's right, an LEA's surrogate-parent
 * appointment (IDEA, 34 CFR 300.519), a foster parent acting as the parent (34 CFR 300.30(b)), or the
 * youth's own right at the age of majority (34 CFR 300.520). [IDEA citations: unconfirmed in
 * domain-rules; §475(1)(G) asks only that the case plan ensures educational stability.]
 */
export function checkDecisionMaker(input: DecisionMakerInput): EducationProblem[] {
  const problems: EducationProblem[] = [];
  if (input.relationship === 'parent' && input.authority !== 'parental_right')
    problems.push({ field: 'authority', message: 'a parent holds the right as a parent: parental_right' });
  if (input.relationship !== 'parent' && input.authority === 'parental_right')
    problems.push({
      field: 'authority',
      message: 'only a parent holds the right as a parent; record the order or appointment that gives it',
    });
  if (input.relationship === 'youth' && input.authority !== 'rights_transferred_at_majority')
    problems.push({ field: 'authority', message: 'a youth holds the right once it transfers at majority' });
  if (
    (input.authority === 'court_order' || input.authority === 'surrogate_appointment') &&
    !input.authorityReference?.trim()
  )
    problems.push({
      field: 'authorityReference',
      message: 'name the order or appointment (number and date)',
    });
  return problems;
}

/**
 * A best-interest determination as recorded: the child stays in the school of origin only with a way to
 * get there (a transportation plan: ESSA §1111(g)(1)(E)(iii)); a dispute needs its outcome (pending
 * until decided); a dispute outcome without a dispute is a mistake.
 */
export function checkBestInterest(input: {
  decidedOn: IsoDate;
  decision: BestInterestDetermination['decision'];
  participants: readonly { role: string; name: string }[];
  factors: readonly string[];
  disputed: boolean;
  disputeOutcome: string | null;
  transport: TransportPlan | null;
}): EducationProblem[] {
  const problems: EducationProblem[] = [];
  if (input.participants.length === 0)
    problems.push({
      field: 'participants',
      message: 'name who took part (the child, the parents, the school)',
    });
  if (input.factors.length === 0) problems.push({ field: 'factors', message: 'choose the factors weighed' });
  if (input.decision === 'stay_in_school_of_origin' && input.transport === null)
    problems.push({
      field: 'transport',
      message:
        'staying in the school of origin needs a transportation plan (who provides, who pays, from when)',
    });
  if (input.disputed && input.disputeOutcome === null)
    problems.push({
      field: 'disputeOutcome',
      message: 'a disputed determination needs its outcome (or pending)',
    });
  if (!input.disputed && input.disputeOutcome !== null)
    problems.push({ field: 'disputeOutcome', message: 'only a disputed determination has an outcome' });
  return problems;
}
