import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Transition plans: the caseworker completes a youth's 90-day transition plan and "What needs you" stops
 * asking for it; the young person reads their own plan and writes their goals; the caseworker opens a
 * transition home plan. Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

const PLAN_ITEM = '90-day transition plan with the youth, before they leave care';

describe('transition plans (Chromium)', { timeout: 180_000 }, () => {
  it('lets the caseworker complete a youth’s 90-day plan, and the due item goes away', async () => {
    await journey('transition-caseworker', async (page) => {
      await signIn(page, 'caseworker@demo.hearth');
      const due = page.locator('section[aria-labelledby="due-heading"]');
      const row = due.locator('tr[data-status]', { hasText: PLAN_ITEM });
      await row.first().waitFor();
      expect(await row.count()).toBe(1);
      const link = row.locator('a[href^="/children/"]');
      const name = (await link.textContent())!.trim();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();

      const section = page.locator('section[aria-labelledby="child-transition"]');
      await section.getByRole('heading', { level: 3, name: 'Plan to adulthood' }).waitFor();
      expect(await section.locator('[data-plan-status]').getAttribute('data-plan-status')).toMatch(
        /due_soon|overdue/,
      );
      await expectAccessible(page);
      await section.getByRole('link', { name: 'Update the plan to adulthood' }).click();

      await page.getByLabel('Work and employment: where it stands').selectOption('in_progress');
      await page.getByLabel('Work and employment: notes').fill('Job training at the community college');
      await page.getByLabel('Health coverage: where it stands').selectOption('in_place');
      await page
        .getByLabel('Health-care proxy or power of attorney: where it stands')
        .selectOption('in_place');
      await page.getByLabel('Name 1').fill('Maria Lopez');
      await page.getByLabel('Relationship 1').fill('mentor');
      await page.getByLabel('Social Security card: status').selectOption('requested');
      await page.getByLabel('Social Security card: date').fill('2026-11-20');
      await page.getByLabel('90-day transition plan completed on').fill('2026-11-20');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Update the plan to adulthood' }).click();

      await page.getByText('The plan to adulthood is saved.').waitFor();
      const after = page.locator('section[aria-labelledby="child-transition"] [data-plan-status]');
      await after.waitFor();
      expect(await after.getAttribute('data-plan-status')).toBe('done');
      await expectAccessible(page);

      await page.goto(running().url);
      await due.getByRole('heading', { level: 2, name: 'What needs you' }).waitFor();
      await due.locator('tr[data-status]').first().waitFor();
      expect(
        await due.locator(`tr[data-status]:has(a[href="${href}"])`, { hasText: PLAN_ITEM }).count(),
      ).toBe(0);
      const [version] = await running().db.query<{ version: number; changed: string[] }>(
        `SELECT v.version, v.changed FROM transition_plan_version v JOIN transition_plan tp ON tp.id = v.plan_id
          WHERE tp.child_id = $1 ORDER BY v.version DESC LIMIT 1`,
        [decodeURIComponent(href.split('/').pop()!)],
      );
      expect(version!.version).toBe(2);
      expect(version!.changed).toEqual(
        expect.arrayContaining(['ninetyDayCompletedOn', 'health', 'employment']),
      );
    });
  });

  it('shows the young person their plan and lets them write their goals', async () => {
    await journey('transition-youth', async (page) => {
      await signIn(page, 'youth@demo.hearth');
      const mine = page.locator('section[aria-labelledby="my-transition-heading"]');
      await mine.getByRole('heading', { level: 2, name: 'Your plan for after foster care' }).waitFor();
      await mine.getByText(/Your 90-day plan should be ready by/).waitFor();
      await mine
        .getByRole('heading', { level: 4, name: 'Documents you will get when you leave care' })
        .waitFor();
      expect(await mine.locator('[data-document="birth_certificate"]').getAttribute('data-state')).toBe(
        'have',
      );
      await expectAccessible(page);

      const goal = 'I want to study nursing at CNM and live near my brother.';
      await mine.getByLabel('What do you want for your life after foster care?').fill(goal);
      await mine.getByRole('button', { name: 'Save my goals' }).click();
      await mine.getByText('Your goals are saved.').waitFor();
      await page.reload();
      const box = page.getByLabel('What do you want for your life after foster care?');
      await box.waitFor();
      expect(await box.inputValue()).toBe(goal);
      await expectAccessible(page);
      const [audit] = await running().db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'transition_plan.goals_written'`,
      );
      expect(audit!.n).toBe(1);
    });
  });

  it('shows the caseworker the transition home plan that led to a trial home visit', async () => {
    await journey('transition-home-plan', async (page) => {
      const [child] = await running().db.query<{ child_id: string }>(
        `SELECT child_id FROM transition_home_plan WHERE status = 'completed' ORDER BY child_id LIMIT 1`,
      );
      expect(child).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/children/${child!.child_id}`);
      const home = page.locator('[data-section="home-plan"]');
      await home.getByRole('heading', { level: 3, name: 'Transition home plan' }).waitFor();
      expect(await home.locator('[data-home-status]').getAttribute('data-home-status')).toBe('completed');
      await home.getByText('Trial home visit', { exact: false }).first().waitFor();
      await expectAccessible(page);
      await home.getByRole('link', { name: 'Update the transition home plan' }).click();
      await page.getByLabel('Safety plan').waitFor();
      await expectAccessible(page);
    });
  });
});
