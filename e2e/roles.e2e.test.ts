import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Role } from '@hearth/core';
import { en } from '../web/src/i18n/en.ts';
import { ARTIFACTS } from './support/browser.ts';
import { E2E_TODAY } from './support/hearth.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * One journey per demo role, in Chromium: sign in, see that role's home holding exactly what the database
 * says the role may see, open a case or a child from it, do the role's main task, and be refused a record
 * out of reach. Every page visited is checked with axe-core (no serious or critical violation). The
 * database is the oracle: each expected count is a plain SQL query written from the role's intended reach,
 * not from the access code under test. When a journey fails, its home is saved as a screenshot beside the
 * screenshot of the page where it failed (.e2e-artifacts/).
 *
 * The record forms (clerk, caseworker, judge) are journeys of forms.e2e.test.ts, and the youth's people and
 * the caseworker's due items of work.e2e.test.ts; here those roles do their reading task.
 */
const { hearth: running, journey, signIn } = useJourneys();

/** The server's clock in the journeys; the browser is set to the same moment where "today" matters. */
const NOW = new Date(`${E2E_TODAY}T15:00:00Z`);
/** The home lists the first 50 cases (CasesSection). */
const LIST_LIMIT = 50;

type Account = {
  id: string;
  jurisdiction_id: string;
  person_id: string | null;
  judge_id: string | null;
  court_id: string | null;
  unit_id: string | null;
};

const rows = <T>(sql: string, values: unknown[] = []): Promise<T[]> => running().db.query<T>(sql, values);

async function count(sql: string, values: unknown[] = []): Promise<number> {
  return (await rows<{ n: number }>(sql, values))[0]!.n;
}

async function one<T>(sql: string, values: unknown[] = []): Promise<T> {
  const [row] = await rows<T>(sql, values);
  expect(row, `no row for: ${sql}`).toBeDefined();
  return row!;
}

const account = (email: string): Promise<Account> =>
  one<Account>(
    'SELECT id, jurisdiction_id, person_id, judge_id, court_id, unit_id FROM user_account WHERE email = $1',
    [email],
  );

/** Cases the account is named on now (the `assigned` relationship). */
const assignedCases = (a: Account): Promise<number> =>
  count(
    `SELECT count(DISTINCT cp.case_id)::int AS n FROM case_participant cp
      WHERE cp.account_id = $1 AND cp.end_date IS NULL`,
    [a.id],
  );

/** A case of the same district that the account is not named on. */
const caseNotAssigned = (a: Account): Promise<{ id: string }> =>
  one(
    `SELECT c.id FROM court_case c WHERE c.jurisdiction_id = $1 AND NOT EXISTS (
       SELECT 1 FROM case_participant cp WHERE cp.case_id = c.id AND cp.account_id = $2 AND cp.end_date IS NULL)
     ORDER BY c.petition_number LIMIT 1`,
    [a.jurisdiction_id, a.id],
  );

/** A case of the other demo district. */
const foreignCase = async (a: Account): Promise<{ id: string }> =>
  one('SELECT id FROM court_case WHERE jurisdiction_id <> $1 ORDER BY petition_number LIMIT 1', [
    a.jurisdiction_id,
  ]);

const caseLinks = (page: Page): Locator => page.locator('main table a[href^="/cases/"]');
/** Links to a child's page (not to the child's voice page, which the youth's and caregiver's homes offer too). */
const childLinks = (page: Page): Locator => page.locator('main a[href^="/children/"]:not([href$="/voice"])');

/** What a home list must hold: every case the role reaches, up to the page's limit. */
const listed = (n: number): number => Math.min(n, LIST_LIMIT);

const homeShots = new Map<string, Buffer>();

/** The role's home: its heading, then (once its list has loaded) a screenshot kept for a failure, and axe. */
async function atHome(page: Page, name: string, role: Role, loaded: Locator | null): Promise<void> {
  await page.getByRole('heading', { level: 1, name: en.home.heading[role], exact: true }).waitFor();
  await loaded?.first().waitFor();
  homeShots.set(name, await page.screenshot({ fullPage: true }));
  await expectAccessible(page);
}

/** Opens a record by its address and expects the plain "not found" page a record out of reach gets. */
async function expectRefused(page: Page, url: string, title: string): Promise<void> {
  await page.goto(`${running().url}${url}`);
  await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  await expectAccessible(page);
}

/** A journey whose home screenshot is saved next to journey.ts's own screenshot when it fails. */
function roleJourney(name: string, title: string, fn: (page: Page) => Promise<void>): void {
  it(title, async () => {
    try {
      await journey(name, fn);
    } catch (err) {
      const shot = homeShots.get(name);
      if (shot) {
        await mkdir(ARTIFACTS, { recursive: true });
        await writeFile(path.join(ARTIFACTS, `failed-${name}-home.png`), shot);
      }
      throw err;
    }
  });
}

/** Opens the case page from a home link and waits for its heading. */
async function openCase(page: Page, link: Locator): Promise<string> {
  const petition = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: en.case.title(petition) }).waitFor();
  return petition;
}

/** From a case page, opens one child's page and waits for the child's name as its heading. */
async function openChild(page: Page, childId: string): Promise<void> {
  const { given_name, family_name } = await one<{ given_name: string; family_name: string }>(
    'SELECT p.given_name, p.family_name FROM child c JOIN person p ON p.id = c.person_id WHERE c.id = $1',
    [childId],
  );
  await page.locator(`main a[href="/children/${childId}"]`).first().click();
  await page.getByRole('heading', { level: 1, name: `${given_name} ${family_name}`, exact: true }).waitFor();
}

/** The child page's full view: the timeline drawn as one labelled image, and the next hearings. */
async function expectTimelineAndHearings(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 2, name: en.child.nextHearings }).waitFor();
  await page.getByRole('heading', { level: 2, name: en.child.timeline }).waitFor();
  const drawing = page.locator('main svg[role="img"]');
  await drawing.waitFor();
  expect((await drawing.getAttribute('aria-label'))?.trim()).toBeTruthy();
}

/** A child on one of the account's cases whom the account follows: named for them, or on a case of theirs. */
const childOfAssignedCase = (a: Account): Promise<{ case_id: string; child_id: string; petition: string }> =>
  one(
    `SELECT cp.case_id, cc.child_id, c.petition_number AS petition
       FROM case_participant cp JOIN court_case c ON c.id = cp.case_id
       JOIN case_child cc ON cc.case_id = cp.case_id AND (cp.child_id IS NULL OR cp.child_id = cc.child_id)
      WHERE cp.account_id = $1 AND cp.end_date IS NULL
        AND EXISTS (SELECT 1 FROM removal_episode r WHERE r.child_id = cc.child_id)
      ORDER BY cp.child_id IS NULL, c.petition_number, cc.child_id LIMIT 1`,
    [a.id],
  );

/** A child of the same district on none of the account's cases. */
const childNotAssigned = (a: Account): Promise<{ id: string }> =>
  one(
    `SELECT ch.id FROM child ch WHERE ch.jurisdiction_id = $1 AND NOT EXISTS (
       SELECT 1 FROM case_child cc JOIN case_participant cp ON cp.case_id = cc.case_id
        WHERE cc.child_id = ch.id AND cp.account_id = $2 AND cp.end_date IS NULL)
     ORDER BY ch.afcars_id LIMIT 1`,
    [a.jurisdiction_id, a.id],
  );

/**
 * Ticks or unticks a USWDS checkbox or radio button the way a person does, by its label: the input itself
 * is drawn off-screen and its label drawn as the box.
 */
async function setChoice(page: Page, group: string, value: string, on = true): Promise<void> {
  const input = page.locator(`input[name="${group}"][value="${value}"]`);
  if ((await input.isChecked()) !== on) await page.locator(`label[for="${group}-${value}"]`).click();
  expect(await input.isChecked()).toBe(on);
}

/** Clicks the home link of one case, found by its petition number. */
const homeLinkTo = (page: Page, petition: string): Locator =>
  caseLinks(page).filter({ hasText: new RegExp(`^${petition}$`) });

describe('a journey for each demo role (Chromium)', { timeout: 180_000 }, () => {
  roleJourney(
    'role-judge',
    'judge: the docket by day, a case on it, and a case of another judge refused',
    async (page) => {
      // The docket groups by the browser's "today"; it must be the demo's today, as the server's is.
      await page.clock.setFixedTime(NOW);
      const me = await account('judge@demo.hearth');
      const docket = await count('SELECT count(*)::int AS n FROM court_case WHERE assigned_judge_id = $1', [
        me.judge_id,
      ]);
      const days = await one<{ today: number; week: number }>(
        `WITH next AS (
         SELECT (SELECT min(h.scheduled_start) FROM hearing h WHERE h.case_id = c.id AND h.status = 'scheduled'
                   AND h.scheduled_start >= $2) AT TIME ZONE 'America/Denver' AS at
           FROM court_case c WHERE c.assigned_judge_id = $1)
       SELECT count(*) FILTER (WHERE at::date = $3::date)::int AS today,
              count(*) FILTER (WHERE at::date > $3::date AND at::date <= $3::date + 6)::int AS week
         FROM next`,
        [me.judge_id, NOW, E2E_TODAY],
      );
      expect(days.today + days.week).toBeLessThanOrEqual(LIST_LIMIT); // both groups fit in the first page
      await signIn(page, 'judge@demo.hearth');
      await atHome(page, 'role-judge', 'judge', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(docket));
      const group = (id: string): Locator => page.locator(`section[aria-labelledby="docket-${id}"] table a`);
      expect(await group('today').count()).toBe(days.today);
      expect(await group('week').count()).toBe(days.week);

      await openCase(page, days.today > 0 ? group('today').first() : caseLinks(page).first());
      await page.getByRole('heading', { level: 2, name: en.case.hearings }).waitFor();
      await expectAccessible(page);

      const notMine = await one<{ id: string }>(
        `SELECT id FROM court_case WHERE jurisdiction_id = $1 AND assigned_judge_id IS DISTINCT FROM $2
        ORDER BY petition_number LIMIT 1`,
        [me.jurisdiction_id, me.judge_id],
      );
      await expectRefused(page, `/cases/${notMine.id}`, en.case.notFoundTitle);
      await expectRefused(page, `/cases/${(await foreignCase(me)).id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-clerk',
    "court clerk: their court's cases, one opened, the other district's refused",
    async (page) => {
      const me = await account('clerk@demo.hearth');
      const court = await one<{ name: string; n: number }>(
        `SELECT co.name, (SELECT count(*)::int FROM court_case c WHERE c.court_id = co.id) AS n
         FROM court co WHERE co.id = $1`,
        [me.court_id],
      );
      await signIn(page, 'clerk@demo.hearth');
      await atHome(page, 'role-clerk', 'court_clerk', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(court.n));
      if (court.n > LIST_LIMIT) await page.getByText(en.home.firstCases(LIST_LIMIT)).waitFor();

      await openCase(page, caseLinks(page).first());
      const about = page.locator('section[aria-labelledby="case-about"]');
      await about.getByText(court.name, { exact: true }).waitFor();
      await page.getByRole('heading', { level: 2, name: en.case.people }).waitFor();
      await expectAccessible(page);

      await expectRefused(page, `/cases/${(await foreignCase(me)).id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-caseworker',
    'caseworker: their caseload, a case and its child, and a colleague’s case refused',
    async (page) => {
      const me = await account('caseworker@demo.hearth');
      const pick = await childOfAssignedCase(me);
      await signIn(page, 'caseworker@demo.hearth');
      await atHome(page, 'role-caseworker', 'caseworker', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(await assignedCases(me)));

      await openCase(page, homeLinkTo(page, pick.petition));
      await expectAccessible(page);
      await openChild(page, pick.child_id);
      await expectTimelineAndHearings(page);
      await expectAccessible(page);

      // A case of caseworker2, in the same unit, that this caseworker is not on.
      const colleague = await account('caseworker2@demo.hearth');
      const theirs = await one<{ id: string }>(
        `SELECT cp.case_id AS id FROM case_participant cp
        WHERE cp.account_id = $1 AND cp.end_date IS NULL AND NOT EXISTS (
          SELECT 1 FROM case_participant mine WHERE mine.case_id = cp.case_id AND mine.account_id = $2
             AND mine.end_date IS NULL)
        ORDER BY cp.case_id LIMIT 1`,
        [colleague.id, me.id],
      );
      await expectRefused(page, `/cases/${theirs.id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-supervisor',
    "supervisor: the unit's cases, one of another caseworker opened, one outside refused",
    async (page) => {
      const me = await account('supervisor@demo.hearth');
      const unitCase = `EXISTS (SELECT 1 FROM case_participant p JOIN user_account w ON w.id = p.account_id
        WHERE p.case_id = c.id AND p.case_role = 'caseworker' AND p.end_date IS NULL AND w.unit_id = $1)
      OR EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.account_id = $2 AND p.end_date IS NULL)`;
      const unit = await count(`SELECT count(*)::int AS n FROM court_case c WHERE ${unitCase}`, [
        me.unit_id,
        me.id,
      ]);
      const other = await one<{ case_id: string; petition: string; worker: string }>(
        `SELECT c.id AS case_id, c.petition_number AS petition, pe.given_name || ' ' || pe.family_name AS worker
         FROM case_participant p JOIN user_account w ON w.id = p.account_id JOIN court_case c ON c.id = p.case_id
         JOIN person pe ON pe.id = p.person_id
        WHERE w.email = 'caseworker2@demo.hearth' AND p.case_role = 'caseworker' AND p.end_date IS NULL
        ORDER BY c.petition_number LIMIT 1`,
      );
      await signIn(page, 'supervisor@demo.hearth');
      await atHome(page, 'role-supervisor', 'supervisor', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(unit));

      await openCase(page, homeLinkTo(page, other.petition));
      await page.locator('section[aria-labelledby="case-people"]').getByText(other.worker).first().waitFor();
      await expectAccessible(page);

      const outside = await one<{ id: string }>(
        `SELECT c.id FROM court_case c WHERE c.jurisdiction_id = $3 AND NOT (${unitCase})
        ORDER BY c.petition_number LIMIT 1`,
        [me.unit_id, me.id, me.jurisdiction_id],
      );
      await expectRefused(page, `/cases/${outside.id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-agency-attorney',
    'agency attorney: their cases, a case and its child, another case refused',
    async (page) => {
      const me = await account('agency.attorney@demo.hearth');
      const pick = await childOfAssignedCase(me);
      await signIn(page, 'agency.attorney@demo.hearth');
      await atHome(page, 'role-agency-attorney', 'agency_attorney', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(await assignedCases(me)));

      await openCase(page, homeLinkTo(page, pick.petition));
      await expectAccessible(page);
      await openChild(page, pick.child_id);
      await expectTimelineAndHearings(page);
      await expectAccessible(page);

      await expectRefused(page, `/cases/${(await caseNotAssigned(me)).id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-parent-attorney',
    "parent's attorney: a client's case with its next hearing and parties",
    async (page) => {
      const me = await account('parent.attorney@demo.hearth');
      const client = await one<{ case_id: string; petition: string; hearing_type: string }>(
        `SELECT c.id AS case_id, c.petition_number AS petition, h.hearing_type
         FROM case_participant cp JOIN court_case c ON c.id = cp.case_id
         JOIN LATERAL (SELECT hearing_type FROM hearing h WHERE h.case_id = c.id AND h.status = 'scheduled'
                         AND h.scheduled_start >= $2 ORDER BY h.scheduled_start LIMIT 1) h ON true
        WHERE cp.account_id = $1 AND cp.end_date IS NULL ORDER BY c.petition_number LIMIT 1`,
        [me.id, NOW],
      );
      const parties = await rows<{ name: string }>(
        `SELECT DISTINCT pe.given_name || ' ' || pe.family_name AS name FROM case_participant cp
         JOIN person pe ON pe.id = cp.person_id WHERE cp.case_id = $1 AND cp.is_party AND cp.end_date IS NULL`,
        [client.case_id],
      );
      expect(parties.length).toBeGreaterThan(0);
      await signIn(page, 'parent.attorney@demo.hearth');
      await atHome(page, 'role-parent-attorney', 'parent_attorney', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(await assignedCases(me)));

      await openCase(page, homeLinkTo(page, client.petition));
      // The next hearing: a scheduled one, of the type the database says comes next.
      const hearings = page.locator('section[aria-labelledby="case-hearings"] tbody tr');
      await hearings
        .filter({ hasText: en.codes.hearingStatus.scheduled })
        .filter({ hasText: en.codes.hearingType[client.hearing_type as keyof typeof en.codes.hearingType] })
        .first()
        .waitFor();
      // The parties, each marked as one.
      const people = page.locator('section[aria-labelledby="case-people"] tbody tr');
      for (const p of parties)
        await people.filter({ hasText: p.name }).filter({ hasText: en.case.party }).first().waitFor();
      await expectAccessible(page);

      await expectRefused(page, `/cases/${(await caseNotAssigned(me)).id}`, en.case.notFoundTitle);
    },
  );

  for (const [name, email, role] of [
    ['role-gal', 'gal@demo.hearth', 'guardian_ad_litem'],
    ['role-casa', 'casa@demo.hearth', 'casa_volunteer'],
  ] as const)
    roleJourney(
      name,
      `${role}: their child's page with the timeline and next hearings; another child refused`,
      async (page) => {
        const me = await account(email);
        const pick = await childOfAssignedCase(me);
        await signIn(page, email);
        await atHome(page, name, role, caseLinks(page));
        expect(await caseLinks(page).count()).toBe(listed(await assignedCases(me)));

        await openCase(page, homeLinkTo(page, pick.petition));
        await openChild(page, pick.child_id);
        await expectTimelineAndHearings(page);
        await expectAccessible(page);

        await expectRefused(page, `/children/${(await childNotAssigned(me)).id}`, en.child.notFoundTitle);
      },
    );

  roleJourney(
    'role-caregiver',
    'foster parent: the children living with them and their next hearings',
    async (page) => {
      const me = await account('caregiver@demo.hearth');
      const placed = await rows<{ id: string; name: string; hearing_type: string | null }>(
        `SELECT ch.id, pe.given_name || ' ' || pe.family_name AS name,
              (SELECT h.hearing_type FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
                WHERE cc.child_id = ch.id AND h.status = 'scheduled' AND h.scheduled_start >= $2
                ORDER BY h.scheduled_start LIMIT 1) AS hearing_type
         FROM placement pl JOIN removal_episode r ON r.id = pl.removal_id
         JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id
         JOIN child ch ON ch.id = pl.child_id JOIN person pe ON pe.id = ch.person_id
        WHERE pc.person_id = $1 AND pl.end_date IS NULL AND r.discharge_date IS NULL
        ORDER BY pe.family_name, pe.given_name`,
        [me.person_id, NOW],
      );
      expect(placed).toHaveLength(2);
      await signIn(page, 'caregiver@demo.hearth');
      await atHome(page, 'role-caregiver', 'caregiver', childLinks(page));
      expect(await childLinks(page).count()).toBe(placed.length);
      for (const child of placed) {
        const card = page.locator('main li.usa-card').filter({ hasText: child.name });
        const next = child.hearing_type
          ? en.codes.hearingType[child.hearing_type as keyof typeof en.codes.hearingType]
          : en.home.noHearing;
        await card.getByText(next).first().waitFor();
      }

      await childLinks(page).first().click();
      await page.getByRole('heading', { level: 1, name: placed[0]!.name, exact: true }).waitFor();
      await page.getByText(en.child.basicNote).waitFor();
      await page.getByRole('heading', { level: 2, name: en.child.nextHearings }).waitFor();
      expect(await page.getByRole('heading', { level: 2, name: en.child.timeline }).count()).toBe(0);
      await expectAccessible(page);

      const elsewhere = await one<{ id: string }>(
        `SELECT ch.id FROM child ch WHERE ch.jurisdiction_id = $1 AND ch.id <> ALL($2::uuid[])
        ORDER BY ch.afcars_id LIMIT 1`,
        [me.jurisdiction_id, placed.map((c) => c.id)],
      );
      await expectRefused(page, `/children/${elsewhere.id}`, en.child.notFoundTitle);
    },
  );

  roleJourney('role-youth', 'youth: their own next hearing, and nobody else’s record', async (page) => {
    const me = await account('youth@demo.hearth');
    const own = await one<{ id: string; name: string; hearing_type: string }>(
      `SELECT ch.id, pe.given_name || ' ' || pe.family_name AS name, h.hearing_type
         FROM child ch JOIN person pe ON pe.id = ch.person_id
         JOIN LATERAL (SELECT h.hearing_type FROM hearing h JOIN case_child cc ON cc.case_id = h.case_id
                        WHERE cc.child_id = ch.id AND h.status = 'scheduled' AND h.scheduled_start >= $2
                        ORDER BY h.scheduled_start LIMIT 1) h ON true
        WHERE ch.person_id = $1`,
      [me.person_id, NOW],
    );
    const nextType = en.codes.hearingType[own.hearing_type as keyof typeof en.codes.hearingType];
    await signIn(page, 'youth@demo.hearth');
    await atHome(page, 'role-youth', 'youth', childLinks(page));
    expect(await childLinks(page).count()).toBe(1);
    await page
      .locator('main li.usa-card')
      .filter({ hasText: own.name })
      .getByText(nextType)
      .first()
      .waitFor();

    await childLinks(page).first().click();
    await page.getByRole('heading', { level: 1, name: own.name, exact: true }).waitFor();
    await page.locator('section[aria-labelledby="child-hearings"]').getByText(nextType).first().waitFor();
    await expectAccessible(page);

    const other = await one<{ id: string }>(
      'SELECT id FROM child WHERE jurisdiction_id = $1 AND id <> $2 ORDER BY afcars_id LIMIT 1',
      [me.jurisdiction_id, own.id],
    );
    await expectRefused(page, `/children/${other.id}`, en.child.notFoundTitle);
  });

  roleJourney(
    'role-analyst',
    "CQI analyst: the district's cases, the Data page's counts, and a CSV download",
    async (page) => {
      const me = await account('analyst@demo.hearth');
      const district = await count('SELECT count(*)::int AS n FROM court_case WHERE jurisdiction_id = $1', [
        me.jurisdiction_id,
      ]);
      // The four counts, written out here from their plain meaning for the district, today in Albuquerque.
      const expected = await one<Record<string, number>>(
        `SELECT
         (SELECT count(*)::int FROM court_case WHERE jurisdiction_id = $1 AND status = 'open') AS "open-cases",
         (SELECT count(DISTINCT r.child_id)::int FROM removal_episode r JOIN child ch ON ch.id = r.child_id
           WHERE ch.jurisdiction_id = $1 AND r.removal_date <= $2::date
             AND (r.discharge_date IS NULL OR r.discharge_date > $2::date)) AS "in-care",
         (SELECT count(*)::int FROM removal_episode r JOIN child ch ON ch.id = r.child_id
           WHERE ch.jurisdiction_id = $1 AND r.removal_date BETWEEN date_trunc('year', $2::date)::date AND $2::date
         ) AS removals,
         (SELECT count(*)::int FROM hearing h JOIN court_case c ON c.id = h.case_id
           WHERE c.jurisdiction_id = $1 AND h.status NOT IN ('vacated', 'cancelled')
             AND to_char(h.scheduled_start AT TIME ZONE 'America/Denver', 'YYYY-MM') = to_char($2::date, 'YYYY-MM')
         ) AS hearings`,
        [me.jurisdiction_id, E2E_TODAY],
      );
      const children = await count('SELECT count(*)::int AS n FROM child WHERE jurisdiction_id = $1', [
        me.jurisdiction_id,
      ]);
      await signIn(page, 'analyst@demo.hearth');
      await atHome(page, 'role-analyst', 'cqi_analyst', caseLinks(page));
      expect(await caseLinks(page).count()).toBe(listed(district));
      await openCase(page, caseLinks(page).first());
      await expectAccessible(page);
      await page.goBack();

      await page.getByRole('link', { name: en.admin.data.link }).click();
      await page.getByRole('heading', { level: 1, name: en.admin.data.title, exact: true }).waitFor();
      for (const [id, n] of Object.entries(expected))
        expect((await page.locator(`[data-count="${id}"] dd`).textContent())?.replace(/\D/g, ''), id).toBe(
          String(n),
        );
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: en.admin.data.download('children.csv') }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('children.csv');
      const csv = await readFile((await download.path())!, 'utf8');
      const lines = csv.split('\n');
      expect(lines[0]).toBe('child_id,birth_date,sex,race_ethnicity,county');
      expect(lines.length - 2).toBe(children); // the header, one line per child, and the final line feed
      expect(
        await count(
          `SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1 AND action = 'data.exported'
           AND data->>'file' = 'children.csv'`,
          [me.id],
        ),
      ).toBe(1);

      await expectRefused(page, `/cases/${(await foreignCase(me)).id}`, en.case.notFoundTitle);
    },
  );

  roleJourney(
    'role-administrator',
    'administrator: accounts, a role change that sticks, a grant, and no child record',
    async (page) => {
      const me = await account('admin@demo.hearth');
      const accounts = await count('SELECT count(*)::int AS n FROM user_account WHERE jurisdiction_id = $1', [
        me.jurisdiction_id,
      ]);
      const target = await one<{ id: string; display_name: string }>(
        `SELECT id, display_name FROM user_account WHERE email = 'caseworker3@demo.hearth'`,
      );
      const own = await one<{ display_name: string }>('SELECT display_name FROM user_account WHERE id = $1', [
        me.id,
      ]);
      const accountLinks = page.locator('main table a[href^="/admin/accounts/"]');
      await signIn(page, 'admin@demo.hearth');
      await atHome(page, 'role-administrator', 'administrator', accountLinks);
      expect(await accountLinks.count()).toBe(accounts);

      // Change caseworker3's roles: add CASA volunteer; the change is there after a reload.
      await accountLinks.filter({ hasText: target.display_name }).click();
      await page.getByRole('heading', { level: 1, name: target.display_name, exact: true }).waitFor();
      await expectAccessible(page);
      const casa = page.getByRole('checkbox', { name: en.codes.role.casa_volunteer, exact: true });
      expect(await casa.isChecked()).toBe(false);
      await setChoice(page, 'roles', 'casa_volunteer');
      await page.getByRole('button', { name: en.admin.roles.save }).click();
      await page.getByText(en.admin.roles.saved).waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1, name: target.display_name, exact: true }).waitFor();
      expect(
        await page.getByRole('checkbox', { name: en.codes.role.casa_volunteer, exact: true }).isChecked(),
      ).toBe(true);
      expect(
        await page.getByRole('checkbox', { name: en.codes.role.caseworker, exact: true }).isChecked(),
      ).toBe(true);
      expect(
        (
          await rows<{ role: string }>('SELECT role FROM account_role WHERE account_id = $1 ORDER BY role', [
            target.id,
          ])
        ).map((r) => r.role),
      ).toEqual(['casa_volunteer', 'caseworker']);

      // A grant needs a reason: a short one is refused next to the field, a real one is given and audited.
      await setChoice(page, 'fieldClass', 'health');
      await page.getByLabel(en.admin.grant.reason).fill('because');
      await page.getByRole('button', { name: en.admin.grant.submit }).click();
      await page.locator('.usa-form-group--error').getByText(en.admin.grant.reasonShort).waitFor();
      await expectAccessible(page);
      await page
        .getByLabel(en.admin.grant.reason)
        .fill('Court order of 20 November 2026 allows health records');
      await page.getByRole('button', { name: en.admin.grant.submit }).click();
      await page.getByText(en.admin.grant.granted(en.codes.sensitiveClass.health)).waitFor();
      expect(
        await count(
          `SELECT count(*)::int AS n FROM sensitive_grant WHERE account_id = $1 AND field_class = 'health'
           AND granted_by = $2`,
          [target.id, me.id],
        ),
      ).toBe(1);

      // Their own account: giving up the Administrator role is refused, next to the roles.
      await page.goto(`${running().url}/admin/accounts/${me.id}`);
      await page.getByRole('heading', { level: 1, name: own.display_name, exact: true }).waitFor();
      await setChoice(page, 'roles', 'cqi_analyst');
      await setChoice(page, 'roles', 'administrator', false);
      await page.getByRole('button', { name: en.admin.roles.save }).click();
      await page.locator('.usa-form-group--error').getByText(en.admin.roles.selfLockout).waitFor();
      await expectAccessible(page);
      expect(
        (await rows<{ role: string }>('SELECT role FROM account_role WHERE account_id = $1', [me.id])).map(
          (r) => r.role,
        ),
      ).toEqual(['administrator']);

      // A new account: a short password is named next to its field; fixed, the account exists.
      await page.goto(running().url);
      await page.getByRole('link', { name: en.admin.createAccount }).click();
      await page.getByRole('heading', { level: 1, name: en.admin.create.title }).waitFor();
      await page.getByLabel(en.admin.create.name).fill('Dana Diaz');
      await page.getByLabel(en.admin.create.email, { exact: true }).fill('dana.diaz@demo.hearth');
      await page.getByLabel(en.admin.create.password).fill('too short');
      await setChoice(page, 'roles', 'casa_volunteer');
      await page.getByRole('button', { name: en.admin.create.submit }).click();
      await page.locator('.usa-form-group--error').getByText(en.admin.create.passwordShort).waitFor();
      await expectAccessible(page);
      await page.getByLabel(en.admin.create.password).fill('a long enough first password');
      await page.getByRole('button', { name: en.admin.create.submit }).click();
      await page.getByRole('heading', { level: 1, name: 'Dana Diaz', exact: true }).waitFor();
      await page.getByText(en.admin.account.createdNotice).waitFor();
      expect(
        await page.getByRole('checkbox', { name: en.codes.role.casa_volunteer, exact: true }).isChecked(),
      ).toBe(true);
      await expectAccessible(page);

      // No child's record, and no case, for an administrator.
      const someChild = await one<{ id: string }>(
        'SELECT id FROM child WHERE jurisdiction_id = $1 ORDER BY afcars_id LIMIT 1',
        [me.jurisdiction_id],
      );
      await expectRefused(page, `/children/${someChild.id}`, en.child.notFoundTitle);
      await expectRefused(page, `/cases/${(await caseNotAssigned(me)).id}`, en.case.notFoundTitle);
    },
  );
});
