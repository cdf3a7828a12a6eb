import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Hearing } from '../../api/types.ts';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import { CourtReportView } from './CourtReportPanel.tsx';

// The app's router listens to the browser's history, which the node test environment has not got.
vi.mock('../../app/router.ts', () => ({
  navigate: () => undefined,
  hasNavigated: () => false,
  usePath: () => '/',
  useQuery: () => '',
}));

// The language switch reads the browser's languages (Node 20 has no navigator).
vi.stubGlobal('navigator', { languages: ['en-US'], language: 'en-US' });

const hearing: Hearing = {
  id: 'h1',
  type: 'permanency',
  start: '2026-12-01T16:00:00Z',
  end: '2026-12-01T17:00:00Z',
  status: 'scheduled',
  result: null,
  continuanceReason: null,
  judgeName: null,
  courtroom: null,
};
const noop = () => undefined;
const render = (m: typeof en, kinds: ('agency' | 'casa')[], canWrite = false, choices = [hearing]) =>
  renderToStaticMarkup(
    <I18nProvider>
      <CourtReportView
        words={m.reports}
        hearingLabel={() => 'Permanency hearing, Dec 1'}
        kinds={kinds}
        canWrite={canWrite}
        choices={choices}
        hearingId="h1"
        recipient="parent_attorney"
        lang=""
        onHearing={noop}
        onRecipient={noop}
        onLang={noop}
      />
    </I18nProvider>,
  );

describe('the court reports panel', () => {
  it('offers a caseworker the agency’s report for the chosen recipient, as DOCX and PDF', () => {
    const html = render(en, ['agency']);
    expect(html).toContain('<h2 id="court-reports">Court reports</h2>');
    expect(html).toMatch(/<label class="usa-label" for="report-recipient">Copy for<\/label>/);
    expect(html).toContain(
      'href="/api/v1/hearings/h1/reports/agency?recipient=parent_attorney&amp;format=docx"',
    );
    expect(html).toContain('The agency’s report, as a PDF to print');
    expect(html).toContain('Download the copy for: A parent’s attorney');
    expect(html).not.toContain('/reports/casa');
  });

  it('offers the CASA volunteer their report and the form to write it, in Spanish too', () => {
    const html = render(es, ['casa'], true);
    expect(html).toContain('El informe del voluntario de CASA, como documento de Word (DOCX)');
    expect(html).toContain('href="/hearings/h1/reports/casa"');
    expect(html).toContain('Escribir el informe de CASA para esta audiencia');
    expect(html).not.toContain('/reports/agency');
  });

  it('says so when the case has no hearing to report on', () => {
    expect(render(en, ['agency'], false, [])).toContain('This case has no hearing to report on yet.');
  });
});
