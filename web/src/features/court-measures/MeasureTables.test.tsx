import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { CourtMeasures, MeasuresRow } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { HearingTables, TimeTables } from './MeasureTables.tsx';

const time = (count: number | null, median: number | null) => ({
  count,
  median,
  p90: median,
  withinTarget: count,
  withinRate: count === null ? null : 1,
});
const ratio = (n: number | null, d: number | null) => ({
  numerator: n,
  denominator: d,
  rate: n === null || d === null ? null : n / d,
});
const row = (label: string, total: boolean, count: number | null, median: number | null): MeasuresRow => ({
  key: total ? null : label,
  label,
  total,
  time: {
    adjudication: time(count, median),
    disposition: time(0, null),
    first_permanency_hearing: time(0, null),
    tpr_order: time(0, null),
    permanency: time(0, null),
  },
  hearingsOnTime: ratio(30, 40),
  continuances: { ...ratio(null, 40), byReason: { party_not_served: null, court_calendar: 12 } },
  parentsPresent: ratio(20, 25),
  parentsRepresented: ratio(22, 25),
  youthAttending: ratio(null, null),
  youthRemote: ratio(null, null),
  youthExcused: ratio(null, null),
  judgesPerCase: { ...ratio(18, 20), mean: 1.1 },
});
const target = { amount: 60, unit: 'days' as const, citation: 'NMSA 1978 §32A-4-19', unconfirmed: true };
const DATA: CourtMeasures = {
  period: { start: '2025-11-01', end: '2026-10-31' },
  by: 'judge',
  threshold: 10,
  targets: {
    adjudication: target,
    disposition: { ...target, amount: 90 },
    first_permanency_hearing: { ...target, amount: 12, unit: 'months', unconfirmed: false },
    tpr_order: { ...target, amount: 18, unit: 'months' },
    permanency: { ...target, amount: 12, unit: 'months' },
  },
  youthAge: 14,
  rows: [
    row('Judge Ada Bench', false, 40, 52),
    row('Judge Otto Bench', false, null, null),
    row('All', true, 52, 55),
  ],
};

const render = (): string => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  return renderToStaticMarkup(
    <I18nProvider>
      <TimeTables data={DATA} />
      <HearingTables data={DATA} />
    </I18nProvider>,
  );
};

describe('the court performance tables', () => {
  it('shows each judge’s median with its bar and the target, a suppressed figure as a dash read as “not shown”', () => {
    const html = render();
    expect(html).toContain('Time to adjudication');
    expect(html).toContain('Target: within 60 days (to be confirmed).');
    expect(html).toContain('Target: within 12 months.');
    expect(html).toContain('data-median="52"');
    expect(html).toMatch(
      /<th scope="row" data-label="Judge">Judge Otto Bench<\/th><td data-label="Children"><span aria-hidden="true">—<\/span><span class="usa-sr-only">not shown<\/span>/,
    );
    // The total row last, in bold, and the bars hidden from screen readers.
    expect(html.indexOf('<strong>All</strong>')).toBeGreaterThan(html.indexOf('Judge Otto Bench'));
    expect(html).toContain('<svg width="120" height="12" aria-hidden="true"');
  });

  it('writes rates as percentages and the reasons of the continuances of the whole', () => {
    const html = render();
    expect(html).toContain('75%');
    expect(html).toContain('The court’s calendar was full');
    expect(html).toContain('>12<');
    expect(html).toContain('Youth 14 or older recorded');
  });
});
