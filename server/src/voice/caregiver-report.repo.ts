import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import type { Queryable } from '../platform/db.ts';
import { reportReaders, reportWriter } from './voice.access.ts';
import { day, instant } from './voice.repo.ts';

/** The SQL of caregivers' reports (SSA §475(5)(G)); every load applies voice.access.ts predicates. */

export type ReportRow = {
  id: string;
  hearing_id: string;
  child_id: string;
  provider_id: string;
  caregiver_kind: string;
  health: string | null;
  school: string;
  behaviour: string;
  family_time: string;
  needs: string;
  for_the_judge: string;
  status: 'draft' | 'submitted';
  submitted_at: string | null;
  updated_at: string;
  version: number;
};
const REPORT_COLUMNS = `r.id, r.hearing_id, r.child_id, r.provider_id, r.caregiver_kind, r.school, r.behaviour,
  r.family_time, r.needs, r.for_the_judge, r.status, ${instant('r.submitted_at')} AS submitted_at,
  ${instant('r.updated_at')} AS updated_at, r.version`;

/**
 * The health answer is the health sensitive class: shown to the household that wrote it, or to a reader
 * holding `sensitive.read` over the child and a live health grant for its case (core/src/access/sensitive.ts).
 */
function healthVisible(actor: Actor, p: SqlParams, now: Date): string {
  const household = actor.personId
    ? `EXISTS (SELECT 1 FROM provider_caregiver hpc WHERE hpc.provider_id = r.provider_id AND hpc.person_id = ${p.add(actor.personId)})`
    : 'false';
  const granted = `(${childAccess(actor, 'sensitive.read', 'ch', p)} AND EXISTS (SELECT 1 FROM sensitive_grant g
      WHERE g.account_id = ${p.add(actor.accountId)} AND g.jurisdiction_id = ch.jurisdiction_id
        AND g.field_class = 'health' AND g.revoked_at IS NULL AND (g.expires_at IS NULL OR g.expires_at > ${p.add(now)})
        AND (g.case_id IS NULL OR g.case_id = c.id)))`;
  return `(${household} OR ${granted})`;
}

export type ReportListRow = ReportRow & {
  given_name: string;
  family_name: string;
  birth_date: string | null;
  provider_name: string;
  health_withheld: boolean;
};

/** Reports of these hearings the actor may read: submitted ones, and its own household's drafts. */
export async function reportsFor(
  q: Queryable,
  actor: Actor,
  hearingIds: readonly string[],
  childId: string | null,
  now: Date,
): Promise<ReportListRow[]> {
  if (hearingIds.length === 0) return [];
  const p = new SqlParams();
  const readers = reportReaders(actor, 'r', 'ch', 'c', p);
  if (readers === 'false') return [];
  const hearings = p.add(hearingIds);
  const child = childId ? `AND r.child_id = ${p.add(childId)}` : '';
  const health = healthVisible(actor, p, now);
  const own = actor.personId
    ? `EXISTS (SELECT 1 FROM provider_caregiver opc WHERE opc.provider_id = r.provider_id AND opc.person_id = ${p.add(actor.personId)})`
    : 'false';
  return q.query(
    `SELECT ${REPORT_COLUMNS}, CASE WHEN ${health} THEN r.health END AS health,
            (r.health <> '' AND NOT ${health}) AS health_withheld,
            pe.given_name, pe.family_name, ${day('pe.birth_date')} AS birth_date, pv.name AS provider_name
       FROM caregiver_report r JOIN child ch ON ch.id = r.child_id JOIN person pe ON pe.id = ch.person_id
       JOIN provider pv ON pv.id = r.provider_id
       JOIN hearing h ON h.id = r.hearing_id JOIN court_case c ON c.id = h.case_id
      WHERE r.hearing_id = ANY(${hearings}::uuid[]) ${child}
        AND (r.status = 'submitted' OR ${own}) AND ${readers}
      ORDER BY r.submitted_at NULLS LAST, pe.given_name`,
    p.values,
  );
}

export type Household = {
  provider_id: string;
  provider_kind: string;
  provider_name: string;
  setting: string;
};

/** The household the child lives with now, if the actor is one of its caregivers and may report. */
export async function reportingHousehold(
  q: Queryable,
  actor: Actor,
  hearingId: string,
  childId: string,
): Promise<Household | null> {
  const p = new SqlParams();
  const writer = reportWriter(actor, 'ch', 'c', 'pl.provider_id', p);
  if (writer === 'false') return null;
  const [row] = await q.query<Household>(
    `SELECT pv.id AS provider_id, pv.kind AS provider_kind, pv.name AS provider_name, pl.setting
       FROM hearing h JOIN court_case c ON c.id = h.case_id
       JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
       JOIN placement pl ON pl.child_id = ch.id AND pl.end_date IS NULL
       JOIN removal_episode re ON re.id = pl.removal_id AND re.discharge_date IS NULL
       JOIN provider pv ON pv.id = pl.provider_id
      WHERE h.id = ${p.add(hearingId)} AND ch.id = ${p.add(childId)}
        AND ${writer}
      ORDER BY pl.start_date DESC LIMIT 1`,
    p.values,
  );
  return row ?? null;
}

export async function reportOf(
  q: Queryable,
  hearingId: string,
  childId: string,
  providerId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReportRow | null> {
  const [row] = await q.query<ReportRow>(
    `SELECT ${REPORT_COLUMNS}, r.health FROM caregiver_report r
      WHERE r.hearing_id = $1 AND r.child_id = $2 AND r.provider_id = $3 ${opts.forUpdate ? 'FOR UPDATE' : ''}`,
    [hearingId, childId, providerId],
  );
  return row ?? null;
}

export type ReportFields = {
  health: string;
  school: string;
  behaviour: string;
  familyTime: string;
  needs: string;
  forTheJudge: string;
};

type Authored = { writtenBy: string; authorPersonId: string | null };

/** The report's words and who wrote them, in the column order both writes use (health … author_person_id). */
const reportValues = (r: ReportFields & Authored): unknown[] => [
  r.health,
  r.school,
  r.behaviour,
  r.familyTime,
  r.needs,
  r.forTheJudge,
  r.writtenBy,
  r.authorPersonId,
];

export async function insertReport(
  q: Queryable,
  r: ReportFields &
    Authored & {
      jurisdictionId: string;
      hearingId: string;
      childId: string;
      providerId: string;
      kind: string;
      now: Date;
    },
): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO caregiver_report (jurisdiction_id, hearing_id, child_id, provider_id, caregiver_kind, health, school,
       behaviour, family_time, needs, for_the_judge, written_by, author_person_id, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$14) ON CONFLICT DO NOTHING RETURNING id`,
    [r.jurisdictionId, r.hearingId, r.childId, r.providerId, r.kind, ...reportValues(r), r.now],
  );
  return rows.length > 0;
}

export async function updateDraftReport(
  q: Queryable,
  id: string,
  version: number,
  r: ReportFields & Authored & { now: Date },
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE caregiver_report SET health = $3, school = $4, behaviour = $5, family_time = $6, needs = $7,
            for_the_judge = $8, written_by = $9, author_person_id = $10, updated_at = $11, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [id, version, ...reportValues(r), r.now],
  );
  return rows.length > 0;
}

export async function markReportSubmitted(
  q: Queryable,
  id: string,
  version: number,
  now: Date,
): Promise<boolean> {
  const rows = await q.query(
    `UPDATE caregiver_report SET status = 'submitted', submitted_at = $3, updated_at = $3, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
    [id, version, now],
  );
  return rows.length > 0;
}
