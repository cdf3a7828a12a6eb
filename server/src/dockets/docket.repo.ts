import { OCCUPYING_HEARING_STATUSES } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, docketAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/**
 * The SQL of dockets. Whose docket may be opened is `docketAccess` (a judge or a room); which of its
 * hearings show their case is `caseAccess` for `case.read`, or the caller presiding over the hearing.
 */

export type SubjectKind = 'judge' | 'courtroom';
export type SubjectRow = { id: string; name: string; court: string };

const SUBJECT_SQL: Record<SubjectKind, (access: string, id: string) => string> = {
  judge: (access, id) =>
    `SELECT t.id, t.title || ' ' || p.given_name || ' ' || p.family_name AS name, co.name AS court
       FROM judge t JOIN person p ON p.id = t.person_id JOIN court co ON co.id = t.court_id
      WHERE t.id = ${id} AND ${access}`,
  courtroom: (access, id) =>
    `SELECT t.id, t.name, co.name AS court FROM courtroom t JOIN court co ON co.id = t.court_id
      WHERE t.id = ${id} AND ${access}`,
};

/** The judge or courtroom, when the actor may open its docket; null otherwise (like a missing one). */
export async function findSubject(
  q: Queryable,
  actor: Actor,
  kind: SubjectKind,
  id: string,
): Promise<SubjectRow | null> {
  const p = new SqlParams();
  const idParam = p.add(id);
  const [row] = await q.query<SubjectRow>(
    SUBJECT_SQL[kind](docketAccess(actor, kind, 't', p), idParam),
    p.values,
  );
  return row ?? null;
}

export type ChoiceRow = { id: string; name: string; court: string };

/** The active judges and the courtrooms whose dockets the actor may open, by court then name. */
export async function listChoices(
  q: Queryable,
  actor: Actor,
): Promise<{ judges: ChoiceRow[]; courtrooms: ChoiceRow[] }> {
  const pj = new SqlParams();
  const judges = await q.query<ChoiceRow>(
    `SELECT t.id, t.title || ' ' || p.given_name || ' ' || p.family_name AS name, co.name AS court
       FROM judge t JOIN person p ON p.id = t.person_id JOIN court co ON co.id = t.court_id
      WHERE t.active AND ${docketAccess(actor, 'judge', 't', pj)}
      ORDER BY co.name, p.family_name, p.given_name, t.id`,
    pj.values,
  );
  const pr = new SqlParams();
  const courtrooms = await q.query<ChoiceRow>(
    `SELECT t.id, t.name, co.name AS court FROM courtroom t JOIN court co ON co.id = t.court_id
      WHERE ${docketAccess(actor, 'courtroom', 't', pr)}
      ORDER BY co.name, t.name, t.id`,
    pr.values,
  );
  return { judges, courtrooms };
}

export type DayRow = { date: string; start: Date; end: Date };

/**
 * The days of the window on the court's calendar, each from its local midnight to the next: PostgreSQL's
 * time zone rules make the day of a daylight-saving change 23 or 25 hours long.
 */
export async function windowDays(
  q: Queryable,
  from: string,
  days: number,
  timeZone: string,
): Promise<DayRow[]> {
  return q.query<DayRow>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS date, d::timestamp AT TIME ZONE $3 AS start,
            (d + 1)::timestamp AT TIME ZONE $3 AS "end"
       FROM (SELECT $1::date + i AS d FROM generate_series(0, $2::int - 1) i) w ORDER BY d`,
    [from, days, timeZone],
  );
}

export type PersonOnDocket = {
  role: string;
  name: string;
  isChild: boolean;
  needsInterpreter: boolean;
  language: string;
};

export type DocketHearingRow = {
  id: string;
  hearing_type: string;
  scheduled_start: Date;
  scheduled_end: Date;
  status: string;
  judge_id: string | null;
  judge_name: string | null;
  courtroom_id: string | null;
  courtroom_name: string | null;
  readable: boolean;
  case_id: string | null;
  petition_number: string | null;
  people: PersonOnDocket[] | null;
  interpreter_languages: string[] | null;
};

/** The predicate under which a hearing (alias `h`, its case `c`) shows its case to the actor. */
function readableHearing(actor: Actor, h: string, c: string, p: SqlParams): string {
  const access = caseAccess(actor, 'case.read', c, p);
  // The judge sitting at a hearing reads it on their docket, even for a colleague's case they cover.
  return actor.judgeId ? `(${access} OR ${h}.judge_id = ${p.add(actor.judgeId)})` : access;
}

const NAMES = `${JUDGE_NAME_SQL} AS judge_name,
       cr.name AS courtroom_name`;
const NAME_JOINS = `LEFT JOIN judge j ON j.id = h.judge_id LEFT JOIN person jp ON jp.id = j.person_id
       LEFT JOIN courtroom cr ON cr.id = h.courtroom_id`;

/**
 * The hearings of a judge or a courtroom that start in [start, end), in order. For a hearing whose case
 * the actor may read: the petition number, the people expected on its local day (the case's children by
 * initials only, the parties, the caregivers) with their interpreter needs, and the languages of the
 * interpreters on the case. For any other hearing: its time, judge and room alone.
 */
export async function loadDocketHearings(
  q: Queryable,
  actor: Actor,
  subject: { kind: SubjectKind; id: string },
  window: { start: Date; end: Date; timeZone: string },
): Promise<DocketHearingRow[]> {
  const p = new SqlParams();
  const readable = readableHearing(actor, 'h', 'c', p);
  const column = subject.kind === 'judge' ? 'h.judge_id' : 'h.courtroom_id';
  return q.query<DocketHearingRow>(
    `SELECT x.id, x.hearing_type, x.scheduled_start, x.scheduled_end, x.status, x.judge_id, x.judge_name,
            x.courtroom_id, x.courtroom_name, x.readable,
            CASE WHEN x.readable THEN x.case_id END AS case_id,
            CASE WHEN x.readable THEN x.petition_number END AS petition_number,
            CASE WHEN x.readable THEN (
              SELECT COALESCE(json_agg(json_build_object('role', e.role, 'name', e.name, 'isChild', e.is_child,
                       'needsInterpreter', e.needs_interpreter, 'language', e.primary_language)
                       ORDER BY e.rank, e.role, e.name, e.who), '[]'::json)
                FROM (
                  -- A docket is printed and posted: a child appears by initials alone, and the child's
                  -- full name never leaves the database here (see docket.service.ts).
                  SELECT pe.id AS who, 'child' AS role,
                         upper(left(pe.given_name, 1)) || '.' || upper(left(pe.family_name, 1)) || '.' AS name,
                         true AS is_child, pe.needs_interpreter, pe.primary_language, 0 AS rank
                    FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
                   WHERE cc.case_id = x.case_id
                  UNION ALL
                  -- A person on the case under one role is expected once (a parent may have a row per child).
                  SELECT DISTINCT pe.id, cp.case_role, pe.given_name || ' ' || pe.family_name, false, pe.needs_interpreter,
                         pe.primary_language, CASE WHEN cp.is_party THEN 1 ELSE 2 END
                    FROM case_participant cp JOIN person pe ON pe.id = cp.person_id
                   WHERE cp.case_id = x.case_id AND (cp.is_party OR cp.case_role = 'caregiver')
                     AND cp.start_date <= x.day AND (cp.end_date IS NULL OR cp.end_date >= x.day)
                ) e) END AS people,
            CASE WHEN x.readable THEN ARRAY(
              SELECT DISTINCT lang FROM case_participant ip JOIN person pe ON pe.id = ip.person_id,
                     unnest(array_append(pe.languages, pe.primary_language)) AS lang
               WHERE ip.case_id = x.case_id AND ip.case_role = 'interpreter'
                 AND ip.start_date <= x.day AND (ip.end_date IS NULL OR ip.end_date >= x.day)) END AS interpreter_languages
       FROM (
         SELECT h.id, h.hearing_type, h.scheduled_start, h.scheduled_end, h.status, h.judge_id, h.courtroom_id,
                h.case_id, c.petition_number, (h.scheduled_start AT TIME ZONE ${p.add(window.timeZone)})::date AS day,
                ${NAMES}, ${readable} AS readable
           FROM hearing h JOIN court_case c ON c.id = h.case_id ${NAME_JOINS}
          WHERE h.jurisdiction_id = ${p.add(actor.jurisdictionId)} AND ${column} = ${p.add(subject.id)}
            AND h.scheduled_start >= ${p.add(window.start)} AND h.scheduled_start < ${p.add(window.end)}
       ) x
      ORDER BY x.scheduled_start, x.scheduled_end, x.id`,
    p.values,
  );
}

export type NeighbourRow = {
  id: string;
  scheduled_start: Date;
  scheduled_end: Date;
  status: string;
  judge_id: string | null;
  courtroom_id: string | null;
  judge_name: string | null;
  courtroom_name: string | null;
  petition_number: string | null;
};

/** No hearing runs longer than this; it bounds how far back the overlap search reads. */
const LONGEST_HEARING_DAYS = 14;

/**
 * The hearings that hold any of `judgeIds` or `roomIds` at some time in [start, end), whoever's they are,
 * so a docket can flag a room double-booked by another judge. Only the petition number is read, and only
 * of cases the actor may read.
 */
export async function loadNeighbours(
  q: Queryable,
  actor: Actor,
  args: { judgeIds: string[]; roomIds: string[]; start: Date; end: Date },
): Promise<NeighbourRow[]> {
  if (!args.judgeIds.length && !args.roomIds.length) return [];
  const p = new SqlParams();
  const readable = readableHearing(actor, 'h', 'c', p);
  const lookBack = new Date(args.start.getTime() - LONGEST_HEARING_DAYS * 86_400_000);
  return q.query<NeighbourRow>(
    `SELECT h.id, h.scheduled_start, h.scheduled_end, h.status, h.judge_id, h.courtroom_id, ${NAMES},
            CASE WHEN ${readable} THEN c.petition_number END AS petition_number
       FROM hearing h JOIN court_case c ON c.id = h.case_id ${NAME_JOINS}
      WHERE h.jurisdiction_id = ${p.add(actor.jurisdictionId)}
        AND h.status = ANY(${p.add(OCCUPYING_HEARING_STATUSES)}::text[])
        AND (h.judge_id = ANY(${p.add(args.judgeIds)}::uuid[]) OR h.courtroom_id = ANY(${p.add(args.roomIds)}::uuid[]))
        AND h.scheduled_start >= ${p.add(lookBack)} AND h.scheduled_start < ${p.add(args.end)}
        AND h.scheduled_end > ${p.add(args.start)}`,
    p.values,
  );
}
