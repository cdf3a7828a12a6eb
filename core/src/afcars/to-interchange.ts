/**
 * One checked AFCARS 2020 record as CQI interchange rows (shared/reference/cqi-interchange.md, "Files").
 * Call only with a record that checkAfcarsRecord passed.
 *
 * What AFCARS does not carry is left empty: adjudication_date, provider_id, maltreatment (no file), and the
 * visits of historical (`removal_1993`) episodes, which hold no visits. Living arrangements have a start
 * only (E112): each ends where the next begins, the last at the exit (afcars2020.md §1.6).
 */
import {
  decodeAfcars,
  E120_LIVING_ARRANGEMENT,
  E152_VISIT_LOCATION,
  E155_EXIT_REASON,
  E21_HISPANIC,
  E6_SEX,
  FOSTER_HOME_DEFAULT_SETTING,
  FOSTER_HOME_SETTING_RULES,
  isoFromAfcarsDate,
  RACE_FLAGS,
  REMOVAL_1993_EXIT_EDITOR,
  collapseRaceEthnicity,
  type Removal1993Coding,
} from './codes.ts';
import type { PlacementSetting } from '../cases/codes.ts';
import type { AfcarsCell, AfcarsLivingArrangement, AfcarsRecord } from './model.ts';

/** The interchange files AFCARS fills, with their columns in the contract's order. maltreatment.csv: none. */
export const AFCARS_INTERCHANGE_FILES = {
  'children.csv': ['child_id', 'birth_date', 'sex', 'race_ethnicity', 'county'],
  'removals.csv': [
    'child_id',
    'removal_id',
    'removal_date',
    'discharge_date',
    'discharge_reason',
    'adjudication_date',
  ],
  'placements.csv': ['child_id', 'removal_id', 'start_date', 'end_date', 'setting', 'provider_id'],
  'visits.csv': ['child_id', 'visit_date', 'location', 'face_to_face'],
} as const;
export type AfcarsInterchangeFile = keyof typeof AFCARS_INTERCHANGE_FILES;

export type InterchangeCell = string | null;
export type AfcarsInterchangeRows = Record<AfcarsInterchangeFile, InterchangeCell[][]>;

const iso = (cell: AfcarsCell): string | null => (cell.text === null ? null : isoFromAfcarsDate(cell.text));

/** The removal_id of an episode: its removal date, unique within the child since episodes never overlap. */
export const afcarsRemovalId = (removalDate: string): string => `R${removalDate.replaceAll('-', '')}`;

/** The interchange setting of a living arrangement (codes.ts E120 and foster-home rules). */
export function settingOfLivingArrangement(la: AfcarsLivingArrangement): PlacementSetting | null {
  if (la.E113.text === '1') {
    const rule = FOSTER_HOME_SETTING_RULES.find((r) => la.flags[r.flag].text === '1');
    return rule ? rule.setting : FOSTER_HOME_DEFAULT_SETTING;
  }
  if (la.E113.text === '0' && la.E120.text !== null)
    return decodeAfcars(E120_LIVING_ARRANGEMENT, la.E120.text) ?? null;
  return null;
}

/** The interchange race_ethnicity of E13–E21 (the database export's collapse rule). */
export function raceEthnicityOfRecord(rec: AfcarsRecord): string | null {
  const values = RACE_FLAGS.filter((f) => rec.race[f.element as keyof AfcarsRecord['race']].text === '1').map(
    (f) => f.value,
  );
  const hispanic = rec.E21.text === null ? null : (decodeAfcars(E21_HISPANIC, rec.E21.text) ?? null);
  return collapseRaceEthnicity([...values, hispanic]);
}

export function afcarsRecordToInterchange(
  rec: AfcarsRecord,
  opts: { removal1993?: Removal1993Coding } = {},
): AfcarsInterchangeRows {
  const coding1993 = opts.removal1993 ?? REMOVAL_1993_EXIT_EDITOR;
  const childId = rec.E4.text as string;
  const sex = rec.E6.text === null ? null : (decodeAfcars(E6_SEX, rec.E6.text) ?? null);

  // The county is the local agency (E3, state + county FIPS) of the child's latest 2020-rule removal.
  const latest = [...rec.removals2020].sort((a, b) => ((iso(a.E69) ?? '') < (iso(b.E69) ?? '') ? 1 : -1))[0];
  const county = latest?.E3.text ?? null;

  type Episode = { removal: string; exit: string | null; reason: string | null; rows: InterchangeCell[][] };
  const episodes: Episode[] = [];
  const visits: { date: string; row: InterchangeCell[] }[] = [];

  for (const rem of rec.removals2020) {
    const removal = iso(rem.E69) as string;
    const exit = iso(rem.E153);
    const reason = exit === null ? null : (decodeAfcars(E155_EXIT_REASON, rem.E155.text ?? '') ?? null);
    const removalId = afcarsRemovalId(removal);
    // Ordered by start; ties keep file order (Array.prototype.sort is stable).
    const arrangements = rem.livingArrangements
      .map((la) => ({ start: iso(la.E112) as string, setting: settingOfLivingArrangement(la) }))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const rows = arrangements.map((la, i) => [
      childId,
      removalId,
      la.start,
      arrangements[i + 1]?.start ?? exit,
      la.setting,
      null,
    ]);
    episodes.push({ removal, exit, reason, rows });
    for (const v of rem.visits) {
      const date = iso(v.E151);
      if (date === null) continue; // a visit without a date is dropped, as the editor drops it
      visits.push({
        date,
        row: [childId, date, decodeAfcars(E152_VISIT_LOCATION, v.E152.text ?? '') ?? null, 'true'],
      });
    }
  }
  for (const old of rec.removals1993) {
    const removal = iso(old.E69) as string;
    episodes.push({
      removal,
      exit: iso(old.E153),
      reason: decodeAfcars(coding1993.list, old.E155.text ?? '') ?? null,
      rows: [],
    });
  }
  episodes.sort((a, b) => (a.removal < b.removal ? -1 : 1));
  visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    'children.csv': [[childId, iso(rec.E5), sex, raceEthnicityOfRecord(rec), county]],
    'removals.csv': episodes.map((e) => [
      childId,
      afcarsRemovalId(e.removal),
      e.removal,
      e.exit,
      e.exit === null ? null : e.reason,
      null,
    ]),
    'placements.csv': episodes.flatMap((e) => e.rows),
    'visits.csv': visits.map((v) => v.row),
  };
}
