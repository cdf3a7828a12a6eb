import { ageOn, diffFields, todayOf, type AttendanceStatus } from '@hearth/core';
import { recordAudit } from '../audit/audit-log.ts';
import { toHearingDto } from '../hearings/hearing-move.service.ts';
import { findHearing, type HearingRow } from '../hearings/hearing.repo.ts';
import type { RequestContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db.ts';
import {
  conflict,
  fieldError,
  invalid,
  notFound,
  preconditionFailed,
  preconditionRequired,
  type FieldError,
} from '../platform/problem.ts';
import { etagOf } from '../platform/schemas.ts';
import type { AttendanceAnswer, RecordAttendanceBody } from './attendance.dto.ts';
import * as repo from './attendance.repo.ts';

/** Roles whose `represented` is recorded: a parent or Indian custodian is a respondent with a right to counsel. */
const RESPONDENT_ROLES = ['parent', 'indian_custodian'];

/** Which role a person is listed under when they hold more than one on the case. */
const ROLE_ORDER = [
  'parent',
  'indian_custodian',
  'child',
  'caregiver',
  'parent_attorney',
  'youth_attorney',
  'guardian_ad_litem',
  'agency_attorney',
  'caseworker',
  'supervisor',
  'casa_volunteer',
  'tribal_representative',
  'interpreter',
];
const rank = (role: string): number => {
  const i = ROLE_ORDER.indexOf(role);
  return i === -1 ? ROLE_ORDER.length : i;
};

/** The hearing's date on the court's calendar. */
const hearingDate = (h: HearingRow, timeZone: string): string =>
  todayOf({ now: () => new Date(h.scheduled_start) }, timeZone);

async function answer(q: Queryable, ctx: RequestContext, h: HearingRow): Promise<AttendanceAnswer> {
  const date = hearingDate(h, ctx.timeZone);
  const people = new Map<string, AttendanceAnswer['people'][number]>();
  const add = (p: {
    person_id: string;
    given_name: string;
    family_name: string;
    role: string;
    birth_date: string | null;
  }): void => {
    const seen = people.get(p.person_id);
    if (seen && rank(seen.role) <= rank(p.role)) return;
    people.set(p.person_id, {
      personId: p.person_id,
      name: `${p.given_name} ${p.family_name}`,
      role: p.role,
      age: p.role === 'child' && p.birth_date ? ageOn(p.birth_date, date) : null,
      attendance: seen?.attendance ?? null,
      represented: seen?.represented ?? null,
    });
  };
  for (const p of await repo.expectedPeople(q, h.case_id, date)) add(p);
  const recorded = await repo.loadAttendance(q, h.id);
  for (const r of recorded) {
    // What was recorded stands, under the role it was recorded with (a party since removed still shows).
    people.set(r.person_id, {
      personId: r.person_id,
      name: `${r.given_name} ${r.family_name}`,
      role: r.attendee_role,
      age: r.attendee_role === 'child' && r.birth_date ? ageOn(r.birth_date, date) : null,
      attendance: r.attendance,
      represented: r.represented,
    });
  }
  const today = todayOf(ctx.clock, ctx.timeZone);
  return {
    hearingId: h.id,
    caseId: h.case_id,
    petitionNumber: h.petition_number,
    hearingType: h.hearing_type,
    start: new Date(h.scheduled_start).toISOString(),
    date,
    status: h.status,
    open: date <= today && h.status !== 'vacated' && h.status !== 'cancelled',
    recorded: recorded.length > 0,
    people: [...people.values()].sort((a, b) => rank(a.role) - rank(b.role) || a.name.localeCompare(b.name)),
    version: h.version,
  };
}

/** Who is expected at a hearing and who was recorded there, with the hearing's ETag. The read is audited. */
export async function getAttendance(
  ctx: RequestContext,
  hearingId: string,
): Promise<{ dto: AttendanceAnswer; etag: string }> {
  return ctx.db.transaction(async (tx) => {
    const h = await findHearing(tx, ctx.actor, 'case.read', hearingId);
    if (!h) throw notFound('hearing');
    const dto = await answer(tx, ctx, h);
    await recordAudit(tx, ctx.audit, {
      action: 'attendance.viewed',
      entityType: 'hearing',
      entityId: h.id,
      data: { caseId: h.case_id },
    });
    return { dto, etag: etagOf(h.version) };
  });
}

/**
 * Records who was at a hearing, replacing what was recorded before, under If-Match on the hearing.
 * Attendance is taken once the hearing's day has come; a hearing still 'scheduled' becomes 'held' (it took
 * place), a continued one stays continued. Vacated and cancelled hearings had no one to record.
 */
export async function recordAttendance(
  ctx: RequestContext,
  hearingId: string,
  ifMatchVersion: number | null,
  input: RecordAttendanceBody,
): Promise<{ dto: AttendanceAnswer; etag: string }> {
  if (ifMatchVersion === null) throw preconditionRequired();
  return ctx.db.transaction(async (tx) => {
    const h = await findHearing(tx, ctx.actor, 'order.record', hearingId, { forUpdate: true });
    if (!h) throw notFound('hearing');
    if (h.version !== ifMatchVersion) throw preconditionFailed(toHearingDto(h), etagOf(h.version));
    const before = await answer(tx, ctx, h);
    if (h.status === 'vacated' || h.status === 'cancelled')
      throw conflict(`This hearing was ${h.status}: there is no attendance to record.`);
    if (!before.open) throw conflict('This hearing has not been held yet.');
    const roles = new Map(before.people.map((p) => [p.personId, p.role]));
    const problems: FieldError[] = [];
    const seen = new Set<string>();
    input.entries.forEach((e, i) => {
      const role = roles.get(e.personId);
      if (role === undefined)
        problems.push(fieldError(`entries.${i}.personId`, 'is not a person on this case'));
      else if (RESPONDENT_ROLES.includes(role) && e.represented === undefined)
        problems.push(fieldError(`entries.${i}.represented`, 'is required for a parent or custodian'));
      else if (!RESPONDENT_ROLES.includes(role) && e.represented !== undefined)
        problems.push(fieldError(`entries.${i}.represented`, 'is recorded for parents and custodians only'));
      if (seen.has(e.personId)) problems.push(fieldError(`entries.${i}.personId`, 'is listed twice'));
      seen.add(e.personId);
    });
    if (problems.length) throw invalid(problems);
    const entries = input.entries.map((e) => ({
      personId: e.personId,
      role: roles.get(e.personId) ?? 'other',
      attendance: e.attendance,
      represented: e.represented ?? null,
    }));
    await repo.replaceAttendance(
      tx,
      { jurisdictionId: h.jurisdiction_id, hearingId: h.id, recordedBy: ctx.actor.accountId },
      entries,
    );
    if (!(await repo.touchHearing(tx, h.id, h.version)))
      throw preconditionFailed(toHearingDto(h), etagOf(h.version));
    const after = (await findHearing(tx, ctx.actor, 'order.record', hearingId))!;
    const shown = (a: AttendanceStatus | null, r: boolean | null): string | null =>
      a === null ? null : r === null ? a : `${a}, ${r ? 'represented' : 'not represented'}`;
    await recordAudit(tx, ctx.audit, {
      action: 'attendance.recorded',
      entityType: 'hearing',
      entityId: h.id,
      data: {
        caseId: h.case_id,
        status: diffFields({ status: h.status }, { status: after.status }),
        changes: diffFields(
          Object.fromEntries(before.people.map((p) => [p.personId, shown(p.attendance, p.represented)])),
          Object.fromEntries(entries.map((e) => [e.personId, shown(e.attendance, e.represented)])),
        ),
      },
    });
    return { dto: await answer(tx, ctx, after), etag: etagOf(after.version) };
  });
}
