import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { CalendarConflict, ConflictAnswer } from '../../api/types.ts';
import { checker } from '../../components/form/rules.ts';
import { labelOf } from '@hearth/core';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { formattersFor } from '../../i18n/format.ts';
import { conflictAnswerOf, courtDateTimeOf, sayOtherHearing, sayResource } from './conflictAnswer.ts';
import { ConflictsView } from './ConflictsPanel.tsx';
import { newTimeOf } from './newTime.ts';

const other = {
  id: 'h1',
  caseId: 'c1',
  petitionNumber: 'D-202-JQ-2026-00042',
  hearingType: 'permanency',
  start: '2026-11-24T16:00:00Z',
  end: '2026-11-24T17:00:00Z',
};
const conflict = (
  resource: Partial<CalendarConflict['resource']> & { kind: CalendarConflict['resource']['kind'] },
) => ({
  resource: { name: '', role: null, language: null, interpreters: null, ...resource },
  hearing: other,
});
const CONFLICTS: CalendarConflict[] = [
  conflict({ kind: 'judge', name: 'Judge Ada Bench' }),
  conflict({ kind: 'courtroom', name: 'Courtroom 2' }),
  conflict({ kind: 'professional', name: 'Gil Advocate', role: 'guardian_ad_litem' }),
  conflict({ kind: 'interpreter', name: 'es', language: 'es', interpreters: 1 }),
];
const ANSWER: ConflictAnswer = {
  conflicts: CONFLICTS,
  offers: [
    { start: '2026-11-24T18:00:00Z', end: '2026-11-24T19:00:00Z' },
    { start: '2026-11-25T15:30:00Z', end: '2026-11-25T16:30:00Z' },
  ],
  deadline: { date: '2026-11-20', offersMeetIt: false },
};

const sayIn = (m: typeof en, locale: 'en' | 'es') => {
  const fmt = formattersFor(locale);
  return {
    words: m.conflicts,
    locale: fmt.locale,
    label: (kind: 'caseRole' | 'hearingType', code: string) => labelOf(m.codes, kind, code),
    when: fmt.hearingTime,
  };
};

describe('reading a conflict answer', () => {
  it('takes the conflicts, offers and deadline of a 409, and nothing else', () => {
    const err = new ApiError(409, 'Calendar conflict', 'taken', [], null, { ...ANSWER });
    expect(conflictAnswerOf(err)).toEqual(ANSWER);
    expect(
      conflictAnswerOf(new ApiError(409, 'Conflict', 'Only a scheduled hearing can be moved')),
    ).toBeNull();
    expect(conflictAnswerOf(new ApiError(412, 'Changed', 'x', [], null, { ...ANSWER }))).toBeNull();
    expect(conflictAnswerOf(new Error('boom'))).toBeNull();
  });

  it('says what is taken in plain words, in English and Spanish', () => {
    const said = CONFLICTS.map((c) => sayResource(c, sayIn(en, 'en')));
    expect(said).toEqual([
      'Judge Ada Bench has another hearing',
      'Courtroom 2 is in use',
      'Guardian ad litem Gil Advocate is in another hearing',
      'The Spanish interpreter is in another hearing',
    ]);
    const dicho = CONFLICTS.map((c) => sayResource(c, sayIn(es, 'es')));
    expect(dicho[3]).toBe('El intérprete de español está en otra audiencia');
    expect(sayOtherHearing(CONFLICTS[0]!, sayIn(en, 'en'))).toMatch(
      /^Permanency hearing, Tue, Nov 24, 2026, 9:00\sAM, case D-202-JQ-2026-00042$/,
    );
  });
});

describe('the conflicts panel', () => {
  const render = (m: typeof en, locale: 'en' | 'es') =>
    renderToStaticMarkup(
      <ConflictsView
        answer={ANSWER}
        {...sayIn(m, locale)}
        date={formattersFor(locale).date}
        busy={false}
        onPick={() => undefined}
        onAccept={() => undefined}
      />,
    );

  it('lists each conflict, says the offers miss the deadline, and offers each free time as a button', () => {
    const html = render(en, 'en');
    expect(html).toContain('That time is already taken');
    expect(html).toContain('4 people or rooms are already booked then:');
    expect(html).toContain('No time is free on or before the deadline, Nov 20, 2026.');
    expect(html.match(/<button type="button" class="usa-button usa-button--outline"/g)).toHaveLength(2);
    expect(html).toMatch(/>Use Tue, Nov 24, 2026, 11:00\sAM<\/button>/);
    expect(html).toContain('Set it at this time anyway');
  });

  it('speaks Spanish to a Spanish reader', () => {
    const html = render(es, 'es');
    expect(html).toContain('Esa hora ya está ocupada');
    expect(html).toContain('Horas libres');
  });
});

describe('times on the court’s calendar', () => {
  it('reads an instant as the court’s local date and time, across daylight saving', () => {
    expect(courtDateTimeOf('2026-11-24T16:00:00Z')).toEqual({ date: '2026-11-24', time: '09:00' });
    expect(courtDateTimeOf('2026-07-01T15:30:00Z')).toEqual({ date: '2026-07-01', time: '09:30' });
  });

  it('turns the form’s date, time and length into a new time, refusing one already past', () => {
    const now = Date.parse('2026-11-23T16:00:00Z');
    const opts = { dateKey: 'd', timeKey: 't', lengthKey: 'l', optional: true, now, inThePast: 'past' };
    const check = checker({ d: '2026-11-24', t: '09:30', l: '45' });
    expect(newTimeOf({ d: '2026-11-24', t: '09:30', l: '45' }, check, opts)).toEqual({
      start: '2026-11-24T16:30:00.000Z',
      end: '2026-11-24T17:15:00.000Z',
    });
    expect(newTimeOf({ d: '', t: '', l: '45' }, check, opts)).toBeNull();
    expect(check.found).toEqual({});
    const past = checker({});
    expect(newTimeOf({ d: '2026-11-20', t: '09:30', l: '45' }, past, opts)).toBeNull();
    expect(past.found).toEqual({ d: { text: 'past' } });
  });
});
