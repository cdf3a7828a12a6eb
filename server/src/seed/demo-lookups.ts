import type { Queryable } from '../platform/db.ts';

// Queries that pick the seeded records the demo sign-ins are tied to. Each one orders its rows, so the same
// seed always picks the same records.

export type DemoJudge = {
  id: string;
  person_id: string;
  court_id: string;
  given_name: string;
  family_name: string;
};

export async function openCases(tx: Queryable, jurisdictionId: string): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM court_case WHERE jurisdiction_id = $1 AND status = 'open' ORDER BY petition_number`,
    [jurisdictionId],
  );
  return rows.map((r) => r.id);
}

/** The judge with the most open cases (ties by id, which the seed draws deterministically). */
export async function busiestJudge(tx: Queryable, jurisdictionId: string): Promise<DemoJudge> {
  const [judge] = await tx.query<DemoJudge>(
    `SELECT j.id, j.person_id, j.court_id, p.given_name, p.family_name
       FROM judge j JOIN person p ON p.id = j.person_id
      WHERE j.jurisdiction_id = $1
      ORDER BY (SELECT count(*) FROM court_case c WHERE c.assigned_judge_id = j.id AND c.status = 'open') DESC, j.id
      LIMIT 1`,
    [jurisdictionId],
  );
  if (!judge) throw new Error('the demo district has no judge');
  return judge;
}

export async function firstUnit(tx: Queryable, jurisdictionId: string): Promise<string> {
  const [unit] = await tx.query<{ id: string }>(
    'SELECT id FROM agency_unit WHERE jurisdiction_id = $1 ORDER BY name LIMIT 1',
    [jurisdictionId],
  );
  if (!unit) throw new Error('the demo district has no agency unit');
  return unit.id;
}

export async function childrenOnCases(tx: Queryable, caseIds: string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  // Oldest first, so the classes that fit teenagers land on teenagers.
  const rows = await tx.query<{ id: string }>(
    `SELECT DISTINCT ch.id, p.birth_date, ch.afcars_id FROM case_child cc JOIN child ch ON ch.id = cc.child_id
       JOIN person p ON p.id = ch.person_id
      WHERE cc.case_id = ANY($1::uuid[]) ORDER BY p.birth_date, ch.afcars_id`,
    [caseIds],
  );
  return rows.map((r) => r.id);
}

/** A youth of 15–17 in care now (or, failing that, the in-care child closest to 16). */
export async function youthInCare(
  tx: Queryable,
  jurisdictionId: string,
  today: string,
): Promise<{ person_id: string; given_name: string; family_name: string }> {
  const [youth] = await tx.query<{ person_id: string; given_name: string; family_name: string }>(
    `SELECT p.id AS person_id, p.given_name, p.family_name
       FROM child ch JOIN person p ON p.id = ch.person_id
      WHERE ch.jurisdiction_id = $1
        AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = ch.id AND r.discharge_date IS NULL)
      ORDER BY extract(year FROM age($2::date, p.birth_date)) BETWEEN 15 AND 17 DESC,
               extract(year FROM age($2::date, p.birth_date)) < 18 DESC,
               abs(16 - extract(year FROM age($2::date, p.birth_date))), ch.afcars_id
      LIMIT 1`,
    [jurisdictionId, today],
  );
  if (!youth) throw new Error('the demo district has no child in care');
  return youth;
}

/** Open cases where a child under 14 has a guardian ad litem now, latest petitions first. */
export async function openCasesWithGal(tx: Queryable, jurisdictionId: string): Promise<string[]> {
  const rows = await tx.query<{ case_id: string }>(
    `SELECT DISTINCT cp.case_id, c.petition_number FROM case_participant cp JOIN court_case c ON c.id = cp.case_id
      WHERE c.jurisdiction_id = $1 AND c.status = 'open' AND cp.case_role = 'guardian_ad_litem' AND cp.end_date IS NULL
      ORDER BY c.petition_number DESC LIMIT 12`,
    [jurisdictionId],
  );
  return rows.map((r) => r.case_id);
}

/** A few open cases on the judge's docket, other than `excluded`. */
export async function openDocketCases(tx: Queryable, judgeId: string, excluded: string[]): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `SELECT id FROM court_case WHERE assigned_judge_id = $1 AND status = 'open' AND NOT (id = ANY($2::uuid[]))
      ORDER BY petition_number LIMIT 5`,
    [judgeId, excluded],
  );
  return rows.map((r) => r.id);
}
