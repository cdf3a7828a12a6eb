import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { DocketDay, DocketHearing } from '../../api/types.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { DocketGrid } from './DocketGrid.tsx';

const hearing = (
  id: string,
  start: string,
  end: string,
  extra: Partial<DocketHearing> = {},
): DocketHearing => ({
  id,
  start,
  end,
  minutes: (Date.parse(end) - Date.parse(start)) / 60_000,
  usual: null,
  status: 'scheduled',
  withheld: false,
  hearingType: 'permanency',
  judge: null,
  courtroom: null,
  case: { id: `c-${id}`, petitionNumber: `D-202-JQ-2026-${id}` },
  expected: [],
  interpreters: [],
  overlaps: [],
  ...extra,
});

const overlap = (hearingId: string) => ({
  hearingId,
  start: '2026-11-23T16:00:00Z',
  end: '2026-11-23T17:00:00Z',
  sharing: ['judge' as const],
  petitionNumber: null,
  judge: null,
  courtroom: null,
});

// 9:00–10:00 and 9:30–10:15 overlap (the same judge); 2 p.m. stands alone. Mountain Standard Time.
const day: DocketDay = {
  date: '2026-11-23',
  start: '2026-11-23T07:00:00Z',
  end: '2026-11-24T07:00:00Z',
  hearings: [
    hearing('0001', '2026-11-23T16:00:00Z', '2026-11-23T17:00:00Z', { overlaps: [overlap('0002')] }),
    hearing('0002', '2026-11-23T16:30:00Z', '2026-11-23T17:15:00Z', { overlaps: [overlap('0001')] }),
    hearing('0003', '2026-11-23T21:00:00Z', '2026-11-23T21:30:00Z', {
      withheld: true,
      case: null,
      hearingType: null,
    }),
  ],
  gaps: [],
};

describe('the day’s grid picture', () => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  afterAll(() => vi.unstubAllGlobals());
  const html = renderToStaticMarkup(
    <I18nProvider>
      <DocketGrid day={day} />
    </I18nProvider>,
  );

  it('is one labelled image that says where the words are', () => {
    expect(html).toMatch(
      /<svg role="img" aria-label="Time-of-day picture of Monday, November 23, 2026: 3 hearings/,
    );
    expect(html).toContain('2 are marked as overlapping. The same hearings are listed in the table below.');
  });

  it('draws a block per hearing and writes the overlap in words, not only in colour', () => {
    expect(html.match(/data-kind="hearing"/g)).toHaveLength(3);
    expect(html.match(/data-flagged="true"/g)).toHaveLength(2);
    expect(html.match(/>OVERLAP</g)).toHaveLength(2);
    expect(html).toContain('D-202-JQ-2026-0001');
    expect(html).toContain('Another judge');
    expect(html).toContain('8 AM');
    expect(html).toContain('5 PM');
  });

  it('keeps the overlap word on a block with room for one line, ahead of its time', () => {
    const short = renderToStaticMarkup(
      <I18nProvider>
        <DocketGrid
          narrow
          day={{
            ...day,
            hearings: [
              hearing('0004', '2026-11-23T16:00:00Z', '2026-11-23T16:15:00Z', {
                overlaps: [overlap('0001')],
              }),
            ],
          }}
        />
      </I18nProvider>,
    );
    expect(short).toContain('viewBox="0 0 400 ');
    expect(short).toMatch(/>OVERLAP · 9:00 AM–9:15 AM/);
  });
});
