/**
 * One child's records in Hearth, as an AFCARS 2020 out-of-home-care record (the inverse of
 * to-interchange.ts for what both hold). Pure: the server reads the rows, this decides what is written.
 *
 * Reporting period: nothing dated after its end is written (a later removal is left out, a later exit
 * leaves the episode open, later arrangements, plans, reviews, hearings and visits are left out).
 * Episodes that ended before the 2020 rule took effect are written as `removal_1993` (E69, E153, E155).
 * What cannot be written is counted in `omitted` under a stable key, so the export can say so.
 */
import type { DischargeReason, PermanencyGoal, PlacementSetting } from '../cases/codes.ts';
import {
  AFCARS_2020,
  afcarsDate,
  E148_PERMANENCY_PLAN,
  E152_VISIT_LOCATION,
  E155_EXIT_REASON,
  E155_NOT_APPLICABLE,
  E6_SEX,
  E71_REMOVAL_ENVIRONMENT,
  encodeAfcars,
  RACE_FLAGS,
  REMOVAL_1993_EXIT_EDITOR,
  AFCARS_REVIEW_HEARING_TYPES,
  SETTING_TO_E120,
  type AfcarsVersion,
  type Removal1993Coding,
} from './codes.ts';
import {
  cellOf,
  emptyCell,
  emptyFosterHomeFlags,
  RACE_ELEMENTS,
  type AfcarsLivingArrangement,
  type AfcarsRecord,
  type AfcarsRemoval1993,
  type AfcarsRemoval2020,
} from './model.ts';

export type HearthPlacementForAfcars = {
  setting: PlacementSetting;
  startDate: string;
  outOfState: boolean;
  /** provider.kind ('relative', 'fictive_kin', 'foster_family', …) and provider.licensed, when known. */
  providerKind: string | null;
  providerLicensed: boolean | null;
};

export type HearthRemovalForAfcars = {
  id: string;
  removalDate: string;
  /** The day the removal was recorded (removal_episode.recorded_at in the court's time zone): E70. */
  recordedDate: string | null;
  environment: string | null;
  dischargeDate: string | null;
  dischargeReason: DischargeReason | null;
  /** The day the discharge was recorded: E154. */
  dischargeRecordedDate: string | null;
  placements: HearthPlacementForAfcars[];
};

export type HearthChildForAfcars = {
  afcarsId: string;
  birthDate: string | null;
  sex: string | null;
  raceEthnicity: readonly string[];
  /** child.county; written as E3 only when it is already a 5-digit FIPS code. */
  county: string | null;
  removals: HearthRemovalForAfcars[];
  /** Primary permanency plans. */
  plans: { removalId: string | null; goal: PermanencyGoal; established: string }[];
  /** Held hearings of the child's cases, on their court-local day. */
  hearings: { type: string; date: string }[];
  visits: { date: string; location: 'residence' | 'other'; faceToFace: boolean }[];
};

export type AfcarsBuildOptions = {
  periodEnd: string;
  version?: AfcarsVersion;
  removal1993?: Removal1993Coding;
};

/** Keys of `omitted`: what Hearth holds but the file cannot carry, or needs but Hearth lacks. */
export const AFCARS_OMISSIONS = {
  'removal.after_period': 'removals dated after the end of the reporting period',
  'placement.respite': 'respite placements (AFCARS has no respite living arrangement)',
  'placement.other': 'placements with setting "other" (E120 has no such code)',
  'placement.after_period': 'placements that begin after the end of the reporting period',
  'placement.outside_episode': "placements that begin on or after their episode's exit",
  'placement.historical': 'placements of episodes that ended before the 2020 rule (removal_1993 holds none)',
  'visit.not_face_to_face': 'visits that were not face to face (E151 counts in-person visits only)',
  'visit.outside_2020_episode': 'visits outside any 2020-rule episode (historical ones included)',
  'visit.after_period': 'visits after the end of the reporting period',
  'hearing.outside_episode': 'reviews and permanency hearings outside any 2020-rule episode',
  'plan.outside_episode': 'permanency plans outside any 2020-rule episode',
  'exit.reason_not_in_1993_list':
    'historical exits whose reason the removal_1993 list lacks (E155 left empty)',
  'exit.no_reason': 'exits without a recorded reason (E155 left empty)',
  'child.no_birth_date': 'children without a date of birth (E5 left empty)',
  'race.two_or_more_unspecified': 'children recorded as "two or more races" without which (E18 unknown)',
} as const;
export type AfcarsOmission = keyof typeof AFCARS_OMISSIONS;

export type AfcarsBuildResult = {
  /** null when the child has no removal on or before the period's end (not in the file). */
  record: AfcarsRecord | null;
  omitted: Partial<Record<AfcarsOmission, number>>;
};

const byDate =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
const date = (iso: string | null): ReturnType<typeof cellOf> => cellOf(iso === null ? null : afcarsDate(iso));

export function buildAfcarsRecord(child: HearthChildForAfcars, opts: AfcarsBuildOptions): AfcarsBuildResult {
  const version = opts.version ?? AFCARS_2020;
  const coding1993 = opts.removal1993 ?? REMOVAL_1993_EXIT_EDITOR;
  const { periodEnd } = opts;
  const effective = version.effectiveFrom.value;
  const omitted: Partial<Record<AfcarsOmission, number>> = {};
  const omit = (key: AfcarsOmission, n = 1): void => {
    if (n > 0) omitted[key] = (omitted[key] ?? 0) + n;
  };

  const removals = child.removals
    .filter((r) => r.removalDate <= periodEnd)
    .sort(byDate((r) => r.removalDate));
  omit('removal.after_period', child.removals.length - removals.length);
  if (removals.length === 0) return { record: null, omitted };

  // An exit after the period's end is not known yet at the period's end: the episode is open in the file.
  const exitOf = (r: HearthRemovalForAfcars): string | null =>
    r.dischargeDate !== null && r.dischargeDate <= periodEnd ? r.dischargeDate : null;
  const historical = (r: HearthRemovalForAfcars): boolean => {
    const exit = exitOf(r);
    return exit !== null && exit < effective;
  };
  const current = removals.filter((r) => !historical(r));
  const inEpisode = (day: string, r: HearthRemovalForAfcars): boolean => {
    const exit = exitOf(r);
    return day >= r.removalDate && (exit === null || day <= exit);
  };
  const episodeOf = (day: string): HearthRemovalForAfcars | undefined =>
    current.find((r) => inEpisode(day, r));

  const removals2020: AfcarsRemoval2020[] = current.map((r) => {
    const exit = exitOf(r);
    const reason = exit === null ? null : r.dischargeReason;
    if (exit !== null && reason === null) omit('exit.no_reason');
    return {
      line: null,
      E69: date(r.removalDate),
      E70: date(r.recordedDate),
      E71: cellOf(r.environment === null ? null : encodeAfcars(E71_REMOVAL_ENVIRONMENT, r.environment)),
      E3: cellOf(child.county !== null && /^\d{5}$/.test(child.county) ? child.county : null),
      livingArrangements: livingArrangements(r, exit),
      plans: [],
      reviews: [],
      hearings: [],
      visits: [],
      E153: date(exit),
      E154: date(exit === null ? null : r.dischargeRecordedDate),
      E155: cellOf(
        exit === null ? E155_NOT_APPLICABLE : reason === null ? null : encodeAfcars(E155_EXIT_REASON, reason),
      ),
      E156: emptyCell(),
    };
  });
  for (const r of removals.filter(historical)) omit('placement.historical', r.placements.length);

  const removals1993: AfcarsRemoval1993[] = removals.filter(historical).map((r) => {
    const code = r.dischargeReason === null ? undefined : encodeAfcars(coding1993.list, r.dischargeReason);
    if (r.dischargeReason === null) omit('exit.no_reason');
    else if (code === undefined) omit('exit.reason_not_in_1993_list');
    return { line: null, E69: date(r.removalDate), E153: date(r.dischargeDate), E155: cellOf(code ?? null) };
  });

  // Plans, reviews, hearings and visits go to the 2020-rule episode whose span holds their date.
  const slot = (day: string): AfcarsRemoval2020 | undefined => {
    const r = episodeOf(day);
    return r === undefined ? undefined : removals2020[current.indexOf(r)];
  };
  for (const p of [...child.plans].sort(byDate((p) => p.established))) {
    if (p.established > periodEnd) continue;
    const owner =
      p.removalId !== null
        ? removals2020[current.findIndex((r) => r.id === p.removalId)]
        : slot(p.established);
    if (!owner) {
      omit('plan.outside_episode');
      continue;
    }
    owner.plans.push({
      line: null,
      E147: date(p.established),
      E148: cellOf(encodeAfcars(E148_PERMANENCY_PLAN, p.goal) ?? null),
    });
  }
  const seen = new Set<string>();
  for (const h of [...child.hearings].sort(byDate((h) => h.date))) {
    const element = AFCARS_REVIEW_HEARING_TYPES.E149.value.includes(h.type)
      ? 'reviews'
      : AFCARS_REVIEW_HEARING_TYPES.E150.value.includes(h.type)
        ? 'hearings'
        : null;
    if (element === null || h.date > periodEnd) continue;
    const owner = slot(h.date);
    if (!owner) {
      omit('hearing.outside_episode');
      continue;
    }
    // One date per element and episode: two hearings on one day are one review.
    const key = `${owner.E69.text}|${element}|${h.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    owner[element].push(date(h.date));
  }
  for (const v of [...child.visits].sort(byDate((v) => v.date))) {
    if (!v.faceToFace) omit('visit.not_face_to_face');
    else if (v.date > periodEnd) omit('visit.after_period');
    else {
      const owner = slot(v.date);
      if (!owner) omit('visit.outside_2020_episode');
      else
        owner.visits.push({
          line: null,
          E151: date(v.date),
          E152: cellOf(encodeAfcars(E152_VISIT_LOCATION, v.location) ?? null),
        });
    }
  }

  // Race (E13–E20) and ethnicity (E21). Hearth holds neither "abandoned" nor "declined".
  const values = new Set(child.raceEthnicity);
  const race = Object.fromEntries(RACE_ELEMENTS.map((e) => [e, cellOf('0')])) as AfcarsRecord['race'];
  let anyRace = false;
  for (const f of RACE_FLAGS)
    if (f.value !== null && values.has(f.value)) {
      race[f.element as keyof AfcarsRecord['race']] = cellOf('1');
      anyRace = true;
    }
  if (!anyRace) {
    race.E18 = cellOf('1');
    if (values.has('two_or_more')) omit('race.two_or_more_unspecified');
  }
  if (child.birthDate === null) omit('child.no_birth_date');

  return {
    record: {
      line: null,
      E4: cellOf(child.afcarsId),
      E5: date(child.birthDate),
      E6: cellOf(child.sex === 'male' || child.sex === 'female' ? encodeAfcars(E6_SEX, child.sex) : null),
      race,
      E21: cellOf(values.has('hispanic') ? '1' : anyRace ? '0' : '9'),
      removals2020,
      removals1993,
    },
    omitted,
  };

  function livingArrangements(r: HearthRemovalForAfcars, exit: string | null): AfcarsLivingArrangement[] {
    const out: AfcarsLivingArrangement[] = [];
    for (const p of [...r.placements].sort(byDate((p) => p.startDate))) {
      if (p.startDate > periodEnd || (exit !== null && p.startDate >= exit)) {
        omit(p.startDate > periodEnd ? 'placement.after_period' : 'placement.outside_episode');
        continue;
      }
      const la: AfcarsLivingArrangement = {
        line: null,
        E112: date(p.startDate),
        E113: cellOf('1'),
        flags: emptyFosterHomeFlags(),
        E120: emptyCell(),
        E121: cellOf(p.setting === 'runaway' ? '4' : p.outOfState ? '2' : '1'),
        E122: emptyCell(),
      };
      if (
        p.setting === 'foster_family_relative' ||
        p.setting === 'foster_family_nonrelative' ||
        p.setting === 'pre_adoptive'
      ) {
        // The flags Hearth knows: licensed from the provider; relative or kin from the setting and the
        // provider's kind; pre-adoptive from the setting. Therapeutic and shelter care stay empty.
        let relative: boolean | null = false;
        let kin: boolean | null = false;
        if (p.setting === 'foster_family_relative') {
          kin = p.providerKind === 'fictive_kin';
          relative = !kin;
        } else if (p.setting === 'pre_adoptive') {
          relative = p.providerKind === null ? null : p.providerKind === 'relative';
          kin = p.providerKind === null ? null : p.providerKind === 'fictive_kin';
        }
        const bit = (b: boolean | null) => cellOf(b === null ? null : b ? '1' : '0');
        la.flags.E114 = bit(p.providerLicensed);
        la.flags.E117 = bit(relative);
        la.flags.E118 = bit(p.setting === 'pre_adoptive');
        la.flags.E119 = bit(kin);
      } else {
        const e120 = SETTING_TO_E120[p.setting].code;
        if (e120 === null) {
          omit(p.setting === 'respite' ? 'placement.respite' : 'placement.other');
          continue;
        }
        la.E113 = cellOf('0');
        la.E120 = cellOf(e120);
      }
      out.push(la);
    }
    return out;
  }
}
