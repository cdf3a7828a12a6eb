import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { E2E_TODAY } from './support/hearth.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The calendar feed from the judge's home: the panel shows a private address, Copy puts it on the
 * clipboard, and the address, fetched without the session, is an iCalendar that a real parser reads,
 * holding the judge's hearings from 90 days ago on and no child's name. A new address makes the old one
 * answer 404. Every state of the panel is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

const NOW = new Date(`${E2E_TODAY}T15:00:00Z`);

describe('the calendar feed (Chromium)', { timeout: 180_000 }, () => {
  it('lets a judge copy their calendar address, subscribe to it, and replace it', async () => {
    await journey('feeds-judge-calendar', async (page) => {
      const origin = running().url;
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await signIn(page, 'judge@demo.hearth');
      const panel = page.locator('section[aria-labelledby="calendar-feed-heading"]');
      await panel.getByRole('heading', { level: 2, name: 'Your hearings in your calendar' }).waitFor();
      const field = panel.getByLabel('Your private calendar address');
      await expect.poll(() => field.inputValue()).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      await expectAccessible(page);

      await panel.getByRole('button', { name: 'Copy address' }).click();
      await panel.getByText('Address copied.', { exact: false }).waitFor();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url).toBe(await field.inputValue());
      expect(url.startsWith(origin)).toBe(true);

      // What a calendar app does: fetch the address with no session and read it.
      const feed = await page.request.get(url, { headers: { cookie: '' } });
      expect(feed.status()).toBe(200);
      expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const body = await feed.text();
      const events = new ICAL.Component(ICAL.parse(body))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      const expected = await running().db.query<{ id: string }>(
        `SELECT h.id FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account a ON a.judge_id = c.assigned_judge_id
          WHERE a.email = 'judge@demo.hearth' AND h.scheduled_start >= $1::timestamptz - interval '90 days'`,
        [NOW],
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(events.map((e) => e.uid).sort()).toEqual(expected.map((h) => `${h.id}@hearth`).sort());
      for (const e of events) expect(e.summary).toMatch(/ — case D-\d+-JQ-/);
      const names = await running().db.query<{ name: string }>(
        `SELECT DISTINCT p.family_name AS name FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account a ON a.judge_id = c.assigned_judge_id
           JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
           JOIN person p ON p.id = ch.person_id
          WHERE a.email = 'judge@demo.hearth'`,
      );
      const unfolded = body.replace(/\r\n /g, '');
      for (const { name } of names) expect(unfolded).not.toContain(name);

      // A new address, after saying yes: the old one stops working.
      await panel.getByRole('button', { name: 'Make a new address' }).click();
      await panel.getByRole('heading', { name: 'Make a new address?' }).waitFor();
      await expectAccessible(page);
      await panel.getByRole('button', { name: 'Yes, make a new address' }).click();
      await panel.getByText('The old address no longer works.', { exact: false }).waitFor();
      await expect.poll(() => field.inputValue()).not.toBe(url);
      const renewed = await field.inputValue();
      expect((await page.request.get(url)).status()).toBe(404);
      expect((await page.request.get(renewed)).status()).toBe(200);
      await expectAccessible(page);
    });
  });

  it('speaks Spanish to a Spanish reader', async () => {
    await journey('feeds-spanish', async (page) => {
      await signIn(page, 'caregiver@demo.hearth');
      await page.getByRole('button', { name: /español/i }).click();
      const panel = page.locator('section[aria-labelledby="calendar-feed-heading"]');
      await panel.getByRole('heading', { level: 2, name: 'Sus audiencias en su calendario' }).waitFor();
      await panel.getByRole('button', { name: 'Copiar la dirección' }).waitFor();
      await expectAccessible(page);
    });
  });
});
