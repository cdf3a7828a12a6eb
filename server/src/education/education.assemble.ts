import {
  countSchoolMoves,
  creditsStatus,
  currentEnrollment,
  educationFlags,
  type BestInterestDecision,
  type BidDisputeOutcome,
  type BidFactor,
  type BidParticipantRole,
  type DecisionMakerAuthority,
  type DecisionMakerRelationship,
  type EducationRules,
  type EnrollmentReason,
  type SchoolEnrollment,
  type SchoolExitReason,
  type SpecialEducationPlanType,
  type TransportPayer,
  type TransportProvider,
} from '@hearth/core';
import type { EducationRecordDto } from './education.dto.ts';
import type { EducationChildRow, EducationRows } from './education.repo.ts';

// Rows to the education record a reader sees, and the flags computed from it: one function for the
// child page and the bench view, so both say the same thing.

const forChild = <T extends { child_id: string }>(rows: T[], childId: string): T[] =>
  rows.filter((r) => r.child_id === childId);

const toEnrollment = (e: EducationRows['enrollments'][number]): SchoolEnrollment => ({
  id: e.id,
  schoolName: e.school_name,
  enrolledOn: e.enrolled_on,
  reason: e.reason as EnrollmentReason,
  exitedOn: e.exited_on,
  exitReason: e.exit_reason as SchoolExitReason | null,
  isSchoolOfOrigin: e.is_school_of_origin,
});

/**
 * One child's education record. `plansShown` false: the reader holds no health grant for this child, so
 * the IEP and 504 plans are withheld, and so is their review flag (a flag would tell a plan exists).
 */
export function assembleEducation(
  child: EducationChildRow,
  all: EducationRows,
  plansShown: boolean,
  today: string,
  rules: EducationRules,
): EducationRecordDto {
  const enrollments = forChild(all.enrollments, child.id);
  const determinations = forChild(all.determinations, child.id);
  const plans = plansShown ? forChild(all.plans, child.id) : [];
  const credits = forChild(all.credits, child.id);
  const placements = forChild(all.placements, child.id);
  const schools = enrollments.map(toEnrollment);
  const creditRecords = credits.map((c) => ({
    asOf: c.as_of,
    grade: c.grade,
    earned: Number(c.earned),
    expected: c.expected === null ? null : Number(c.expected),
  }));
  const attendance = forChild(all.attendance, child.id).map((a) => ({
    id: a.id,
    term: a.term,
    termStart: a.term_start,
    termEnd: a.term_end,
    daysAbsent: a.days_absent,
    daysEnrolled: a.days_enrolled,
  }));
  const planFacts = plans.map((p) => ({
    id: p.id,
    planType: p.plan_type as SpecialEducationPlanType,
    planDate: p.plan_date,
    nextReviewOn: p.next_review_on,
  }));
  const flags = educationFlags(
    {
      birthDate: child.birth_date,
      placements: placements.map((p) => ({ placementId: p.id, startedOn: p.start_date, setting: p.setting })),
      bestInterest: determinations.map((d) => ({
        id: d.id,
        placementId: d.placement_id,
        decidedOn: d.decided_on,
      })),
      enrollments: schools,
      credits: creditRecords,
      specialEducation: planFacts,
      // Attendance is not health: chronic absence is flagged whether or not the plans are shown.
      attendance,
    },
    today,
    rules,
  );
  return {
    childId: child.id,
    today,
    inCareSince: child.in_care_since,
    enrollments: enrollments.map((e) => ({
      id: e.id,
      schoolName: e.school_name,
      schoolDistrict: e.school_district,
      enrolledOn: e.enrolled_on,
      reason: e.reason as EnrollmentReason,
      isSchoolOfOrigin: e.is_school_of_origin,
      recordsRequestedOn: e.records_requested_on,
      recordsReceivedOn: e.records_received_on,
      exitedOn: e.exited_on,
      exitReason: e.exit_reason as SchoolExitReason | null,
      version: e.version,
    })),
    currentEnrollmentId: currentEnrollment(schools, today)?.id ?? null,
    moves: countSchoolMoves(schools, rules, child.in_care_since),
    placements: placements.map((p) => ({ id: p.id, startedOn: p.start_date, setting: p.setting })),
    bestInterest: determinations.map((d) => ({
      id: d.id,
      placementId: d.placement_id,
      decidedOn: d.decided_on,
      participants: d.participants.map((p) => ({ role: p.role as BidParticipantRole, name: p.name })),
      factors: d.factors as BidFactor[],
      decision: d.decision as BestInterestDecision,
      disputed: d.disputed,
      disputeOutcome: d.dispute_outcome as BidDisputeOutcome | null,
      notes: d.notes,
      transport:
        d.transport_provider && d.transport_payer && d.transport_starts_on
          ? {
              provider: d.transport_provider as TransportProvider,
              payer: d.transport_payer as TransportPayer,
              startsOn: d.transport_starts_on,
              notes: d.transport_notes,
            }
          : null,
      version: d.version,
    })),
    decisionMakers: forChild(all.decisionMakers, child.id).map((m) => ({
      id: m.id,
      name: m.name,
      relationship: m.relationship as DecisionMakerRelationship,
      authority: m.authority as DecisionMakerAuthority,
      authorityReference: m.authority_reference,
      since: m.since,
      until: m.until,
    })),
    specialEducation: plansShown
      ? {
          withheld: false,
          plans: plans.map((p) => ({
            id: p.id,
            planType: p.plan_type as SpecialEducationPlanType,
            planDate: p.plan_date,
            nextReviewOn: p.next_review_on,
            disabilityCategory: p.disability_category,
            notes: p.notes,
          })),
        }
      : { withheld: true },
    attendance,
    credits: credits.map((c, i) => ({ id: c.id, ...creditRecords[i]! })),
    creditsStatus: creditsStatus(creditRecords, rules),
    advocates: forChild(all.advocates, child.id).map((a) => ({
      id: a.id,
      name: a.name,
      organization: a.organization,
      phone: a.phone,
      email: a.email,
      since: a.since,
      until: a.until,
    })),
    flags,
  };
}

/** The holder now: started on or before today and not ended before it. */
export function currentHolder<T extends { since: string; until: string | null }>(
  rows: T[],
  today: string,
): T | null {
  return rows.filter((r) => r.since <= today && (r.until === null || r.until >= today)).at(-1) ?? null;
}

/** The term that holds today, else the latest term that ended. */
export function currentTerm<T extends { termStart: string; termEnd: string }>(
  rows: T[],
  today: string,
): T | null {
  return (
    rows.find((t) => t.termStart <= today && t.termEnd >= today) ??
    rows.filter((t) => t.termEnd < today).at(-1) ??
    null
  );
}
