import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { AfcarsDownload } from './AfcarsDownload.tsx';

const render = (today: string) => {
  // The language switch reads the browser's languages: an English reader (Node 20 has no navigator).
  vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });
  return renderToStaticMarkup(
    <I18nProvider>
      <AfcarsDownload today={today} />
    </I18nProvider>,
  );
};

describe('the AFCARS download on the Data page', () => {
  it('links the file of the period that holds today, and offers the periods before it', () => {
    const html = render('2026-11-23');
    expect(html).toContain('AFCARS 2020 file');
    expect(html).toContain('href="/api/v1/data/afcars.xml?reportPeriod=202703"');
    expect(html).toContain('download="afcars-202703.xml"');
    expect(html).toContain('<option value="202703" selected="">October 1, 2026 to March 31, 2027</option>');
    expect(html).toContain('<option value="202509">April 1, 2025 to September 30, 2025</option>');
    expect(html).toMatch(/<label class="usa-label" for="[^"]+-period">Reporting period<\/label>/);
  });

  it('shows nothing before the 2020 rule took effect', () => {
    expect(render('2022-09-30')).toBe('');
  });
});
