import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../server/src/seed/demo.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * The forms of the platform core, in Chromium: a clerk opens a case (a missing field first, said next to
 * it) and sets its first hearing; a caseworker records a removal and a placement and sees them on the
 * child's timeline; a judge records an order with findings; and a stale edit is explained, then saved.
 * Every form page is checked with axe-core. Dates are a few days before the demo's "today" (2026-11-23),
 * so they are in the past for the server and for the browser's own clock alike.
 */
const { hearth: running, journey, signIn } = useJourneys();

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  const [row] = await running().db.query<T>(sql, values);
  expect(row, sql).toBeDefined();
  return row!;
}

/** Ticks a USWDS checkbox the way a person does: its box is drawn by the label, the input is off screen. */
const tick = (page: Page, label: string) =>
  page.locator('label.usa-checkbox__label', { hasText: new RegExp(`^${label}$`) }).click();

/** The text of the error message shown next to a field. */
const errorNextTo = (page: Page, fieldId: string) => page.locator(`#${fieldId}-error`);

describe('the forms of the platform core (Chromium)', { timeout: 180_000 }, () => {
  it('lets a clerk open a case with a child, fixing a missing field, then set its first hearing', async () => {
    await journey('forms-clerk-open-case', async (page) => {
      const court = await one<{ name: string; courtroom: string }>(
        `SELECT co.name, (SELECT cr.name FROM courtroom cr WHERE cr.court_id = co.id ORDER BY cr.name LIMIT 1) AS courtroom
           FROM user_account ua JOIN court co ON co.id = ua.court_id WHERE ua.email = 'clerk@demo.hearth'`,
      );
      await signIn(page, 'clerk@demo.hearth');
      await page.getByRole('link', { name: 'Open a case' }).click();
      await page.getByRole('heading', { level: 1, name: 'Open a case' }).waitFor();
      await expectAccessible(page);

      await page.getByLabel('Petition number').fill('D-202-JQ-2026-09901');
      await page.getByLabel('Date filed').fill('2026-11-19');
      await page.getByLabel('Court', { exact: true }).selectOption({ label: court.name });
      await tick(page, 'Neglect');
      await page.getByLabel('First name').fill('Rowan');
      await page.getByLabel('Last name').fill('Formtest');
      // The date of birth is left out: the form says so next to the field, and in the summary above.
      await page.getByRole('button', { name: 'Open the case' }).click();
      const summary = page.getByRole('region', { name: /problem to fix/ });
      await summary.waitFor();
      expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect(errorNextTo(page, 'field-children-0-birthDate').textContent()).resolves.toBe(
        'Fill in this field.',
      );
      await expectAccessible(page);
      await summary.getByRole('link', { name: /Date of birth/ }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-children-0-birthDate');
      await page.getByLabel('Date of birth').fill('2019-04-02');
      await page.getByRole('button', { name: 'Open the case' }).click();

      await page.getByRole('heading', { level: 1, name: 'Case D-202-JQ-2026-09901' }).waitFor();
      await page.getByText('Case D-202-JQ-2026-09901 is open.').waitFor();
      await page.getByRole('link', { name: 'Rowan Formtest' }).waitFor();

      await page.getByRole('link', { name: 'Schedule a hearing' }).click();
      await page.getByRole('heading', { level: 1, name: /Schedule a hearing/ }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Type of hearing').selectOption('custody');
      await page.getByLabel('Date', { exact: true }).fill('2026-11-30');
      await page.getByLabel('Start time').fill('09:30');
      await page.getByLabel('Length').selectOption('60');
      await page.getByLabel(/^Courtroom/).selectOption({ label: court.courtroom });
      await page.getByRole('button', { name: 'Schedule the hearing' }).click();
      await page.getByText('The hearing is scheduled.').waitFor();
      // 9:30 in Albuquerque is 16:30 UTC in November (MST), whatever the browser's zone.
      const hearing = await one<{ start: Date; minutes: number }>(
        `SELECT h.scheduled_start AS start, extract(epoch FROM h.scheduled_end - h.scheduled_start)::int / 60 AS minutes
           FROM hearing h JOIN court_case c ON c.id = h.case_id
          WHERE c.petition_number = 'D-202-JQ-2026-09901' AND NOT h.proposed`, // not the ones advance calendaring proposed
      );
      expect(new Date(hearing.start).toISOString()).toBe('2026-11-30T16:30:00.000Z');
      expect(hearing.minutes).toBe(60);
      await page
        .getByRole('cell', { name: /Custody hearing/ })
        .first()
        .waitFor();
    });
  });

  it('lets a caseworker record a removal and a placement, and shows them on the child’s timeline', async () => {
    await journey('forms-caseworker-removal', async (page) => {
      // A child on one of the caseworker's open cases, not in care now, and never in care after mid-November.
      const pick = await one<{ child_id: string; given_name: string; family_name: string; petition: string }>(
        `SELECT ch.id AS child_id, pe.given_name, pe.family_name, c.petition_number AS petition
           FROM case_participant cp
           JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN court_case c ON c.id = cp.case_id AND c.status = 'open'
           JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
           JOIN person pe ON pe.id = ch.person_id
          WHERE cp.case_role = 'caseworker' AND cp.end_date IS NULL AND c.filing_date <= '2026-11-15'
            AND NOT EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = ch.id
                              AND (r.discharge_date IS NULL OR r.discharge_date > '2026-11-15'))
            AND (SELECT count(*) FROM case_child x JOIN court_case xc ON xc.id = x.case_id
                  WHERE x.child_id = ch.id AND xc.status = 'open') = 1
          ORDER BY pe.family_name, pe.given_name LIMIT 1`,
      );
      const name = `${pick.given_name} ${pick.family_name}`;
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/children/${pick.child_id}`);
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.getByRole('link', { name: 'Record a removal' }).click();
      await page.getByRole('heading', { level: 1, name: `Record a removal of ${name}` }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Date of removal').fill('2026-11-20');
      await page.getByLabel('Manner of removal').selectOption('court_ordered');
      await tick(page, 'Neglect');
      await tick(page, 'Inadequate housing');
      await page.getByRole('button', { name: 'Record the removal' }).click();
      await page.getByText('The removal is recorded.').waitFor();

      await page.getByRole('link', { name: /Record a placement/ }).click();
      await page.getByRole('heading', { level: 1, name: `Record a placement for ${name}` }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Type of placement').selectOption('foster_family_relative');
      // A start before the removal is refused next to the field, in the server's and core's own rule.
      await page.getByLabel('Start date').fill('2026-11-19');
      await page.getByRole('button', { name: 'Record the placement' }).click();
      await expect(errorNextTo(page, 'field-startDate').textContent()).resolves.toBe(
        'This date is before the removal date.',
      );
      await page.getByLabel('Start date').fill('2026-11-21');
      await page.getByRole('button', { name: 'Record the placement' }).click();
      await page.getByText('The placement is recorded.').waitFor();

      const timeline = page.locator('main svg[role="img"]');
      await timeline.waitFor();
      expect(await timeline.getAttribute('aria-label')).toMatch(/removal/);
      const events = page.locator('section[aria-labelledby="child-timeline"] li');
      await events.filter({ hasText: 'In care from Nov 20, 2026 to today' }).waitFor({ state: 'attached' });
      await events
        .filter({ hasText: 'Relative foster family, Nov 21, 2026 to today' })
        .waitFor({ state: 'attached' });
      await expectAccessible(page);
    });
  });

  it('lets a judge record an order with findings for a child on their docket', async () => {
    await journey('forms-judge-order', async (page) => {
      const pick = await one<{ case_id: string; petition: string; given_name: string; family_name: string }>(
        `SELECT c.id AS case_id, c.petition_number AS petition, pe.given_name, pe.family_name
           FROM court_case c JOIN user_account ua ON ua.judge_id = c.assigned_judge_id AND ua.email = 'judge@demo.hearth'
           JOIN case_child cc ON cc.case_id = c.id JOIN child ch ON ch.id = cc.child_id
           JOIN person pe ON pe.id = ch.person_id
          WHERE c.status = 'open' AND c.filing_date <= '2026-11-01'
          ORDER BY c.filing_date DESC, pe.birth_date, pe.given_name LIMIT 1`,
      );
      const name = `${pick.given_name} ${pick.family_name}`;
      await signIn(page, 'judge@demo.hearth');
      await page.goto(`${running().url}/cases/${pick.case_id}`);
      await page.getByRole('heading', { level: 1, name: `Case ${pick.petition}` }).waitFor();
      await page.getByRole('link', { name: 'Record an order with findings' }).click();
      await page
        .getByRole('heading', { level: 1, name: `Record an order in case ${pick.petition}` })
        .waitFor();
      await expectAccessible(page);
      await page.getByLabel('Type of order').selectOption('custody');
      await page.getByLabel('Date signed').fill('2026-11-20');
      const findings = page.getByRole('group', { name: `Findings for ${name}` });
      await findings.getByLabel("Staying at home is contrary to the child's welfare").selectOption('made');
      await findings.getByLabel('Reasonable efforts were made to prevent removal').selectOption('made');
      await page.getByRole('button', { name: 'Record the order' }).click();
      await page.getByText('The order and its findings are recorded.').waitFor();
      await page.getByRole('heading', { name: /Custody order, signed Nov 20, 2026/ }).waitFor();
      const recorded = await running().db.query<{ finding_type: string; is_made: boolean }>(
        `SELECT f.finding_type, f.is_made FROM finding f JOIN court_order o ON o.id = f.order_id
          WHERE o.case_id = $1 AND o.signed_date = '2026-11-20' AND o.order_type = 'custody' ORDER BY 1`,
        [pick.case_id],
      );
      expect(recorded).toEqual([
        { finding_type: 'contrary_to_welfare', is_made: true },
        { finding_type: 'reasonable_efforts_prevent_removal', is_made: true },
      ]);
      await expectAccessible(page);
    });
  });

  it('explains a stale edit with the other person’s change, then saves the user’s on top of it', async () => {
    await journey('forms-stale-edit', async (page) => {
      const pick = await one<{
        child_id: string;
        given_name: string;
        family_name: string;
        county: string | null;
      }>(
        `SELECT ch.id AS child_id, pe.given_name, pe.family_name, ch.county
           FROM case_participant cp
           JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN case_child cc ON cc.case_id = cp.case_id JOIN child ch ON ch.id = cc.child_id
           JOIN person pe ON pe.id = ch.person_id
          WHERE cp.case_role = 'caseworker' AND cp.end_date IS NULL AND pe.primary_language = 'en'
            AND ch.county IS DISTINCT FROM 'Torrance'
          ORDER BY pe.family_name DESC, pe.given_name LIMIT 1`,
      );
      const name = `${pick.given_name} ${pick.family_name}`;
      await signIn(page, 'caseworker@demo.hearth');
      await page.goto(`${running().url}/children/${pick.child_id}`);
      await page.getByRole('link', { name: 'Edit the basic record' }).click();
      await page.getByRole('heading', { level: 1, name: `Edit the basic record of ${name}` }).waitFor();
      await expectAccessible(page);
      await page.getByLabel('Primary language').selectOption('es');

      // Meanwhile the supervisor, in a session of their own, corrects the county and saves first.
      await patchAsAnotherPerson('supervisor@demo.hearth', `/api/v1/children/${pick.child_id}`, {
        county: 'Torrance',
      });

      await page.getByRole('button', { name: 'Save the record' }).click();
      const notice = page.getByRole('heading', {
        name: 'Someone else changed this record while you were editing it',
      });
      await notice.waitFor();
      expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
      const theirs = page.getByRole('table', { name: 'What the other person changed' });
      await expect(theirs.getByRole('row', { name: /County/ }).innerText()).resolves.toMatch(
        new RegExp(`County\\s+Torrance\\s+${pick.county ?? '\\(empty\\)'}`),
      );
      const mine = page.getByRole('table', { name: 'Your changes, not saved yet' });
      await expect(mine.getByRole('row', { name: /Primary language/ }).innerText()).resolves.toMatch(
        /Primary language\s+Spanish\s+English/,
      );
      // What the user typed is still in the form.
      expect(await page.getByLabel('Primary language').inputValue()).toBe('es');
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Put my changes on the new version' }).click();
      await page.getByText('Your changes are back in the form').waitFor();
      expect(await page.getByLabel('County').inputValue()).toBe('Torrance');
      expect(await page.getByLabel('Primary language').inputValue()).toBe('es');
      await page.getByRole('button', { name: 'Save the record' }).click();
      await page.getByText('The basic record is saved.').waitFor();
      const saved = await one<{ county: string; primary_language: string }>(
        `SELECT ch.county, pe.primary_language FROM child ch JOIN person pe ON pe.id = ch.person_id WHERE ch.id = $1`,
        [pick.child_id],
      );
      expect(saved).toEqual({ county: 'Torrance', primary_language: 'es' });
    });
  });
});

/** Another person's change, through the API with a session of their own (as their browser would send it). */
async function patchAsAnotherPerson(email: string, path: string, body: object): Promise<void> {
  const base = running().url;
  const signedIn = await fetch(`${base}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(signedIn.status).toBe(201);
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  const read = await fetch(`${base}${path}`, { headers: { cookie } });
  expect(read.status).toBe(200);
  const saved = await fetch(`${base}${path}`, {
    method: 'PATCH',
    headers: {
      cookie,
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
      'if-match': read.headers.get('etag')!,
    },
    body: JSON.stringify(body),
  });
  expect(saved.status).toBe(200);
}
