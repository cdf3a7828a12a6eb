import { describe, expect, it } from 'vitest';
import type { DueItem } from '../../api/types.ts';
import {
  barPercent,
  contactBody,
  monthEnd,
  monthLabel,
  notSeenThisMonth,
  recentMonths,
} from './contactsModel.ts';

const WORDS = { timeInvalid: 'bad time', minutesInvalid: 'bad minutes' };

const item = (id: string, kind: DueItem['kind'], dueDate: string, family = 'Zed'): DueItem => ({
  kind,
  status: 'dueSoon',
  dueDate,
  citation: 'P.L. 109-288',
  unconfirmed: false,
  hearingType: null,
  child: { id, givenName: id, familyName: family },
  case: { id: `case-${id}`, petitionNumber: 'D-1' },
});

describe('children not yet seen this month (the due items’ visit line)', () => {
  it('lists the visit items due by the end of this month or overdue, one per child, overdue first', () => {
    const items = [
      item('A', 'caseworkerVisit', '2026-11-30', 'Able'),
      item('B', 'caseworkerVisit', '2026-10-31', 'Baker'), // last month missed: overdue, still not seen
      item('C', 'caseworkerVisit', '2026-12-31'), // came into care after the 1st: first due next month
      item('D', 'courtReport', '2026-11-25'),
    ];
    expect(notSeenThisMonth(items, '2026-11-23').map((i) => i.child.id)).toEqual(['B', 'A']);
  });

  it('knows the last day of each month, February of a leap year too', () => {
    expect(monthEnd('2026-11-23')).toBe('2026-11-30');
    expect(monthEnd('2028-02-03')).toBe('2028-02-29');
    expect(monthEnd('2026-12-01')).toBe('2026-12-31');
  });
});

describe('the compliance page', () => {
  it('offers this month and the ones before, newest first', () => {
    expect(recentMonths('2026-11-23', 3)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(recentMonths('2026-01-05', 2)).toEqual(['2026-01', '2025-12']);
  });

  it('names a month in the reader’s language', () => {
    expect(monthLabel('2026-11', 'en-US')).toBe('November 2026');
    expect(monthLabel('2026-11', 'es-US')).toMatch(/noviembre/);
  });

  it('draws a bar within 0–100', () => {
    expect([barPercent(null), barPercent(-3), barPercent(57.5), barPercent(140)]).toEqual([0, 0, 57.5, 100]);
  });
});

describe('the record-a-contact form', () => {
  const base = {
    date: '2026-11-20',
    time: '9:05',
    mode: 'in_person',
    location: 'residence',
    place: 'ignored at home',
    timeAlone: true,
    minutesAlone: '20',
    participants: 'Rosa (foster parent)\n\n  Leo (brother) ',
    purpose: ' Monthly visit ',
    safetyObservations: '',
    casePlanProgress: 'On track',
    childWords: '',
    nextSteps: '',
    'self.time_alone': 'met',
    'self.child_voice': '',
  };

  it('builds the body: trimmed, the time padded, empty notes left out, the self-assessment kept', () => {
    const { body, errors } = contactBody(base, '2026-11-23', WORDS);
    expect(errors).toBeNull();
    expect(body).toEqual({
      date: '2026-11-20',
      time: '09:05',
      mode: 'in_person',
      location: 'residence',
      timeAlone: true,
      minutesAlone: 20,
      participants: ['Rosa (foster parent)', 'Leo (brother)'],
      purpose: 'Monthly visit',
      casePlanProgress: 'On track',
      selfAssessment: { time_alone: 'met' },
    });
  });

  it('names every missing or wrong field at once, before sending', () => {
    const { errors } = contactBody(
      { ...base, date: '2026-11-24', time: '25:00', minutesAlone: '', purpose: '  ' },
      '2026-11-23',
      WORDS,
    );
    expect(errors).toEqual({
      date: { key: 'future' },
      time: { text: 'bad time' },
      minutesAlone: { key: 'required' },
      purpose: { key: 'required' },
    });
  });

  it('leaves out minutes when there was no time alone, and keeps the place when elsewhere', () => {
    const { body } = contactBody(
      { ...base, timeAlone: false, minutesAlone: 'x', location: 'other', place: 'School' },
      '2026-11-23',
      WORDS,
    );
    expect(body).toMatchObject({ timeAlone: false, location: 'other', place: 'School' });
    expect(body).not.toHaveProperty('minutesAlone');
  });
});
