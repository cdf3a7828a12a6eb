import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import type { CaseDetail } from '../../api/types.ts';
import { labelOf } from '@hearth/core';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { formattersFor } from '../../i18n/format.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import { TimelineDrawing } from '../children/TimelineDrawing.tsx';
import { markKindsOf, modelDates, settingsOf } from '../children/timelineModel.ts';
import { scaleFor, WIDE } from '../children/timelineScale.ts';
import { caseTimelineEvents, caseTimelineModel, childrenWithHistory } from './CaseTimelineModel.ts';

const i18n = (locale: 'en' | 'es'): I18n => {
  const m = locale === 'en' ? en : es;
  return {
    locale,
    m,
    fmt: formattersFor(locale),
    label: (kind, code) => labelOf(m.codes, kind, code),
    setLocale: () => undefined,
    suggestLocale: () => undefined,
  };
};

const hearing = (id: string, start: string, status: string) => ({
  id,
  type: 'periodic_review',
  start,
  end: start,
  status,
  result: null,
  continuanceReason: null,
  judgeName: null,
  courtroom: null,
});

const detail: CaseDetail = {
  id: 'case',
  petitionNumber: 'D-202-JQ-2025-00001',
  filingDate: '2025-01-06',
  allegations: ['neglect'],
  status: 'open',
  closedDate: null,
  court: { id: 'court', name: 'Court' },
  judge: null,
  version: 1,
  children: [
    {
      id: 'mia',
      givenName: 'Mia',
      familyName: 'Test',
      birthDate: '2016-05-01',
      removals: [
        {
          id: 'r1',
          removalDate: '2025-01-05',
          adjudicationDate: null,
          dateEnteredFosterCare: '2025-03-06',
          dischargeDate: null,
          dischargeReason: null,
          placements: [
            { id: 'p1', setting: 'group_home', startDate: '2025-01-05', endDate: '2025-02-01' },
            { id: 'p2', setting: 'trial_home_visit', startDate: '2025-02-01', endDate: null },
          ],
        },
      ],
    },
    { id: 'leo', givenName: 'Leo', familyName: 'Test', birthDate: '2010-03-15', removals: [] },
    { id: 'ivy', givenName: 'Ivy', familyName: 'Test', birthDate: '2019-01-01' },
  ],
  participants: [],
  hearings: [
    hearing('h-held', '2025-01-08T16:00:00Z', 'held'),
    hearing('h-vacated', '2025-03-08T16:00:00Z', 'vacated'),
    // 9 p.m. in Albuquerque on 1 June: the court's day is the 1st, not the 2nd.
    hearing('h-next', '2025-06-02T03:00:00Z', 'scheduled'),
  ],
  orders: [{ id: 'o1', type: 'custody', signedDate: '2025-01-08', hearingId: 'h-held', findings: [] }],
};

describe('the case timeline model', () => {
  const model = caseTimelineModel(detail, '2025-05-20', (ch) => ch.givenName);

  it('draws one row per child whose history the reader may see, with their episodes', () => {
    expect(model.rows.map((r) => [r.label, r.bands.length])).toEqual([
      ['Mia', 1],
      ['Leo', 0],
    ]);
    expect(childrenWithHistory(detail).map((c) => c.id)).toEqual(['mia', 'leo']);
    expect(model.rows[0]!.bands[0]).toMatchObject({ from: '2025-01-05', to: null, entered: '2025-03-06' });
    expect(settingsOf(model)).toEqual(['group_home', 'trial_home_visit']);
  });

  it('marks held hearings hollow, upcoming ones filled, orders as squares, and leaves vacated ones off', () => {
    expect(model.marks.map((mk) => [mk.key, mk.kind, mk.date])).toEqual([
      ['o1', 'order', '2025-01-08'],
      ['h-held', 'pastHearing', '2025-01-08'],
      ['h-next', 'hearing', '2025-06-01'],
    ]);
    expect(markKindsOf(model)).toEqual(['order', 'pastHearing', 'hearing']);
    expect(modelDates(model, '2025-05-20')).toContain('2025-06-01');
  });

  it('says every mark in words, in English and Spanish', () => {
    const words = caseTimelineEvents(detail, '2025-05-20', i18n('en')).map((e) => e.text);
    expect(words).toContain('Mia Test: Group home, Jan 5, 2025 to Feb 1, 2025');
    expect(words).toContain('Leo Test: no removal on this case');
    expect(words.some((w) => w.startsWith('Periodic review') && w.endsWith('(upcoming)'))).toBe(true);
    expect(words.some((w) => w.includes('Vacated'))).toBe(false);
    const palabras = caseTimelineEvents(detail, '2025-05-20', i18n('es')).map((e) => e.text);
    expect(palabras).toContain('Leo Test: ningún retiro en este caso');
  });

  it('renders one accessible image with a row per child', () => {
    const html = renderToStaticMarkup(
      createElement(TimelineDrawing, {
        model,
        scale: scaleFor(modelDates(model, '2025-05-20'), WIDE),
        today: '2025-05-20',
        label: 'Timeline of the case',
      }),
    );
    expect(html).toMatch(/^<svg role="img" aria-label="Timeline of the case"/);
    expect(html.match(/data-kind="row"/g)).toHaveLength(2);
    expect(html.match(/data-kind="placement"/g)).toHaveLength(2);
    expect(html).toContain('url(#hearth-tl-trial_home_visit)');
    expect(html.match(/data-kind="pastHearing"/g)).toHaveLength(1);
  });
});
