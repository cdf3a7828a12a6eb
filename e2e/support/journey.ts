import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.ts';
import { describeViolations, seriousA11yViolations } from './axe.ts';
import { launchBrowser, screenshot } from './browser.ts';
import { startHearth, type RunningHearth } from './hearth.ts';

export type Journeys = {
  /** The running Hearth of this file (available inside tests). */
  hearth: () => RunningHearth;
  /** Runs one journey in a fresh browser context; a failure leaves a screenshot in .e2e-artifacts/. */
  journey: (name: string, fn: (page: Page) => Promise<void>) => Promise<void>;
  /** Signs a demo account in through the sign-in page and waits for its home. */
  signIn: (page: Page, email: string) => Promise<void>;
};

/**
 * Starts Hearth and Chromium once for the calling test file, and stops both after it. `smtpUrl` is read
 * when Hearth starts, so a mail server started in an earlier beforeAll can be named.
 */
export function useJourneys(opts: { smtpUrl?: () => string } = {}): Journeys {
  let hearth: RunningHearth;
  let browser: Browser;
  beforeAll(async () => {
    hearth = await startHearth({ ...(opts.smtpUrl ? { smtpUrl: opts.smtpUrl() } : {}) });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await hearth?.stop();
  });
  return {
    hearth: () => hearth,
    async journey(name, fn) {
      // bypassCSP lets the test inject axe-core; the page's own Content-Security-Policy stays as served.
      const context = await browser.newContext({
        locale: 'en-US',
        timezoneId: 'America/Denver',
        bypassCSP: true,
      });
      const page = await context.newPage();
      try {
        await fn(page);
      } catch (err) {
        await screenshot(page, `failed-${name}`);
        throw err;
      } finally {
        await context.close();
      }
    },
    async signIn(page, email) {
      await page.goto(hearth.url);
      await page.getByLabel(/e-?mail/i).fill(email);
      await page.getByLabel(/password/i).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: /sign in/i }).click();
      await page.getByRole('button', { name: /sign out/i }).waitFor();
    },
  };
}

/** No axe-core violation of impact serious or critical on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}
