import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Court reports: the CASA volunteer finishes the demo's draft narrative for an upcoming hearing, submits
 * it, and downloads the judge's copy of the CASA report as a PDF that carries it. Each page is checked
 * with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

describe('court reports (Chromium)', { timeout: 180_000 }, () => {
  it('lets the CASA volunteer write and submit their report, then download the judge’s PDF', async () => {
    await journey('reports-casa-narrative', async (page) => {
      const [draft] = await running().db.query<{ hearing_id: string; case_id: string }>(
        `SELECT r.hearing_id, r.case_id FROM court_report r WHERE r.kind = 'casa' AND r.status = 'draft'`,
      );
      expect(draft).toBeDefined();
      await signIn(page, 'casa@demo.hearth');
      await page.goto(`${running().url}/cases/${draft!.case_id}`);
      const panel = page.locator('section[aria-labelledby="court-reports"]');
      await panel.getByRole('heading', { level: 2, name: 'Court reports' }).waitFor();
      // The volunteer makes the CASA's report, never the agency's.
      expect(await panel.locator('a[data-download^="agency-"]').count()).toBe(0);
      await panel.getByLabel('Hearing').selectOption(draft!.hearing_id);
      await panel.getByLabel('Copy for').selectOption('parent_attorney');
      expect(await panel.locator('a[data-download="casa-pdf"]').getAttribute('href')).toBe(
        `/api/v1/hearings/${draft!.hearing_id}/reports/casa?recipient=parent_attorney&format=pdf`,
      );
      await expectAccessible(page);

      await panel.getByRole('link', { name: 'Write the CASA report for this hearing' }).click();
      await page.getByRole('heading', { level: 1, name: 'CASA volunteer’s report' }).waitFor();
      await page.getByText('Draft: not yet submitted to the court.').waitFor();
      const observations = page.getByLabel('What you observed');
      expect(await observations.inputValue()).toMatch(/^Synthetic record\./);
      const recommendations = page.getByLabel('Your recommendations to the court');
      await recommendations.fill('Keep the weekly sibling visits. Synthetic e2e recommendation.');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Submit to the court' }).click();
      await page.getByText('Saved.').waitFor();
      await page.getByText('Submitted to the court.').waitFor();

      const href = await page.locator('a[data-download="casa-pdf"]').getAttribute('href');
      const res = await page.request.get(`${running().url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.body())), {
        mergePages: true,
      });
      expect(text).toContain('CASA volunteer’s report to the court');
      expect(text).toContain('Copy for: The judge');
      expect(text).toContain('Synthetic e2e recommendation.');
      expect(text).toContain('Submitted to the court');
    });
  });
});
