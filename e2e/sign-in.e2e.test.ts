import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../server/src/seed/demo.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The first browser journeys, in Debian's Chromium: signing in (by mouse and by keyboard alone), each
 * role's home, a case page, a record out of reach, and the language switch. Every page is checked with
 * axe-core for violations of impact serious or critical.
 */
const { hearth: running, journey, signIn } = useJourneys();

const casesOf = async (sql: string, values: unknown[]): Promise<number> =>
  (await running().db.query<{ n: number }>(sql, values))[0]!.n;

describe('browser journeys (Chromium)', { timeout: 120_000 }, () => {
  it('shows the sign-in page without serious accessibility problems', async () => {
    await journey('sign-in-page', async (page) => {
      await page.goto(running().url);
      await expect(page.getByRole('heading', { level: 1 }).first().textContent()).resolves.toMatch(
        /sign in|hearth/i,
      );
      await expectAccessible(page);
    });
  });

  it('sends its JavaScript compressed, within the 250 KB budget of issue 3', async () => {
    await journey('page-weight', async (page) => {
      const encodings: string[] = [];
      page.on('response', (res) => {
        if (res.url().endsWith('.js')) encodings.push(res.headers()['content-encoding'] ?? 'none');
      });
      await page.goto(running().url);
      await page.getByRole('button', { name: /sign in/i }).waitFor();
      const sent = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((r) => r.name.endsWith('.js'))
          .reduce((n, r) => n + (r as PerformanceResourceTiming).transferSize, 0),
      );
      expect(encodings.length).toBeGreaterThan(0);
      expect(encodings.every((e) => e === 'br')).toBe(true);
      expect(sent).toBeGreaterThan(10_000);
      expect(sent).toBeLessThan(250 * 1024);
    });
  });

  it('refuses a wrong password next to the form', async () => {
    await journey('wrong-password', async (page) => {
      await page.goto(running().url);
      await page.getByLabel(/e-?mail/i).fill('judge@demo.hearth');
      await page.getByLabel(/password/i).fill('not the password');
      await page.getByRole('button', { name: /sign in/i }).click();
      await page
        .getByText(/not right/i)
        .first()
        .waitFor();
      await expectAccessible(page);
    });
  });

  it('signs a judge in to their docket and opens a case page', async () => {
    await journey('judge-home', async (page) => {
      await signIn(page, 'judge@demo.hearth');
      const [judge] = await running().db.query<{ judge_id: string }>(
        `SELECT judge_id FROM user_account WHERE email = 'judge@demo.hearth'`,
      );
      const docket = await casesOf('SELECT count(*)::int AS n FROM court_case WHERE assigned_judge_id = $1', [
        judge!.judge_id,
      ]);
      // The docket is grouped by day (today, this week, later); together the groups list every case.
      const links = page.locator('main table a[href^="/cases/"]');
      await links.first().waitFor();
      expect(await links.count()).toBe(Math.min(docket, 50));
      await expectAccessible(page);
      const first = links.first();
      const petition = (await first.textContent())!.trim();
      await first.click();
      await page.getByRole('heading', { name: new RegExp(petition) }).waitFor();
      expect(page.url()).toMatch(/\/cases\/[0-9a-f-]{36}$/);
      await expectAccessible(page);
    });
  });

  it('shows a foster parent the two children living with them, and nothing of another case', async () => {
    await journey('caregiver-home', async (page) => {
      await signIn(page, 'caregiver@demo.hearth');
      const [me] = await running().db.query<{ person_id: string }>(
        `SELECT person_id FROM user_account WHERE email = 'caregiver@demo.hearth'`,
      );
      const placed = await running().db.query<{ given_name: string }>(
        `SELECT pe.given_name FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
           JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id JOIN child ch ON ch.id = pl.child_id
           JOIN person pe ON pe.id = ch.person_id
          WHERE pc.person_id = $1 AND pl.end_date IS NULL AND r.discharge_date IS NULL`,
        [me!.person_id],
      );
      expect(placed).toHaveLength(2);
      for (const child of placed) await page.getByText(child.given_name, { exact: false }).first().waitFor();
      await expectAccessible(page);
      const [someCase] = await running().db.query<{ id: string }>('SELECT id FROM court_case LIMIT 1');
      await page.goto(`${running().url}/cases/${someCase!.id}`);
      await page
        .getByText(/not found|not yours/i)
        .first()
        .waitFor();
      await expectAccessible(page);
    });
  });

  it('remembers Español across a reload', async () => {
    await journey('spanish', async (page) => {
      await signIn(page, 'youth@demo.hearth');
      await page.getByRole('button', { name: /español/i }).click();
      await page.reload();
      await page.getByRole('button', { name: /cerrar sesión/i }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('es');
      await expectAccessible(page);
    });
  });

  it('signs in with the keyboard alone', async () => {
    await journey('keyboard', async (page) => {
      await page.goto(running().url);
      await page.getByLabel(/e-?mail/i).focus();
      await page.keyboard.type('clerk@demo.hearth');
      await page.keyboard.press('Tab');
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: /sign out/i }).waitFor();
      // From the top of a page, the skip link is the first stop, and it leads into the main content.
      await page.reload();
      await page.getByRole('button', { name: /sign out/i }).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/skip/i);
      await page.keyboard.press('Enter');
      // Then on, by Tab alone, to the first case, and Enter opens it.
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
        if (/^\/cases\/[0-9a-f-]{36}$/.test(href)) break; // a case, not the "Open a case" form
      }
      const petition = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      expect(petition).toMatch(/^D-\d+-JQ-/);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: new RegExp(petition) }).waitFor();
    });
  });
});
