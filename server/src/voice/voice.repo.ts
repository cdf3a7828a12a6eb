import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';
import {
  hearingVoiceReaders,
  householdOf,
  planReaders,
  statementReaders,
  statementWriter,
} from './voice.access.ts';

/**
 * The SQL of the voice slice's children, hearings and youth statements (reports and plans have files of
 * their own). Every query that loads a child's, a statement's or a plan's row applies a predicate of
 * voice.access.ts: out of scope rows are never loaded.
 */
export const day = (col: string): string => `to_char(${col}, 'YYYY-MM-DD')`;
export const instant = (col: string): string =>
  `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type VoiceChildRow = {
  id: string;
  jurisdiction_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  rule_pack_id: string;
  time_zone: string;
  is_self: boolean;
  is_household: boolean;
  permission_granted: boolean | null;
  permission_order_date: string | null;
  permission_version: number | null;
};

const CHILD_SELECT = (p: SqlParams, actor: Actor): string => `
  SELECT ch.id, ch.jurisdiction_id, pe.given_name, pe.family_name, ${day('pe.birth_date')} AS birth_date,
         jx.rule_pack_id, jx.time_zone,
         (${actor.personId ? `ch.person_id = ${p.add(actor.personId)}` : 'false'}) AS is_self,
         (${householdOf(actor, 'ch', p)}) AS is_household,
         vp.granted AS permission_granted, ${day('vp.order_date')} AS permission_order_date,
         vp.version AS permission_version
    FROM child ch JOIN person pe ON pe.id = ch.person_id JOIN jurisdiction jx ON jx.id = ch.jurisdiction_id
    LEFT JOIN youth_voice_permission vp ON vp.child_id = ch.id`;

/** The child, if the actor holds `permission` over it; with the court's permission to speak, if any. */
export async function findVoiceChild(
  q: Queryable,
  actor: Actor,
  permission: 'voice.read' | 'order.record',
  childId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<VoiceChildRow | null> {
  const p = new SqlParams();
  const select = CHILD_SELECT(p, actor);
  const [row] = await q.query<VoiceChildRow>(
    `${select} WHERE ch.id = ${p.add(childId)} AND ${childAccess(actor, permission, 'ch', p)}
      ${opts.forUpdate ? 'FOR UPDATE OF ch' : ''}`,
    p.values,
  );
  return row ?? null;
}

export type VoiceHearingRow = {
  id: string;
  case_id: string;
  jurisdiction_id: string;
  hearing_type: string;
  status: string;
  start: string;
  courtroom: string | null;
  judge_name: string | null;
};

const HEARING_COLUMNS = `h.id, h.case_id, h.jurisdiction_id, h.hearing_type, h.status,
  ${instant('h.scheduled_start')} AS start, cr.name AS courtroom, ${JUDGE_NAME_SQL} AS judge_name`;
const HEARING_JOINS = `LEFT JOIN courtroom cr ON cr.id = h.courtroom_id
  LEFT JOIN judge j ON j.id = COALESCE(h.judge_id, c.assigned_judge_id) LEFT JOIN person jp ON jp.id = j.person_id`;

/** The child's hearings still to come on its open cases, soonest first (the child was loaded scoped). */
export async function upcomingHearings(q: Queryable, childId: string, now: Date): Promise<VoiceHearingRow[]> {
  return q.query<VoiceHearingRow>(
    `SELECT ${HEARING_COLUMNS}
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
       JOIN court_case c ON c.id = h.case_id AND c.status = 'open' ${HEARING_JOINS}
      WHERE cc.child_id = $1 AND h.status = 'scheduled' AND h.scheduled_end >= $2
      ORDER BY h.scheduled_start LIMIT 5`,
    [childId, now],
  );
}

/** A hearing the actor may open the voices of (any branch of hearingVoiceReaders). */
export async function findVoiceHearing(
  q: Queryable,
  actor: Actor,
  hearingId: string,
): Promise<(VoiceHearingRow & { petition_number: string; time_zone: string; rule_pack_id: string }) | null> {
  const p = new SqlParams();
  const [row] = await q.query<
    VoiceHearingRow & { petition_number: string; time_zone: string; rule_pack_id: string }
  >(
    `SELECT ${HEARING_COLUMNS}, c.petition_number, jx.time_zone, jx.rule_pack_id
       FROM hearing h JOIN court_case c ON c.id = h.case_id JOIN jurisdiction jx ON jx.id = h.jurisdiction_id
       ${HEARING_JOINS}
      WHERE h.id = ${p.add(hearingId)} AND ${hearingVoiceReaders(actor, 'c', p)}`,
    p.values,
  );
  return row ?? null;
}

/** The hearing of one of the child's cases, for a write; locked so two writers take turns. */
export async function hearingOfChild(
  q: Queryable,
  hearingId: string,
  childId: string,
): Promise<VoiceHearingRow | null> {
  const [row] = await q.query<VoiceHearingRow>(
    `SELECT ${HEARING_COLUMNS}
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id AND cc.child_id = $2
       JOIN court_case c ON c.id = h.case_id ${HEARING_JOINS}
      WHERE h.id = $1 FOR UPDATE OF h`,
    [hearingId, childId],
  );
  return row ?? null;
}

// ---- statements ----------------------------------------------------------------------------------------

export type StatementRow = {
  id: string;
  hearing_id: string;
  child_id: string;
  body: string;
  language: string;
  shared_with: string[];
  status: 'draft' | 'sent';
  sent_at: string | null;
  updated_at: string;
  version: number;
};
const STATEMENT_COLUMNS = `s.id, s.hearing_id, s.child_id, s.body, s.language, s.shared_with, s.status,
  ${instant('s.sent_at')} AS sent_at, ${instant('s.updated_at')} AS updated_at, s.version`;

/**
 * The statements of these hearings the actor may read: sent ones by statementReaders, and a draft only
 * by the young person writing it.
 */
export async function statementsFor(
  q: Queryable,
  actor: Actor,
  hearingIds: readonly string[],
  childId: string | null,
): Promise<(StatementRow & { given_name: string; family_name: string; birth_date: string | null })[]> {
  if (hearingIds.length === 0) return [];
  const p = new SqlParams();
  const readers = statementReaders(actor, 's', 'ch', 'c', p);
  if (readers === 'false') return [];
  const hearings = p.add(hearingIds);
  const child = childId ? `AND s.child_id = ${p.add(childId)}` : '';
  const own = actor.personId ? `ch.person_id = ${p.add(actor.personId)}` : 'false';
  return q.query(
    `SELECT ${STATEMENT_COLUMNS}, pe.given_name, pe.family_name, ${day('pe.birth_date')} AS birth_date
       FROM youth_statement s JOIN child ch ON ch.id = s.child_id JOIN person pe ON pe.id = ch.person_id
       JOIN hearing h ON h.id = s.hearing_id JOIN court_case c ON c.id = h.case_id
      WHERE s.hearing_id = ANY(${hearings}::uuid[]) ${child}
        AND (s.status = 'sent' OR ${own}) AND ${readers}
      ORDER BY s.sent_at NULLS LAST, pe.given_name`,
    p.values,
  );
}

/** Whether the actor is the young person of this hearing's case who writes its statement. */
export async function mayWriteStatement(
  q: Queryable,
  actor: Actor,
  hearingId: string,
  childId: string,
): Promise<boolean> {
  const p = new SqlParams();
  const writer = statementWriter(actor, 'ch', 'c', p);
  if (writer === 'false') return false;
  const rows = await q.query(
    `SELECT 1 FROM hearing h JOIN court_case c ON c.id = h.case_id
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
      WHERE h.id = ${p.add(hearingId)} AND ch.id = ${p.add(childId)} AND ${writer}`,
    p.values,
  );
  return rows.length > 0;
}

export async function insertStatement(
  q: Queryable,
  s: {
    jurisdictionId: string;
    hearingId: string;
    childId: string;
    body: string;
    language: string;
    sharedWith: string[];
    writtenBy: string;
    now: Date;
  },
): Promise<boolean> {
  // ON CONFLICT: a second first draft written at the same moment loses, as a stale edit would.
  const rows = await q.query(
    `INSERT INTO youth_statement (jurisdiction_id, hearing_id, child_id, body, language, shared_with, written_by, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6::text[],$7,$8,$8) ON CONFLICT DO NOTHING RETURNING id`,
    [s.jurisdictionId, s.hearingId, s.childId, s.body, s.language, s.sharedWith, s.writtenBy, s.now],
  );
  return rows.length > 0;
}

/** Changes a draft; false when it is no longer at `version` or was sent. */
export async function updateDraftStatement(
  q: Queryable,
  id: string,
  version: number,
  s: { body: string; language: string; sharedWith: string[]; writtenBy: string; now: Date },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE youth_statement SET body = $3, language = $4, shared_with = $5::text[], written_by = $6,
            updated_at = $7, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [id, version, s.body, s.language, s.sharedWith, s.writtenBy, s.now],
  );
  return rows.length > 0;
}

export async function markStatementSent(
  q: Queryable,
  id: string,
  version: number,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE youth_statement SET status = 'sent', sent_at = $3, updated_at = $3, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [id, version, now],
  );
  return rows.length > 0;
}

export async function statementById(q: Queryable, id: string): Promise<StatementRow> {
  const [row] = await q.query<StatementRow>(
    `SELECT ${STATEMENT_COLUMNS} FROM youth_statement s WHERE s.id = $1`,
    [id],
  );
  return row!;
}

export async function statementOf(
  q: Queryable,
  hearingId: string,
  childId: string,
): Promise<StatementRow | null> {
  const [row] = await q.query<StatementRow>(
    `SELECT ${STATEMENT_COLUMNS} FROM youth_statement s WHERE s.hearing_id = $1 AND s.child_id = $2`,
    [hearingId, childId],
  );
  return row ?? null;
}

// ---- the youth of a hearing and what the clerk recorded ------------------------------------------------

export type HearingChildRow = {
  child_id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  permission_granted: boolean | null;
  permission_order_date: string | null;
  recorded_attendance: 'in_person' | 'remote' | 'excused' | 'absent' | null;
  recorded_at: string | null;
};

/**
 * The children of the hearing's case whose attendance the actor may read (planReaders), with the court's
 * permission to speak and the clerk's attendance record for the hearing, if any.
 */
export async function hearingChildren(
  q: Queryable,
  actor: Actor,
  hearingId: string,
): Promise<HearingChildRow[]> {
  const p = new SqlParams();
  return q.query(
    `SELECT ch.id AS child_id, ch.person_id, pe.given_name, pe.family_name, ${day('pe.birth_date')} AS birth_date,
            vp.granted AS permission_granted, ${day('vp.order_date')} AS permission_order_date,
            ha.attendance AS recorded_attendance, ${instant('ha.recorded_at')} AS recorded_at
       FROM hearing h JOIN court_case c ON c.id = h.case_id
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
       LEFT JOIN youth_voice_permission vp ON vp.child_id = ch.id
       LEFT JOIN hearing_attendance ha ON ha.hearing_id = h.id AND ha.person_id = ch.person_id
      WHERE h.id = ${p.add(hearingId)} AND ${planReaders(actor, 'ch', 'c', p)}
      ORDER BY pe.birth_date NULLS LAST, pe.given_name`,
    p.values,
  );
}

/** The hearing's start, status and its jurisdiction's settings: what the loader needs beyond the lists. */
export async function hearingFacts(
  q: Queryable,
  hearingId: string,
): Promise<{
  start: string;
  status: string;
  time_zone: string;
  rule_pack_id: string;
  attendance_recorded: boolean;
} | null> {
  const [row] = await q.query<{
    start: string;
    status: string;
    time_zone: string;
    rule_pack_id: string;
    attendance_recorded: boolean;
  }>(
    `SELECT ${instant('h.scheduled_start')} AS start, h.status, jx.time_zone, jx.rule_pack_id,
            EXISTS (SELECT 1 FROM hearing_attendance ha WHERE ha.hearing_id = h.id) AS attendance_recorded
       FROM hearing h JOIN jurisdiction jx ON jx.id = h.jurisdiction_id WHERE h.id = $1`,
    [hearingId],
  );
  return row ?? null;
}
