/**
 * Audit action names (house-style §4). Reads are recorded as well as writes, because auditors ask
 * "who looked at this child?". The payload of a write is `{ field: { old, new } }`, version 1.
 */
export const AUDIT_ACTIONS = [
  'session.signed_in',
  'session.sign_in_failed',
  'session.signed_out',
  'case.listed',
  'case.viewed',
  'case.opened',
  'case.updated',
  'participant.added',
  'child.added',
  'child.listed',
  'child.viewed',
  'child.people_viewed',
  'due_items.listed',
  'pacing.clocks_viewed',
  'pacing.at_risk_listed',
  'tpr_exception.recorded',
  'benchmark_review.listed',
  'benchmark_review.recorded',
  'child.updated',
  'sensitive.viewed',
  'sensitive.recorded',
  'sensitive.granted',
  'removal.recorded',
  'removal.updated',
  'placement.recorded',
  'hearing.scheduled',
  // Conflicts and continuances (core/src/calendar/conflicts.ts, server/src/hearings/continuance*.ts).
  'hearing.viewed',
  'hearing.moved',
  'hearing.continued',
  'hearing.double_booked',
  'hearing.conflicts_found',
  'continuance.listed',
  'order.recorded',
  // Advance calendaring (core/src/calendar/schedule.ts, server/src/calendar/schedule.service.ts).
  'schedule.computed',
  'schedule.viewed',
  'plan.recorded',
  'parental_rights.recorded',
  'account.created',
  'account.roles_changed',
  'audit.viewed',
  'cqi.viewed',
  // The outcome-indicator dashboard's reference values (server/src/cqi/cqi.service.ts).
  'cqi.reference_changed',
  'data.exported',
  'access.denied',
  'calendar_feed.created',
  'calendar_feed.renewed',
  'calendar_feed.fetched',
  'data.seeded',
  'notice.listed',
  'notice.sent',
  'notice.delivered',
  'notice.viewed',
  'notice.service_recorded',
  // Hearing attendance and court performance measures (server/src/court-measures).
  'attendance.viewed',
  'attendance.recorded',
  // Well-being checklists and the judge's bench view (server/src/wellbeing).
  'wellbeing.viewed',
  'wellbeing.recorded',
  'wellbeing.history_viewed',
  'bench_view.viewed',
  // Education record and normalcy (server/src/education).
  'education.viewed',
  'education.recorded',
  'education.updated',
  'normalcy.viewed',
  'normalcy.recorded',
  // Transition plans: to adulthood and home (server/src/transition).
  'transition_plan.viewed',
  'transition_plan.recorded',
  'transition_plan.goals_written',
  'transition_home_plan.viewed',
  'transition_home_plan.recorded',
  // Caseworker contacts and their quality reviews (server/src/contacts).
  'contact.recorded',
  'contact.listed',
  'contact.viewed',
  'contact.compliance_viewed',
  'contact_review.recorded',
  'contact_review.listed',
  'contact_review.action_updated',
  // Young people's and caregivers' voice (server/src/voice).
  'voice.viewed',
  'voice.hearing_viewed',
  'youth_statement.saved',
  'youth_statement.sent',
  'caregiver_report.saved',
  'caregiver_report.submitted',
  'attendance_plan.recorded',
  'voice_permission.recorded',
  // Court reports: each recipient's copy generated, the CASA's narrative read and saved (server/src/reports).
  'court_report.generated',
  'court_report.narrative_viewed',
  'court_report.narrative_saved',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_PAYLOAD_VERSION = 1;

export type FieldChange = { old: unknown; new: unknown };

/** The `{ field: { old, new } }` difference between two flat records; unchanged fields are left out. */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const o = before?.[key] ?? null;
    const n = after?.[key] ?? null;
    if (JSON.stringify(o) !== JSON.stringify(n)) changes[key] = { old: o, new: n };
  }
  return changes;
}
