import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BenchEducationChild, EducationRecord, NormalcyRecord } from '../../api/types.ts';
import { checker } from '../../components/form/rules.ts';
import { educationEn } from '../../i18n/education.en.ts';
import { educationEs } from '../../i18n/education.es.ts';
import { formattersFor } from '../../i18n/format.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { BenchEducation } from './BenchEducation.tsx';
import { buildBody, FORM_SPECS } from './educationFormSpecs.ts';
import { flagText, holderOn, schoolTimeline } from './educationModel.ts';
import { educationFormOf, educationPaths } from './educationPaths.ts';
import { EducationView } from './EducationSection.tsx';
import { NormalcyView } from './NormalcySection.tsx';

// The router listens to the browser's history when loaded, and the language switch reads the browser's
// languages: an English reader with a history that never moves (Node has neither).
vi.hoisted(() => {
  Object.assign(globalThis, { window: { addEventListener: () => undefined } });
});
vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
afterAll(() => vi.unstubAllGlobals());

const en = formattersFor('en');
const es = formattersFor('es');

const school = (id: string, name: string, enrolledOn: string, reason: string, exitedOn: string | null) => ({
  id,
  schoolName: name,
  schoolDistrict: 'Albuquerque Public Schools',
  enrolledOn,
  reason,
  isSchoolOfOrigin: id === 's1',
  recordsRequestedOn: null,
  recordsReceivedOn: null,
  exitedOn,
  exitReason: exitedOn ? 'moved' : null,
  version: 1,
});

const RECORD: EducationRecord = {
  childId: 'c1',
  today: '2026-11-23',
  inCareSince: '2025-03-14',
  enrollments: [
    school('s2', 'Alameda Elementary', '2025-10-06', 'placement_change', '2026-05-29'),
    school('s1', 'Los Ranchos Elementary', '2023-08-10', 'other', '2025-10-03'),
    school('s3', 'Taft Middle School', '2026-08-13', 'promotion', null),
  ],
  currentEnrollmentId: 's3',
  moves: { moves: 1, schoolYearMoves: 1 },
  placements: [{ id: 'p1', startedOn: '2025-10-01', setting: 'foster_family_relative' }],
  bestInterest: [
    {
      id: 'b1',
      placementId: 'p1',
      decidedOn: '2025-10-02',
      participants: [
        { role: 'child', name: 'Ana' },
        { role: 'school_district', name: 'APS point of contact' },
      ],
      factors: ['proximity_to_placement'],
      decision: 'stay_in_school_of_origin',
      disputed: false,
      disputeOutcome: null,
      notes: null,
      transport: { provider: 'school_district', payer: 'shared', startsOn: '2025-10-03', notes: null },
      version: 1,
    },
  ],
  decisionMakers: [
    {
      id: 'm1',
      name: 'Rosa Chavez',
      relationship: 'parent',
      authority: 'parental_right',
      authorityReference: null,
      since: '2025-03-14',
      until: null,
    },
  ],
  specialEducation: { withheld: true },
  attendance: [
    {
      id: 'a1',
      term: 'Fall 2026',
      termStart: '2026-08-13',
      termEnd: '2026-12-18',
      daysAbsent: 4,
      daysEnrolled: 70,
    },
  ],
  credits: [],
  creditsStatus: null,
  advocates: [],
  flags: [
    {
      kind: 'bid_missing',
      subjectId: 'p1',
      since: '2025-10-07',
      on: '2025-10-01',
      amount: 12,
      citation: 'SSA §475(1)(G)(i)',
      unconfirmed: true,
    },
  ],
};

const renderIn = (node: React.ReactNode) => renderToStaticMarkup(<I18nProvider>{node}</I18nProvider>);

describe('the education section', () => {
  it('orders schools oldest first and marks each change a move, but not a promotion', () => {
    expect(schoolTimeline(RECORD.enrollments).map((s) => [s.id, s.isMove])).toEqual([
      ['s1', false],
      ['s2', true],
      ['s3', false],
    ]);
  });

  it('shows the moves, the school of origin, the determination with its transport, and withholds the plan', () => {
    const html = renderIn(<EducationView data={RECORD} mayRecord />);
    expect(html).toContain('1 school move, 1 during the school year.');
    expect(html).toContain('School of origin');
    expect(html).toContain('Stay in the school of origin');
    expect(html).toContain('The school district provides it, both, shared pays, from');
    expect(html).toContain('Not shown: IEP and 504 plans are health information');
    expect(html).toContain(
      'No best-interest determination for the placement change of Oct 1, 2025: 12 days past due.',
    );
    expect(html).toContain('not confirmed in law');
    expect(html).toContain('Rosa Chavez (parent)');
    // The IEP form is not offered to a reader from whom the plan is withheld.
    expect(html).toContain(educationPaths('c1').bestInterest);
    expect(html).not.toContain(educationPaths('c1').plan);
    expect(renderIn(<EducationView data={RECORD} mayRecord={false} />)).not.toContain('/education/school');
  });

  it('says each flag in Spanish too', () => {
    const { text, rule } = flagText(RECORD.flags[0]!, educationEs, es.date);
    expect(text).toMatch(
      /^No hay decisión sobre el interés superior para el cambio de colocación del .*12 días/,
    );
    expect(rule).toContain('no está confirmado');
    expect(flagText(RECORD.flags[0]!, educationEn, en.date).text).toContain('12 days past due');
  });

  it('says chronic absence in plain words, days out of the days enrolled, in English and Spanish', () => {
    const flag = {
      kind: 'chronic_absence' as const,
      subjectId: 't1',
      since: '2026-08-17',
      on: '2026-08-17',
      amount: 9,
      outOf: 60,
      citation: 'NMSA 1978 §22-12A-2',
      unconfirmed: true,
    };
    expect(flagText(flag, educationEn, en.date).text).toBe(
      'Missing school: 9 of 60 days absent in the term from Aug 17, 2026 (15%).',
    );
    expect(flagText(flag, educationEs, es.date).text).toMatch(
      /^Falta a clases: faltó 9 de 60 días en el período que empezó el .*2026 \(15%\)\.$/,
    );
    // 7 of 60 is 11.7%: said as a whole percent.
    expect(flagText({ ...flag, amount: 7 }, educationEn, en.date).text).toContain('7 of 60 days absent');
    expect(flagText({ ...flag, amount: 7 }, educationEn, en.date).text).toContain('(12%)');
  });

  it('finds the holder of a role on a day', () => {
    const rows = [
      { since: '2025-01-01', until: '2025-03-02' },
      { since: '2025-03-03', until: null },
    ];
    expect(holderOn(rows, '2025-03-02')).toBe(rows[0]);
    expect(holderOn(rows, '2025-06-01')).toBe(rows[1]);
    expect(holderOn(rows, '2024-12-31')).toBeNull();
  });
});

describe('the education forms', () => {
  it('are found by their address', () => {
    expect(educationFormOf('/children/abc/education/best-interest')).toEqual({
      childId: 'abc',
      kind: 'bestInterest',
    });
    expect(educationFormOf('/children/abc/normalcy/decision/')).toEqual({ childId: 'abc', kind: 'decision' });
    expect(educationFormOf('/children/abc/education/nope')).toBeNull();
    expect(educationFormOf('/children/abc')).toBeNull();
  });

  it('send a determination with its participants and transport plan, leaving out what is empty', () => {
    const spec = FORM_SPECS.bestInterest;
    const fields = spec.fields(educationEn, { record: RECORD, label: en.date, setting: (s) => s });
    const values = {
      decidedOn: '2026-11-20',
      'participant.child': 'Ana',
      'participant.parent': '',
      'participant.school_district': 'APS',
      factors: ['proximity_to_placement'],
      decision: 'stay_in_school_of_origin',
      disputed: false,
      'transport.provider': 'school_district',
      'transport.payer': 'agency',
      'transport.startsOn': '2026-11-23',
    };
    const check = checker(values);
    const body = spec.shape!(buildBody(fields, values, check, '2026-11-23'), values);
    spec.check!(values, check);
    expect(check.found).toEqual({});
    expect(body).toEqual({
      decidedOn: '2026-11-20',
      participants: [
        { role: 'child', name: 'Ana' },
        { role: 'school_district', name: 'APS' },
      ],
      factors: ['proximity_to_placement'],
      decision: 'stay_in_school_of_origin',
      disputed: false,
      transport: { provider: 'school_district', payer: 'agency', startsOn: '2026-11-23' },
    });
  });

  it('ask for a transport plan to stay, and for who took part', () => {
    const spec = FORM_SPECS.bestInterest;
    const fields = spec.fields(educationEn, { record: RECORD, label: en.date, setting: (s) => s });
    const values = { decidedOn: '2026-11-24', factors: [], decision: 'stay_in_school_of_origin' };
    const check = checker(values);
    buildBody(fields, values, check, '2026-11-23');
    spec.check!(values, check);
    expect(Object.keys(check.found).sort()).toEqual([
      'decidedOn',
      'factors',
      'participant.child',
      'transport.payer',
      'transport.provider',
      'transport.startsOn',
    ]);
  });

  it('send numbers and yes-or-no answers as such', () => {
    const credits = FORM_SPECS.credits.fields(educationEn, {
      record: undefined,
      label: en.date,
      setting: (s) => s,
    });
    const values = { asOf: '2026-11-01', grade: '10', earned: '7.5', expected: '' };
    expect(buildBody(credits, values, checker(values), '2026-11-23')).toEqual({
      asOf: '2026-11-01',
      grade: 10,
      earned: 7.5,
    });
    const bad = { asOf: '2026-11-01', grade: 'ten', earned: '7' };
    const check = checker(bad);
    buildBody(credits, bad, check, '2026-11-23', educationEs.form.wholeNumber);
    expect(check.found.grade).toEqual({ text: 'Escriba un número.' });
    const decision = FORM_SPECS.decision.fields(educationEn, {
      record: undefined,
      label: en.date,
      setting: (s) => s,
    });
    const v = { category: 'sport', activity: 'Soccer', decidedOn: '2026-11-20', approved: 'false' };
    expect(buildBody(decision, v, checker(v), '2026-11-23')).toMatchObject({
      approved: false,
      category: 'sport',
    });
  });
});

describe('normalcy and the bench', () => {
  const NORMALCY: NormalcyRecord = {
    childId: 'c1',
    decisions: [
      {
        id: 'd1',
        category: 'driving_lessons',
        activity: 'Driving lessons with a licensed school',
        decidedOn: '2026-11-10',
        decidedBy: 'Foster parent Rosa',
        decidedByRole: 'caregiver',
        approved: true,
        notes: null,
      },
    ],
    conversations: [],
  };

  it('lists activity decisions with their answer in words, and offers the forms to those who record', () => {
    const html = renderIn(<NormalcyView data={NORMALCY} mayRecord />);
    expect(html).toContain('Driving lessons with a licensed school');
    expect(html).toContain('Driving lessons</td>');
    expect(html).toContain('>Yes</span>');
    expect(html).toContain(educationPaths('c1').decision);
    expect(html).toContain('No conversation is recorded.');
    expect(renderIn(<NormalcyView data={NORMALCY} mayRecord={false} />)).not.toContain('/normalcy/decision');
  });

  it('shows the court the summary, marked as shown to the court, with the plan withheld', () => {
    const bench: BenchEducationChild = {
      childId: 'c1',
      currentSchool: { name: 'Taft Middle School', enrolledOn: '2026-08-13', isSchoolOfOrigin: false },
      schoolMoves: 2,
      schoolYearMoves: 1,
      lastBestInterest: {
        decidedOn: '2025-10-02',
        decision: 'move',
        disputed: false,
        transport: null,
      },
      decisionMaker: null,
      specialEducation: { withheld: true },
      attendance: { term: 'Fall 2026', daysAbsent: 9 },
      credits: null,
      flags: [
        {
          kind: 'chronic_absence',
          subjectId: 't1',
          since: '2026-08-17',
          on: '2026-08-17',
          amount: 9,
          outOf: 60,
          citation: 'NMSA 1978 §22-12A-2',
          unconfirmed: true,
        },
      ],
      normalcy: [{ activity: 'Soccer', category: 'sport', decidedOn: '2026-11-10', approved: true }],
    };
    const html = renderIn(<BenchEducation education={[bench]} nameOf={() => 'Ana Chavez'} />);
    expect(html).toContain('Shown to the court');
    expect(html).toContain('Education: Ana Chavez');
    expect(html).toContain('2 moves (1 during the school year)');
    expect(html).toContain('Not shown (health information)');
    expect(html).toContain('Fall 2026: 9 days absent');
    expect(html).toContain('Missing school: 9 of 60 days absent in the term from Aug 17, 2026 (15%).');
    expect(html).toContain('Soccer (Nov 10, 2026: Yes)');
    expect(renderIn(<BenchEducation education={null} />)).toBe('');
  });
});
