import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Quality caseworker contacts (issue 6): the caseworker records a contact for a child not yet seen this
 * month (the form first names the missing field next to it), the child leaves the home's list and the
 * month's compliance goes up; the supervisor of the unit reviews the contact; the worker reads the review
 * and marks its action done (after a stale follow-up, under If-Match).
 * Every page is checked with axe-core for serious or critical problems.
 */
const { hearth: running, journey, signIn } = useJourneys();

let childId = '';
let childName = '';

describe('caseworker contacts (Chromium)', { timeout: 240_000 }, () => {
  it('logs a contact: the missing field first, then the child is seen and compliance goes up', async () => {
    await journey('contacts-record', async (page) => {
      await signIn(page, 'caseworker@demo.hearth');
      const section = page.locator('section[aria-labelledby="not-seen-heading"]');
      await section.getByRole('heading', { level: 2, name: 'Children not yet seen this month' }).waitFor();
      const first = section.locator('li[data-child]').first();
      await first.waitFor();
      childId = (await first.getAttribute('data-child'))!;
      childName = (await first.locator('a').first().textContent())!.trim();
      await expectAccessible(page);

      // This month's figure before the contact.
      await section.getByRole('link', { name: 'Monthly visit compliance' }).click();
      await page.getByRole('heading', { level: 1, name: 'Monthly visit compliance' }).waitFor();
      const monthTotal = page.locator('section[aria-labelledby="month-heading"] tr[data-worker="all"]');
      const seenBefore = Number(await monthTotal.locator('td').nth(2).textContent());
      const dueBefore = Number(await monthTotal.locator('td').nth(1).textContent());
      expect(dueBefore).toBeGreaterThan(seenBefore);
      const row = page.locator(`li[data-status="due"]`, { hasText: childName });
      await row.waitFor();
      await expectAccessible(page);

      // From the home, "Record a contact with …".
      await page.goto(running().url);
      await page.getByRole('link', { name: `Record a contact with ${childName}` }).click();
      await page.getByRole('heading', { level: 1, name: `Record a contact with ${childName}` }).waitFor();
      await page.getByLabel('Date of the contact', { exact: true }).fill('2026-11-20');
      await page.getByLabel('Time it started', { exact: true }).fill('10:15');
      await page.getByRole('button', { name: 'Save the contact' }).click();
      // Nothing sent: the summary lists the purpose, and the message stands next to its field.
      const summary = page.locator('.usa-alert--error');
      await summary.getByRole('link', { name: /Purpose of the contact: Fill in this field/ }).waitFor();
      const group = page.locator('.usa-form-group--error');
      await group.getByText('Fill in this field.').waitFor();
      expect(await group.locator('textarea').getAttribute('aria-invalid')).toBe('true');
      expect(await group.locator('label').textContent()).toContain('Purpose of the contact');
      await expectAccessible(page);

      await page
        .getByLabel('Purpose of the contact', { exact: true })
        .fill('Monthly visit: school and family time');
      await page.locator('label.usa-checkbox__label', { hasText: 'I had time alone with the child' }).click();
      await page.getByLabel('Minutes alone with the child', { exact: true }).fill('25');
      await page.getByLabel('Who else was there (optional)', { exact: true }).fill('Foster parent');
      await page
        .getByLabel('Safety observations (optional)', { exact: true })
        .fill('Home safe; no concerns.');
      await page
        .getByLabel('The child’s own words (optional)', { exact: true })
        .fill('“I want to play soccer.”');
      await page.getByLabel('Next steps (optional)', { exact: true }).fill('Ask about soccer sign-up.');
      await page.getByLabel('Time alone with the child (optional)', { exact: true }).selectOption('met');
      await page.getByRole('button', { name: 'Save the contact' }).click();
      await page.getByRole('heading', { level: 1, name: `Contacts with ${childName}` }).waitFor();
      await page.getByText('The contact was saved.').waitFor();
      await page.getByRole('cell', { name: 'Monthly visit: school and family time' }).waitFor();
      await expectAccessible(page);

      // The child has left the home's list …
      await page.goto(running().url);
      const again = page.locator('section[aria-labelledby="not-seen-heading"]');
      await again
        .locator('li[data-child]')
        .first()
        .or(again.getByText('Every child due a visit this month has been seen.'))
        .waitFor();
      expect(await again.locator(`li[data-child="${childId}"]`).count()).toBe(0);
      // … and the month's compliance went up by one.
      await page.goto(`${running().url}/contacts/compliance`);
      const total = page.locator('section[aria-labelledby="month-heading"] tr[data-worker="all"]');
      await total.waitFor();
      expect(Number(await total.locator('td').nth(2).textContent())).toBe(seenBefore + 1);
      await page.locator(`li[data-status="seenAtResidence"]`, { hasText: childName }).waitFor();
    });
  });

  it('lets the unit’s supervisor review the contact, the worker’s own rating beside each element', async () => {
    const [contact] = await running().db.query<{ id: string }>(
      `SELECT v.id FROM caseworker_visit v JOIN caseworker_contact c ON c.visit_id = v.id
        WHERE v.child_id = $1 ORDER BY c.recorded_at DESC LIMIT 1`,
      [childId],
    );
    expect(contact).toBeDefined();
    await journey('contacts-review', async (page) => {
      await signIn(page, 'supervisor@demo.hearth');
      await page.goto(`${running().url}/contacts/${contact!.id}`);
      await page.getByRole('heading', { level: 2, name: 'Review this contact' }).waitFor();
      await page.getByText('Worker’s own rating: Met').first().waitFor();
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page
        .locator('.usa-alert--error')
        .getByRole('link', { name: /Safety assessed: Choose one/ })
        .waitFor();
      await expectAccessible(page);
      for (const [label, value] of [
        ['Purpose of the contact stated', 'met'],
        ['Time alone with the child', 'met'],
        ['Safety assessed', 'met'],
        ['The child’s own words recorded', 'met'],
        ['Case plan discussed', 'not_met'],
        ['Next steps set', 'partly'],
      ] as const)
        await page.getByLabel(label, { exact: true }).selectOption(value);
      await page
        .getByLabel('Strengths (optional)', { exact: true })
        .fill('Good time alone; the child’s words are recorded.');
      await page
        .getByLabel('Action 1 (optional)', { exact: true })
        .fill('Talk through the case plan at the next visit');
      await page.getByLabel('Action 1: due by (optional)', { exact: true }).fill('2026-12-15');
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page.getByText('The review was saved.').waitFor();
      const card = page.locator('article', { hasText: 'Reviewed by' });
      await card.getByText('4.5 of 6 quality elements met').waitFor();
      await card.getByText('Talk through the case plan at the next visit').waitFor();
      await expectAccessible(page);
    });
  });

  it('shows the worker the review, and lets them mark the action done', async () => {
    await journey('contacts-my-reviews', async (page) => {
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/contacts/reviews`);
      await page.getByRole('heading', { level: 1, name: 'Contact reviews' }).waitFor();
      const card = page.locator('article', { hasText: childName });
      await card.first().waitFor();
      const action = card.first().locator('li', { hasText: 'Talk through the case plan' });
      await action.getByText('Open', { exact: true }).waitFor();
      await expectAccessible(page);
      // The supervisor drops the action while the worker has the page open: the worker's "done" is
      // refused (412), the card shows it dropped and explains both changes; the worker puts theirs on top.
      await running().db.query(
        `UPDATE contact_review_action SET status = 'dropped', version = version + 1
          WHERE description = 'Talk through the case plan at the next visit'`,
      );
      await action.getByRole('button', { name: 'Mark as done' }).click();
      const notice = action.locator('.usa-alert--warning');
      await notice
        .getByRole('heading', { name: 'Someone else changed this record while you were editing it' })
        .waitFor();
      await notice.getByRole('row', { name: 'Follow-up Dropped Open' }).waitFor();
      await action.locator('.usa-tag', { hasText: 'Dropped' }).waitFor();
      await expectAccessible(page);
      await notice.getByRole('button', { name: 'Put my changes on the new version' }).click();
      await page.getByText('The action plan was updated.').waitFor();
      await page
        .locator('article', { hasText: childName })
        .first()
        .locator('li', { hasText: 'Talk through the case plan' })
        .getByText('Done', { exact: true })
        .waitFor();
    });
  });
});
