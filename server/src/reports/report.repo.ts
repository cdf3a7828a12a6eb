import type { Permission, ReportKind, ReportStatus, SensitiveFieldClass } from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { caseAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { JUDGE_NAME_SQL } from '../platform/sql-fragments.ts';
import type { MailingAddress } from '../notices/notice-pdf.ts';
import { CLOCK_FACTS_COLUMNS, type ClockFactsRow } from '../pacing/pacing.repo.ts';

/**
 * The SQL of court reports. `findReportHearing` decides access: the hearing is reached through its case
 * with the actor's scope for the report's permission in the WHERE clause (out of reach is the same as
 * missing). Everything else is read by the ids it returned, inside the same read transaction.
 */

export type ReportHearingRow = {
  id: string;
  jurisdiction_id: string;
  case_id: string;
  petition_number: string;
  filing_date: string;
  allegations: string[];
  court_name: string;
  judge_id: string | null;
  judge_name: string | null;
  hearing_type: string;
  scheduled_start: Date;
  scheduled_end: Date;
  /** The hearing's date on the court's own calendar. */
  local_date: string;
  status: string;
  courtroom_name: string | null;
  time_zone: string;
  /** The last hearing of the case held before this one, on the court's calendar. */
  prior_held_date: string | null;
};

export async function findReportHearing(
  q: Queryable,
  actor: Actor,
  permission: Permission,
  hearingId: string,
): Promise<ReportHearingRow | null> {
  const p = new SqlParams();
  const id = p.add(hearingId);
  const access = caseAccess(actor, permission, 'c', p);
  const [row] = await q.query<ReportHearingRow>(
    `SELECT h.id, h.jurisdiction_id, h.case_id, c.petition_number, c.filing_date::text, c.allegations, co.name AS court_name,
            COALESCE(h.judge_id, c.assigned_judge_id) AS judge_id, ${JUDGE_NAME_SQL} AS judge_name,
            h.hearing_type, h.scheduled_start, h.scheduled_end,
            (h.scheduled_start AT TIME ZONE jn.time_zone)::date::text AS local_date, h.status,
            cr.name AS courtroom_name, jn.time_zone,
            (SELECT max((ph.scheduled_start AT TIME ZONE jn.time_zone)::date)::text FROM hearing ph
              WHERE ph.case_id = h.case_id AND ph.status = 'held' AND ph.scheduled_start < h.scheduled_start) AS prior_held_date
       FROM hearing h JOIN court_case c ON c.id = h.case_id JOIN court co ON co.id = c.court_id
       JOIN jurisdiction jn ON jn.id = c.jurisdiction_id
       LEFT JOIN judge j ON j.id = COALESCE(h.judge_id, c.assigned_judge_id) LEFT JOIN person jp ON jp.id = j.person_id
       LEFT JOIN courtroom cr ON cr.id = h.courtroom_id
      WHERE h.id = ${id} AND ${access}`,
    p.values,
  );
  return row ?? null;
}

/** A person on the case now: a party or a professional, with the contact details a report may carry. */
export type ReportPersonRow = {
  person_id: string;
  account_id: string | null;
  case_role: string;
  child_id: string | null;
  name: string;
  phone: string | null;
  email: string | null;
  mailing_address: MailingAddress | null;
  primary_language: string;
  preferred_language: string | null;
};

export async function loadCasePeople(q: Queryable, caseId: string): Promise<ReportPersonRow[]> {
  return q.query<ReportPersonRow>(
    `SELECT cp.person_id, cp.account_id, cp.case_role, cp.child_id, p.given_name || ' ' || p.family_name AS name,
            p.phone, p.email, p.mailing_address, p.primary_language, ua.preferred_language
       FROM case_participant cp JOIN person p ON p.id = cp.person_id
       LEFT JOIN user_account ua ON ua.id = cp.account_id AND ua.active
      WHERE cp.case_id = $1 AND cp.end_date IS NULL
      ORDER BY cp.case_role, p.family_name, p.given_name, cp.id`,
    [caseId],
  );
}

export type ReportChildRow = ClockFactsRow & {
  child_id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  birth_date: string | null;
  primary_language: string;
  /** The youth's own sign-in, if any. */
  account_id: string | null;
  preferred_language: string | null;
  removals: {
    id: string;
    removalDate: string;
    manner: string;
    reasons: string[];
    dischargeDate: string | null;
    dischargeReason: string | null;
  }[];
  placements: {
    removalId: string;
    setting: string;
    start: string;
    end: string | null;
    provider: string | null;
    caregivers: string[];
    address: MailingAddress | null;
  }[];
  plans: { kind: string; goal: string; established: string; ended: string | null }[];
  visits: { date: string; location: string; faceToFace: boolean }[];
};

/**
 * The children of the case with the facts of a report: the permanency clocks' facts (CLOCK_FACTS_COLUMNS,
 * as the pacing page reads them: every episode, the hearings and orders of the current episode's case on
 * court-local dates, findings, TPR petitions and exceptions), removals, placements with who and where,
 * plans and caseworker visits since `visitsSince`. One query; access was decided on the case.
 */
export async function loadReportChildren(
  q: Queryable,
  caseId: string,
  today: string,
  visitsSince: string,
): Promise<ReportChildRow[]> {
  return q.query<ReportChildRow>(
    `SELECT ch.id AS child_id, pe.id AS person_id, pe.given_name, pe.family_name, pe.birth_date::text, pe.primary_language,
       ya.id AS account_id, ya.preferred_language,
       ${CLOCK_FACTS_COLUMNS},
       (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'removalDate', r.removal_date, 'manner', r.removal_manner,
          'reasons', r.removal_reasons, 'dischargeDate', r.discharge_date, 'dischargeReason', r.discharge_reason)
          ORDER BY r.removal_date), '[]'::json)
          FROM removal_episode r WHERE r.child_id = ch.id) AS removals,
       (SELECT COALESCE(json_agg(json_build_object('removalId', pl.removal_id, 'setting', pl.setting,
          'start', pl.start_date, 'end', pl.end_date, 'provider', pv.name,
          'caregivers', ARRAY(SELECT cg.given_name || ' ' || cg.family_name FROM provider_caregiver pc
                               JOIN person cg ON cg.id = pc.person_id WHERE pc.provider_id = pl.provider_id
                              ORDER BY cg.family_name, cg.given_name),
          'address', (SELECT cg.mailing_address FROM provider_caregiver pc JOIN person cg ON cg.id = pc.person_id
                       WHERE pc.provider_id = pl.provider_id AND cg.mailing_address IS NOT NULL
                       ORDER BY cg.family_name, cg.given_name LIMIT 1))
          ORDER BY pl.start_date), '[]'::json)
          FROM placement pl LEFT JOIN provider pv ON pv.id = pl.provider_id WHERE pl.child_id = ch.id) AS placements,
       (SELECT COALESCE(json_agg(json_build_object('kind', pp.plan_kind, 'goal', pp.goal,
          'established', pp.established_date, 'ended', pp.ended_date) ORDER BY pp.plan_kind DESC, pp.established_date), '[]'::json)
          FROM permanency_plan pp WHERE pp.child_id = ch.id) AS plans,
       (SELECT COALESCE(json_agg(json_build_object('date', v.visit_date, 'location', v.location,
          'faceToFace', v.face_to_face) ORDER BY v.visit_date), '[]'::json)
          FROM caseworker_visit v WHERE v.child_id = ch.id AND v.visit_date >= $3) AS visits
     FROM case_child cc JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
     JOIN jurisdiction jn ON jn.id = ch.jurisdiction_id
     LEFT JOIN LATERAL (SELECT ua.id, ua.preferred_language FROM user_account ua JOIN account_role ar
         ON ar.account_id = ua.id AND ar.role = 'youth' WHERE ua.person_id = pe.id AND ua.active LIMIT 1) ya ON true
     LEFT JOIN LATERAL (SELECT r.id, r.case_id FROM removal_episode r
         WHERE r.child_id = ch.id AND r.removal_date <= $2 AND (r.discharge_date IS NULL OR r.discharge_date > $2)
         ORDER BY r.removal_date DESC LIMIT 1) cur ON true
     WHERE cc.case_id = $1
     ORDER BY pe.birth_date NULLS LAST, pe.given_name, ch.id`,
    [caseId, today, visitsSince],
  );
}

/** The people living with the case's children now (their caregivers), for a caregiver's copy. */
export async function loadCurrentCaregivers(
  q: Queryable,
  childIds: string[],
): Promise<
  {
    person_id: string;
    account_id: string | null;
    primary_language: string;
    preferred_language: string | null;
  }[]
> {
  return q.query(
    `SELECT DISTINCT p.id AS person_id, ua.id AS account_id, p.primary_language, ua.preferred_language
       FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id AND r.discharge_date IS NULL
       JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id JOIN person p ON p.id = pc.person_id
       LEFT JOIN user_account ua ON ua.person_id = p.id AND ua.active
      WHERE pl.child_id = ANY($1::uuid[]) AND pl.end_date IS NULL`,
    [childIds],
  );
}

/** The sign-ins of the hearing's judge. */
export async function loadJudgeAccounts(
  q: Queryable,
  judgeId: string,
): Promise<{ account_id: string; preferred_language: string }[]> {
  return q.query(
    `SELECT ua.id AS account_id, ua.preferred_language FROM user_account ua
      WHERE ua.judge_id = $1 AND ua.active ORDER BY ua.id`,
    [judgeId],
  );
}

/** Each account's roles and its live sensitive-field grants that cover this case. */
export async function loadHolderGrants(
  q: Queryable,
  accountIds: string[],
  caseId: string,
  now: Date,
): Promise<{ account_id: string; roles: string[]; grants: SensitiveFieldClass[] }[]> {
  if (accountIds.length === 0) return [];
  return q.query(
    `SELECT ua.id AS account_id,
            ARRAY(SELECT r.role FROM account_role r WHERE r.account_id = ua.id ORDER BY r.role) AS roles,
            ARRAY(SELECT DISTINCT g.field_class FROM sensitive_grant g
                   WHERE g.account_id = ua.id AND g.jurisdiction_id = ua.jurisdiction_id AND g.revoked_at IS NULL
                     AND (g.expires_at IS NULL OR g.expires_at > $3) AND (g.case_id IS NULL OR g.case_id = $2)
                   ORDER BY g.field_class) AS grants
       FROM user_account ua WHERE ua.id = ANY($1::uuid[]) AND ua.active`,
    [accountIds, caseId, now],
  );
}

// ------------------------------------------------------------------------------------- narratives

export type NarrativeRow = {
  id: string;
  kind: ReportKind;
  observations: string;
  child_wishes: string;
  recommendations: string;
  status: ReportStatus;
  author_account_id: string;
  author_name: string;
  submitted_at: Date | null;
  updated_at: Date;
  version: number;
};

export async function findNarrative(
  q: Queryable,
  hearingId: string,
  kind: ReportKind,
  opts: { forUpdate?: boolean } = {},
): Promise<NarrativeRow | null> {
  const [row] = await q.query<NarrativeRow>(
    `SELECT r.id, r.kind, r.observations, r.child_wishes, r.recommendations, r.status, r.author_account_id,
            a.display_name AS author_name, r.submitted_at, r.updated_at, r.version
       FROM court_report r JOIN user_account a ON a.id = r.author_account_id
      WHERE r.hearing_id = $1 AND r.kind = $2${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`,
    [hearingId, kind],
  );
  return row ?? null;
}

export type NarrativeWrite = {
  observations: string;
  childWishes: string;
  recommendations: string;
  status: 'draft' | 'submitted';
  authorAccountId: string;
  now: Date;
};

export async function insertNarrative(
  q: Queryable,
  at: { jurisdictionId: string; hearingId: string; caseId: string; kind: ReportKind },
  w: NarrativeWrite,
): Promise<void> {
  await q.query(
    `INSERT INTO court_report (jurisdiction_id, hearing_id, case_id, kind, observations, child_wishes, recommendations,
       status, author_account_id, submitted_at, recorded_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)`,
    [
      at.jurisdictionId,
      at.hearingId,
      at.caseId,
      at.kind,
      w.observations,
      w.childWishes,
      w.recommendations,
      w.status,
      w.authorAccountId,
      w.status === 'submitted' ? w.now : null,
      w.now,
    ],
  );
}

/** Saves a narrative if it is still at `version`; false when someone changed it first. */
export async function updateNarrative(
  q: Queryable,
  id: string,
  version: number,
  w: NarrativeWrite,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE court_report SET observations = $3, child_wishes = $4, recommendations = $5, status = $6,
            author_account_id = $7,
            submitted_at = CASE WHEN $6 = 'draft' THEN NULL ELSE COALESCE(submitted_at, $8) END,
            updated_at = $8, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [id, version, w.observations, w.childWishes, w.recommendations, w.status, w.authorAccountId, w.now],
  );
  return rows.length > 0;
}

/**
 * The supervisor of the agency's report: a supervisor named on the case, or else the supervisor of the
 * unit of the case's caseworker.
 */
export async function findSupervisorName(q: Queryable, caseId: string): Promise<string | null> {
  const [row] = await q.query<{ name: string }>(
    `SELECT name FROM (
       SELECT 1 AS rank, p.given_name || ' ' || p.family_name AS name, p.family_name, p.given_name
         FROM case_participant cp JOIN person p ON p.id = cp.person_id
        WHERE cp.case_id = $1 AND cp.case_role = 'supervisor' AND cp.end_date IS NULL
       UNION ALL
       SELECT 2, s.display_name, s.display_name, ''
         FROM case_participant cw JOIN user_account w ON w.id = cw.account_id
         JOIN user_account s ON s.unit_id = w.unit_id AND s.active
         JOIN account_role sr ON sr.account_id = s.id AND sr.role = 'supervisor'
        WHERE cw.case_id = $1 AND cw.case_role = 'caseworker' AND cw.end_date IS NULL AND w.unit_id IS NOT NULL
     ) x ORDER BY rank, family_name, given_name LIMIT 1`,
    [caseId],
  );
  return row?.name ?? null;
}

/** Serialises the writers of one hearing's narratives (the first save of two at once would both insert). */
export async function lockHearing(q: Queryable, hearingId: string): Promise<void> {
  await q.query('SELECT id FROM hearing WHERE id = $1 FOR UPDATE', [hearingId]);
}
