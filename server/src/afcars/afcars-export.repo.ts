import {
  AFCARS_REVIEW_HEARING_TYPES,
  type DischargeReason,
  type HearthChildForAfcars,
  type PermanencyGoal,
  type PlacementSetting,
} from '@hearth/core';
import type { Queryable } from '../platform/db.ts';

/**
 * The reads of the AFCARS export: a jurisdiction's children in keyset pages by record number (afcars_id),
 * then everything AFCARS carries of one page's children in one query per table. Every query filters on
 * the jurisdiction; the export covers the whole jurisdiction and is refused to narrower export rights
 * (afcars.service.ts), as the interchange files are.
 */

export type JurisdictionForAfcars = { id: string; code: string; stateCode: string; timeZone: string };

export async function loadJurisdiction(q: Queryable, id: string): Promise<JurisdictionForAfcars | null> {
  const [row] = await q.query<{ id: string; code: string; state_code: string; time_zone: string }>(
    'SELECT id, code, state_code, time_zone FROM jurisdiction WHERE id = $1',
    [id],
  );
  return row ? { id: row.id, code: row.code, stateCode: row.state_code, timeZone: row.time_zone } : null;
}

const day = (expr: string): string => `to_char(${expr}, 'YYYY-MM-DD')`;
/** The court-local day of a timestamp (the jurisdiction's time zone is `$2`). */
const localDay = (expr: string): string => day(`(${expr} AT TIME ZONE $2)::date`);

/**
 * The next page of children with at least one removal, after `afterId` in afcars_id order, with all they
 * need for buildAfcarsRecord.
 */
export async function loadChildrenPage(
  q: Queryable,
  j: JurisdictionForAfcars,
  afterId: string | null,
  limit: number,
): Promise<HearthChildForAfcars[]> {
  const children = await q.query<{
    id: string;
    afcars_id: string;
    county: string | null;
    birth_date: string | null;
    sex: string | null;
    race_ethnicity: string[];
  }>(
    `SELECT c.id, c.afcars_id, c.county, ${day('p.birth_date')} AS birth_date, p.sex, p.race_ethnicity
       FROM child c JOIN person p ON p.id = c.person_id
      WHERE c.jurisdiction_id = $1 AND ($2::text IS NULL OR c.afcars_id > $2)
        AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = c.id AND r.jurisdiction_id = $1)
      ORDER BY c.afcars_id LIMIT $3`,
    [j.id, afterId, limit],
  );
  if (children.length === 0) return [];
  const ids = children.map((c) => c.id);

  const removals = await q.query<{
    id: string;
    child_id: string;
    removal_date: string;
    recorded_date: string | null;
    removal_environment: string | null;
    discharge_date: string | null;
    discharge_reason: DischargeReason | null;
    discharge_recorded_date: string | null;
  }>(
    `SELECT r.id, r.child_id, ${day('r.removal_date')} AS removal_date,
            ${localDay('r.recorded_at')} AS recorded_date, r.removal_environment,
            ${day('r.discharge_date')} AS discharge_date, r.discharge_reason,
            ${localDay('r.discharge_recorded_at')} AS discharge_recorded_date
       FROM removal_episode r
      WHERE r.jurisdiction_id = $1 AND r.child_id = ANY($3::uuid[])
      ORDER BY r.child_id, r.removal_date, r.id`,
    [j.id, j.timeZone, ids],
  );
  const placements = await q.query<{
    removal_id: string;
    setting: PlacementSetting;
    start_date: string;
    out_of_state: boolean;
    kind: string | null;
    licensed: boolean | null;
  }>(
    `SELECT pl.removal_id, pl.setting, ${day('pl.start_date')} AS start_date, pl.out_of_state,
            pv.kind, pv.licensed
       FROM placement pl
       JOIN removal_episode r ON r.id = pl.removal_id
       LEFT JOIN provider pv ON pv.id = pl.provider_id
      WHERE pl.jurisdiction_id = $1 AND r.child_id = ANY($2::uuid[])
      ORDER BY pl.removal_id, pl.start_date, pl.id`,
    [j.id, ids],
  );
  const plans = await q.query<{
    child_id: string;
    removal_id: string | null;
    goal: PermanencyGoal;
    established: string;
  }>(
    `SELECT child_id, removal_id, goal, ${day('established_date')} AS established
       FROM permanency_plan
      WHERE jurisdiction_id = $1 AND child_id = ANY($2::uuid[]) AND plan_kind = 'primary'
      ORDER BY child_id, established_date, id`,
    [j.id, ids],
  );
  const hearings = await q.query<{ child_id: string; hearing_type: string; date: string }>(
    `SELECT cc.child_id, h.hearing_type, ${localDay('h.scheduled_start')} AS date
       FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
      WHERE h.jurisdiction_id = $1 AND cc.child_id = ANY($3::uuid[]) AND h.status = 'held'
        AND h.hearing_type = ANY($4::text[])
      ORDER BY cc.child_id, h.scheduled_start, h.id`,
    [
      j.id,
      j.timeZone,
      ids,
      [...AFCARS_REVIEW_HEARING_TYPES.E149.value, ...AFCARS_REVIEW_HEARING_TYPES.E150.value],
    ],
  );
  const visits = await q.query<{
    child_id: string;
    visit_date: string;
    location: 'residence' | 'other';
    face_to_face: boolean;
  }>(
    `SELECT child_id, ${day('visit_date')} AS visit_date, location, face_to_face
       FROM caseworker_visit
      WHERE jurisdiction_id = $1 AND child_id = ANY($2::uuid[])
      ORDER BY child_id, visit_date, id`,
    [j.id, ids],
  );

  const byChild = new Map<string, HearthChildForAfcars>();
  const out = children.map((c) => {
    const child: HearthChildForAfcars = {
      afcarsId: c.afcars_id,
      birthDate: c.birth_date,
      sex: c.sex,
      raceEthnicity: c.race_ethnicity ?? [],
      county: c.county,
      removals: [],
      plans: [],
      hearings: [],
      visits: [],
    };
    byChild.set(c.id, child);
    return child;
  });
  const byRemoval = new Map<string, HearthChildForAfcars['removals'][number]>();
  for (const r of removals) {
    const removal = {
      id: r.id,
      removalDate: r.removal_date,
      recordedDate: r.recorded_date,
      environment: r.removal_environment,
      dischargeDate: r.discharge_date,
      dischargeReason: r.discharge_reason,
      dischargeRecordedDate: r.discharge_recorded_date,
      placements: [],
    };
    byRemoval.set(r.id, removal);
    byChild.get(r.child_id)?.removals.push(removal);
  }
  for (const p of placements)
    byRemoval.get(p.removal_id)?.placements.push({
      setting: p.setting,
      startDate: p.start_date,
      outOfState: p.out_of_state,
      providerKind: p.kind,
      providerLicensed: p.licensed,
    });
  for (const p of plans)
    byChild
      .get(p.child_id)
      ?.plans.push({ removalId: p.removal_id, goal: p.goal, established: p.established });
  for (const h of hearings) byChild.get(h.child_id)?.hearings.push({ type: h.hearing_type, date: h.date });
  for (const v of visits)
    byChild
      .get(v.child_id)
      ?.visits.push({ date: v.visit_date, location: v.location, faceToFace: v.face_to_face });
  return out;
}
