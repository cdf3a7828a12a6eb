/**
 * AFCARS 2.0 (the 2020 rule) out-of-home-care code lists, and their crosswalks to Hearth's codes, which are
 * the CQI interchange codes (shared/reference/cqi-interchange.md, "Code values"; core/src/cases/codes.ts).
 *
 * Source of the element numbers and codes: 45 CFR 1355.44 (out-of-home care data file) as amended by
 * 85 FR 28410 (May 12, 2020), in the numbering and code order of the AFCARS XML Editor (AXE, ICF, LGPL),
 * summarised in shared/reference/afcars2020.md §§3–4. No official XSD was available (domain-rules §2.1:
 * "Official schema schema_ooh.xsd: not yet confirmed"), so the numeric codes are the editor's, and every
 * crosswalk is data here, never a switch in code. An entry marked `unconfirmed` says why it is a choice
 * rather than a fact; docs/afcars-2020.md lists them.
 */
import type { DischargeReason, PermanencyGoal, PlacementSetting } from '../cases/codes.ts';
import { REMOVAL_ENVIRONMENTS } from '../cases/codes.ts';

/** One version of the format: its dates, namespace and the state of its sources. */
export type AfcarsVersion = {
  id: string;
  /** Root `data` in this namespace, written with the prefix `acf`; every other element is unqualified. */
  namespace: string;
  schemaLocation: string;
  /**
   * The rule's compliance date. A 2020-rule exit (E153) is on or after it; an episode that ended before it
   * is history, reported as `removal_1993` with E69, E153 and E155 only (afcars2020.md §1.5, §6.3, §6.6).
   */
  effectiveFrom: { value: string; citation: string };
  /** No XSD was in hand: structure, names and codes follow the editor and its test files. */
  schemaConfirmed: false;
};

export const AFCARS_2020: AfcarsVersion = {
  id: 'afcars-2020',
  namespace: 'http://www.acf.hhs.gov',
  schemaLocation: 'http://www.acf.hhs.gov schema_ooh.xsd',
  effectiveFrom: {
    value: '2022-10-01',
    citation:
      '85 FR 28410 (May 12, 2020): 45 CFR 1355.41–1355.47 as amended, compliance from October 1, 2022',
  },
  schemaConfirmed: false,
};

/** One code of an element: the code as written in the XML, its meaning, and Hearth's value for it. */
export type AfcarsCode<T> = {
  code: string;
  label: string;
  value: T;
  /** Why the crosswalk of this code is a choice rather than a fact (shown in docs/afcars-2020.md). */
  unconfirmed?: string;
};

/** The codes of one element (or of a group of elements that share them), with the source. */
export type AfcarsCodeList<T> = {
  elements: readonly string[];
  citation: string;
  codes: readonly AfcarsCode<T>[];
  unconfirmed?: string;
};

/** Hearth's value of an XML code; `undefined` when the code is not in the list. */
export function decodeAfcars<T>(list: AfcarsCodeList<T>, code: string): T | undefined {
  return list.codes.find((c) => c.code === code)?.value;
}

/** The XML code of a Hearth value (the first code that maps to it); `undefined` when none does. */
export function encodeAfcars<T>(list: AfcarsCodeList<T>, value: T): string | undefined {
  return list.codes.find((c) => c.value === value)?.code;
}

export const afcarsCodes = (list: AfcarsCodeList<unknown>): string[] => list.codes.map((c) => c.code);

const EDITOR = 'shared/reference/afcars2020.md §4 (AXE code lists)';

/** E6 sex (also the foster and adoptive parents' sex elements). Hearth's `unknown` has no code. */
export const E6_SEX: AfcarsCodeList<'male' | 'female'> = {
  elements: ['E6'],
  citation: `45 CFR 1355.44, E6 sex; ${EDITOR}`,
  codes: [
    { code: '1', label: 'Male', value: 'male' },
    { code: '2', label: 'Female', value: 'female' },
  ],
};

/**
 * E13–E20 race flags (0 no, 1 yes) and the interchange `race_ethnicity` value each contributes. The unknown,
 * abandoned and declined flags contribute nothing: the export's race_ethnicity has no such value
 * (server/src/export/interchange.ts raceEthnicityCell: "unknown is not a value").
 */
export const RACE_FLAGS: readonly {
  element: string;
  name: string;
  value: string | null;
}[] = [
  {
    element: 'E13',
    name: 'E13_child_race_american_indian_alaska_native',
    value: 'american_indian_alaska_native',
  },
  { element: 'E14', name: 'E14_child_race_asian', value: 'asian' },
  { element: 'E15', name: 'E15_child_race_black', value: 'black' },
  {
    element: 'E16',
    name: 'E16_child_race_native_hawaiian_pacific_islander',
    value: 'native_hawaiian_pacific_islander',
  },
  { element: 'E17', name: 'E17_child_race_white', value: 'white' },
  { element: 'E18', name: 'E18_child_race_unknown', value: null },
  { element: 'E19', name: 'E19_child_race_abandoned', value: null },
  { element: 'E20', name: 'E20_child_race_declined', value: null },
];
export const RACE_FLAG_CITATION = `45 CFR 1355.44, E13–E20 race; ${EDITOR}`;

/** E21 Hispanic or Latino ethnicity. Only "yes" contributes a value (`hispanic`). */
export const E21_HISPANIC: AfcarsCodeList<'hispanic' | null> = {
  elements: ['E21'],
  citation: `45 CFR 1355.44, E21 Hispanic or Latino; ${EDITOR}`,
  codes: [
    { code: '0', label: 'No', value: null },
    { code: '1', label: 'Yes', value: 'hispanic' },
    {
      code: '7',
      label: 'Unknown because the child was abandoned',
      value: null,
      unconfirmed: 'The 7/8/9 codes follow the editor and the fixtures (the abandoned infant has 7).',
    },
    { code: '8', label: 'Declined', value: null, unconfirmed: 'As code 7.' },
    { code: '9', label: 'Unknown', value: null, unconfirmed: 'As code 7.' },
  ],
};

/**
 * The interchange `race_ethnicity` of a set of values, by the database export's own rule
 * (server/src/export/interchange.ts raceEthnicityCell): the single value, `two_or_more` when there are
 * several (or the set already says so), null when there is none; `unknown` is not a value.
 */
export function collapseRaceEthnicity(values: readonly (string | null)[]): string | null {
  const known = [...new Set(values.filter((v): v is string => !!v && v !== 'unknown'))];
  if (known.length === 0) return null;
  if (known.length > 1 || known.includes('two_or_more')) return 'two_or_more';
  return known[0] ?? null;
}

/** E71 environment at removal, in the order of REMOVAL_ENVIRONMENTS (1–7). */
export const E71_REMOVAL_ENVIRONMENT: AfcarsCodeList<string> = {
  elements: ['E71'],
  citation: `45 CFR 1355.44, E71 environment at removal; ${EDITOR}`,
  codes: REMOVAL_ENVIRONMENTS.map((value, i) => ({
    code: String(i + 1),
    label: value.replaceAll('_', ' '),
    value,
  })),
};

/** E155 exit reason of a `removal_2020`; 9 "not applicable" is the open episode's code, not a reason. */
export const E155_EXIT_REASON: AfcarsCodeList<DischargeReason> = {
  elements: ['E155'],
  citation: `45 CFR 1355.44, E155 exit reason; ${EDITOR}`,
  unconfirmed:
    'The numbering is the editor\'s combobox order and validator (domain-rules §2.2 "[Inferred]").',
  codes: [
    { code: '1', label: 'Reunify with parent or legal guardian', value: 'reunification' },
    { code: '2', label: 'Live with other relative', value: 'relative' },
    { code: '3', label: 'Adoption', value: 'adoption' },
    { code: '4', label: 'Emancipation', value: 'emancipation' },
    { code: '5', label: 'Guardianship', value: 'guardianship' },
    { code: '6', label: 'Runaway or whereabouts unknown', value: 'runaway' },
    { code: '7', label: 'Death of child', value: 'death' },
    { code: '8', label: 'Transfer to another agency', value: 'transfer' },
  ],
};
/** E155 of an open episode: "not applicable (no exit)". */
export const E155_NOT_APPLICABLE = '9';

/**
 * E155 on a `removal_1993` (a historical episode). The editor labels these codes as the 2020 list and
 * accepts only 1–6 and 8 (no 7 "death", no 9); the 1993 foster care file's own discharge reasons (FC 58)
 * number them differently (6 transfer, 7 runaway, 8 death). Which numbering ACF expects here is not
 * confirmed, so both are data and an import or export names the one it uses.
 */
export type Removal1993Coding = {
  id: 'editor' | 'fc58';
  list: AfcarsCodeList<DischargeReason>;
};

export const REMOVAL_1993_EXIT_EDITOR: Removal1993Coding = {
  id: 'editor',
  list: {
    elements: ['E155'],
    citation: `${EDITOR}: removal_1993 E155 uses the 2020 labels and allows 1, 2, 3, 4, 5, 6 and 8`,
    unconfirmed:
      'Whether historical exits use the 2020 numbering (as the editor does) or FC 58 is not confirmed.',
    codes: E155_EXIT_REASON.codes.filter((c) => c.code !== '7'),
  },
};

export const REMOVAL_1993_EXIT_FC58: Removal1993Coding = {
  id: 'fc58',
  list: {
    elements: ['E155'],
    citation:
      'AFCARS Technical Bulletin #1 (rev. 2012), foster care element 58 reason for discharge (domain-rules §2.3)',
    unconfirmed: "An alternative reading of removal_1993 E155; not the editor's.",
    codes: [
      { code: '1', label: 'Reunification with parent(s) or primary caretaker(s)', value: 'reunification' },
      { code: '2', label: 'Living with other relative(s)', value: 'relative' },
      { code: '3', label: 'Adoption', value: 'adoption' },
      { code: '4', label: 'Emancipation', value: 'emancipation' },
      { code: '5', label: 'Guardianship', value: 'guardianship' },
      { code: '6', label: 'Transfer to another agency', value: 'transfer' },
      { code: '7', label: 'Runaway', value: 'runaway' },
      { code: '8', label: 'Death of child', value: 'death' },
    ],
  },
};

export const REMOVAL_1993_CODINGS: Record<Removal1993Coding['id'], Removal1993Coding> = {
  editor: REMOVAL_1993_EXIT_EDITOR,
  fc58: REMOVAL_1993_EXIT_FC58,
};

/** E156 transfer to another agency (only with E155 = 8); Hearth does not record it, the import checks it. */
export const E156_TRANSFER_AGENCY: AfcarsCodeList<string> = {
  elements: ['E156'],
  citation: `45 CFR 1355.44, E156 transfer to another agency; ${EDITOR}`,
  codes: [
    { code: '1', label: 'State title IV-E agency', value: 'state_iv_e' },
    { code: '2', label: 'Tribal title IV-E agency', value: 'tribal_iv_e' },
    { code: '3', label: 'Indian tribe or tribal agency (non-IV-E)', value: 'tribal' },
    { code: '4', label: 'Juvenile justice agency', value: 'juvenile_justice' },
    { code: '5', label: 'Mental health agency', value: 'mental_health' },
    { code: '6', label: 'Other public agency', value: 'other_public' },
    { code: '7', label: 'Private agency', value: 'private' },
  ],
};

/** E113 foster family home: 1 a foster family home (E114–E119 say which kind), 0 another type (E120). */
export const E113_CODES: AfcarsCodeList<boolean> = {
  elements: ['E113'],
  citation: `45 CFR 1355.44, E113 foster family home; ${EDITOR}`,
  codes: [
    { code: '0', label: 'No (see E120)', value: false },
    { code: '1', label: 'Yes', value: true },
  ],
};

/**
 * E120 other living arrangement type (E113 = 0), to the interchange setting. E120 is finer than Hearth's
 * settings, so several codes fall into one setting; SETTING_TO_E120 chooses the code written back.
 */
export const E120_LIVING_ARRANGEMENT: AfcarsCodeList<PlacementSetting> = {
  elements: ['E120'],
  citation: `45 CFR 1355.44, E120 other living arrangement type; ${EDITOR}`,
  codes: [
    { code: '1', label: 'Group home – family operated', value: 'group_home' },
    { code: '2', label: 'Group home – staff operated', value: 'group_home' },
    {
      code: '3',
      label: 'Group home – shelter care',
      value: 'group_home',
      unconfirmed: 'A shelter group home is counted as a group home, not as respite or other.',
    },
    {
      code: '4',
      label: 'Residential treatment center',
      value: 'institution',
      unconfirmed: 'A residential treatment center that is not a QRTP is counted as an institution.',
    },
    { code: '5', label: 'Qualified residential treatment program (QRTP)', value: 'qrtp' },
    { code: '6', label: 'Child care institution', value: 'institution' },
    {
      code: '7',
      label: 'Child care institution – shelter care',
      value: 'institution',
      unconfirmed: 'A shelter child care institution is counted as an institution.',
    },
    { code: '8', label: 'Supervised independent living', value: 'supervised_independent_living' },
    { code: '9', label: 'Juvenile justice facility', value: 'juvenile_justice' },
    { code: '10', label: 'Medical or rehabilitative facility', value: 'medical' },
    {
      code: '11',
      label: 'Psychiatric hospital',
      value: 'medical',
      unconfirmed: 'A psychiatric hospital is counted as a medical setting.',
    },
    { code: '12', label: 'Runaway', value: 'runaway' },
    {
      code: '13',
      label: 'Whereabouts unknown',
      value: 'runaway',
      unconfirmed:
        'Whereabouts unknown is counted as runaway (the interchange and FC 41 have one code; E155 6 joins them).',
    },
    // Domain-rules §2 "What a system must implement" 3: setting 8 "trial home visit" ↔ "placed at home".
    { code: '14', label: 'Placed at home', value: 'trial_home_visit' },
  ],
};

/**
 * The E120 written for each setting that is not a foster family home. null: AFCARS has no living
 * arrangement for it, and the export leaves the placement out (docs/afcars-2020.md says so).
 */
export const SETTING_TO_E120: Record<
  Exclude<PlacementSetting, 'foster_family_relative' | 'foster_family_nonrelative' | 'pre_adoptive'>,
  { code: string | null; unconfirmed?: string }
> = {
  group_home: {
    code: '2',
    unconfirmed: 'Hearth does not record who runs a group home; staff operated is assumed.',
  },
  institution: { code: '6' },
  qrtp: { code: '5' },
  supervised_independent_living: { code: '8' },
  trial_home_visit: { code: '14' },
  runaway: { code: '12' },
  juvenile_justice: { code: '9' },
  medical: { code: '10' },
  respite: {
    code: null,
    unconfirmed:
      'AFCARS has no respite arrangement: a respite stay is a short absence, and the arrangement before it continues.',
  },
  other: { code: null, unconfirmed: 'E120 has no "other" code.' },
};

/**
 * E113 = 1 (foster family home) and the E114–E119 flags, to the interchange setting: the first rule whose
 * flag is 1 wins; with none, a non-relative foster family home. The flags are written back so that the
 * same setting is read again.
 */
export const FOSTER_HOME_FLAGS = [
  { element: 'E114', name: 'E114_licensed_home' },
  { element: 'E115', name: 'E115_therapeutic_home' },
  { element: 'E116', name: 'E116_shelter_care_home' },
  { element: 'E117', name: 'E117_relative_foster_family' },
  { element: 'E118', name: 'E118_pre_adopt_home' },
  { element: 'E119', name: 'E119_kin_foster_family' },
] as const;
export type FosterHomeFlag = (typeof FOSTER_HOME_FLAGS)[number]['element'];

export const FOSTER_HOME_SETTING_RULES: readonly {
  flag: FosterHomeFlag;
  setting: PlacementSetting;
  unconfirmed?: string;
}[] = [
  // FC 41 (1993) code 1 "pre-adoptive home" comes before the relative / non-relative foster family homes.
  { flag: 'E118', setting: 'pre_adoptive' },
  { flag: 'E117', setting: 'foster_family_relative' },
  {
    flag: 'E119',
    setting: 'foster_family_relative',
    unconfirmed:
      'A kin (fictive kin) home is counted as a relative home, as Hearth records it (provider kind fictive_kin).',
  },
];
export const FOSTER_HOME_DEFAULT_SETTING: PlacementSetting = 'foster_family_nonrelative';

/** E121 location of the living arrangement. */
export const E121_LOCATION: AfcarsCodeList<'in_state' | 'out_of_state' | 'out_of_country' | 'runaway'> = {
  elements: ['E121'],
  citation: `45 CFR 1355.44, E121 location; ${EDITOR}`,
  codes: [
    { code: '1', label: 'In-state or in-tribal service area', value: 'in_state' },
    { code: '2', label: 'Out-of-state or out-of-tribal service area', value: 'out_of_state' },
    { code: '3', label: 'Out-of-country', value: 'out_of_country' },
    { code: '4', label: 'Runaway or whereabouts unknown', value: 'runaway' },
  ],
};
/** E121 = 4 exactly when E120 is one of these (afcars2020.md §6.4). */
export const E120_RUNAWAY_CODES = ['12', '13'] as const;

/** E148 permanency plan. */
export const E148_PERMANENCY_PLAN: AfcarsCodeList<PermanencyGoal> = {
  elements: ['E148'],
  citation: `45 CFR 1355.44, E148 permanency plan; ${EDITOR}`,
  codes: [
    { code: '1', label: 'Reunify with parent(s) or legal guardian(s)', value: 'reunification' },
    { code: '2', label: 'Live with other relatives', value: 'relative' },
    { code: '3', label: 'Adoption', value: 'adoption' },
    { code: '4', label: 'Guardianship', value: 'guardianship' },
    // Domain-rules §2 implement 3: "long-term foster care" (FC 43) ↔ "planned permanent living arrangement".
    { code: '5', label: 'Planned permanent living arrangement', value: 'appla' },
  ],
};

/** E152 caseworker visit location, to the interchange visit `location`. */
export const E152_VISIT_LOCATION: AfcarsCodeList<'residence' | 'other'> = {
  elements: ['E152'],
  citation: `45 CFR 1355.44, E152 visit location (SSA §424(e)(2)(A)); ${EDITOR}`,
  codes: [
    { code: '1', label: "Child's residence", value: 'residence' },
    { code: '2', label: 'Other location', value: 'other' },
  ],
};

/**
 * Which held hearings are reported as E149 periodic reviews and E150 permanency hearings. Hearth's hearing
 * types are New Mexico's (core/src/cases/codes.ts HEARING_TYPES); the match to SSA §475(5)(B) reviews and
 * §475(5)(C) permanency hearings is inferred, so it is data.
 */
export const AFCARS_REVIEW_HEARING_TYPES: {
  E149: { value: readonly string[]; citation: string; unconfirmed: string };
  E150: { value: readonly string[]; citation: string; unconfirmed: string };
} = {
  E149: {
    value: ['periodic_review', 'initial_judicial_review'],
    citation: '45 CFR 1355.44, E149 periodic review date; SSA §475(5)(B), §475(6)',
    unconfirmed:
      'Which NM hearing types meet §475(5)(B) is inferred (NMSA §32A-4-25.1 initial judicial review).',
  },
  E150: {
    value: ['permanency', 'permanency_review'],
    citation: '45 CFR 1355.44, E150 permanency hearing date; SSA §475(5)(C)',
    unconfirmed: 'Which NM hearing types are §475(5)(C) permanency hearings is inferred.',
  },
};

/** The reporting period of E2: `YYYY03` (or `YYYYA`) and `YYYY09` (or `YYYYB`), afcars2020.md §2. */
export function afcarsReportPeriod(e2: string): { start: string; end: string; code: string } | null {
  const m = /^(\d{4})(03|09|A|B)$/.exec(e2);
  if (!m) return null;
  const year = Number(m[1]);
  const first = m[2] === '03' || m[2] === 'A';
  const code = `${m[1]}${first ? '03' : '09'}`;
  return first
    ? { start: `${year - 1}-10-01`, end: `${year}-03-31`, code }
    : { start: `${year}-04-01`, end: `${year}-09-30`, code };
}

/** The reporting period that holds `date` (YYYY-MM-DD), as its E2 code. */
export function afcarsReportPeriodOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 10) return `${year + 1}03`;
  return month <= 3 ? `${year}03` : `${year}09`;
}

/** AFCARS dates are `YYYYMMDD`; Hearth's are `YYYY-MM-DD`. */
export const afcarsDate = (iso: string): string => iso.replaceAll('-', '');
export function isoFromAfcarsDate(text: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * E1 title IV-E agency: a 2-digit state FIPS code (a 3-digit code is a tribal agency). Hearth keeps the
 * jurisdiction's state as its postal code; these are the FIPS 5-2 state codes (NIST/Census).
 */
export const STATE_FIPS: Readonly<Record<string, string>> = {
  AL: '01',
  AK: '02',
  AZ: '04',
  AR: '05',
  CA: '06',
  CO: '08',
  CT: '09',
  DE: '10',
  DC: '11',
  FL: '12',
  GA: '13',
  HI: '15',
  ID: '16',
  IL: '17',
  IN: '18',
  IA: '19',
  KS: '20',
  KY: '21',
  LA: '22',
  ME: '23',
  MD: '24',
  MA: '25',
  MI: '26',
  MN: '27',
  MS: '28',
  MO: '29',
  MT: '30',
  NE: '31',
  NV: '32',
  NH: '33',
  NJ: '34',
  NM: '35',
  NY: '36',
  NC: '37',
  ND: '38',
  OH: '39',
  OK: '40',
  OR: '41',
  PA: '42',
  RI: '44',
  SC: '45',
  SD: '46',
  TN: '47',
  TX: '48',
  UT: '49',
  VT: '50',
  VA: '51',
  WA: '53',
  WV: '54',
  WI: '55',
  WY: '56',
  PR: '72',
};

/** E1 of a jurisdiction's state code: FIPS digits as they are, a postal code through STATE_FIPS. */
export function afcarsAgencyCode(stateCode: string): string | null {
  if (/^\d{2,3}$/.test(stateCode)) return stateCode;
  return STATE_FIPS[stateCode.toUpperCase()] ?? null;
}
