import { dayOfIso } from '@hearth/core';
import type {
  CqiChild,
  CqiEpisode,
  DayNumber,
  DischargeReason,
  IndicatorKey,
  IsoDate,
  MaltreatmentDisposition,
  PlacementSetting,
} from '@hearth/core';
import type { Actor } from '../access/actor.ts';
import { childAccess, SqlParams } from '../access/scope.ts';
import { interchangeRaceEthnicity, interchangeSex } from '../export/interchange-codes.ts';
import type { Queryable } from '../platform/db.ts';

/**
 * The dashboard's SQL: the jurisdiction's records as the engine's children, the reference values, and the
 * names of the children a viewer may open.
 */

/** A date column as a day number (days since 1970-01-01), so no date string is built or parsed per row. */
const day = (expr: string): string => `(${expr} - DATE '1970-01-01')`;

export type LoadedChildren = {
  children: CqiChild[];
  /** The greatest date in any date column of the jurisdiction's records (cqi-interchange.md), or null. */
  latestDate: DayNumber | null;
  /** Children with no birth date: the engine needs one (children.csv requires it), so they are left out. */
  missingBirthDate: number;
};

type ChildRow = { id: string; birth: number | null; sex: string | null; race: string; county: string | null };
type RemovalRow = {
  child_id: string;
  id: string;
  removal: number;
  discharge: number | null;
  reason: DischargeReason | null;
  adjudication: number | null;
  /** `start:end:setting:provider` per placement, `;` between, in start-date then id order. */
  placements: string | null;
};
type ReportRow = {
  child_id: string;
  report_ref: string;
  report: number;
  incident: number | null;
  disposition: MaltreatmentDisposition;
};
/** Each visit packed as one integer, `day × 4 + 2 (at the residence) + 1 (face to face)`, `,` between. */
type VisitsRow = { child_id: string; packed: string };

const num = (text: string): number | null => (text === '' ? null : Number(text));

/**
 * Reads the children of the jurisdiction with their removal episodes, placements, maltreatment reports and
 * caseworker visits as CqiChild objects: four set-based queries (children; episodes with their placements;
 * reports; visits), joined in memory by child. The caller runs them in one REPEATABLE READ, READ ONLY
 * transaction, so they see the same moment. The mapping is the interchange export's (interchange-codes.ts;
 * a discharge reason on an open episode is dropped), so the dashboard computes what `hearth cqi` computes
 * from the exported files. Child ids are the database's, so the drill-down can link to each child.
 *
 * `from` (the first day of the earliest period asked for) leaves out what cannot change a figure of a period
 * starting then or later, because every indicator looks at [P, E] and after (cqi-interchange.md,
 * "Indicators"): episodes that ended before it (with their placements), reports and visits dated before it,
 * and the children left with nothing. Rows are what a read costs on PGlite, and most of a district's
 * history is older than the periods on screen. Visits travel packed, one text per child, for the same
 * reason. The latest date is still the whole records': nothing left out is later than `from`, and when
 * nothing at or after `from` exists, it is read separately.
 */
export async function loadChildren(
  q: Queryable,
  jurisdictionId: string,
  from: IsoDate | null = null,
): Promise<LoadedChildren> {
  let latest: number | null = null;
  const seen = (d: number | null): void => {
    if (d !== null && (latest === null || d > latest)) latest = d;
  };
  const children = await q.query<ChildRow>(
    `SELECT c.id, ${day('p.birth_date')} AS birth, p.sex, array_to_string(p.race_ethnicity, ',') AS race,
            c.county
       FROM child c JOIN person p ON p.id = c.person_id
      WHERE c.jurisdiction_id = $1`,
    [jurisdictionId],
  );
  const byId = new Map<string, CqiChild>();
  let missingBirthDate = 0;
  for (const r of children) {
    seen(r.birth);
    if (r.birth === null) {
      missingBirthDate += 1;
      continue;
    }
    byId.set(r.id, {
      childId: r.id,
      birth: r.birth,
      sex: interchangeSex(r.sex),
      raceEthnicity: interchangeRaceEthnicity(r.race === '' ? [] : r.race.split(',')),
      county: r.county,
      episodes: [],
      reports: [],
      visits: [],
    });
  }

  // Placements ordered as the interchange file orders them (start date, then id): the engine keeps that
  // order for ties. A placement belongs to its episode's child, as in placements.csv.
  const removals = await q.query<RemovalRow>(
    `SELECT r.child_id, r.id::text AS id, ${day('r.removal_date')} AS removal,
            ${day('r.discharge_date')} AS discharge,
            CASE WHEN r.discharge_date IS NULL THEN NULL ELSE r.discharge_reason END AS reason,
            ${day('r.adjudication_date')} AS adjudication,
            (SELECT string_agg(concat_ws(':', ${day('p.start_date')}, COALESCE(${day('p.end_date')}::text, ''),
                      p.setting, COALESCE(p.provider_id::text, '')), ';' ORDER BY p.start_date, p.id)
               FROM placement p WHERE p.removal_id = r.id AND p.jurisdiction_id = $1) AS placements
       FROM removal_episode r
      WHERE r.jurisdiction_id = $1
        AND ($2::date IS NULL OR r.discharge_date IS NULL OR r.discharge_date >= $2::date
             OR r.adjudication_date >= $2::date)`,
    [jurisdictionId, from],
  );
  for (const r of removals) {
    const child = byId.get(r.child_id);
    if (!child) continue;
    seen(r.removal);
    seen(r.discharge);
    seen(r.adjudication);
    const episode: CqiEpisode = {
      removalId: r.id,
      removal: r.removal,
      discharge: r.discharge,
      reason: r.reason,
      adjudication: r.adjudication,
      placements: [],
    };
    for (const packed of r.placements ? r.placements.split(';') : []) {
      const [start, end, setting, provider] = packed.split(':') as [string, string, string, string];
      const placement = {
        start: Number(start),
        end: num(end),
        setting: setting as PlacementSetting,
        providerId: provider === '' ? null : provider,
      };
      seen(placement.start);
      seen(placement.end);
      episode.placements.push(placement);
    }
    child.episodes.push(episode);
  }

  const reports = await q.query<ReportRow>(
    `SELECT m.child_id, m.report_ref, ${day('m.report_date')} AS report, ${day('m.incident_date')} AS incident,
            m.disposition
       FROM maltreatment_report m
      WHERE m.jurisdiction_id = $1
        AND ($2::date IS NULL OR m.report_date >= $2::date OR m.incident_date >= $2::date)`,
    [jurisdictionId, from],
  );
  for (const r of reports) {
    const child = byId.get(r.child_id);
    if (!child) continue;
    seen(r.report);
    seen(r.incident);
    child.reports.push({
      reportId: r.report_ref,
      date: r.report,
      incident: r.incident,
      disposition: r.disposition,
    });
  }

  const visits = await q.query<VisitsRow>(
    `SELECT v.child_id,
            string_agg((${day('v.visit_date')} * 4 + CASE WHEN v.location = 'residence' THEN 2 ELSE 0 END
                        + CASE WHEN v.face_to_face THEN 1 ELSE 0 END)::text, ',') AS packed
       FROM caseworker_visit v
      WHERE v.jurisdiction_id = $1 AND ($2::date IS NULL OR v.visit_date >= $2::date)
      GROUP BY v.child_id`,
    [jurisdictionId, from],
  );
  for (const r of visits) {
    const child = byId.get(r.child_id);
    if (!child) continue;
    for (const text of r.packed.split(',')) {
      const n = Number(text);
      const date = Math.floor(n / 4);
      const flags = n - date * 4;
      seen(date);
      child.visits.push({ date, atResidence: (flags & 2) !== 0, faceToFace: (flags & 1) !== 0 });
    }
  }

  // A child with no episode and no report adds nothing to any indicator.
  const kept = [...byId.values()].filter((c) => c.episodes.length > 0 || c.reports.length > 0);
  if (from !== null && (latest === null || latest < dayOfIso(from)))
    latest = await latestDateOf(q, jurisdictionId);
  return { children: kept, latestDate: latest, missingBirthDate };
}

/** The greatest date in any date column of the jurisdiction's records, read on its own. */
async function latestDateOf(q: Queryable, jurisdictionId: string): Promise<DayNumber | null> {
  const [row] = await q.query<{ latest: number | null }>(
    `SELECT ${day(`GREATEST(
        (SELECT max(GREATEST(removal_date, discharge_date, adjudication_date)) FROM removal_episode WHERE jurisdiction_id = $1),
        (SELECT max(GREATEST(start_date, end_date)) FROM placement WHERE jurisdiction_id = $1),
        (SELECT max(GREATEST(report_date, incident_date)) FROM maltreatment_report WHERE jurisdiction_id = $1),
        (SELECT max(visit_date) FROM caseworker_visit WHERE jurisdiction_id = $1),
        (SELECT max(p.birth_date) FROM child c JOIN person p ON p.id = c.person_id WHERE c.jurisdiction_id = $1))`)} AS latest`,
    [jurisdictionId],
  );
  return row?.latest ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Reference values

export type ReferenceRow = {
  indicator: IndicatorKey;
  measure: string;
  value: string | number | null;
  better: 'higher' | 'lower';
  status: 'sourced' | 'unverified';
  source: string;
  version: number;
  own: boolean;
  updated_at: Date;
};

/**
 * The reference values in force for a jurisdiction: its own row where it has corrected one, the national
 * default otherwise.
 */
export async function loadReferenceValues(q: Queryable, jurisdictionId: string): Promise<ReferenceRow[]> {
  return q.query<ReferenceRow>(
    `SELECT DISTINCT ON (indicator, measure) indicator, measure, value, better, status, source, version,
            jurisdiction_id IS NOT NULL AS own, updated_at
       FROM cqi_reference_value
      WHERE jurisdiction_id = $1 OR jurisdiction_id IS NULL
      ORDER BY indicator, measure, jurisdiction_id NULLS LAST`,
    [jurisdictionId],
  );
}

export async function findReferenceValue(
  q: Queryable,
  jurisdictionId: string,
  indicator: string,
  measure: string,
): Promise<ReferenceRow | null> {
  const [row] = await q.query<ReferenceRow>(
    `SELECT indicator, measure, value, better, status, source, version, jurisdiction_id IS NOT NULL AS own,
            updated_at
       FROM cqi_reference_value
      WHERE (jurisdiction_id = $1 OR jurisdiction_id IS NULL) AND indicator = $2 AND measure = $3
      ORDER BY jurisdiction_id NULLS LAST LIMIT 1 FOR UPDATE`,
    [jurisdictionId, indicator, measure],
  );
  return row ?? null;
}

/**
 * Writes the jurisdiction's own value (the first correction copies the national row). Returns false when
 * the version moved meanwhile (a concurrent edit), so the caller answers 412.
 */
export async function saveReferenceValue(
  q: Queryable,
  jurisdictionId: string,
  before: ReferenceRow,
  next: { value: number | null; status: string; source: string },
  accountId: string,
  now: Date,
): Promise<boolean> {
  if (before.own) {
    const rows = await q.query(
      `UPDATE cqi_reference_value SET value = $4, status = $5, source = $6, version = version + 1,
              updated_at = $7, updated_by = $8
        WHERE jurisdiction_id = $1 AND indicator = $2 AND measure = $3 AND version = $9 RETURNING id`,
      [
        jurisdictionId,
        before.indicator,
        before.measure,
        next.value,
        next.status,
        next.source,
        now,
        accountId,
        before.version,
      ],
    );
    return rows.length === 1;
  }
  const rows = await q.query(
    `INSERT INTO cqi_reference_value (jurisdiction_id, indicator, measure, value, better, status, source,
       version, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      jurisdictionId,
      before.indicator,
      before.measure,
      next.value,
      before.better,
      next.status,
      next.source,
      before.version + 1,
      now,
      accountId,
    ],
  );
  return rows.length === 1;
}

// ---------------------------------------------------------------------------------------------------------
// The children behind a figure

export type ShownChildRow = { id: string; given_name: string; family_name: string; afcars_id: string };

/**
 * Of `ids`, the children the viewer may open, by name: the same door as every other read of a child
 * (`childAccess` with `child.read`). The caller pages and audits what it shows.
 */
export async function findViewableChildren(
  q: Queryable,
  actor: Actor,
  ids: readonly string[],
): Promise<ShownChildRow[]> {
  if (ids.length === 0) return [];
  const p = new SqlParams();
  const idList = p.add(ids);
  const access = childAccess(actor, 'child.read', 'ch', p);
  return q.query<ShownChildRow>(
    `SELECT ch.id, pe.given_name, pe.family_name, ch.afcars_id
       FROM child ch JOIN person pe ON pe.id = ch.person_id
      WHERE ch.id = ANY(${idList}::uuid[]) AND ${access}
      ORDER BY pe.family_name, pe.given_name, ch.id`,
    p.values,
  );
}
