import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Education and normalcy: the caseworker records a child's change of school with the best-interest
 * determination and its transportation plan and sees the move counted; the foster parent records a
 * reasonable-and-prudent-parent decision for a child living with them. Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

describe('education and normalcy (Chromium)', { timeout: 180_000 }, () => {
  it('lets the caseworker record a school change with its determination and transport plan, and counts the move', async () => {
    await journey('education-school-change', async (page) => {
      // The demo child who stayed in the school of origin: no move yet.
      const [kid] = await running().db.query<{ child_id: string }>(
        `SELECT child_id FROM school_enrollment WHERE school_name = 'Sandia Vista Elementary' LIMIT 1`,
      );
      expect(kid).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/children/${kid!.child_id}`);
      const section = page.locator('section[aria-labelledby="child-education"]');
      await section.getByRole('heading', { level: 2, name: 'Education' }).waitFor();
      const moves = section.getByTestId('school-moves');
      await moves.waitFor();
      expect(await moves.textContent()).toContain('0 school moves');
      await expectAccessible(page);

      await section.getByRole('link', { name: 'Record a best-interest determination' }).click();
      await page.getByRole('heading', { level: 1, name: /^Best-interest determination for / }).waitFor();
      await page.getByLabel('Placement change it is for').selectOption({ index: 1 });
      await page.getByLabel('The child: name').fill('Spoke with the child at the new home');
      await page.getByLabel('School district: name').fill('APS foster care point of contact');
      // A USWDS box is drawn by its label; the input itself is off screen.
      await page.locator('label.usa-checkbox__label', { hasText: 'Distance from the new home' }).click();
      await page.getByLabel('Decision', { exact: true }).selectOption('move');
      await page.getByLabel('Who provides the transportation').selectOption('caregiver');
      await page.getByLabel('Who pays for it').selectOption('agency');
      await page.getByLabel('Starts on').fill('2026-11-23');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Save the determination' }).click();

      await section.getByRole('heading', { level: 2, name: 'Education' }).waitFor();
      await page.getByText('Saved.').waitFor();
      const transport = section.getByTestId('transport').first();
      await transport.waitFor();
      expect(await transport.textContent()).toContain('The caregiver provides it, the agency pays');

      await section.getByRole('link', { name: 'Record a school or a change of school' }).click();
      await page.getByRole('heading', { level: 1, name: /^School for / }).waitFor();
      await page.getByLabel('School', { exact: true }).fill('Desert Willow Elementary');
      await page.getByLabel('Why the child started here').selectOption('placement_change');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Save the school' }).click();

      await section.getByText('Desert Willow Elementary').waitFor();
      expect(await section.getByTestId('school-moves').textContent()).toContain(
        '1 school move, 1 during the school year.',
      );
      // The school of origin ended the day before, and the new one is marked a move.
      expect(await section.locator('li[data-move="yes"]').count()).toBe(1);
      await expectAccessible(page);
    });
  });

  it('lets the foster parent record an activity decision for a child living with them', async () => {
    await journey('normalcy-decision', async (page) => {
      const [kid] = await running().db.query<{ child_id: string }>(
        `SELECT pl.child_id FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
           JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id
           JOIN user_account a ON a.person_id = pc.person_id AND a.email = 'caregiver@demo.hearth'
          WHERE pl.end_date IS NULL AND r.discharge_date IS NULL ORDER BY pl.child_id LIMIT 1`,
      );
      expect(kid).toBeDefined();
      await signIn(page, 'caregiver@demo.hearth');
      await page.goto(`${running().url}/children/${kid!.child_id}`);
      const section = page.locator('section[aria-labelledby="child-normalcy"]');
      await section.getByRole('heading', { level: 2, name: 'Activities and normal childhood' }).waitFor();
      // The education record is the child's history: not the caregiver's to read.
      expect(await page.locator('section[aria-labelledby="child-education"]').count()).toBe(0);
      await section.getByRole('link', { name: 'Record an activity decision' }).click();

      await page.getByRole('heading', { level: 1, name: /^Activity decision for / }).waitFor();
      await page.getByRole('button', { name: 'Save the decision' }).click();
      // Nothing chosen yet: the form says so next to the fields, and nothing is sent.
      await page.locator('.usa-form-group--error').first().waitFor();
      await expectAccessible(page);
      await page.getByLabel('Kind of activity').selectOption('sport');
      await page.getByLabel('The activity').fill('Swim team tryouts');
      await page.getByLabel('Your answer').selectOption('true');
      await page.getByLabel('Notes').fill('Practice twice a week after school.');
      await page.getByRole('button', { name: 'Save the decision' }).click();

      await section.getByRole('heading', { level: 2, name: 'Activities and normal childhood' }).waitFor();
      await page.getByText('Saved.').waitFor();
      const row = section.locator('tr', { hasText: 'Swim team tryouts' });
      await row.waitFor();
      expect(await row.textContent()).toContain('Yes');
      await expectAccessible(page);
    });
  });
});
