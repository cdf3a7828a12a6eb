import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Search: a caseworker types a misspelt name of a child on their caseload into the header's search box,
 * finds the child and opens the record; a misspelt name of a parent on their caseload finds the parent
 * and leads to the case; a child and a case of another district are never found. The results pages are
 * checked with axe-core for serious or critical problems.
 */
const { hearth: running, journey, signIn } = useJourneys();

/** One letter left out of the middle of a name: "Rodriguez" → "Rodrguez". */
const misspell = (name: string): string => {
  const i = Math.floor(name.length / 2);
  return name.slice(0, i) + name.slice(i + 1);
};

describe('search (Chromium)', { timeout: 120_000 }, () => {
  it('finds a child on my caseload by a misspelt name, and opens the record', async () => {
    await journey('search-misspelt', async (page) => {
      const [pick] = await running().db.query<{ child_id: string; given_name: string; family_name: string }>(
        `SELECT DISTINCT ch.id AS child_id, pe.given_name, pe.family_name
           FROM case_participant cp
           JOIN user_account ua ON ua.id = cp.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN case_child cc ON cc.case_id = cp.case_id
           JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
          WHERE cp.case_role = 'caseworker' AND cp.end_date IS NULL AND length(pe.family_name) >= 6
          ORDER BY pe.family_name, pe.given_name LIMIT 1`,
      );
      expect(pick).toBeDefined();
      const { child_id: id, given_name: given, family_name: family } = pick!;
      await signIn(page, 'caseworker@demo.hearth');

      const box = page.getByRole('searchbox', { name: /search people and cases/i });
      await box.fill(`${given} ${misspell(family)}`);
      await box.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: /^Found .* for “/ })
        .waitFor();
      expect(page.url()).toMatch(/\/search\?q=/);
      await page.getByRole('heading', { level: 2, name: 'Children' }).waitFor();
      const link = page.locator(`main a[href="/children/${id}"]`);
      expect((await link.textContent())?.trim()).toBe(`${given} ${family}`);
      await expectAccessible(page);

      await link.click();
      await page.getByRole('heading', { level: 1, name: `${given} ${family}` }).waitFor();
      expect(page.url()).toMatch(new RegExp(`/children/${id}$`));
    });
  });

  it('finds a parent on my caseload by a misspelt name, and opens the case', async () => {
    await journey('search-parent', async (page) => {
      const [pick] = await running().db.query<{
        case_id: string;
        petition_number: string;
        given_name: string;
        family_name: string;
      }>(
        `SELECT c.id AS case_id, c.petition_number, pe.given_name, pe.family_name
           FROM case_participant me
           JOIN user_account ua ON ua.id = me.account_id AND ua.email = 'caseworker@demo.hearth'
           JOIN court_case c ON c.id = me.case_id
           JOIN case_participant cp ON cp.case_id = c.id AND cp.case_role = 'parent'
           JOIN person pe ON pe.id = cp.person_id
          WHERE me.case_role = 'caseworker' AND me.end_date IS NULL AND length(pe.family_name) >= 6
          ORDER BY pe.family_name, pe.given_name, c.petition_number LIMIT 1`,
      );
      expect(pick).toBeDefined();
      const { case_id: caseId, petition_number: petition, given_name: given, family_name: family } = pick!;
      await signIn(page, 'caseworker@demo.hearth');

      const box = page.getByRole('searchbox', { name: /search people and cases/i });
      await box.fill(`${given} ${misspell(family)}`);
      await box.press('Enter');
      const people = page.getByRole('region', { name: 'People on cases' });
      const row = people.getByRole('row').filter({ has: page.locator(`a[href="/cases/${caseId}"]`) });
      await row.first().waitFor();
      expect(await row.first().textContent()).toContain(`${given} ${family}`);
      expect(await row.first().textContent()).toContain('Parent');
      await expectAccessible(page);

      await row.first().getByRole('link', { name: petition }).click();
      await page.getByRole('heading', { level: 1, name: `Case ${petition}` }).waitFor();
      expect(page.url()).toMatch(new RegExp(`/cases/${caseId}$`));
    });
  });

  it("never finds another district's child or case", async () => {
    await journey('search-other-district', async (page) => {
      const [other] = await running().db.query<{
        child_id: string;
        given_name: string;
        family_name: string;
        petition_number: string;
      }>(
        `SELECT ch.id AS child_id, pe.given_name, pe.family_name, c.petition_number
           FROM user_account ua
           JOIN court_case c ON c.jurisdiction_id = ua.jurisdiction_id
           JOIN case_child cc ON cc.case_id = c.id
           JOIN child ch ON ch.id = cc.child_id JOIN person pe ON pe.id = ch.person_id
          WHERE ua.email = 'caseworker@other.demo.hearth'
          ORDER BY c.petition_number, pe.given_name LIMIT 1`,
      );
      expect(other).toBeDefined();
      await signIn(page, 'caseworker@demo.hearth');
      const box = page.getByRole('searchbox', { name: /search people and cases/i });

      // The same name may belong to a child here too; this child of the other district is never listed.
      await box.fill(`${other!.given_name} ${other!.family_name}`);
      await box.press('Enter');
      await page.getByRole('status').filter({ hasText: other!.family_name }).waitFor();
      expect(await page.locator(`main a[href="/children/${other!.child_id}"]`).count()).toBe(0);

      await box.fill(other!.petition_number);
      await box.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Nothing found for “${other!.petition_number}”` })
        .waitFor();
      expect(await page.locator('main a[href^="/cases/"], main a[href^="/children/"]').count()).toBe(0);
      await expectAccessible(page);
    });
  });
});
