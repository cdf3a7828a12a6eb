import { describe, expect, it } from 'vitest';
import { WELLBEING_INSTRUMENTS } from '@hearth/core';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Well-being at a hearing: the caseworker fills in a child's checklist for a coming hearing, starting from
 * last time's answers, and flags a concern; the judge opens the hearing's bench view and sees the concern
 * with the question to ask beside it. Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

const ITEM = 'safety.home_safe';
const QUESTION = WELLBEING_INSTRUMENTS[0]!.items.find((i) => i.id === ITEM)!;

describe('well-being checklists and the bench view (Chromium)', { timeout: 240_000 }, () => {
  it('lets the caseworker flag a concern that the judge then reads on the bench with its question', async () => {
    // A coming hearing of one of the caseworker's cases, on the demo judge's docket, with a child whose
    // checklist is not started and whose last checklist sent to the court answered the item.
    const [pick] = await running().db.query<{
      hearing_id: string;
      case_id: string;
      child_id: string;
      given_name: string;
    }>(
      `SELECT h.id AS hearing_id, h.case_id, cc.child_id, p.given_name
         FROM hearing h JOIN court_case c ON c.id = h.case_id
         JOIN user_account judge ON judge.judge_id = c.assigned_judge_id AND judge.email = 'judge@demo.hearth'
         JOIN case_participant cp ON cp.case_id = c.id AND cp.case_role = 'caseworker' AND cp.end_date IS NULL
         JOIN user_account w ON w.id = cp.account_id AND w.email = 'caseworker@demo.hearth'
         JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
         JOIN person p ON p.id = ch.person_id
        WHERE h.status = 'scheduled' AND h.scheduled_start > '2026-11-25'
          AND NOT EXISTS (SELECT 1 FROM wellbeing_checklist x WHERE x.hearing_id = h.id AND x.child_id = cc.child_id)
          AND (SELECT lw.answers -> $1 ->> 'value' FROM wellbeing_checklist lw JOIN hearing lh ON lh.id = lw.hearing_id
                WHERE lw.child_id = cc.child_id AND lw.status = 'submitted' AND lh.scheduled_start < h.scheduled_start
                ORDER BY lh.scheduled_start DESC LIMIT 1) = 'yes'
        ORDER BY h.scheduled_start, cc.child_id LIMIT 1`,
      [ITEM],
    );
    expect(pick, 'the demo has a coming hearing to fill a checklist for').toBeDefined();
    const checklistPath = `/hearings/${pick!.hearing_id}/children/${pick!.child_id}/well-being`;

    await journey('wellbeing-caseworker', async (page) => {
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/cases/${pick!.case_id}`);
      await page.locator(`a[href="${checklistPath}"]`).first().click();
      await page
        .getByRole('heading', { level: 1, name: new RegExp(`^Well-being checklist: ${pick!.given_name}`) })
        .waitFor();
      const item = page.locator(`[data-item="${ITEM}"]`);
      // Last time's answer is the starting point, and says so.
      await item.locator('[data-kind="from-last-time"]').waitFor();
      expect(await item.locator('input[type="radio"][value="yes"]').isChecked()).toBe(true);
      expect(await item.locator('[data-kind="concern"]').count()).toBe(0);
      await expectAccessible(page);

      await item.locator('label', { hasText: /^No$/ }).click();
      await item.locator('[data-kind="concern"]').waitFor();
      expect(await item.locator('[data-kind="from-last-time"]').count()).toBe(0);
      await item.locator('summary').click();
      await item.locator('textarea').fill('Smoke alarm missing in the bedroom');
      await page.getByRole('button', { name: 'Send to the court' }).click();
      await page.getByText('Sent to the court.', { exact: true }).waitFor();
      await page.locator('[data-status="submitted"]').waitFor();
      await expectAccessible(page);
    });

    await journey('wellbeing-bench', async (page) => {
      await signIn(page, 'judge@demo.hearth');
      await page.goto(`${running().url}/cases/${pick!.case_id}`);
      await page.locator(`a[href="/hearings/${pick!.hearing_id}/bench"]`).first().click();
      await page.getByRole('heading', { level: 1, name: /^Bench view:/ }).waitFor();
      const child = page.locator(`section[data-child="${pick!.child_id}"]`);
      const concern = child.locator(`[data-kind="concerns"] [data-item="${ITEM}"]`);
      await concern.waitFor();
      expect(await concern.textContent()).toContain(QUESTION.text.en);
      expect(await concern.textContent()).toContain('Smoke alarm missing in the bedroom');
      expect(await concern.locator('[data-kind="ask"]').textContent()).toContain(QUESTION.benchQuestion.en);
      // Concerns come first: nothing above this list but the child's facts and the checklist's status.
      await child.getByRole('heading', { level: 3, name: 'Over time' }).waitFor();
      expect(await child.locator('svg[role="img"]').count()).toBe(1);
      await expectAccessible(page);
    });
  });
});
