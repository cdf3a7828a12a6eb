import { describe, expect, it } from 'vitest';
import { REMOVAL_1993_EXIT_FC58 } from './codes.ts';
import {
  cellOf,
  emptyFosterHomeFlags,
  type AfcarsRecord,
  type AfcarsRemoval1993,
  type AfcarsRemoval2020,
} from './model.ts';
import { checkAfcarsRecord, type AfcarsCheckContext } from './validate.ts';

const ctx: AfcarsCheckContext = { periodEnd: '2023-03-31', today: '2023-05-15' };
/** Line numbers stand for elements: the line of E69 is 69, of E153 153, and so on. */
const c = (text: string | null, line: number) => cellOf(text, line);

function removal(over: Partial<AfcarsRemoval2020> = {}): AfcarsRemoval2020 {
  return {
    line: 1000,
    E69: c('20220606', 69),
    E70: c('20220606', 70),
    E71: c('6', 71),
    E3: c('53999', 3),
    livingArrangements: [
      {
        line: 1112,
        E112: c('20220606', 112),
        E113: c('1', 113),
        flags: { ...emptyFosterHomeFlags(114), E118: c('1', 118) },
        E120: c(null, 120),
        E121: c('2', 121),
        E122: c('17', 122),
      },
    ],
    plans: [{ line: 1147, E147: c('20220801', 147), E148: c('3', 148) }],
    reviews: [c('20220905', 149)],
    hearings: [c('20220801', 150)],
    visits: [{ line: 1151, E151: c('20221116', 151), E152: c('1', 152) }],
    E153: c('20230130', 153),
    E154: c('20230130', 154),
    E155: c('3', 155),
    E156: c(null, 156),
    ...over,
  };
}
const historical = (e69: string, e153: string, e155: string): AfcarsRemoval1993 => ({
  line: 1993,
  E69: c(e69, 69),
  E153: c(e153, 153),
  E155: c(e155, 155),
});

function record(over: Partial<AfcarsRecord> = {}): AfcarsRecord {
  return {
    line: 1,
    E4: c('TEST00000003', 4),
    E5: c('20220513', 5),
    E6: c('1', 6),
    race: {
      E13: c('0', 13),
      E14: c('0', 14),
      E15: c('0', 15),
      E16: c('0', 16),
      E17: c('0', 17),
      E18: c('0', 18),
      E19: c('1', 19),
      E20: c('0', 20),
    },
    E21: c('7', 21),
    removals2020: [removal()],
    removals1993: [],
    ...over,
  };
}

const messages = (rec: AfcarsRecord, context = ctx) =>
  checkAfcarsRecord(rec, context).map((i) => `${i.element}@${i.line}: ${i.message}`);

describe('checkAfcarsRecord', () => {
  it('passes a sound record (the shape of fixture Person 03)', () => {
    expect(messages(record())).toEqual([]);
  });

  it('an exit must be after the removal and on or after 2022-10-01', () => {
    expect(messages(record({ removals2020: [removal({ E153: c('20220606', 153) })] }))).toEqual([
      'E153@153: the exit date 2022-06-06 is not after the removal date 2022-06-06',
      'E153@153: the exit date 2022-06-06 is before 2022-10-01, when the 2020 rule took effect; an earlier exit is reported as a removal_1993',
      'E112@112: the living arrangement date 2022-06-06 is not before the exit date 2022-06-06',
      'E151@151: the caseworker visit date 2022-11-16 is after the exit date 2022-06-06',
    ]);
  });

  it('an open episode’s exit reason is 9, and 9 is not a reason for an exit', () => {
    const open = removal({ E153: c(null, 153), E154: c(null, 154), E155: c('3', 155) });
    expect(messages(record({ removals2020: [open] }))).toEqual([
      "E155@155: the exit reason is 3, but there is no exit date (E153): an open episode's exit reason is 9 (not applicable)",
    ]);
    expect(messages(record({ removals2020: [removal({ E155: c('9', 155) })] }))).toEqual([
      'E155@155: the exit reason is 9 (not applicable), but the episode exits on 2023-01-30 (E153)',
    ]);
    expect(messages(record({ removals2020: [removal({ E155: c(null, 155) })] }))).toEqual([
      'E155@155: the exit reason is missing',
    ]);
    expect(messages(record({ removals2020: [removal({ E155: c('10', 155) })] }))).toEqual([
      'E155@155: the exit reason "10" is not one of 1, 2, 3, 4, 5, 6, 7, 8, 9',
    ]);
  });

  it('no date is in the future, and none past the period where the editor says so', () => {
    const late = removal({
      E153: c(null, 153),
      E154: c(null, 154),
      E155: c('9', 155),
      visits: [{ line: 1151, E151: c('20230410', 151), E152: c('1', 152) }],
      reviews: [c('20230601', 149)],
    });
    expect(messages(record({ removals2020: [late] }))).toEqual([
      'E149@149: the periodic review date 2023-06-01 is in the future (today is 2023-05-15)',
      'E151@151: the caseworker visit date 2023-04-10 is after the end of the reporting period (2023-03-31)',
    ]);
  });

  it('dates must be real dates, and required ones present', () => {
    expect(messages(record({ E5: c('20220230', 5), removals2020: [removal({ E69: c(null, 69) })] }))).toEqual(
      ['E5@5: the date of birth "20220230" is not a date (YYYYMMDD)', 'E69@69: the removal date is missing'],
    );
  });

  it('dates inside the episode are not before the removal', () => {
    const early = removal({
      plans: [{ line: 1147, E147: c('20220601', 147), E148: c('3', 148) }],
      hearings: [c('20220501', 150)],
      E69: c('20220606', 69),
    });
    expect(messages(record({ removals2020: [early] }))).toEqual([
      'E147@147: the permanency plan date 2022-06-01 is before the removal date 2022-06-06',
      'E150@150: the permanency hearing date 2022-05-01 is before the removal date 2022-06-06',
    ]);
  });

  it('checks the living arrangement’s type and location', () => {
    const la = (e113: string, e120: string | null, e121: string) =>
      record({
        removals2020: [
          removal({
            livingArrangements: [
              {
                line: 1112,
                E112: c('20220606', 112),
                E113: c(e113, 113),
                flags: emptyFosterHomeFlags(114),
                E120: c(e120, 120),
                E121: c(e121, 121),
                E122: c(null, 122),
              },
            ],
          }),
        ],
      });
    expect(messages(la('0', null, '1'))).toEqual([
      'E120@120: the arrangement is not a foster family home (E113 = 0) but has no type',
    ]);
    expect(messages(la('1', '5', '1'))).toEqual([
      'E120@120: "5" is given, but the arrangement is a foster family home (E113 = 1)',
    ]);
    expect(messages(la('0', '12', '1'))).toEqual([
      'E121@121: 1 is given, but the arrangement is runaway or whereabouts unknown (E120 = 12), whose location is 4',
    ]);
    expect(messages(la('0', '5', '4'))).toEqual([
      'E121@121: 4 (runaway or whereabouts unknown) is given, but the arrangement is not runaway or whereabouts unknown (E120 12 or 13)',
    ]);
    expect(messages(la('0', '13', '4'))).toEqual([]);
    expect(messages(la('2', null, '1'))).toEqual([
      'E113@113: the foster family home flag "2" is not one of 0, 1',
    ]);
    expect(messages(la('0', '15', '1'))).toEqual([
      'E120@120: the living arrangement type "15" is not one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14',
    ]);
  });

  it('a visit needs its location, and one without a date is dropped (as the editor does)', () => {
    const visits = [
      { line: 1151, E151: c('20221116', 151), E152: c(null, 152) },
      { line: 1160, E151: c(null, 1161), E152: c('7', 1162) },
    ];
    expect(messages(record({ removals2020: [removal({ visits })] }))).toEqual([
      'E152@152: the caseworker visit location is missing',
    ]);
  });

  it('checks the child: record number, sex and race flags', () => {
    const race = { ...record().race, E17: c('1', 17) };
    expect(messages(record({ E4: c('TEST-0000003', 4), E6: c('3', 6), race }))).toEqual([
      'E4@4: the child record number "TEST-0000003" is not 1 to 12 letters and digits',
      'E6@6: the sex "3" is not one of 1, 2',
      'E19@19: race is marked abandoned (E19) together with a race or unknown (E13–E18)',
    ]);
    const both = { ...record().race, E20: c('1', 20) };
    expect(messages(record({ race: both }))).toEqual([
      'E19@19: race is marked both abandoned (E19) and declined (E20)',
    ]);
    expect(messages(record({ race: { ...record().race, E13: c('2', 13) } }))).toEqual([
      'E13@13: "2" is not a flag (0 or 1)',
    ]);
  });

  it('is lenient where Hearth cannot always supply what the editor asks (empty E6, no race flag, short E4)', () => {
    const noRace = Object.fromEntries(
      Object.keys(record().race).map((k) => [k, c('0', 13)]),
    ) as AfcarsRecord['race'];
    expect(messages(record({ E4: c('C1', 4), E6: c(null, 6), race: noRace, E21: c(null, 21) }))).toEqual([]);
  });

  it('checks historical episodes: before 2022-10-01, removal before exit, a 1993 exit reason', () => {
    const rec = record({
      E5: c('20150909', 5),
      removals1993: [
        historical('20200120', '20200201', '1'),
        historical('20180120', '20180301', '7'),
        historical('20210101', '20221001', '2'),
        historical('20190301', '20190301', '2'),
      ],
    });
    expect(messages(rec)).toEqual([
      'E155@155: the exit reason "7" is not one of 1, 2, 3, 4, 5, 6, 8',
      'E153@153: the exit date 2022-10-01 of a historical removal (removal_1993) is not before 2022-10-01, when the 2020 rule took effect',
      'E153@153: the exit date 2019-03-01 is not after the removal date 2019-03-01',
      'E69@69: the removal date 2022-06-06 falls inside the episode removed on 2021-01-01, which exits on 2022-10-01',
    ]);
    // With the FC 58 reading, 7 (runaway) is a reason.
    expect(
      checkAfcarsRecord(
        record({ E5: c('20150909', 5), removals1993: [historical('20180120', '20180301', '7')] }),
        {
          ...ctx,
          removal1993: REMOVAL_1993_EXIT_FC58,
        },
      ),
    ).toEqual([]);
  });

  it('no two episodes overlap; a removal on the day of the last exit does not', () => {
    const open = removal({ E153: c(null, 153), E154: c(null, 154), E155: c('9', 155) });
    const second = removal({
      E69: c('20221201', 69),
      livingArrangements: [],
      visits: [],
      plans: [],
      reviews: [],
      hearings: [],
    });
    expect(messages(record({ removals2020: [open, second] }))).toEqual([
      'E69@69: the removal date 2022-12-01 falls while the episode removed on 2022-06-06 is still open',
    ]);
    const back = removal({
      E69: c('20230130', 69),
      E153: c(null, 153),
      E154: c(null, 154),
      E155: c('9', 155),
      livingArrangements: [],
      visits: [],
      plans: [],
      reviews: [],
      hearings: [],
    });
    expect(messages(record({ removals2020: [removal(), back] }))).toEqual([]);
  });

  it('a removal is not before the child’s birth', () => {
    expect(messages(record({ E5: c('20220701', 5) }))).toEqual([
      'E69@69: the removal date 2022-06-06 is before the date of birth 2022-07-01',
    ]);
  });
});
