import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { E2E_TODAY } from './support/hearth.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The Docket page in Chromium: the judge opens today's docket from their home (the day as a time-of-day
 * picture and a table, an overlap written out in words), then the week, and prints it as a PDF; the clerk
 * switches from a judge to a courtroom. The database is the oracle for which hearings each shows, and
 * every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

type Row = { id: string; petition_number: string; day: string };

const rows = <T>(sql: string, values: unknown[] = []): Promise<T[]> => running().db.query<T>(sql, values);

/** The hearings of a judge or a room on `days` court days from the demo's today, by their local day. */
const hearingsOf = (column: 'judge_id' | 'courtroom_id', id: string, days: number): Promise<Row[]> =>
  rows<Row>(
    `SELECT h.id, c.petition_number, to_char(h.scheduled_start AT TIME ZONE 'America/Denver', 'YYYY-MM-DD') AS day
       FROM hearing h JOIN court_case c ON c.id = h.case_id
      WHERE h.${column} = $1
        AND h.scheduled_start >= ($2::date)::timestamp AT TIME ZONE 'America/Denver'
        AND h.scheduled_start < ($2::date + $3::int)::timestamp AT TIME ZONE 'America/Denver'
      ORDER BY h.scheduled_start`,
    [id, E2E_TODAY, days],
  );

describe('dockets (Chromium)', { timeout: 240_000 }, () => {
  it('shows the judge today’s docket with an overlap in words, then the week, and prints it', async () => {
    const [judge] = await rows<{ judge_id: string }>(
      `SELECT judge_id FROM user_account WHERE email = 'judge@demo.hearth'`,
    );
    // A second hearing set on top of the judge's first one today, so the docket has an overlap to flag.
    const [first] = await rows<{ id: string }>(
      `SELECT h.id FROM hearing h WHERE h.judge_id = $1 AND h.status = 'scheduled'
          AND h.scheduled_start >= ($2::date)::timestamp AT TIME ZONE 'America/Denver'
        ORDER BY h.scheduled_start LIMIT 1`,
      [judge!.judge_id, E2E_TODAY],
    );
    expect(first).toBeDefined();
    await rows(
      `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id)
       SELECT jurisdiction_id, case_id, 'other', scheduled_start + interval '15 minutes',
              scheduled_start + interval '45 minutes', judge_id, courtroom_id FROM hearing WHERE id = $1`,
      [first!.id],
    );
    // And one on Wednesday, so the week holds more than today.
    await rows(
      `INSERT INTO hearing (jurisdiction_id, case_id, hearing_type, scheduled_start, scheduled_end, judge_id, courtroom_id)
       SELECT jurisdiction_id, case_id, 'periodic_review', '2026-11-25T17:00:00Z', '2026-11-25T17:30:00Z', judge_id,
              courtroom_id FROM hearing WHERE id = $1`,
      [first!.id],
    );
    const today = await hearingsOf('judge_id', judge!.judge_id, 1);
    const week = await hearingsOf('judge_id', judge!.judge_id, 7);
    expect(today.length).toBeGreaterThanOrEqual(2);
    expect(week.length).toBeGreaterThan(today.length);

    await journey('docket-judge', async (page) => {
      await signIn(page, 'judge@demo.hearth');
      await page.getByRole('link', { name: 'Open the docket' }).click();
      await page.getByRole('heading', { level: 1, name: 'Docket' }).waitFor();
      const heading = page.locator('#docket-heading');
      await heading.waitFor();
      expect(await heading.textContent()).toMatch(/^Judge .+: Monday, November 23, 2026$/);

      // The day: a block per hearing on the grid, the overlapping two flagged in words; a row per hearing.
      const grid = page.locator('svg[data-kind="docket-grid"]');
      await grid.waitFor();
      expect(await grid.locator('[data-kind="hearing"]').count()).toBe(today.length);
      expect(await grid.locator('[data-flagged="true"]').count()).toBe(2);
      expect(await grid.getByText('OVERLAP').count()).toBe(2);
      expect(await grid.getAttribute('aria-label')).toMatch(/listed in the table below/);
      const table = page.locator('section[data-day] table');
      expect(await table.locator('tbody tr').count()).toBe(today.length);
      for (const h of today) await table.getByText(h.petition_number).first().waitFor();
      expect(await table.locator('[data-kind="overlap"]').first().textContent()).toMatch(
        /^Overlaps .+ same judge/,
      );
      expect(await page.locator('[data-kind="docket-counts"]').textContent()).toMatch(
        new RegExp(`^${today.length} hearings\\. 2 overlap another hearing`),
      );
      await expectAccessible(page);

      // The week: a section per day, each listing that day's hearings.
      // A USWDS radio is drawn by its label (the input is off screen): a person clicks the label.
      await page.locator('label.usa-radio__label', { hasText: 'A week from that day' }).click();
      expect(await page.getByRole('radio', { name: 'A week from that day' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Show the docket' }).click();
      await page.getByRole('heading', { level: 3, name: 'Sunday, November 29, 2026' }).waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('week');
      expect(await page.locator('section[data-day]').count()).toBe(7);
      expect(await page.locator('section[data-day] tbody tr').count()).toBe(week.length);
      for (const h of week)
        expect(
          await page.locator(`section[data-day="${h.day}"]`).getByText(h.petition_number).count(),
        ).toBeGreaterThan(0);
      await expectAccessible(page);

      // The printed week: a PDF with every hearing's petition number and its times.
      const href = await page.getByRole('link', { name: 'Print (PDF)' }).getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/dockets\.pdf\?judgeId=.+&from=2026-11-23&days=7&lang=en$/);
      const res = await page.request.get(`${running().url}${href}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      const bytes = await res.body();
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      expect(totalPages).toBeGreaterThanOrEqual(1);
      for (const h of week) expect(text).toContain(h.petition_number);
      expect(text).toContain('Monday, November 23, 2026');
      expect(text).toMatch(/OVERLAP: .+ same judge/);
      expect(text).toContain(`Page 1 of ${totalPages}`);
      expect(text).toMatch(/Printed Nov 23, 2026, 8:00 AM — confidential/);
    });
  });

  it('lets the clerk switch from a judge to a courtroom', async () => {
    const [room] = await rows<{ id: string; name: string }>(
      `SELECT cr.id, cr.name FROM courtroom cr JOIN user_account a ON a.court_id = cr.court_id
        WHERE a.email = 'clerk@demo.hearth'
        ORDER BY (SELECT count(*) FROM hearing h WHERE h.courtroom_id = cr.id
                   AND h.scheduled_start >= ($1::date)::timestamp AT TIME ZONE 'America/Denver'
                   AND h.scheduled_start < ($1::date + 1)::timestamp AT TIME ZONE 'America/Denver') DESC, cr.name
        LIMIT 1`,
      [E2E_TODAY],
    );
    const inRoom = await hearingsOf('courtroom_id', room!.id, 1);

    await journey('docket-clerk', async (page) => {
      await signIn(page, 'clerk@demo.hearth');
      await page.getByRole('link', { name: 'Open the docket' }).click();
      const heading = page.locator('#docket-heading');
      await heading.waitFor();
      // A clerk has no docket of their own: the first judge of the court is shown first.
      expect(await heading.textContent()).toMatch(/^Judge /);
      await expectAccessible(page);

      await page.getByLabel('Judge or courtroom').selectOption(`courtroom:${room!.id}`);
      await page.getByRole('button', { name: 'Show the docket' }).click();
      await page
        .getByRole('heading', { level: 2, name: `${room!.name}: Monday, November 23, 2026` })
        .waitFor();
      expect(new URL(page.url()).searchParams.get('courtroom')).toBe(room!.id);
      const table = page.locator('section[data-day] table');
      if (inRoom.length === 0) await page.getByText('No hearings.').waitFor();
      else {
        expect(await table.locator('tbody tr').count()).toBe(inRoom.length);
        // A room's docket names the judge of each hearing.
        await table.getByRole('columnheader', { name: 'Judge' }).waitFor();
      }
      await expectAccessible(page);

      // Back goes to the judge's docket the page showed before.
      await page.goBack();
      await page.locator('#docket-heading', { hasText: /^Judge / }).waitFor();
    });
  });
});
