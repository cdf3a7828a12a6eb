import type { Role } from '../access/roles.ts';
import type { RulePack } from '../rules/rule-pack.ts';
import { addDays, addMonths, birthdayOn, daysBetween, type IsoDate } from '../time/dates.ts';

/**
 * The plan to adulthood of a youth in foster care (domain-rules §7.3, §7.4): who helps make it, when the
 * 90-day transition plan is due, which exit documents the youth leaves with, and the yearly credit report.
 * Pure: the facts, today and the rule pack in, the answers out.
 */

/** The domains of the plan: SSA §475(5)(H) housing, education, work-force supports and employment. */
export const ADULTHOOD_DOMAINS = ['housing', 'education', 'employment'] as const;
export type AdulthoodDomain = (typeof ADULTHOOD_DOMAINS)[number];
export const DOMAIN_STATES = ['not_started', 'in_progress', 'in_place'] as const;
export type DomainState = (typeof DOMAIN_STATES)[number];

/** The documents a youth leaves care with, SSA §475(5)(I) as amended 2014 (domain-rules §7.4). */
export const EXIT_DOCUMENT_KINDS = [
  'birth_certificate',
  'social_security_card',
  'health_insurance_information',
  'medical_records',
  'state_id',
] as const;
export type ExitDocumentKind = (typeof EXIT_DOCUMENT_KINDS)[number];
/** `needed`: nothing done yet; `requested`: asked for (dated); `have`: in the youth's hands (dated). */
export const EXIT_DOCUMENT_STATES = ['needed', 'requested', 'have', 'not_needed'] as const;
export type ExitDocumentState = (typeof EXIT_DOCUMENT_STATES)[number];
export type ExitDocument = { kind: ExitDocumentKind; state: ExitDocumentState; date: IsoDate | null };

export const CREDIT_RESULTS = ['no_file', 'clean', 'issues_found'] as const;
export type CreditCheck = { checkedOn: IsoDate; result: (typeof CREDIT_RESULTS)[number] };

/** Who the youth may not choose: SSA §475(1)(B), §475A(b) name the foster parent and the caseworker. */
export const TEAM_RELATIONSHIPS = [
  'relative',
  'mentor',
  'teacher_or_coach',
  'friend_or_family_friend',
  'normalcy_advisor',
  'other_adult',
] as const;
export type TeamRelationship = (typeof TEAM_RELATIONSHIPS)[number];
/**
 * The agency's refusal of a member the youth chose: "the State may reject an individual so selected ... at
 * any time if the State has good cause to believe that the individual would not act in the best interests
 * of the child" (SSA §475(1)(B), §475A(b); domain-rules §7.3). The member stays on the record, struck
 * through; the youth may choose someone else. Set by whoever records the plan (`plan.record`), never by
 * the youth. `reason`: the good cause, 10–1000 characters.
 */
export type TeamRejection = { reason: string; on: IsoDate; byRole: Role };
/** `rejected` absent (plans stored before rejections existed) or null: the member is on the team. */
export type TeamMember = {
  name: string;
  relationship: TeamRelationship;
  personId: string | null;
  rejected?: TeamRejection | null;
};
/** A member as a writer sends it: the good cause only; the day and the writer's role are stamped. */
export type TeamMemberInput = Omit<TeamMember, 'rejected'> & { rejected: { reason: string } | null };
export const REJECTION_REASON_MIN = 10;
export const REJECTION_REASON_MAX = 1000;
/** A person the youth may not choose, with why: their foster parent now or their caseworker. */
export type ExcludedPerson = { personId: string; name: string; why: 'foster_parent' | 'caseworker' };

export type PlanStatus = 'on_time' | 'due_soon' | 'overdue' | 'done';

/**
 * The age care ends for this youth: the exit age (18), or the state's extended-care age for a youth in
 * extended foster care (SSA §475(5)(H): "18 or such greater age as the State may elect").
 * @param extendedCare - the youth stays in extended foster care
 */
export function exitAgeOf(pack: RulePack, extendedCare: boolean): number {
  const t = pack.transition;
  return extendedCare && t.extendedCareAge ? t.extendedCareAge.value : t.exitAge.value;
}

/** The day care ends by age: the exit-age birthday (29 February birthdays fall on 1 March). */
export function exitDate(birthDate: IsoDate, pack: RulePack, extendedCare: boolean): IsoDate {
  return birthdayOn(birthDate, exitAgeOf(pack, extendedCare));
}

/**
 * The 90-day transition plan is due the day the 90 days before the exit age begin (SSA §475(5)(H)).
 * @param birthDate - the youth's date of birth
 * @param extendedCare - the youth stays in extended foster care (the state's greater age applies)
 */
export function transitionPlanDueDate(birthDate: IsoDate, pack: RulePack, extendedCare: boolean): IsoDate {
  return addDays(exitDate(birthDate, pack, extendedCare), -pack.transition.planDueDaysBeforeExit.value);
}

/** Whether the youth is old enough for a plan to adulthood on `today` (14, SSA §475(1)(B)). */
export function planApplies(birthDate: IsoDate, today: IsoDate, pack: RulePack): boolean {
  return birthdayOn(birthDate, pack.transition.planStartAge.value) <= today;
}

/**
 * Done once the 90-day plan is marked complete; otherwise overdue after its due date, due soon inside the
 * practice window before it, and on time before that.
 */
export function transitionPlanStatus(
  dueDate: IsoDate,
  completedOn: IsoDate | null,
  today: IsoDate,
  pack: RulePack,
): PlanStatus {
  if (completedOn) return 'done';
  if (today > dueDate) return 'overdue';
  return daysBetween(today, dueDate) <= pack.transition.planDueSoonDays.value ? 'due_soon' : 'on_time';
}

/**
 * Exit documents are required unless the youth will have been in care fewer than six months when care
 * ends (SSA §475(5)(I) as amended 2014). Counted over the current episode, from its removal to the exit
 * date [Inferred: the statute says "in foster care for 6 months or more"; earlier episodes are not added].
 * @param removalDate - removal date of the current episode; null when not in care (nothing required)
 */
export function exitDocumentsRequired(removalDate: IsoDate | null, exitOn: IsoDate, pack: RulePack): boolean {
  if (!removalDate) return false;
  return addMonths(removalDate, pack.transition.exitDocumentsMinMonthsInCare.value) <= exitOn;
}

/** The documents not yet in the youth's hands (each kind once; a kind not listed is still needed). */
export function missingExitDocuments(documents: readonly ExitDocument[]): ExitDocumentKind[] {
  const byKind = new Map(documents.map((d) => [d.kind, d.state]));
  return EXIT_DOCUMENT_KINDS.filter((k) => {
    const state = byKind.get(k) ?? 'needed';
    return state === 'needed' || state === 'requested';
  });
}

/** Problems with the exit documents list: a state needing a date without one, a kind listed twice. */
export function exitDocumentProblems(documents: readonly ExitDocument[], today: IsoDate): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  documents.forEach((d, i) => {
    if (seen.has(d.kind)) problems.push(`exitDocuments.${i}: ${d.kind} is listed twice`);
    seen.add(d.kind);
    if ((d.state === 'have' || d.state === 'requested') && !d.date)
      problems.push(
        `exitDocuments.${i}: give the date it was ${d.state === 'have' ? 'received' : 'requested'}`,
      );
    if (d.date && d.date > today) problems.push(`exitDocuments.${i}: the date is in the future`);
  });
  return problems;
}

const normName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Whether the agency has not accepted this member (old rows without the field: accepted). */
export const isRejected = (m: TeamMember): boolean => !!m.rejected;

/** One person, whether the write names them by their record or by name. */
const memberKey = (m: Pick<TeamMember, 'name' | 'personId'>): string => m.personId ?? normName(m.name);

/**
 * Problems with the youth-chosen team: at most two members not rejected by the agency (a rejected member
 * stays on the record but the youth may choose another), none of them the youth's foster parent or
 * caseworker, by person or by name (SSA §475(1)(B), §475A(b); domain-rules §7.3), nobody twice, and a
 * rejection always says its good cause.
 * @param excluded - the youth's caregivers now and caseworkers on their open cases
 */
export function teamMemberProblems(
  members: readonly TeamMember[],
  excluded: readonly ExcludedPerson[],
  pack: RulePack,
): string[] {
  const max = pack.transition.youthChosenTeamMax.value;
  const problems: string[] = [];
  if (members.filter((m) => !isRejected(m)).length > max)
    problems.push(`team: the youth may choose at most ${max} members`);
  const seen = new Set<string>();
  members.forEach((m, i) => {
    const name = normName(m.name);
    const hit = excluded.find(
      (x) => (m.personId !== null && x.personId === m.personId) || normName(x.name) === name,
    );
    if (hit)
      problems.push(
        `team.${i}: ${hit.why === 'foster_parent' ? 'the youth’s foster parent' : 'the youth’s caseworker'} cannot be a youth-chosen member`,
      );
    const key = memberKey(m);
    if (seen.has(key)) problems.push(`team.${i}: ${m.name} is listed twice`);
    seen.add(key);
    const reason = m.rejected ? m.rejected.reason.trim() : null;
    if (reason !== null && reason.length < REJECTION_REASON_MIN)
      problems.push(
        `team.${i}.rejected.reason: give the agency’s good cause for not accepting ${m.name} (at least ${REJECTION_REASON_MIN} characters; SSA §475(1)(B))`,
      );
    if (reason !== null && reason.length > REJECTION_REASON_MAX)
      problems.push(`team.${i}.rejected.reason: at most ${REJECTION_REASON_MAX} characters`);
  });
  return problems;
}

/**
 * The team as stored after a write: each rejection keeps its day and role while its good cause is
 * unchanged, and a new or rewritten one is stamped `on` today by `byRole`. The writer sends the reason
 * only, so nobody back-dates a rejection or names another role.
 * @param before - the team as stored before this write (empty for a first plan)
 */
export function stampTeamRejections(
  members: readonly TeamMemberInput[],
  before: readonly TeamMember[],
  on: IsoDate,
  byRole: Role,
): TeamMember[] {
  const earlier = new Map(before.map((m) => [memberKey(m), m.rejected ?? null]));
  return members.map((m) => {
    if (!m.rejected) return { ...m, rejected: null };
    const reason = m.rejected.reason.trim();
    const kept = earlier.get(memberKey(m));
    return { ...m, rejected: kept && kept.reason === reason ? kept : { reason, on, byRole } };
  });
}

/**
 * The rejections a write made, cleared or rewrote, as `team.N.rejected` (N in the new team), for the
 * version's `changed` list and the audit. A member removed altogether shows as a change of `team`.
 */
export function teamRejectionChanges(before: readonly TeamMember[], after: readonly TeamMember[]): string[] {
  // Field by field: jsonb gives the object's keys back in its own order.
  const said = (r: TeamRejection | null | undefined) => (r ? [r.reason, r.on, r.byRole].join('\n') : '');
  const earlier = new Map(before.map((m) => [memberKey(m), said(m.rejected)]));
  return after.flatMap((m, i) =>
    said(m.rejected) !== (earlier.get(memberKey(m)) ?? '') ? [`team.${i}.rejected`] : [],
  );
}

/** What the 90-day plan must cover before it can be marked complete (SSA §475(5)(H)). */
export type NinetyDayCoverage = {
  housing: boolean;
  healthInsurance: boolean;
  education: boolean;
  mentorsAndSupport: boolean;
  employment: boolean;
  healthCareProxy: boolean;
};
export const NINETY_DAY_ELEMENTS = [
  'housing',
  'healthInsurance',
  'education',
  'mentorsAndSupport',
  'employment',
  'healthCareProxy',
] as const satisfies readonly (keyof NinetyDayCoverage)[];

/** The elements of SSA §475(5)(H) the plan does not cover yet (empty: it may be marked complete). */
export function missingNinetyDayElements(c: NinetyDayCoverage): (keyof NinetyDayCoverage)[] {
  return NINETY_DAY_ELEMENTS.filter((e) => !c[e]);
}

/**
 * When the next free credit report is due: on the start-age birthday, or on entering care if later,
 * then a year after the last check (SSA §475(5)(I), P.L. 113-183; unconfirmed in the rule pack).
 * @param removalDate - the current episode's removal date
 */
export function creditReportDueDate(
  birthDate: IsoDate,
  removalDate: IsoDate,
  checks: readonly CreditCheck[],
  pack: RulePack,
): IsoDate {
  const t = pack.transition;
  const last = [...checks]
    .map((c) => c.checkedOn)
    .sort()
    .at(-1);
  if (last) return addMonths(last, t.creditReportIntervalMonths.value);
  const start = birthdayOn(birthDate, t.creditReportStartAge.value);
  return start > removalDate ? start : removalDate;
}
