import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Outcome indicators: the analyst opens the dashboard on the demo district, reads a card against the API,
 * changes the period, opens the children behind a number, looks at equity by race and ethnicity (where
 * small groups are suppressed) and downloads the equity table as CSV. Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

type Card = { key: string; numerator: number; denominator: number; value: number | null };
type Answer = {
  period: { start: string; fiscalYear: number | null };
  defaultPeriodStart: string;
  indicators: Card[];
};

const indicatorsOf = async (page: Page, periodStart?: string): Promise<Answer> => {
  const q = periodStart ? `?periodStart=${periodStart}` : '';
  const res = await page.request.get(`${running().url}/api/v1/cqi/indicators${q}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Answer;
};

describe('outcome indicators (Chromium)', { timeout: 240_000 }, () => {
  it('shows the analyst the indicators, the children behind a number, equity by group, and a CSV', async () => {
    await journey('cqi-analyst', async (page) => {
      await signIn(page, 'analyst@demo.hearth');
      await page.getByRole('link', { name: en.cqi.link }).first().click();
      await page.getByRole('heading', { level: 1, name: en.cqi.title }).waitFor();

      // The page opens on FFY 2025: its 12-month follow-up ended on 30 September 2026.
      const api = await indicatorsOf(page);
      expect(api.period).toMatchObject({ start: '2024-10-01', fiscalYear: 2025 });
      const p1 = api.indicators.find((c) => c.key === 'permanency_12m_entries')!;
      expect(p1.denominator).toBeGreaterThan(10);
      const card = page.locator('li[data-indicator="permanency_12m_entries"]');
      await card.getByRole('heading', { level: 2, name: en.cqi.names.permanency_12m_entries }).waitFor();
      expect(await card.locator('[data-value]').textContent()).toBe(
        new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(
          p1.value! / 100,
        ),
      );
      expect(await card.textContent()).toContain(
        `Of ${p1.denominator} children who entered care in FFY 2025, ${p1.numerator} went home`,
      );
      expect(await card.textContent()).toContain('National reference: 35.2%');
      // The trend chart names itself and draws the reference line.
      const chart = card.locator('svg[role="img"]');
      await chart.waitFor();
      expect(await chart.locator('title').textContent()).toMatch(/the last years/);
      expect(await chart.locator('[data-kind="reference"]').count()).toBe(1);
      // Re-entry is followed for two years, so FFY 2025 is still flagged.
      await page.locator('li[data-indicator="reentry_12m"] [data-incomplete]').waitFor();
      await expectAccessible(page);

      // Another period: FFY 2024.
      await page.getByLabel(en.cqi.fiscalYear).selectOption('2024');
      await page.getByRole('button', { name: en.cqi.show }).click();
      await page.waitForURL(/periodStart=2023-10-01/);
      const earlier = await indicatorsOf(page, '2023-10-01');
      const p1Earlier = earlier.indicators.find((c) => c.key === 'permanency_12m_entries')!;
      await card
        .getByText(`Of ${p1Earlier.denominator} children who entered care in FFY 2024`, { exact: false })
        .waitFor();

      // The children behind the denominator: as many rows as children (the analyst may open them all).
      await card.locator('a[data-part="denominator"]').click();
      await page
        .getByRole('heading', { level: 1, name: en.cqi.childrenTitle(en.cqi.names.permanency_12m_entries) })
        .waitFor();
      const rows = page.locator('table tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(Math.min(p1Earlier.denominator, 100));
      expect(await page.locator('[data-withheld]').count()).toBe(0);
      expect(await rows.first().locator('a[href^="/children/"]').count()).toBe(1);
      await expectAccessible(page);

      // Equity by race and ethnicity: the small groups are suppressed.
      await page.getByRole('link', { name: en.cqi.back }).click();
      await page.getByRole('link', { name: en.cqi.equityLink }).click();
      await page.getByRole('heading', { level: 1, name: en.cqi.equityTitle }).waitFor();
      await page.getByLabel(en.cqi.by).selectOption('race_ethnicity');
      await page.getByRole('button', { name: en.cqi.show }).last().click();
      const equity = page.locator('section[data-indicator="permanency_12m_entries"]');
      await equity.getByRole('heading', { level: 2, name: en.cqi.names.permanency_12m_entries }).waitFor();
      const suppressed = equity.locator('tr[data-suppressed="true"]');
      expect(await suppressed.count()).toBeGreaterThan(0);
      expect(await suppressed.first().textContent()).toContain(en.cqi.suppressed);
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: en.cqi.csv(en.cqi.tables.equity) }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^outcome-indicators-by-race-and-ethnicity-.*\.csv$/);
      const csv = await readFile((await download.path())!, 'utf8');
      expect(csv).toContain('Disparity');
      expect(csv).toMatch(/,yes(,|\r?\n)/); // a suppressed row says so
    });
  });
});
