import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The work pages: the caseworker's "What needs you", the case page's timeline, the young person's own
 * people, and a supervisor breaking the glass to open a case outside their unit. Every page is checked
 * with axe-core for serious or critical problems.
 */
const { hearth: running, journey, signIn } = useJourneys();

describe('the work pages (Chromium)', { timeout: 180_000 }, () => {
  it('shows the caseworker what is due, overdue first, each linking to the child', async () => {
    await journey('work-due-items', async (page) => {
      await signIn(page, 'caseworker@demo.hearth');
      const section = page.locator('section[aria-labelledby="due-heading"]');
      await section.getByRole('heading', { level: 2, name: 'What needs you' }).waitFor();
      const items = section.locator('tr[data-status]');
      await items.first().waitFor();
      const statuses = await items.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
      expect(statuses.length).toBeGreaterThan(0);
      const rank = { overdue: 0, dueSoon: 1, upcoming: 2 } as Record<string, number>;
      const ranks = statuses.map((s) => rank[s ?? ''] ?? 9);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // Colour plus words: each item writes its status out.
      expect(await items.first().locator('.usa-tag').textContent()).toMatch(/overdue|due soon|coming up/i);
      await expectAccessible(page);

      const link = items.first().locator('a[href^="/children/"]');
      const name = (await link.textContent())!.trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await expectAccessible(page);
    });
  });

  it('draws the case as a timeline with a row per child', async () => {
    await journey('work-case-timeline', async (page) => {
      const [pick] = await running().db.query<{ case_id: string; children: number }>(
        `SELECT cp.case_id, (SELECT count(*)::int FROM case_child cc WHERE cc.case_id = cp.case_id) AS children
           FROM case_participant cp JOIN user_account ua ON ua.id = cp.account_id
          WHERE ua.email = 'caseworker@demo.hearth' AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
          ORDER BY 2 DESC, cp.case_id LIMIT 1`,
      );
      expect(pick).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/cases/${pick!.case_id}`);
      const section = page.locator('section[aria-labelledby="case-timeline"]');
      const drawing = section.locator('svg[role="img"]');
      await drawing.waitFor();
      expect((await drawing.getAttribute('aria-label'))?.trim()).toMatch(/^Timeline of the case/);
      expect(await drawing.locator('[data-kind="row"]').count()).toBe(pick!.children);
      expect(await drawing.locator('[data-kind="removal"]').count()).toBeGreaterThan(0);
      await section.getByRole('heading', { level: 3, name: 'Legend' }).waitFor();
      expect(await section.locator('.usa-sr-only li').count()).toBeGreaterThan(0);
      // The children's permanency plans on this case, one row per plan, each naming its child.
      const [{ n: planCount } = { n: 0 }] = await running().db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM permanency_plan pp JOIN removal_episode r ON r.id = pp.removal_id
          WHERE r.case_id = $1`,
        [pick!.case_id],
      );
      const plans = page.locator('section[aria-labelledby="case-plans"]');
      await plans.getByRole('heading', { level: 2, name: 'Permanency plans' }).waitFor();
      expect(planCount).toBeGreaterThan(0);
      expect(await plans.locator('tbody tr').count()).toBe(planCount);
      await expectAccessible(page);
    });
  });

  it('shows the young person their next hearing and the people on their case', async () => {
    await journey('work-youth-people', async (page) => {
      await signIn(page, 'youth@demo.hearth');
      await page.getByRole('heading', { level: 3, name: 'Court hearing' }).waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(/No hearing is set/);
      const people = page.locator('section[aria-labelledby="people-heading"]');
      await people.getByRole('heading', { level: 2, name: 'The people on your case' }).waitFor();
      await people.getByText('Your caseworker', { exact: true }).waitFor();
      await people.getByText('Judge', { exact: true }).waitFor();
      // The caseworker can be reached; the demo gives the youth's team a phone and an email.
      expect(await people.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(await people.locator('a[href^="mailto:"]').count()).toBeGreaterThan(0);
      expect(await people.getByText(/parent/i).count()).toBe(0);
      await expectAccessible(page);
    });
  });

  it('lets a supervisor open a case outside their unit by giving a reason, and says so on the page', async () => {
    await journey('work-break-glass', async (page) => {
      const [outside] = await running().db.query<{ id: string; petition_number: string }>(
        `SELECT c.id, c.petition_number FROM court_case c
           JOIN user_account s ON s.email = 'supervisor@demo.hearth' AND s.jurisdiction_id = c.jurisdiction_id
          WHERE NOT EXISTS (SELECT 1 FROM case_participant cp JOIN user_account w ON w.id = cp.account_id
                             WHERE cp.case_id = c.id AND cp.end_date IS NULL AND w.unit_id = s.unit_id)
          ORDER BY c.petition_number LIMIT 1`,
      );
      expect(outside).toBeDefined();
      await signIn(page, 'supervisor@demo.hearth');
      await page.goto(`${running().url}/cases/${outside!.id}`);
      await page.getByRole('heading', { level: 1, name: 'Case not found' }).waitFor();
      await page.getByRole('button', { name: 'Open it anyway (break the glass)' }).click();

      const reason = page.getByRole('textbox', { name: 'Reason' });
      await reason.waitFor();
      await page.getByText('At least 10 characters.').waitFor();
      await page.getByText(/recorded, and the access is reviewed/).waitFor();
      await reason.fill('urgent');
      await page.getByRole('button', { name: 'Open the record' }).click();
      // The message stands next to the field, inside its form group, and the field says it is invalid.
      const group = page.locator('.usa-form-group--error');
      await group.getByText('Write your reason in at least 10 characters.').waitFor();
      expect(await group.locator('textarea').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);

      const stated = 'Covering the custody hearing for a colleague on leave';
      await reason.fill(stated);
      await page.getByRole('button', { name: 'Open the record' }).click();
      await page.getByRole('heading', { level: 1, name: `Case ${outside!.petition_number}` }).waitFor();
      const banner = page.locator('.usa-alert--warning', { hasText: 'Opened by breaking the glass' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain(stated);
      await expectAccessible(page);

      const [audit] = await running().db.query<{ reason: string }>(
        `SELECT a.reason FROM audit_event a JOIN user_account s ON s.id::text = a.actor_id
          WHERE s.email = 'supervisor@demo.hearth' AND a.action = 'case.viewed' AND a.break_glass
            AND a.entity_id = $1`,
        [outside!.id],
      );
      expect(audit?.reason).toBe(stated);
    });
  });
});
