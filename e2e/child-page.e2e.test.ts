import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The child page: a caseworker opens a child from one of their cases and sees the full record (the
 * timeline drawn as one accessible image, the permanency plans); a foster parent opens a child living with
 * them and sees the basic record only. Every page is checked with axe-core for serious or critical problems.
 */
const { hearth: running, journey, signIn } = useJourneys();

describe('the child page (Chromium)', { timeout: 120_000 }, () => {
  it('shows a caseworker the timeline and plans of a child on their case', async () => {
    await journey('child-caseworker', async (page) => {
      const [pick] = await running().db.query<{ case_id: string; child_id: string; given_name: string }>(
        `SELECT r.case_id, r.child_id, pe.given_name
           FROM removal_episode r
           JOIN case_participant cp ON cp.case_id = r.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
           JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN child ch ON ch.id = r.child_id JOIN person pe ON pe.id = ch.person_id
          ORDER BY r.removal_date LIMIT 1`,
      );
      expect(pick).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/cases/${pick!.case_id}`);
      await page.locator(`main a[href="/children/${pick!.child_id}"]`).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(pick!.given_name) }).waitFor();
      expect(page.url()).toMatch(new RegExp(`/children/${pick!.child_id}$`));

      const timeline = page.locator('main svg[role="img"]');
      await timeline.waitFor();
      expect((await timeline.getAttribute('aria-label'))?.trim()).toBeTruthy();
      expect(await timeline.locator('[data-kind="removal"]').count()).toBeGreaterThan(0);
      await page.getByRole('heading', { level: 2, name: /permanency plans/i }).waitFor();
      await expectAccessible(page);
    });
  });

  it('shows a foster parent the basic record of a child living with them', async () => {
    await journey('child-caregiver', async (page) => {
      await signIn(page, 'caregiver@demo.hearth');
      const links = page.locator('main a[href^="/children/"]:not([href$="/voice"])');
      await links.first().waitFor();
      expect(await links.count()).toBe(2);
      const name = (await links.first().textContent())!.trim();
      await links.first().click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByRole('heading', { level: 2, name: /next court hearings/i }).waitFor();
      expect(await page.locator('main svg[role="img"]').count()).toBe(0);
      expect(await page.getByRole('heading', { name: /timeline|permanency plans|findings/i }).count()).toBe(
        0,
      );
      await expectAccessible(page);
    });
  });

  it('says a child out of reach is not found', async () => {
    await journey('child-not-found', async (page) => {
      await signIn(page, 'caregiver@demo.hearth');
      await page.goto(`${running().url}/children/00000000-0000-4000-8000-000000000000`);
      await page.getByRole('heading', { level: 1, name: /not found/i }).waitFor();
      await expectAccessible(page);
    });
  });
});
