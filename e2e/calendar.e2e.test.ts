import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Advance calendaring in Chromium: the clerk files a petition through the open-case form and finds the
 * case's schedule on its page: every hearing through the first permanency hearing and the reviews after
 * it, each with its deadline and "why this date", on the judge's calendar with no double-booking. The
 * demo's today is 2026-11-23.
 */
const { hearth: running, journey, signIn } = useJourneys();

const tick = (page: Page, label: string) =>
  page.locator('label.usa-checkbox__label', { hasText: new RegExp(`^${label}$`) }).click();

describe('advance calendaring (Chromium)', { timeout: 180_000 }, () => {
  it('files a petition and shows its schedule, each hearing with its deadline and why', async () => {
    await journey('calendar-file-petition', async (page) => {
      const [court] = await running().db.query<{ name: string }>(
        `SELECT co.name FROM user_account ua JOIN court co ON co.id = ua.court_id WHERE ua.email = 'clerk@demo.hearth'`,
      );
      await signIn(page, 'clerk@demo.hearth');
      await page.getByRole('link', { name: 'Open a case' }).click();
      await page.getByRole('heading', { level: 1, name: 'Open a case' }).waitFor();
      await page.getByLabel('Petition number').fill('D-202-JQ-2026-09950');
      await page.getByLabel('Date filed').fill('2026-11-19');
      await page.getByLabel('Court', { exact: true }).selectOption({ label: court!.name });
      await tick(page, 'Neglect');
      await page.getByLabel('First name').fill('Skye');
      await page.getByLabel('Last name').fill('Calendartest');
      await page.getByLabel('Date of birth').fill('2020-06-15');
      await page.getByRole('button', { name: 'Open the case' }).click();
      await page.getByRole('heading', { level: 1, name: 'Case D-202-JQ-2026-09950' }).waitFor();

      const section = page.locator('section[aria-labelledby="case-schedule"]');
      await section.getByRole('heading', { level: 2, name: 'Schedule' }).waitFor();
      const chips = section.getByRole('list', { name: /Hearings of the case in order/ }).locator('li');
      await chips.first().waitFor();
      expect(await chips.count()).toBe(7);
      const first = chips.first();
      // NMSA §32A-4-18(A): the custody hearing within 10 days of the petition filed on 19 November.
      expect(await first.textContent()).toContain('Custody hearing');
      expect(await first.textContent()).toContain('Due by Nov 29, 2026');
      expect(await first.getAttribute('data-state')).toBe('proposed');
      await first.getByText('Why this date').click();
      const why = (await first.locator('details').textContent()) ?? '';
      expect(why).toContain('within 10 days of the petition being filed on Nov 19, 2026');
      expect(why).toContain('NMSA 1978 §32A-4-18(A)');
      expect(await section.textContent()).toContain('after the petition was filed');
      await expectAccessible(page);

      // Seven hearings proposed on the judge's calendar, none on top of another hearing of the judge or room.
      const rows = await running().db.query<{ n: number; clashes: number; late: number }>(
        `SELECT count(*)::int AS n,
                (SELECT count(*)::int FROM hearing o WHERE o.status = 'scheduled' AND o.id <> h.id
                   AND (o.judge_id = h.judge_id OR o.courtroom_id = h.courtroom_id)
                   AND o.scheduled_start < h.scheduled_end AND h.scheduled_start < o.scheduled_end) AS clashes,
                count(*) FILTER (WHERE (h.scheduled_start AT TIME ZONE 'America/Denver')::date > h.deadline_date)::int AS late
           FROM hearing h JOIN court_case c ON c.id = h.case_id
          WHERE c.petition_number = 'D-202-JQ-2026-09950' AND h.proposed
          GROUP BY h.id`,
      );
      expect(rows.length).toBe(7);
      expect(rows.every((r) => r.clashes === 0 && r.late === 0)).toBe(true);
    });
  });
});
