import { describe, expect, it } from 'vitest';
import { REMOVAL_1993_EXIT_FC58 } from './codes.ts';
import {
  buildAfcarsRecord,
  type HearthChildForAfcars,
  type HearthPlacementForAfcars,
} from './from-hearth.ts';
import type { AfcarsCell } from './model.ts';
import { afcarsRecordToInterchange } from './to-interchange.ts';
import { checkAfcarsRecord } from './validate.ts';

const home = (
  setting: HearthPlacementForAfcars['setting'],
  startDate: string,
  over: Partial<HearthPlacementForAfcars> = {},
): HearthPlacementForAfcars => ({
  setting,
  startDate,
  outOfState: false,
  providerKind: null,
  providerLicensed: null,
  ...over,
});

function child(over: Partial<HearthChildForAfcars> = {}): HearthChildForAfcars {
  return {
    afcarsId: 'NM000000042',
    birthDate: '2012-03-04',
    sex: 'female',
    raceEthnicity: ['hispanic', 'white'],
    county: 'Bernalillo',
    removals: [
      {
        id: 'old',
        removalDate: '2019-05-01',
        recordedDate: '2019-05-02',
        environment: 'parent_household',
        dischargeDate: '2020-02-01',
        dischargeReason: 'reunification',
        dischargeRecordedDate: null,
        placements: [home('foster_family_nonrelative', '2019-05-01')],
      },
      {
        id: 'now',
        removalDate: '2022-08-10',
        recordedDate: '2022-08-11',
        environment: 'relative_household',
        dischargeDate: null,
        dischargeReason: null,
        dischargeRecordedDate: null,
        placements: [
          home('foster_family_relative', '2022-08-10', {
            providerKind: 'fictive_kin',
            providerLicensed: false,
          }),
          home('respite', '2022-09-01'),
          home('group_home', '2022-09-05', { providerKind: 'group_home', providerLicensed: true }),
          home('runaway', '2022-12-01'),
          home('pre_adoptive', '2023-01-15', {
            providerKind: 'foster_family',
            providerLicensed: true,
            outOfState: true,
          }),
          home('trial_home_visit', '2023-06-01'),
        ],
      },
    ],
    plans: [
      { removalId: 'now', goal: 'reunification', established: '2022-09-20' },
      { removalId: 'now', goal: 'adoption', established: '2023-01-10' },
      { removalId: 'old', goal: 'reunification', established: '2019-06-01' },
    ],
    hearings: [
      { type: 'initial_judicial_review', date: '2022-11-01' },
      { type: 'periodic_review', date: '2023-02-01' },
      { type: 'periodic_review', date: '2023-02-01' },
      { type: 'permanency', date: '2023-03-01' },
      { type: 'disposition', date: '2022-09-20' },
      { type: 'periodic_review', date: '2019-08-01' },
    ],
    visits: [
      { date: '2019-06-10', location: 'residence', faceToFace: true },
      { date: '2022-08-20', location: 'residence', faceToFace: true },
      { date: '2022-09-20', location: 'other', faceToFace: true },
      { date: '2022-10-20', location: 'residence', faceToFace: false },
      { date: '2023-04-20', location: 'residence', faceToFace: true },
    ],
    ...over,
  };
}

const text = (cell: AfcarsCell): string | null => cell.text;

describe('buildAfcarsRecord: one child of Hearth as an AFCARS 2020 record', () => {
  const { record, omitted } = buildAfcarsRecord(child(), { periodEnd: '2023-03-31' });
  if (!record) throw new Error('no record');
  const [now] = record.removals2020;
  if (!now) throw new Error('no 2020 removal');

  it('writes the child: E4, E5 YYYYMMDD, E6 2 female, race flags with E21 Hispanic', () => {
    expect([text(record.E4), text(record.E5), text(record.E6), text(record.E21)]).toEqual([
      'NM000000042',
      '20120304',
      '2',
      '1',
    ]);
    expect(Object.fromEntries(Object.entries(record.race).map(([k, v]) => [k, v.text]))).toEqual({
      E13: '0',
      E14: '0',
      E15: '0',
      E16: '0',
      E17: '1',
      E18: '0',
      E19: '0',
      E20: '0',
    });
  });

  it('splits the episodes at 2022-10-01: an earlier exit is a removal_1993 with E69, E153, E155', () => {
    expect(record.removals1993.map((r) => [text(r.E69), text(r.E153), text(r.E155)])).toEqual([
      ['20190501', '20200201', '1'],
    ]);
    expect(record.removals2020).toHaveLength(1);
    expect([text(now.E69), text(now.E70), text(now.E71), text(now.E3)]).toEqual([
      '20220810',
      '20220811',
      '2',
      null, // a county name is not a FIPS code
    ]);
    expect([text(now.E153), text(now.E154), text(now.E155), text(now.E156)]).toEqual([null, null, '9', null]);
  });

  it('writes the living arrangements up to the period’s end, without respite', () => {
    expect(
      now.livingArrangements.map((la) => [
        text(la.E112),
        text(la.E113),
        Object.values(la.flags).map(text).join(','),
        text(la.E120),
        text(la.E121),
      ]),
    ).toEqual([
      ['20220810', '1', '0,,,0,0,1', null, '1'], // fictive kin: E119; unlicensed: E114 0
      ['20220905', '0', ',,,,,', '2', '1'],
      ['20221201', '0', ',,,,,', '12', '4'], // runaway: location 4
      ['20230115', '1', '1,,,0,1,0', null, '2'], // pre-adoptive, licensed, out of state
    ]);
  });

  it('writes primary plans, reviews and hearings of the episode, one per day, and face-to-face visits', () => {
    expect(now.plans.map((p) => [text(p.E147), text(p.E148)])).toEqual([
      ['20220920', '1'],
      ['20230110', '3'],
    ]);
    expect(now.reviews.map(text)).toEqual(['20221101', '20230201']);
    expect(now.hearings.map(text)).toEqual(['20230301']);
    expect(now.visits.map((v) => [text(v.E151), text(v.E152)])).toEqual([
      ['20220820', '1'],
      ['20220920', '2'],
    ]);
  });

  it('counts what it leaves out', () => {
    expect(omitted).toEqual({
      'placement.respite': 1,
      'placement.after_period': 1,
      'placement.historical': 1,
      'plan.outside_episode': 1,
      'hearing.outside_episode': 1,
      'visit.outside_2020_episode': 1,
      'visit.not_face_to_face': 1,
      'visit.after_period': 1,
    });
  });

  it('passes the import’s checks and reads back as the interchange rows AFCARS can carry', () => {
    expect(checkAfcarsRecord(record, { periodEnd: '2023-03-31', today: '2023-04-30' })).toEqual([]);
    expect(afcarsRecordToInterchange(record)).toEqual({
      'children.csv': [['NM000000042', '2012-03-04', 'female', 'two_or_more', null]],
      'removals.csv': [
        ['NM000000042', 'R20190501', '2019-05-01', '2020-02-01', 'reunification', null],
        ['NM000000042', 'R20220810', '2022-08-10', null, null, null],
      ],
      'placements.csv': [
        // The respite week is not an arrangement: the kin home runs on to the group home.
        ['NM000000042', 'R20220810', '2022-08-10', '2022-09-05', 'foster_family_relative', null],
        ['NM000000042', 'R20220810', '2022-09-05', '2022-12-01', 'group_home', null],
        ['NM000000042', 'R20220810', '2022-12-01', '2023-01-15', 'runaway', null],
        ['NM000000042', 'R20220810', '2023-01-15', null, 'pre_adoptive', null],
      ],
      'visits.csv': [
        ['NM000000042', '2022-08-20', 'residence', 'true'],
        ['NM000000042', '2022-09-20', 'other', 'true'],
      ],
    });
  });
});

describe('buildAfcarsRecord: periods, exits and what Hearth does not know', () => {
  it('an exit after the period’s end leaves the episode open; a removal after it is left out', () => {
    const c = child();
    c.removals[1]!.dischargeDate = '2023-05-01';
    c.removals[1]!.dischargeReason = 'adoption';
    c.removals.push({ ...c.removals[1]!, id: 'later', removalDate: '2023-06-01', placements: [] });
    const { record, omitted } = buildAfcarsRecord(c, { periodEnd: '2023-03-31' });
    expect(record?.removals2020.map((r) => [r.E69.text, r.E153.text, r.E155.text])).toEqual([
      ['20220810', null, '9'],
    ]);
    expect(omitted['removal.after_period']).toBe(1);
  });

  it('writes an exit with its reason and transaction date', () => {
    const c = child();
    c.removals[1]!.dischargeDate = '2023-02-01';
    c.removals[1]!.dischargeReason = 'transfer';
    c.removals[1]!.dischargeRecordedDate = '2023-02-03';
    const now = buildAfcarsRecord(c, { periodEnd: '2023-03-31' }).record!.removals2020[0]!;
    expect([now.E153.text, now.E154.text, now.E155.text, now.E156.text]).toEqual([
      '20230201',
      '20230203',
      '8',
      null,
    ]);
    // The arrangement that began after the exit is not the episode's.
    expect(now.livingArrangements.map((la) => la.E112.text)).toEqual([
      '20220810',
      '20220905',
      '20221201',
      '20230115',
    ]);
  });

  it('a death before the 2020 rule has no editor code: E155 empty and counted; FC 58 has 8', () => {
    const c = child();
    c.removals[0]!.dischargeReason = 'death';
    const editor = buildAfcarsRecord(c, { periodEnd: '2023-03-31' });
    expect(editor.record?.removals1993[0]?.E155.text).toBeNull();
    expect(editor.omitted['exit.reason_not_in_1993_list']).toBe(1);
    const fc58 = buildAfcarsRecord(c, { periodEnd: '2023-03-31', removal1993: REMOVAL_1993_EXIT_FC58 });
    expect(fc58.record?.removals1993[0]?.E155.text).toBe('8');
  });

  it('has no record for a child whose removals all come after the period', () => {
    const c = child({ removals: [{ ...child().removals[1]!, removalDate: '2023-04-02' }] });
    expect(buildAfcarsRecord(c, { periodEnd: '2023-03-31' }).record).toBeNull();
  });

  it.each([
    [['white'], 'E17', '0'],
    [['hispanic'], 'E18', '1'],
    [['two_or_more'], 'E18', '9'],
    [['unknown'], 'E18', '9'],
    [[], 'E18', '9'],
    [['asian', 'black'], 'E14,E15', '0'],
  ] as const)('race %j: flags %s, E21 %s', (values, flags, e21) => {
    const { record } = buildAfcarsRecord(child({ raceEthnicity: values }), { periodEnd: '2023-03-31' });
    const set = Object.entries(record!.race)
      .filter(([, v]) => v.text === '1')
      .map(([k]) => k)
      .join(',');
    expect([set, record!.E21.text]).toEqual([flags, e21]);
  });

  it('sex unknown, no birth date and a 5-digit county: E6 empty, E5 empty and counted, E3 the county', () => {
    const { record, omitted } = buildAfcarsRecord(
      child({ sex: 'unknown', birthDate: null, county: '35001' }),
      {
        periodEnd: '2023-03-31',
      },
    );
    expect([record!.E6.text, record!.E5.text, record!.removals2020[0]!.E3.text]).toEqual([
      null,
      null,
      '35001',
    ]);
    expect(omitted['child.no_birth_date']).toBe(1);
  });
});
