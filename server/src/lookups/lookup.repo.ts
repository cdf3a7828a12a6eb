import type { Queryable } from '../platform/db.ts';

/** The only SQL for reference lists. Each query pins the caller's jurisdiction. */

export type CourtRow = {
  id: string;
  name: string;
  courtrooms: { id: string; name: string }[];
  judges: { id: string; name: string }[];
};

/** The courts of a jurisdiction with their courtrooms and active judges, the caller's own court first. */
export async function listCourts(
  q: Queryable,
  jurisdictionId: string,
  ownCourtId: string | null,
): Promise<CourtRow[]> {
  return q.query<CourtRow>(
    `SELECT co.id, co.name,
       (SELECT COALESCE(json_agg(json_build_object('id', cr.id, 'name', cr.name) ORDER BY cr.name), '[]'::json)
          FROM courtroom cr WHERE cr.court_id = co.id) AS courtrooms,
       (SELECT COALESCE(json_agg(json_build_object('id', j.id,
                 'name', j.title || ' ' || p.given_name || ' ' || p.family_name) ORDER BY p.family_name, p.given_name), '[]'::json)
          FROM judge j JOIN person p ON p.id = j.person_id WHERE j.court_id = co.id AND j.active) AS judges
     FROM court co WHERE co.jurisdiction_id = $1
     ORDER BY (co.id = $2) DESC, co.name`,
    [jurisdictionId, ownCourtId],
  );
}

export type ProviderRow = { id: string; name: string; kind: string; licensed: boolean };

export async function listProviders(q: Queryable, jurisdictionId: string): Promise<ProviderRow[]> {
  return q.query<ProviderRow>(
    'SELECT id, name, kind, licensed FROM provider WHERE jurisdiction_id = $1 ORDER BY name, id',
    [jurisdictionId],
  );
}
