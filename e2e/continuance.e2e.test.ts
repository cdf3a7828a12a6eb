import { describe, expect, it } from 'vitest';
import { formattersFor } from '../web/src/i18n/format.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Continuing and moving a hearing in Chromium: the judge continues one of their hearings, naming who
 * asked and why, asks for a time when they sit on another case, is shown that conflict in plain words,
 * picks one of the free times offered, and finds the continued and the new hearing on the case page.
 * The clerk moves a hearing onto a taken courtroom and picks an offered time. Every page is checked with
 * axe-core. The demo's "today" is Monday 23 November 2026, 8 a.m. in Albuquerque.
 */
const { hearth: running, journey, signIn } = useJourneys();

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  const [row] = await running().db.query<T>(sql, values);
  expect(row, sql).toBeDefined();
  return row!;
}

/** An instant as the court's calendar and the form read it: its local date and start time. */
function courtLocal(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'America/Denver',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

type Hearing = { id: string; case_id: string; petition_number: string; start: Date };

describe('continuing and moving hearings (Chromium)', { timeout: 240_000 }, () => {
  it('lets the judge continue a hearing, see the conflict of the time asked, and take a free time offered', async () => {
    await journey('continuance-judge', async (page) => {
      // The judge's next scheduled hearing, and another of their hearings (on another case) a week or more on.
      const mine = await one<Hearing>(
        `SELECT h.id, h.case_id, c.petition_number, h.scheduled_start AS start
           FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account ua ON ua.email = 'judge@demo.hearth' AND ua.judge_id = c.assigned_judge_id
          WHERE h.status = 'scheduled' AND h.scheduled_start > '2026-11-24T00:00:00Z'
          ORDER BY h.scheduled_start, h.id LIMIT 1`,
      );
      const busy = await one<Hearing>(
        `SELECT h.id, h.case_id, c.petition_number, h.scheduled_start AS start
           FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account ua ON ua.email = 'judge@demo.hearth' AND ua.judge_id = h.judge_id
          WHERE h.status = 'scheduled' AND h.case_id <> $1 AND h.scheduled_start > $2::timestamptz + interval '7 days'
          ORDER BY h.scheduled_start, h.id LIMIT 1`,
        [mine.case_id, mine.start],
      );
      await signIn(page, 'judge@demo.hearth');
      await page.goto(`${running().url}/cases/${mine.case_id}`);
      await page.getByRole('heading', { level: 1, name: `Case ${mine.petition_number}` }).waitFor();
      await expectAccessible(page);
      await page.locator(`a[href="/hearings/${mine.id}/continue"]`).click();

      await page.getByRole('heading', { level: 1, name: /^Continue the / }).waitFor();
      await expectAccessible(page);
      // Nothing chosen: the form says what is missing, next to each list.
      await page.getByRole('button', { name: 'Continue the hearing' }).click();
      await page.locator('#field-requestedBy-error').waitFor();
      await expectAccessible(page);
      await page.getByLabel('Who asked for the continuance').selectOption({ label: 'The court' });
      await page.getByLabel('Why', { exact: true }).selectOption({ label: 'The court’s calendar was full' });
      await page.getByLabel('Note').fill('The judge is in a jury trial that week.');
      const asked = courtLocal(new Date(busy.start));
      await page.getByLabel('Date', { exact: true }).fill(asked.date);
      await page.getByLabel('Start time').fill(asked.time);
      await page.getByRole('button', { name: 'Continue the hearing' }).click();

      // The time asked is the judge's own on another case: said plainly, with free times to pick.
      const panel = page.getByTestId('calendar-conflicts');
      await panel.getByRole('heading', { name: 'That time is already taken' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        'That time is already taken',
      );
      const said = (await panel.locator('li').first().textContent()) ?? '';
      expect(said).toMatch(/has another hearing: .*case /);
      expect(said).toContain(busy.petition_number);
      await expectAccessible(page);
      expect(
        await running().db.query(`SELECT 1 FROM hearing WHERE id = $1 AND status = 'scheduled'`, [mine.id]),
      ).toHaveLength(1);
      const offer = panel.getByRole('button', { name: /^Use / }).first();
      const offerText = (await offer.textContent())!.replace(/^Use /, '');
      await offer.click();

      // Back on the case page: the hearing continued, and the new one at the time picked.
      await page.getByRole('heading', { level: 1, name: `Case ${mine.petition_number}` }).waitFor();
      await page.getByText(/^The hearing was continued\. The new hearing is on /).waitFor();
      const recorded = await one<{
        new_hearing_id: string;
        requested_by: string;
        reason: string;
        note: string;
      }>(`SELECT new_hearing_id, requested_by, reason, note FROM hearing_continuance WHERE hearing_id = $1`, [
        mine.id,
      ]);
      expect(recorded).toMatchObject({
        requested_by: 'court',
        reason: 'court_calendar',
        note: 'The judge is in a jury trial that week.',
      });
      const hearings = page.locator('section[aria-labelledby="case-hearings"]');
      // The continued hearing stays on the record, at its old time, with nothing left to move or continue.
      const when = formattersFor('en').hearingTime(new Date(mine.start).toISOString());
      const continuedRow = hearings.locator('tr', {
        has: page.getByRole('rowheader', { name: when, exact: true }),
      });
      expect(await continuedRow.first().textContent()).toContain('Continued');
      expect(await page.locator(`a[href="/hearings/${mine.id}/continue"]`).count()).toBe(0);
      const newRow = hearings.locator('tr', {
        has: page.locator(`a[href="/hearings/${recorded.new_hearing_id}/continue"]`),
      });
      await newRow.waitFor();
      expect(await newRow.locator('th').textContent()).toBe(offerText);
      expect(await newRow.textContent()).toContain('Scheduled');
      await expectAccessible(page);
    });
  });

  it('lets the clerk move a hearing, shown the courtroom taken, and take a free time offered', async () => {
    await journey('continuance-clerk-move', async (page) => {
      // A hearing of the clerk's court still to come, and another hearing in a courtroom of the same court.
      const mine = await one<Hearing & { court_id: string }>(
        `SELECT h.id, h.case_id, c.petition_number, h.scheduled_start AS start, c.court_id
           FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account ua ON ua.email = 'clerk@demo.hearth' AND ua.court_id = c.court_id
          WHERE h.status = 'scheduled' AND h.scheduled_start > '2026-11-24T00:00:00Z'
            AND NOT EXISTS (SELECT 1 FROM hearing_continuance hc WHERE hc.new_hearing_id = h.id)
          ORDER BY h.scheduled_start DESC, h.id LIMIT 1`,
      );
      const room = await one<{ id: string; name: string }>(
        `SELECT id, name FROM courtroom WHERE court_id = $1 ORDER BY name LIMIT 1`,
        [mine.court_id],
      );
      // Another case's hearing in that room on the first Tuesday of December, 10 to 11 a.m.
      const other = await one<{ id: string; petition_number: string }>(
        `SELECT c.id, c.petition_number FROM court_case c WHERE c.court_id = $1 AND c.id <> $2 ORDER BY c.petition_number LIMIT 1`,
        [mine.court_id, mine.case_id],
      );
      await running().db.query(
        `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, courtroom_id)
         SELECT jurisdiction_id, id, 'periodic_review', '2026-12-01T17:00:00Z', '2026-12-01T18:00:00Z', $2
           FROM court_case WHERE id = $1`,
        [other.id, room.id],
      );
      await signIn(page, 'clerk@demo.hearth');
      await page.goto(`${running().url}/hearings/${mine.id}/move`);
      await page.getByRole('heading', { level: 1, name: /^Move the / }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Date', { exact: true }).fill('2026-12-01');
      await page.getByLabel('Start time').fill('10:30');
      await page.getByLabel(/^Courtroom/).selectOption({ label: room.name });
      await page.getByRole('button', { name: 'Move the hearing' }).click();
      const panel = page.getByTestId('calendar-conflicts');
      await panel.getByRole('heading', { name: 'That time is already taken' }).waitFor();
      expect(await panel.textContent()).toContain(`${room.name} is in use`);
      expect(await panel.textContent()).toContain(other.petition_number);
      await expectAccessible(page);
      await panel.getByRole('button', { name: /^Use / }).first().click();
      await page.getByRole('heading', { level: 1, name: `Case ${mine.petition_number}` }).waitFor();
      await page.getByText(/^The hearing was moved to /).waitFor();
      const moved = await one<{ start: Date; courtroom_id: string }>(
        'SELECT scheduled_start AS start, courtroom_id FROM hearing WHERE id = $1',
        [mine.id],
      );
      expect(moved.courtroom_id).toBe(room.id);
      expect(courtLocal(new Date(moved.start)).date >= '2026-12-01').toBe(true);
      await expectAccessible(page);
    });
  });
});
