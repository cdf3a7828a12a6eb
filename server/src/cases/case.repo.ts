import type { Permission } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';

/** The only SQL for cases. Every entry point takes the actor and applies its scope in the WHERE clause. */

export type CaseRow = {
  id: string;
  jurisdiction_id: string;
  petition_number: string;
  filing_date: string;
  allegations: string[];
  status: string;
  closed_date: string | null;
  court_id: string;
  court_name: string;
  assigned_judge_id: string | null;
  judge_name: string | null;
  version: number;
};

export const CASE_COLUMNS = `c.id, c.jurisdiction_id, c.petition_number, c.filing_date, c.allegations, c.status, c.closed_date,
  c.court_id, co.name AS court_name, c.assigned_judge_id,
  ${JUDGE_NAME_SQL} AS judge_name,
  c.version`;
export const CASE_JOINS = `FROM court_case c JOIN court co ON co.id = c.court_id
  LEFT JOIN judge j ON j.id = c.assigned_judge_id LEFT JOIN person jp ON jp.id = j.person_id`;

export async function findCase(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  caseId: string,
  opts: { breakGlass?: boolean; forUpdate?: boolean } = {},
): Promise<CaseRow | null> {
  const p = new SqlParams();
  const id = p.add(caseId);
  const access = caseAccess(actor, permission, 'c', p, opts.breakGlass);
  const [row] = await q.query<CaseRow>(
    `SELECT ${CASE_COLUMNS} ${CASE_JOINS} WHERE c.id = ${id} AND ${access}${opts.forUpdate ? ' FOR UPDATE OF c' : ''}`,
    p.values,
  );
  return row ?? null;
}

export type CaseListRow = {
  id: string;
  petition_number: string;
  filing_date: string;
  status: string;
  court_name: string;
  judge_name: string | null;
  child_count: number;
  next_hearing_type: string | null;
  next_hearing_start: Date | null;
};

export async function listCases(
  q: Queryable,
  actor: Actor,
  filter: { q?: string | undefined; status?: string | undefined; limit: number; offset: number; now: Date },
): Promise<CaseListRow[]> {
  const p = new SqlParams();
  const where = [caseAccess(actor, 'case.read', 'c', p)];
  if (filter.status) where.push(`c.status = ${p.add(filter.status)}`);
  if (filter.q) {
    const like = p.add(`%${filter.q.replace(/[\\%_]/g, '\\$&')}%`);
    where.push(`(c.petition_number ILIKE ${like} OR EXISTS (SELECT 1 FROM case_child qcc JOIN child qch ON qch.id = qcc.child_id
      JOIN person qp ON qp.id = qch.person_id WHERE qcc.case_id = c.id
        AND (qp.given_name || ' ' || qp.family_name) ILIKE ${like}))`);
  }
  const now = p.add(filter.now);
  return q.query<CaseListRow>(
    `SELECT c.id, c.petition_number, c.filing_date, c.status, co.name AS court_name,
       ${JUDGE_NAME_SQL} AS judge_name,
       (SELECT count(*)::int FROM case_child cc WHERE cc.case_id = c.id) AS child_count,
       nh.hearing_type AS next_hearing_type, nh.scheduled_start AS next_hearing_start
     ${CASE_JOINS}
     LEFT JOIN LATERAL (SELECT h.hearing_type, h.scheduled_start FROM hearing h
        WHERE h.case_id = c.id AND h.status = 'scheduled' AND h.scheduled_start >= ${now}
        ORDER BY h.scheduled_start LIMIT 1) nh ON true
     WHERE ${where.join(' AND ')}
     ORDER BY nh.scheduled_start NULLS LAST, c.filing_date DESC, c.id
     LIMIT ${p.add(filter.limit + 1)} OFFSET ${p.add(filter.offset)}`,
    p.values,
  );
}

export async function loadCaseChildren(
  q: Queryable,
  caseId: string,
): Promise<{ id: string; given_name: string; family_name: string; birth_date: string | null }[]> {
  return q.query(
    `SELECT ch.id, p.given_name, p.family_name, p.birth_date FROM case_child cc
       JOIN child ch ON ch.id = cc.child_id JOIN person p ON p.id = ch.person_id
      WHERE cc.case_id = $1 ORDER BY p.birth_date, p.given_name`,
    [caseId],
  );
}

export async function insertCase(
  q: Queryable,
  c: {
    jurisdictionId: string;
    courtId: string;
    petitionNumber: string;
    filingDate: string;
    allegations: string[];
    assignedJudgeId: string | null;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, allegations, assigned_judge_id)
     VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
    [c.jurisdictionId, c.courtId, c.petitionNumber, c.filingDate, c.allegations, c.assignedJudgeId],
  );
  return row!.id;
}

export async function petitionNumberTaken(
  q: Queryable,
  jurisdictionId: string,
  petitionNumber: string,
): Promise<boolean> {
  const rows = await q.query('SELECT 1 FROM court_case WHERE jurisdiction_id = $1 AND petition_number = $2', [
    jurisdictionId,
    petitionNumber,
  ]);
  return rows.length > 0;
}

export async function courtInJurisdiction(
  q: Queryable,
  jurisdictionId: string,
  courtId: string,
): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM court WHERE id = $1 AND jurisdiction_id = $2', [courtId, jurisdictionId]))
      .length > 0
  );
}

export async function judgeInJurisdiction(
  q: Queryable,
  jurisdictionId: string,
  judgeId: string,
): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM judge WHERE id = $1 AND jurisdiction_id = $2', [judgeId, jurisdictionId]))
      .length > 0
  );
}

export async function insertChildPerson(
  q: Queryable,
  jurisdictionId: string,
  child: {
    givenName: string;
    familyName: string;
    birthDate: string;
    sex: string;
    raceEthnicity: string[];
    primaryLanguage: string;
    county?: string | undefined;
  },
): Promise<string> {
  const [person] = await q.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date, sex, race_ethnicity, primary_language, languages)
     VALUES ($1,$2,$3,$4,$5,$6,$7, ARRAY[$7]) RETURNING id`,
    [
      jurisdictionId,
      child.givenName,
      child.familyName,
      child.birthDate,
      child.sex,
      child.raceEthnicity,
      child.primaryLanguage,
    ],
  );
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id, county)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    // The AFCARS record number is an agency-assigned, non-identifying id (AFCARS FC 4 / E4).
    [
      jurisdictionId,
      person!.id,
      `H${person!.id.replace(/-/g, '').slice(0, 11).toUpperCase()}`,
      child.county ?? null,
    ],
  );
  return row!.id;
}

/** Ids of the given children the actor may see (to link existing children to a new case). */
export async function visibleChildIds(q: Queryable, actor: Actor, childIds: string[]): Promise<string[]> {
  if (childIds.length === 0) return [];
  const p = new SqlParams();
  const ids = p.add(childIds);
  const rows = await q.query<{ id: string }>(
    `SELECT ch.id FROM child ch WHERE ch.id = ANY(${ids}::uuid[]) AND ${childAccess(actor, 'child.read', 'ch', p)}`,
    p.values,
  );
  return rows.map((r) => r.id);
}

export async function linkCaseChild(
  q: Queryable,
  jurisdictionId: string,
  caseId: string,
  childId: string,
): Promise<void> {
  await q.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    caseId,
    childId,
    jurisdictionId,
  ]);
}

export async function updateCase(
  q: Queryable,
  caseId: string,
  expectedVersion: number,
  fields: {
    allegations: string[];
    assigned_judge_id: string | null;
    status: string;
    closed_date: string | null;
  },
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE court_case SET allegations = $3, assigned_judge_id = $4, status = $5, closed_date = $6,
       version = version + 1, updated_at = $7
     WHERE id = $1 AND version = $2 RETURNING id`,
    [
      caseId,
      expectedVersion,
      fields.allegations,
      fields.assigned_judge_id,
      fields.status,
      fields.closed_date,
      now,
    ],
  );
  return rows.length === 1;
}

export async function insertPerson(
  q: Queryable,
  jurisdictionId: string,
  person: {
    givenName: string;
    familyName: string;
    primaryLanguage: string;
    email?: string | undefined;
    phone?: string | undefined;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, primary_language, languages, email, phone)
     VALUES ($1,$2,$3,$4, ARRAY[$4], $5, $6) RETURNING id`,
    [
      jurisdictionId,
      person.givenName,
      person.familyName,
      person.primaryLanguage,
      person.email ?? null,
      person.phone ?? null,
    ],
  );
  return row!.id;
}

export async function personInJurisdiction(
  q: Queryable,
  jurisdictionId: string,
  personId: string,
): Promise<boolean> {
  return (
    (await q.query('SELECT 1 FROM person WHERE id = $1 AND jurisdiction_id = $2', [personId, jurisdictionId]))
      .length > 0
  );
}

export async function accountInJurisdiction(
  q: Queryable,
  jurisdictionId: string,
  accountId: string,
): Promise<boolean> {
  return (
    (
      await q.query('SELECT 1 FROM user_account WHERE id = $1 AND jurisdiction_id = $2', [
        accountId,
        jurisdictionId,
      ])
    ).length > 0
  );
}

export async function insertParticipant(
  q: Queryable,
  p: {
    jurisdictionId: string;
    caseId: string;
    personId: string;
    accountId: string | null;
    childId: string | null;
    caseRole: string;
    isParty: boolean;
    startDate: string;
  },
): Promise<string> {
  const [row] = await q.query<{ id: string }>(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, child_id, case_role, is_party, start_date)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
    [p.jurisdictionId, p.caseId, p.personId, p.accountId, p.childId, p.caseRole, p.isParty, p.startDate],
  );
  return row!.id;
}
