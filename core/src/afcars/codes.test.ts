import { describe, expect, it } from 'vitest';
import {
  AFCARS_2020,
  afcarsAgencyCode,
  afcarsReportPeriod,
  afcarsReportPeriodOf,
  collapseRaceEthnicity,
  decodeAfcars,
  E113_CODES,
  E120_LIVING_ARRANGEMENT,
  E121_LOCATION,
  E148_PERMANENCY_PLAN,
  E152_VISIT_LOCATION,
  E155_EXIT_REASON,
  E156_TRANSFER_AGENCY,
  E21_HISPANIC,
  E6_SEX,
  E71_REMOVAL_ENVIRONMENT,
  encodeAfcars,
  isoFromAfcarsDate,
  REMOVAL_1993_EXIT_EDITOR,
  REMOVAL_1993_EXIT_FC58,
  SETTING_TO_E120,
} from './codes.ts';
import { cellOf, emptyFosterHomeFlags, type AfcarsLivingArrangement, type AfcarsRecord } from './model.ts';
import { raceEthnicityOfRecord, settingOfLivingArrangement } from './to-interchange.ts';
import { PLACEMENT_SETTINGS } from '../cases/codes.ts';

/** Each code both ways: the XML code reads as Hearth's value, and Hearth's value writes that code. */
describe('E155 exit reason (removal_2020) ↔ discharge_reason', () => {
  it.each([
    ['1', 'reunification'],
    ['2', 'relative'],
    ['3', 'adoption'],
    ['4', 'emancipation'],
    ['5', 'guardianship'],
    ['6', 'runaway'],
    ['7', 'death'],
    ['8', 'transfer'],
  ] as const)('%s ↔ %s', (code, reason) => {
    expect(decodeAfcars(E155_EXIT_REASON, code)).toBe(reason);
    expect(encodeAfcars(E155_EXIT_REASON, reason)).toBe(code);
  });
  it.each(['9', '0', '10', ''])('%j is no discharge reason (9 is "not applicable")', (code) => {
    expect(decodeAfcars(E155_EXIT_REASON, code)).toBeUndefined();
  });
});

describe('E155 of a removal_1993, both readings (unconfirmed, so data)', () => {
  it.each([
    ['1', 'reunification', 'reunification'],
    ['2', 'relative', 'relative'],
    ['3', 'adoption', 'adoption'],
    ['4', 'emancipation', 'emancipation'],
    ['5', 'guardianship', 'guardianship'],
    ['6', 'runaway', 'transfer'],
    ['7', undefined, 'runaway'],
    ['8', 'transfer', 'death'],
    ['9', undefined, undefined],
  ] as const)('%s: editor %s, FC 58 %s', (code, editor, fc58) => {
    expect(decodeAfcars(REMOVAL_1993_EXIT_EDITOR.list, code)).toBe(editor);
    expect(decodeAfcars(REMOVAL_1993_EXIT_FC58.list, code)).toBe(fc58);
  });
  it('the editor has no code for a death before the 2020 rule', () => {
    expect(encodeAfcars(REMOVAL_1993_EXIT_EDITOR.list, 'death')).toBeUndefined();
    expect(encodeAfcars(REMOVAL_1993_EXIT_FC58.list, 'death')).toBe('8');
  });
});

const arrangement = (
  e113: string,
  e120: string | null,
  flags: Record<string, string> = {},
): AfcarsLivingArrangement => {
  const f = emptyFosterHomeFlags();
  for (const [k, v] of Object.entries(flags)) f[k as keyof typeof f] = cellOf(v);
  return {
    line: null,
    E112: cellOf('20230101'),
    E113: cellOf(e113),
    flags: f,
    E120: cellOf(e120),
    E121: cellOf('1'),
    E122: cellOf(null),
  };
};

describe('E113 = 0, E120 other living arrangement type → setting', () => {
  it.each([
    ['1', 'group_home'],
    ['2', 'group_home'],
    ['3', 'group_home'],
    ['4', 'institution'],
    ['5', 'qrtp'],
    ['6', 'institution'],
    ['7', 'institution'],
    ['8', 'supervised_independent_living'],
    ['9', 'juvenile_justice'],
    ['10', 'medical'],
    ['11', 'medical'],
    ['12', 'runaway'],
    ['13', 'runaway'],
    ['14', 'trial_home_visit'],
  ] as const)('E120 %s → %s', (code, setting) => {
    expect(decodeAfcars(E120_LIVING_ARRANGEMENT, code)).toBe(setting);
    expect(settingOfLivingArrangement(arrangement('0', code))).toBe(setting);
  });
  it('marks the many-to-one choices as unconfirmed', () => {
    expect(E120_LIVING_ARRANGEMENT.codes.filter((c) => c.unconfirmed).map((c) => c.code)).toEqual([
      '3',
      '4',
      '7',
      '11',
      '13',
    ]);
  });
  it('"placed at home" is the trial home visit (domain-rules §2, implement 3)', () => {
    expect(decodeAfcars(E120_LIVING_ARRANGEMENT, '14')).toBe('trial_home_visit');
    expect(SETTING_TO_E120.trial_home_visit.code).toBe('14');
  });
});

describe('setting → E120 written by the export, and read back as the same setting', () => {
  it.each([
    ['group_home', '2'],
    ['institution', '6'],
    ['qrtp', '5'],
    ['supervised_independent_living', '8'],
    ['trial_home_visit', '14'],
    ['runaway', '12'],
    ['juvenile_justice', '9'],
    ['medical', '10'],
    ['respite', null],
    ['other', null],
  ] as const)('%s → %s', (setting, code) => {
    expect(SETTING_TO_E120[setting].code).toBe(code);
    if (code !== null) expect(settingOfLivingArrangement(arrangement('0', code))).toBe(setting);
  });
  it('covers every setting that is not a foster family home', () => {
    const homes = ['foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive'];
    expect(Object.keys(SETTING_TO_E120).sort()).toEqual(
      PLACEMENT_SETTINGS.filter((s) => !homes.includes(s)).sort(),
    );
  });
});

describe('E113 = 1 and the E114–E119 flags → setting', () => {
  it.each([
    [{ E118: '1', E119: '1' }, 'pre_adoptive'], // Person 03: kin pre-adoptive home
    [{ E114: '1', E115: '1', E116: '1', E117: '1' }, 'foster_family_relative'], // Person 01
    [{ E117: '1', E118: '0' }, 'foster_family_relative'],
    [{ E119: '1' }, 'foster_family_relative'], // kin: unconfirmed, as Hearth records fictive kin
    [{ E114: '1', E117: '0', E118: '0', E119: '0' }, 'foster_family_nonrelative'],
    [{}, 'foster_family_nonrelative'],
  ] as const)('%j → %s', (flags, setting) => {
    expect(settingOfLivingArrangement(arrangement('1', null, flags))).toBe(setting);
  });
  it('E113 codes are 0 and 1', () => {
    expect(E113_CODES.codes.map((c) => [c.code, c.value])).toEqual([
      ['0', false],
      ['1', true],
    ]);
  });
});

describe('other element codes', () => {
  it.each([
    [E6_SEX, '1', 'male'],
    [E6_SEX, '2', 'female'],
    [E121_LOCATION, '1', 'in_state'],
    [E121_LOCATION, '2', 'out_of_state'],
    [E121_LOCATION, '3', 'out_of_country'],
    [E121_LOCATION, '4', 'runaway'],
    [E148_PERMANENCY_PLAN, '1', 'reunification'],
    [E148_PERMANENCY_PLAN, '2', 'relative'],
    [E148_PERMANENCY_PLAN, '3', 'adoption'],
    [E148_PERMANENCY_PLAN, '4', 'guardianship'],
    [E148_PERMANENCY_PLAN, '5', 'appla'],
    [E152_VISIT_LOCATION, '1', 'residence'],
    [E152_VISIT_LOCATION, '2', 'other'],
    [E71_REMOVAL_ENVIRONMENT, '1', 'parent_household'],
    [E71_REMOVAL_ENVIRONMENT, '2', 'relative_household'],
    [E71_REMOVAL_ENVIRONMENT, '3', 'legal_guardian_household'],
    [E71_REMOVAL_ENVIRONMENT, '4', 'relative_legal_guardian_household'],
    [E71_REMOVAL_ENVIRONMENT, '5', 'justice_facility'],
    [E71_REMOVAL_ENVIRONMENT, '6', 'medical_facility'],
    [E71_REMOVAL_ENVIRONMENT, '7', 'other'],
    [E156_TRANSFER_AGENCY, '1', 'state_iv_e'],
    [E156_TRANSFER_AGENCY, '7', 'private'],
  ] as const)('%#: %s ↔ %s', (list, code, value) => {
    expect(decodeAfcars(list as never, code)).toBe(value);
    expect(encodeAfcars(list as never, value as never)).toBe(code);
  });
  it.each([
    [E6_SEX, '0'],
    [E6_SEX, '9'],
    [E121_LOCATION, '5'],
    [E148_PERMANENCY_PLAN, '6'],
    [E152_VISIT_LOCATION, '3'],
    [E71_REMOVAL_ENVIRONMENT, '8'],
  ] as const)('%#: %s is not a code', (list, code) => {
    expect(decodeAfcars(list as never, code)).toBeUndefined();
  });
  it('Hearth’s sex "unknown" has no E6 code', () => {
    expect(encodeAfcars(E6_SEX, 'unknown' as never)).toBeUndefined();
  });
});

const withRace = (flags: Record<string, string>, e21: string | null): AfcarsRecord => {
  const race = Object.fromEntries(
    ['E13', 'E14', 'E15', 'E16', 'E17', 'E18', 'E19', 'E20'].map((e) => [e, cellOf(flags[e] ?? '0')]),
  ) as AfcarsRecord['race'];
  return {
    line: null,
    E4: cellOf('X'),
    E5: cellOf('20150101'),
    E6: cellOf('1'),
    race,
    E21: cellOf(e21),
    removals2020: [],
    removals1993: [],
  };
};

describe('E13–E21 → the interchange race_ethnicity (the database export’s collapse rule)', () => {
  it.each([
    [{ E13: '1', E14: '1', E15: '1', E16: '1', E17: '1' }, '1', 'two_or_more'], // Person 01
    [{ E19: '1' }, '7', null], // Person 03: abandoned
    [{ E13: '1' }, '0', 'american_indian_alaska_native'],
    [{ E14: '1' }, '0', 'asian'],
    [{ E15: '1' }, '0', 'black'],
    [{ E16: '1' }, '0', 'native_hawaiian_pacific_islander'],
    [{ E17: '1' }, '0', 'white'],
    [{ E17: '1' }, '9', 'white'],
    [{ E17: '1' }, '8', 'white'],
    [{ E18: '1' }, '1', 'hispanic'],
    [{ E17: '1' }, '1', 'two_or_more'],
    [{ E18: '1' }, '9', null],
    [{ E20: '1' }, '8', null],
    [{ E17: '1' }, null, 'white'],
  ] as const)('%j with E21 %s → %s', (flags, e21, value) => {
    expect(raceEthnicityOfRecord(withRace(flags, e21))).toBe(value);
  });
  it('E21 codes 7, 8 and 9 contribute nothing and are marked unconfirmed', () => {
    for (const code of ['0', '7', '8', '9']) expect(decodeAfcars(E21_HISPANIC, code)).toBeNull();
    expect(E21_HISPANIC.codes.filter((c) => c.unconfirmed).map((c) => c.code)).toEqual(['7', '8', '9']);
  });
  it.each([
    [[], null],
    [['unknown'], null],
    [['white', 'unknown'], 'white'],
    [['two_or_more'], 'two_or_more'],
    [['hispanic', 'white'], 'two_or_more'],
    [['black', 'black'], 'black'],
  ] as const)('collapse %j → %s', (values, expected) => {
    expect(collapseRaceEthnicity(values)).toBe(expected);
  });
});

describe('dates, reporting periods and the agency code', () => {
  it.each([
    ['202303', '2022-10-01', '2023-03-31', '202303'],
    ['2023A', '2022-10-01', '2023-03-31', '202303'],
    ['202309', '2023-04-01', '2023-09-30', '202309'],
    ['2023B', '2023-04-01', '2023-09-30', '202309'],
  ])('E2 %s runs from %s to %s', (e2, start, end, code) => {
    expect(afcarsReportPeriod(e2)).toEqual({ start, end, code });
  });
  it.each(['202306', '2023', '20230', '2023C', ''])('E2 %j is not a period', (e2) => {
    expect(afcarsReportPeriod(e2)).toBeNull();
  });
  it.each([
    ['2026-11-23', '202703'],
    ['2026-10-01', '202703'],
    ['2026-09-30', '202609'],
    ['2026-04-01', '202609'],
    ['2026-03-31', '202603'],
    ['2026-01-01', '202603'],
  ])('%s lies in the period %s', (date, e2) => {
    expect(afcarsReportPeriodOf(date)).toBe(e2);
  });
  it.each([
    ['20220414', '2022-04-14'],
    ['20240229', '2024-02-29'],
    ['20230229', null],
    ['20221301', null],
    ['2022-04-14', null],
    ['220414', null],
  ])('the AFCARS date %s is %s', (text, iso) => {
    expect(isoFromAfcarsDate(text)).toBe(iso);
  });
  it.each([
    ['NM', '35'],
    ['nm', '35'],
    ['CA', '06'],
    ['35', '35'],
    ['208', '208'],
    ['ZZ', null],
  ])('the state %s has E1 %s', (state, e1) => {
    expect(afcarsAgencyCode(state)).toBe(e1);
  });
  it('the 2020 rule applies from 2022-10-01, and the format is not confirmed by an XSD', () => {
    expect(AFCARS_2020.effectiveFrom.value).toBe('2022-10-01');
    expect(AFCARS_2020.schemaConfirmed).toBe(false);
    expect(AFCARS_2020.namespace).toBe('http://www.acf.hhs.gov');
  });
});
