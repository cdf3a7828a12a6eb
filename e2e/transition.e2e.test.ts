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
      // SSA §475(1)(B): the agency does not accept a member the youth chose, for good cause.
      await page.getByLabel('Team member 1: name').fill('Jordan Baca');
      // A USWDS checkbox is drawn by its label (the input is off screen): a person clicks the label.
      await page
        .locator('label.usa-checkbox__label', {
          hasText: 'Team member 1: not accepted by the agency (good cause)',
        })
        .click();
      await page
        .getByLabel('Team member 1: the agency’s good cause')
        .fill('Charged with harming a minor; see the safety plan.');
      await page.getByLabel('Team member 3: name').waitFor();
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
      const struck = page.locator('section[aria-labelledby="child-transition"] li[data-rejected="true"]');
      await struck.locator('s', { hasText: 'Jordan Baca' }).waitFor();
      expect(await struck.textContent()).toMatch(/not accepted by the agency/);
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
        expect.arrayContaining(['ninetyDayCompletedOn', 'health', 'employment', 'team.0.rejected']),
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

  it('refuses a trial home visit without a completed home plan, then records it on the court’s order', async () => {
    await journey('transition-thv-order', async (page) => {
      // A child of the caseworker in care now, whose episode has no completed transition home plan and
      // whose case has a signed order (NMSA §32A-4-25.1(C): the order may allow the visit instead).
      const [pick] = await running().db.query<{ child_id: string; removal_id: string; order_id: string }>(
        `SELECT r.child_id, r.id AS removal_id, o.id AS order_id
           FROM removal_episode r
           JOIN case_participant cp ON cp.case_id = r.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
           JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN court_order o ON o.case_id = r.case_id
          WHERE r.discharge_date IS NULL
            AND NOT EXISTS (SELECT 1 FROM transition_home_plan hp WHERE hp.removal_id = r.id AND hp.status = 'completed')
          ORDER BY r.child_id, o.signed_date DESC LIMIT 1`,
      );
      expect(pick).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(
        `${running().url}/children/${pick!.child_id}/removals/${pick!.removal_id}/placements/new`,
      );
      await page.getByRole('heading', { level: 1, name: /Record a placement for/ }).waitFor();
      await page.getByLabel('Type of placement').selectOption('trial_home_visit');
      const order = page.getByLabel('Court order allowing the trial home visit');
      await order.waitFor();
      await page.getByLabel('Start date').fill('2026-11-20');
      await page.getByRole('button', { name: 'Record the placement' }).click();
      await expect(page.locator('#field-setting-error').textContent()).resolves.toMatch(/trial home visit/i);
      await expectAccessible(page);
      await order.selectOption(pick!.order_id);
      await page.getByRole('button', { name: 'Record the placement' }).click();
      await page.getByText('The placement is recorded.').waitFor();
      const [row] = await running().db.query<{ setting: string; data: { transitionHomePlan: unknown } }>(
        `SELECT p.setting, a.data FROM placement p
           JOIN audit_event a ON a.entity_id = p.id::text AND a.action = 'placement.recorded'
          WHERE p.removal_id = $1 AND p.end_date IS NULL`,
        [pick!.removal_id],
      );
      expect(row!.setting).toBe('trial_home_visit');
      expect(row!.data.transitionHomePlan).toMatchObject({
        decision: 'allow_by_order',
        courtOrderId: pick!.order_id,
      });
    });
  });
});
