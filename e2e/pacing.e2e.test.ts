import { describe, expect, it } from 'vitest';
import { pacingEn } from '../web/src/i18n/pacing.en.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Pacing permanency: a caseworker reads a child's clocks, the judge's home lists the children at risk of a
 * missed deadline, and a caseworker records a benchmark review with its checklist and outcome. Every page
 * is checked with axe-core for serious or critical problems.
 */
const { hearth: running, journey, signIn } = useJourneys();

/** A case of the demo caseworker with a child in foster care today (the demo's today). */
async function caseworkersChildInCare(): Promise<{ case_id: string; child_id: string; given_name: string }> {
  const [pick] = await running().db.query<{ case_id: string; child_id: string; given_name: string }>(
    `SELECT r.case_id, r.child_id, pe.given_name
       FROM removal_episode r
       JOIN case_participant cp ON cp.case_id = r.case_id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
       JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
       JOIN child ch ON ch.id = r.child_id JOIN person pe ON pe.id = ch.person_id
      WHERE r.removal_date <= '2026-11-23' AND (r.discharge_date IS NULL OR r.discharge_date > '2026-11-23')
      ORDER BY r.removal_date, r.child_id LIMIT 1`,
  );
  expect(pick).toBeDefined();
  return pick!;
}

describe('pacing permanency (Chromium)', { timeout: 180_000 }, () => {
  it('shows a caseworker the clocks of a child in foster care, each with its status in words and its rule', async () => {
    await journey('pacing-clocks', async (page) => {
      const pick = await caseworkersChildInCare();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/children/${pick.child_id}`);
      await page.getByRole('heading', { level: 1, name: new RegExp(pick.given_name) }).waitFor();
      const panel = page.locator('section[aria-labelledby="clocks-heading"]');
      await panel.getByRole('heading', { level: 2, name: 'Clocks' }).waitFor();
      const cards = panel.locator('li[data-clock]');
      await cards.first().waitFor();
      expect(await cards.count()).toBe(9);
      const fifteen = panel.locator('li[data-clock="fifteenOfTwentyTwo"]');
      await fifteen
        .getByRole('heading', { level: 3, name: pacingEn.clockTitle.fifteenOfTwentyTwo })
        .waitFor();
      expect(await fifteen.textContent()).toMatch(
        /days counted, about [\d.]+ months \(15 months is \d+ days\)/,
      );
      expect(await fifteen.textContent()).toMatch(/Rule: SSA §475\(5\)\(E\)/);
      // Colour plus words: each clock writes its status out; the bars are pictures beside the words.
      const words = Object.values(pacingEn.status).concat(pacingEn.missed);
      for (const tag of await panel.locator('li[data-clock] .usa-tag').allTextContents())
        expect(words).toContain(tag.trim());
      expect(await panel.locator('svg[aria-hidden="true"]').count()).toBeGreaterThan(3);
      await panel.getByText(/^Entered foster care on /).waitFor();
      await expectAccessible(page);
    });
  });

  it('lists on the judge’s home the children at risk of a missed deadline, each linking to the clocks', async () => {
    await journey('pacing-at-risk', async (page) => {
      await signIn(page, 'judge@demo.hearth');
      const section = page.locator('section[aria-labelledby="at-risk-heading"]');
      await section.getByRole('heading', { level: 2, name: pacingEn.atRiskTitle }).waitFor();
      const rows = section.locator('tr[data-status]');
      await rows.first().waitFor();
      expect(await rows.count()).toBeGreaterThan(0);
      const statuses = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-status')));
      // Overdue first.
      expect(statuses).toEqual(
        [...statuses].sort((a, b) => (a === 'overdue' ? 0 : 1) - (b === 'overdue' ? 0 : 1)),
      );
      expect(await rows.first().textContent()).toMatch(/Overdue|Due soon/);
      await expectAccessible(page);

      const link = rows.first().locator('a[href^="/children/"]');
      const name = (await link.textContent())!.trim();
      await link.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const risky = page.locator(
        'section[aria-labelledby="clocks-heading"] li[data-status="overdue"], section[aria-labelledby="clocks-heading"] li[data-status="dueSoon"]',
      );
      await risky.first().waitFor();
      await expectAccessible(page);
    });
  });

  it('records a benchmark review of a case with its checklist and outcome', async () => {
    await journey('pacing-benchmark-review', async (page) => {
      const pick = await caseworkersChildInCare();
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/cases/${pick.case_id}`);
      await page.getByRole('link', { name: pacingEn.reviewsLink }).click();
      await page.getByRole('heading', { level: 1, name: /^Benchmark reviews, case / }).waitFor();
      expect(page.url()).toMatch(new RegExp(`/cases/${pick.case_id}/reviews$`));
      const due = page.locator('section[aria-labelledby="reviews-due"] tr[data-status]');
      await due.first().waitFor();
      await expectAccessible(page);

      await due
        .first()
        .getByRole('button', { name: new RegExp(`^${pacingEn.recordReview}`) })
        .click();
      const form = page.locator('section[aria-labelledby="record-review"]');
      await form.getByRole('heading', { level: 2, name: /^Record the review: / }).waitFor();
      // Saving with nothing filled in names every question left unanswered.
      await form.getByRole('button', { name: pacingEn.saveReview }).click();
      await form.locator('.usa-alert--error').waitFor();
      expect(await form.locator('.usa-error-message').count()).toBeGreaterThanOrEqual(7);
      await expectAccessible(page);

      const answers = { safety: 'met', case_plan_progress: 'partly', family_time: 'met' } as Record<
        string,
        string
      >;
      for (const [code, prompt] of Object.entries(pacingEn.prompt)) {
        if (code === 'next_steps')
          await form.getByLabel(prompt).fill('Caseworker asks the court to set the permanency hearing.');
        else await form.getByLabel(prompt).selectOption(answers[code] ?? 'not_met');
      }
      await form.getByLabel(pacingEn.outcomeLabel, { exact: true }).selectOption('action_needed');
      await form.getByLabel(pacingEn.outcomeNote).fill('Concurrent plan to be started before the hearing.');
      await form.getByRole('button', { name: pacingEn.saveReview }).click();
      await page.getByText(pacingEn.reviewSaved).waitFor();
      const recorded = page.locator('section[aria-labelledby="reviews-recorded"] article[data-review]');
      await recorded.first().waitFor();
      expect(await recorded.first().textContent()).toContain(pacingEn.outcome.action_needed);
      await expectAccessible(page);

      const [row] = await running().db.query<{
        outcome: string;
        answers: Record<string, { answer?: string }>;
      }>(
        `SELECT outcome, answers FROM benchmark_review WHERE case_id = $1 ORDER BY recorded_at DESC LIMIT 1`,
        [pick.case_id],
      );
      expect(row).toMatchObject({ outcome: 'action_needed', answers: { safety: { answer: 'met' } } });
    });
  });
});
