import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../web/src/i18n/en.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Court performance measures: the analyst reads time to adjudication by judge and downloads the table as
 * XLSX (opened here with exceljs); a clerk records who came to a hearing, and the measures count it.
 * Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

type Ratio = { numerator: number | null; denominator: number | null };
type Row = {
  key: string | null;
  label: string;
  total: boolean;
  time: { adjudication: { count: number | null; median: number | null } };
  parentsPresent: Ratio;
};
type Answer = { period: { start: string }; rows: Row[] };

const measuresOf = async (page: Page, by: 'court' | 'judge'): Promise<Answer> => {
  const res = await page.request.get(`${running().url}/api/v1/court-measures?by=${by}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Answer;
};

const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: en.app.signOut }).click();
  await page.getByRole('button', { name: /sign in/i }).waitFor();
};

describe('court performance measures (Chromium)', { timeout: 240_000 }, () => {
  it('shows the analyst time to adjudication by judge, and downloads it as XLSX', async () => {
    await journey('court-measures-analyst', async (page) => {
      await signIn(page, 'analyst@demo.hearth');
      await page.getByRole('link', { name: en.measures.link }).first().click();
      await page.getByRole('heading', { level: 1, name: en.measures.title }).waitFor();
      await page.getByLabel(en.measures.by).selectOption('judge');
      await page.getByRole('button', { name: en.measures.show }).click();
      const section = page.locator('section[data-measure="adjudication"]');
      await section.getByRole('heading', { level: 3, name: en.measures.time.adjudication }).waitFor();
      await section.getByRole('columnheader', { name: en.measures.group('judge') }).waitFor();
      await section.getByText(/^Target: within 60 days/).waitFor();

      const api = await measuresOf(page, 'judge');
      const shown = api.rows.filter((r) => !r.total && r.time.adjudication.median !== null);
      expect(shown.length).toBeGreaterThan(0);
      // Each judge's median as the page writes it is the API's.
      for (const row of shown) {
        const tr = section.locator('tbody tr', {
          has: page.getByRole('rowheader', { name: row.label, exact: true }),
        });
        const median = await tr.locator('[data-median]').getAttribute('data-median');
        expect(Number(median), row.label).toBe(row.time.adjudication.median);
      }
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: en.measures.downloadXlsx }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^court-performance-by-judge-.*\.xlsx$/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const col = header.indexOf('Adjudication: median days') + 1;
      expect(col).toBeGreaterThan(1);
      const medians = new Map<string, unknown>();
      sheet.eachRow((row, n) => {
        if (n > 1) medians.set(String(row.getCell(1).value), row.getCell(col).value);
      });
      for (const row of api.rows)
        expect(medians.get(row.label) ?? null, row.label).toBe(row.time.adjudication.median);
    });
  });

  it('lets a clerk record who came to a hearing, and the measures count it', async () => {
    await journey('court-measures-attendance', async (page) => {
      // A held hearing of the clerk's court in the default period, with a parent recorded absent.
      const [pick] = await running().db.query<{ hearing_id: string; person_id: string; name: string }>(
        `SELECT h.id AS hearing_id, a.person_id, p.given_name || ' ' || p.family_name AS name
           FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account u ON u.email = 'clerk@demo.hearth' AND u.court_id = c.court_id
           JOIN hearing_attendance a ON a.hearing_id = h.id AND a.attendee_role = 'parent' AND a.attendance = 'absent'
           JOIN person p ON p.id = a.person_id
          WHERE h.status = 'held' AND h.scheduled_start >= '2025-11-02' AND h.scheduled_start < '2026-10-30'
          ORDER BY h.scheduled_start DESC, a.person_id LIMIT 1`,
      );
      expect(pick).toBeDefined();

      await signIn(page, 'analyst@demo.hearth');
      const total = (a: Answer) => a.rows.find((r) => r.total)!.parentsPresent;
      const before = total(await measuresOf(page, 'court'));
      expect(before.numerator).not.toBeNull();
      await signOut(page);

      await signIn(page, 'clerk@demo.hearth');
      await page.goto(`${running().url}/hearings/${pick!.hearing_id}/attendance`);
      await page.getByRole('heading', { level: 1, name: en.measures.formTitle }).waitFor();
      await expectAccessible(page);
      const person = page.locator(`fieldset[data-person="${pick!.person_id}"]`);
      await person.getByLabel(en.measures.attendance).selectOption('in_person');
      await person.getByLabel(en.measures.represented).check();
      await page.getByRole('button', { name: en.measures.save }).click();
      await page.getByText(en.measures.saved).waitFor();
      await expectAccessible(page);
      const [row] = await running().db.query<{ attendance: string; represented: boolean }>(
        'SELECT attendance, represented FROM hearing_attendance WHERE hearing_id = $1 AND person_id = $2',
        [pick!.hearing_id, pick!.person_id],
      );
      expect(row).toEqual({ attendance: 'in_person', represented: true });
      await signOut(page);

      await signIn(page, 'analyst@demo.hearth');
      const after = total(await measuresOf(page, 'court'));
      expect(after.denominator).toBe(before.denominator);
      expect(after.numerator).toBe(before.numerator! + 1);
    });
  });
});
