import { describe, expect, it } from 'vitest';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Young people's and caregivers' voice: the young person writes to the judge and sends it, says how they
 * will come; the judge reads it on the bench view of the hearing (and on the hearing's voices page); a
 * foster parent finishes and sends a caregiver report. Every page is checked with axe-core.
 */
const { hearth: running, journey, signIn } = useJourneys();

const WORDS = 'Please let me stay at Valley High. I want to finish the soccer season with my team.';

describe('young people’s and caregivers’ voice (Chromium)', { timeout: 240_000 }, () => {
  it('the young person writes to the judge and sends it; the judge reads it on the bench', async () => {
    const [draft] = await running().db.query<{ hearing_id: string }>(
      `SELECT s.hearing_id FROM youth_statement s JOIN child ch ON ch.id = s.child_id
         JOIN user_account ua ON ua.person_id = ch.person_id WHERE ua.email = 'youth@demo.hearth'`,
    );
    expect(draft).toBeDefined();

    await journey('voice-youth-writes', async (page) => {
      await signIn(page, 'youth@demo.hearth');
      const home = page.locator('section[aria-labelledby="voice-home-heading"]');
      await home.getByRole('heading', { level: 2, name: 'Talk to the judge' }).waitFor();
      await expectAccessible(page);
      await home.getByRole('link', { name: 'Write to the judge' }).click();

      await page.getByRole('heading', { level: 1, name: 'Your voice in court' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Who is on your case' }).waitFor();
      const message = page.getByRole('textbox', { name: 'Your message to the judge' });
      // The draft the youth saved before is there to finish; no one else has seen it.
      expect(await message.inputValue()).toMatch(/keep going to my school/);
      await expectAccessible(page);

      await message.fill(WORDS);
      // A USWDS checkbox or radio is drawn by its label (the input is off screen): a person clicks the label.
      await page.locator('label.usa-checkbox__label', { hasText: 'My CASA volunteer' }).click();
      expect(await page.getByRole('checkbox', { name: 'My CASA volunteer' }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: 'My parents and their lawyers' }).isChecked()).toBe(
        false,
      );
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByText('Your draft is saved. Only you can see it.').waitFor();
      await page.getByRole('button', { name: 'Send to the judge' }).click();

      const sent = page.getByTestId('sent-statement');
      await sent.getByRole('heading', { level: 3, name: 'Sent to the judge' }).waitFor();
      expect(await sent.locator('blockquote').textContent()).toContain(WORDS);
      await sent.getByText(/You sent this on .*The judge will read it before your hearing\./).waitFor();
      await sent.getByText('Also shared with: My CASA volunteer.').waitFor();
      expect(await page.getByRole('button', { name: 'Send to the judge' }).count()).toBe(0);

      // How they will come: by video, replacing their attorney's plan (If-Match on its version).
      await page.locator('label.usa-radio__label', { hasText: 'By video or phone' }).click();
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByText('Saved.', { exact: true }).waitFor();
      await expectAccessible(page);
    });

    const [row] = await running().db.query<{ status: string; sent_at: Date | null; shared_with: string[] }>(
      `SELECT status, sent_at, shared_with FROM youth_statement WHERE hearing_id = $1`,
      [draft!.hearing_id],
    );
    expect(row).toMatchObject({ status: 'sent', shared_with: ['casa'] });
    expect(row!.sent_at).not.toBeNull();

    await journey('voice-judge-reads', async (page) => {
      await signIn(page, 'judge@demo.hearth');
      // The judge's bench view of the hearing (features/wellbeing) renders the voices section.
      await page.goto(`${running().url}/hearings/${draft!.hearing_id}/bench`);
      const voices = page.getByTestId('bench-voices');
      await voices.getByRole('heading', { level: 2, name: 'Voices for this hearing' }).waitFor();
      const quote = voices.locator('blockquote', { hasText: 'Please let me stay at Valley High.' });
      await quote.waitFor();
      expect(await quote.textContent()).toContain(`“${WORDS}”`);
      await voices
        .getByText(/Sent .*Nov 23, 2026/)
        .first()
        .waitFor();
      await voices.getByRole('cell', { name: 'By video or phone' }).first().waitFor();
      await expectAccessible(page);

      // The same on the hearing's own voices page.
      await page.goto(`${running().url}/hearings/${draft!.hearing_id}/voices`);
      await page
        .getByRole('heading', { level: 1, name: 'What the court hears from the youth and caregivers' })
        .waitFor();
      await page.locator('blockquote', { hasText: 'Please let me stay at Valley High.' }).waitFor();
      await expectAccessible(page);
    });
  });

  it('a foster parent finishes the report on a child living with them and sends it to the court', async () => {
    const [draft] = await running().db.query<{ hearing_id: string; given_name: string; family_name: string }>(
      `SELECT r.hearing_id, p.given_name, p.family_name FROM caregiver_report r JOIN child ch ON ch.id = r.child_id
         JOIN person p ON p.id = ch.person_id JOIN provider_caregiver pc ON pc.provider_id = r.provider_id
         JOIN user_account ua ON ua.person_id = pc.person_id
        WHERE ua.email = 'caregiver@demo.hearth' AND r.status = 'draft'`,
    );
    expect(draft).toBeDefined();
    const name = `${draft!.given_name} ${draft!.family_name}`;

    await journey('voice-caregiver-reports', async (page) => {
      await signIn(page, 'caregiver@demo.hearth');
      const home = page.locator('section[aria-labelledby="voice-home-heading"]');
      await home.getByRole('heading', { level: 2, name: 'Your reports to the court' }).waitFor();
      await home.getByRole('link', { name: `Report to the court about ${name}` }).click();
      await page.getByRole('heading', { level: 1, name: `Report to the court about ${name}` }).waitFor();
      const section = page
        .locator('section', { has: page.getByRole('textbox', { name: /^School/ }) })
        .first();
      expect(await section.getByRole('textbox', { name: /^School/ }).inputValue()).toBe(
        'Doing well in 3rd grade.',
      );
      await expectAccessible(page);

      // Nothing to send yet is said next to the field; then the report goes to the court.
      await section
        .getByRole('textbox', { name: /^Family time/ })
        .fill('Visits with dad every Saturday go well.');
      await section
        .getByRole('textbox', { name: /^What you want the judge to know/ })
        .fill('He is proud of his reading and wants the judge to know.');
      await section.getByRole('button', { name: 'Send to the court' }).click();
      const sent = page.getByTestId('caregiver-report');
      await sent.getByRole('heading', { level: 3, name: 'Sent to the court' }).waitFor();
      await sent.getByText('He is proud of his reading and wants the judge to know.').waitFor();
      await expectAccessible(page);
    });

    const [row] = await running().db.query<{ status: string; family_time: string }>(
      `SELECT status, family_time FROM caregiver_report WHERE hearing_id = $1`,
      [draft!.hearing_id],
    );
    expect(row).toEqual({ status: 'submitted', family_time: 'Visits with dad every Saturday go well.' });
  });
});
