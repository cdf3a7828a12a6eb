import { describe, expect, it } from 'vitest';
import type { ScheduledHearing } from '../../api/types.ts';
import { labelOf } from '@hearth/core';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { formattersFor } from '../../i18n/format.ts';
import { chipState, whyThisDate } from './scheduleWords.ts';

const disposition: ScheduledHearing = {
  id: 'h1',
  hearingType: 'disposition',
  step: 'disposition',
  status: 'scheduled',
  start: '2026-04-10T15:30:00Z',
  end: '2026-04-10T16:00:00Z',
  proposed: true,
  deadline: '2026-04-18',
  late: false,
  ruleId: 'nm.disposition',
  citation: 'NMSA 1978 §32A-4-22',
  unconfirmed: false,
  within: { amount: 30, unit: 'days' },
  anchor: { kind: 'adjudication', date: '2026-03-19', estimated: false },
  explanation: 'Disposition due by 2026-04-18.',
  interpreterLanguages: [],
  courtroom: 'Courtroom 1',
  judgeName: 'Judge Ada Bench',
};

describe('why this date, in plain words', () => {
  it('says the period, what it runs from and the law, in English and in Spanish', () => {
    const words = (m: typeof en, locale: 'en' | 'es') =>
      whyThisDate(disposition, m, formattersFor(locale), (kind, code) => labelOf(m.codes, kind, code));
    expect(words(en, 'en')).toBe(
      'Due by Apr 18, 2026: within 30 days of the adjudicatory hearing held on Mar 19, 2026. The law: NMSA 1978 §32A-4-22.',
    );
    const spanish = words(es, 'es')!;
    expect(spanish).toContain('dentro de 30 días');
    expect(spanish).toContain('celebrada');
    expect(spanish).toContain('NMSA 1978 §32A-4-22');
  });

  it('names an event it runs from, and says when the rule is unconfirmed or the date is late', () => {
    const custody = {
      ...disposition,
      hearingType: 'adjudication',
      within: { amount: 60, unit: 'days' as const },
      anchor: { kind: 'service', date: '2026-03-02', estimated: true },
      unconfirmed: true,
      late: true,
    };
    const text = whyThisDate(custody, en, formattersFor('en'), (k, c) => labelOf(en.codes, k, c))!;
    expect(text).toContain('service on the parent');
    expect(text).toContain(en.calendar.unconfirmed);
    expect(text).toContain(en.calendar.lateNote);
    expect(chipState(custody)).toBe('late');
  });

  it('has nothing to say for a hearing no rule set, and shows what happened to the others', () => {
    const byHand = { ...disposition, deadline: null, within: null, anchor: null, proposed: false };
    expect(whyThisDate(byHand, en, formattersFor('en'), (k, c) => labelOf(en.codes, k, c))).toBeNull();
    expect(chipState(byHand)).toBe('set');
    expect(chipState({ ...disposition, status: 'held' })).toBe('held');
    expect(chipState({ ...disposition, status: 'vacated' })).toBe('vacated');
  });
});
