import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_FIELD_CLASSES } from '../access/sensitive.ts';
import {
  carryForwardAnswers,
  checklistAnswerProblem,
  checklistBenchOrder,
  checklistConcernsByDomain,
  checklistItemsFor,
  isChecklistItemVisible,
  isWellbeingConcern,
  mergeChecklistAnswers,
  wellbeingAgeBand,
  wellbeingInstrumentFor,
  wellbeingInstrumentVersion,
  type ChecklistAnswer,
  type ChecklistAnswers,
} from './checklist.ts';
import {
  WELLBEING_DOMAINS,
  WELLBEING_INSTRUMENTS,
  type WellbeingInstrument,
  type WellbeingItem,
} from './instrument.ts';

const V1 = WELLBEING_INSTRUMENTS[0]!;
const item = (id: string): WellbeingItem => V1.items.find((i) => i.id === id)!;
const answer = (value: ChecklistAnswer['value'], extra: Partial<ChecklistAnswer> = {}): ChecklistAnswer => ({
  value,
  note: null,
  fromLastTime: false,
  answeredOn: '2026-05-01',
  answeredBy: 'caseworker',
  ...extra,
});
const ids = (items: readonly WellbeingItem[]) => items.map((i) => i.id);

/** A later version for the tests: retires one item, rescales one rating, adds one item. */
const V2: WellbeingInstrument = {
  ...V1,
  version: 2,
  effectiveFrom: '2027-01-01',
  items: [
    ...V1.items
      .filter((i) => i.id !== 'identity.language')
      .map((i) =>
        i.id === 'behavioral.mood' && i.answer.type === 'rating'
          ? { ...i, answer: { ...i.answer, max: 10 } }
          : i,
      ),
    { ...item('safety.feels_safe'), id: 'safety.online', bands: ['12-13', '14+'] },
  ],
};

describe('the instrument, version 1', () => {
  it('asks about every domain, with unique ids, both languages and a bench question', () => {
    expect(new Set(V1.items.map((i) => i.domain))).toEqual(new Set(WELLBEING_DOMAINS));
    expect(new Set(ids(V1.items)).size).toBe(V1.items.length);
    for (const i of V1.items) {
      expect(i.id.length, i.id).toBeGreaterThan(3);
      for (const w of [i.text, i.benchQuestion]) {
        expect(w.en.trim(), i.id).not.toBe('');
        expect(w.es.trim(), i.id).not.toBe('');
        expect(w.es, i.id).not.toBe(w.en);
      }
      for (const b of i.bands)
        expect(
          V1.bands.map((x) => x.id),
          i.id,
        ).toContain(b);
      if (i.answer.type === 'yes_no') expect(i.answer.concernWhen.length, i.id).toBeGreaterThan(0);
    }
  });

  it('puts health and behavioral health behind the health grant, substance use behind its own', () => {
    for (const i of V1.items.filter((x) => x.domain === 'physical_dental_health'))
      expect(i.sensitiveClass, i.id).toBe('health');
    for (const i of V1.items.filter((x) => x.domain === 'behavioral_health'))
      expect(i.sensitiveClass, i.id).toBe(i.id === 'behavioral.substance_use' ? 'substance_use' : 'health');
    for (const i of V1.items)
      if (i.sensitiveClass) expect(SENSITIVE_FIELD_CLASSES, i.id).toContain(i.sensitiveClass);
  });

  it('is marked unconfirmed: the NM bulletin is not yet obtained', () => {
    expect(V1.unconfirmed).toBe(true);
    expect(V1.effectiveFrom).toBe('2026-01-01');
  });
});

describe('which version', () => {
  it.each([
    ['2025-12-31', null],
    ['2026-01-01', 1],
    ['2026-11-23', 1],
    ['2026-12-31', 1],
    ['2027-01-01', 2],
    ['2030-06-01', 2],
  ])('on %s is %s', (date, version) => {
    expect(wellbeingInstrumentFor(date, [V1, V2])?.version ?? null).toBe(version);
    expect(wellbeingInstrumentFor(date, [V2, V1])?.version ?? null).toBe(version);
  });

  it('is version 1 by default, and a saved checklist finds its own version by number', () => {
    expect(wellbeingInstrumentFor('2026-11-23')).toBe(V1);
    expect(wellbeingInstrumentVersion(1)).toBe(V1);
    expect(wellbeingInstrumentVersion(2, [V1, V2])).toBe(V2);
    expect(wellbeingInstrumentVersion(9)).toBeNull();
  });
});

describe('age bands select the items', () => {
  it.each([
    [0, '0-4'],
    [4, '0-4'],
    [5, '5-11'],
    [11, '5-11'],
    [12, '12-13'],
    [13, '12-13'],
    [14, '14+'],
    [20, '14+'],
    [null, null],
  ])('age %s is band %s', (age, band) => {
    expect(wellbeingAgeBand(V1, age)).toBe(band);
  });

  it.each([
    [
      '0-4',
      ['development.milestones', 'normalcy.play', 'health.immunizations'],
      ['education.attending', 'safety.feels_safe', 'transition.documents'],
    ],
    [
      '5-11',
      ['education.attending', 'safety.feels_safe', 'health.immunizations'],
      ['development.milestones', 'safety.missing_from_care', 'transition.documents'],
    ],
    [
      '12-13',
      ['safety.missing_from_care', 'behavioral.substance_use', 'identity.accepted'],
      ['health.immunizations', 'transition.documents'],
    ],
    [
      '14+',
      ['transition.documents', 'transition.goals', 'normalcy.friends'],
      ['development.milestones', 'normalcy.play'],
    ],
  ])('band %s asks %j and not %j', (band, asked, notAsked) => {
    const got = ids(checklistItemsFor(V1, band));
    expect(got).toEqual(expect.arrayContaining(asked));
    for (const id of notAsked) expect(got).not.toContain(id);
  });

  it('asks a child of unknown age only what is asked at every age', () => {
    const got = checklistItemsFor(V1, null);
    expect(got.length).toBeGreaterThan(5);
    for (const i of got) expect(i.bands).toEqual(['0-4', '5-11', '12-13', '14+']);
    expect(ids(got)).not.toContain('education.attending');
  });
});

describe('answers and concerns', () => {
  it.each([
    ['safety.feels_safe', 'yes', false],
    ['safety.feels_safe', 'no', true],
    ['safety.feels_safe', 'unsure', true],
    ['safety.new_reports', 'yes', true],
    ['safety.new_reports', 'no', false],
    ['behavioral.psychotropic', 'yes', true],
    ['behavioral.mood', 1, true],
    ['behavioral.mood', 2, true],
    ['behavioral.mood', 3, false],
    ['behavioral.mood', 5, false],
    ['development.strengths', 'Loves soccer', false],
    ['safety.feels_safe', null, false],
  ] as const)('%s answered %j is a concern: %s', (id, value, concern) => {
    expect(isWellbeingConcern(item(id), value)).toBe(concern);
  });

  it.each([
    ['safety.feels_safe', 'maybe', 'must be yes, no or unsure'],
    ['safety.feels_safe', 1, 'must be yes, no or unsure'],
    ['behavioral.mood', 0, 'must be a whole number from 1 to 5'],
    ['behavioral.mood', 2.5, 'must be a whole number from 1 to 5'],
    ['behavioral.mood', '3', 'must be a whole number from 1 to 5'],
    ['development.strengths', '   ', 'must be a few words'],
    ['development.strengths', 'x'.repeat(501), 'must be at most 500 characters'],
    ['development.strengths', 'Reads every night', null],
    ['behavioral.mood', 4, null],
    ['safety.feels_safe', 'unsure', null],
  ] as const)('%s answered %j: %s', (id, value, problem) => {
    expect(checklistAnswerProblem(item(id), value)).toBe(problem);
  });

  it('counts concerns per domain among the items the viewer sees', () => {
    const answers: ChecklistAnswers = {
      'safety.feels_safe': answer('no'),
      'safety.new_reports': answer('yes'),
      'health.checkup': answer('no'),
      'behavioral.substance_use': answer('yes'),
      'education.progress': answer(2),
      'education.attending': answer('yes'),
    };
    const items = checklistItemsFor(V1, '14+');
    const judge = checklistConcernsByDomain(items, answers, {
      household: false,
      classes: ['health', 'substance_use'],
    });
    expect(judge).toMatchObject({ safety: 2, physical_dental_health: 1, behavioral_health: 1, education: 1 });
    const noGrant = checklistConcernsByDomain(items, answers, { household: false, classes: [] });
    expect(noGrant).toMatchObject({
      safety: 2,
      physical_dental_health: 0,
      behavioral_health: 0,
      education: 1,
    });
    // At home: neither how safe the child feels there nor new reports; no sensitive class.
    const home = checklistConcernsByDomain(items, answers, { household: true, classes: [] });
    expect(home).toMatchObject({ safety: 0, physical_dental_health: 0, education: 1 });
    expect(Object.keys(home)).toEqual([...WELLBEING_DOMAINS]);
  });

  it('hides from the household what is not shown at home, and every class without its grant', () => {
    expect(isChecklistItemVisible(item('safety.feels_safe'), { household: true, classes: ['health'] })).toBe(
      false,
    );
    expect(isChecklistItemVisible(item('family.parents'), { household: false, classes: [] })).toBe(true);
    expect(isChecklistItemVisible(item('health.dental'), { household: false, classes: [] })).toBe(false);
    expect(isChecklistItemVisible(item('health.dental'), { household: false, classes: ['health'] })).toBe(
      true,
    );
    expect(isChecklistItemVisible(item('identity.accepted'), { household: false, classes: ['health'] })).toBe(
      false,
    );
    expect(isChecklistItemVisible(item('normalcy.friends'), { household: true, classes: [] })).toBe(true);
  });
});

describe('carry forward', () => {
  const last: ChecklistAnswers = {
    'safety.feels_safe': answer('yes', { answeredOn: '2026-03-02' }),
    'education.progress': answer(4, { note: 'B average' }),
    'behavioral.mood': answer(3),
    'identity.language': answer('yes'),
    'development.milestones': answer(5), // an item of the 0-4 band: the child has left it
  };

  it('marks each answer from last time and keeps who gave it and when', () => {
    const got = carryForwardAnswers({ instrument: V1, answers: last }, V1, '5-11');
    expect(Object.keys(got).sort()).toEqual([
      'behavioral.mood',
      'education.progress',
      'identity.language',
      'safety.feels_safe',
    ]);
    expect(got['safety.feels_safe']).toEqual(answer('yes', { answeredOn: '2026-03-02', fromLastTime: true }));
    expect(got['education.progress']!.note).toBe('B average');
  });

  it('leaves behind what the new version retired or now asks on another scale', () => {
    const got = carryForwardAnswers({ instrument: V1, answers: last }, V2, '12-13');
    expect(got['identity.language']).toBeUndefined(); // retired in version 2
    expect(got['behavioral.mood']).toBeUndefined(); // 1–5 became 1–10
    expect(got['safety.online']).toBeUndefined(); // new: nothing to carry
    expect(got['safety.feels_safe']!.fromLastTime).toBe(true);
  });

  it('leaves behind items of an age band the child has left', () => {
    const got = carryForwardAnswers({ instrument: V1, answers: last }, V1, '12-13');
    expect(got['development.milestones']).toBeUndefined();
  });

  it('never invents an answer for an item the new version lacks, nor changes one it carries (property)', () => {
    const bands = V1.bands.map((b) => b.id);
    const valueFor = (i: WellbeingItem): fc.Arbitrary<ChecklistAnswer['value']> =>
      i.answer.type === 'yes_no'
        ? fc.constantFrom('yes', 'no', 'unsure')
        : i.answer.type === 'rating'
          ? fc.integer({ min: -1, max: 12 })
          : fc.string({ maxLength: 600 });
    const instrumentArb = (version: number): fc.Arbitrary<WellbeingInstrument> =>
      fc
        .tuple(fc.subarray([...V1.items]), fc.subarray([...V1.items]), fc.integer({ min: 2, max: 10 }))
        .map(([kept, rescaled, max]) => ({
          ...V1,
          version,
          items: kept.map((i) =>
            rescaled.includes(i) && i.answer.type === 'rating' ? { ...i, answer: { ...i.answer, max } } : i,
          ),
        }));
    const answersArb = fc
      .subarray([...V1.items])
      .chain((items) => fc.tuple(...items.map((i) => valueFor(i).map((v) => [i.id, answer(v)] as const))))
      .map((pairs) => Object.fromEntries(pairs) as ChecklistAnswers);
    fc.assert(
      fc.property(
        instrumentArb(1),
        instrumentArb(2),
        answersArb,
        fc.option(fc.constantFrom(...bands), { nil: null }),
        (prior, next, answers, band) => {
          const got = carryForwardAnswers({ instrument: prior, answers }, next, band);
          const asked = new Map(checklistItemsFor(next, band).map((i) => [i.id, i]));
          for (const [id, a] of Object.entries(got)) {
            const nextItem = asked.get(id);
            expect(nextItem, id).toBeDefined();
            expect(prior.items.some((i) => i.id === id)).toBe(true);
            expect(checklistAnswerProblem(nextItem!, a.value)).toBeNull();
            expect(a.value).toBe(answers[id]!.value);
            expect(a.fromLastTime).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('saving answers', () => {
  const carried: ChecklistAnswers = {
    'safety.feels_safe': answer('yes', { fromLastTime: true, answeredOn: '2026-03-02' }),
    'education.progress': answer(4, { fromLastTime: true }),
    'health.checkup': answer('yes', { fromLastTime: true }),
  };
  const visible = new Set([
    'safety.feels_safe',
    'education.progress',
    'education.attending',
    'family.parents',
  ]);

  it('keeps an unchanged answer as it was, "from last time" included', () => {
    const got = mergeChecklistAnswers(
      carried,
      [{ itemId: 'safety.feels_safe', value: 'yes' }],
      visible,
      'casa_volunteer',
      '2026-11-20',
    );
    expect(got['safety.feels_safe']).toBe(carried['safety.feels_safe']);
  });

  it('makes a changed, confirmed or new answer the writer’s, today', () => {
    const got = mergeChecklistAnswers(
      carried,
      [
        { itemId: 'safety.feels_safe', value: 'yes', confirm: true },
        { itemId: 'education.progress', value: 2, note: '  failing math ' },
        { itemId: 'education.attending', value: 'no' },
      ],
      visible,
      'caseworker',
      '2026-11-20',
    );
    const fresh = { fromLastTime: false, answeredOn: '2026-11-20', answeredBy: 'caseworker' };
    expect(got['safety.feels_safe']).toEqual({ value: 'yes', note: null, ...fresh });
    expect(got['education.progress']).toEqual({ value: 2, note: 'failing math', ...fresh });
    expect(got['education.attending']).toEqual({ value: 'no', note: null, ...fresh });
  });

  it('drops what the writer left out, and keeps what the writer may not see', () => {
    const got = mergeChecklistAnswers(
      carried,
      [{ itemId: 'health.checkup', value: 'no' }],
      visible,
      'casa_volunteer',
      '2026-11-20',
    );
    expect(got['safety.feels_safe']).toBeUndefined();
    expect(got['education.progress']).toBeUndefined();
    // The health item is not the writer's to see: it stays as it was, and the answer sent is ignored.
    expect(got['health.checkup']).toBe(carried['health.checkup']);
  });
});

describe('the bench order', () => {
  it('puts concerns first, then unanswered items, then the rest, each in the instrument’s order', () => {
    const rows = [
      { id: 'a', concern: false, answered: true },
      { id: 'b', concern: false, answered: false },
      { id: 'c', concern: true, answered: true },
      { id: 'd', concern: false, answered: true },
      { id: 'e', concern: true, answered: true },
      { id: 'f', concern: false, answered: false },
    ];
    expect(checklistBenchOrder(rows).map((r) => r.id)).toEqual(['c', 'e', 'b', 'f', 'a', 'd']);
  });
});
