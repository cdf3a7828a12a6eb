import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink, type SmtpSink } from '../server/test/smtp-sink.ts';
import { expectAccessible, useJourneys } from './support/journey.ts';

/**
 * Notices of hearings: the clerk opens an upcoming hearing's notices from the case page, sends them, and
 * sees the log, the foster parent among the recipients; the foster parent's e-mail arrives at a real SMTP
 * server on loopback. The page is checked with axe-core.
 */
let sink: SmtpSink;
beforeAll(async () => {
  // Started before Hearth (this hook runs first), so Hearth can be told where to send.
  sink = await startSmtpSink();
});
afterAll(async () => {
  await sink?.stop();
});
const { hearth: running, journey, signIn } = useJourneys({ smtpUrl: () => sink.url });

describe('notices of hearings (Chromium)', { timeout: 180_000 }, () => {
  it('lets the clerk send the notices of an upcoming hearing, a caregiver receiving a notice', async () => {
    await journey('notices-send', async (page) => {
      // An upcoming hearing of a case whose child lives with the demo foster parent, in the clerk's court.
      const [pick] = await running().db.query<{
        hearing_id: string;
        case_id: string;
        caregiver: string;
        children: string[];
      }>(
        `SELECT h.id AS hearing_id, h.case_id, p.given_name || ' ' || p.family_name AS caregiver,
                ARRAY(SELECT cp.given_name FROM case_child x JOIN child xc ON xc.id = x.child_id
                        JOIN person cp ON cp.id = xc.person_id WHERE x.case_id = c.id) AS children
           FROM hearing h JOIN court_case c ON c.id = h.case_id
           JOIN user_account clerk ON clerk.email = 'clerk@demo.hearth' AND clerk.court_id = c.court_id
           JOIN case_child cc ON cc.case_id = c.id
           JOIN placement pl ON pl.child_id = cc.child_id AND pl.end_date IS NULL
           JOIN removal_episode r ON r.id = pl.removal_id AND r.discharge_date IS NULL
           JOIN provider_caregiver pc ON pc.provider_id = pl.provider_id
           JOIN user_account cg ON cg.person_id = pc.person_id AND cg.email = 'caregiver@demo.hearth'
           JOIN person p ON p.id = pc.person_id
          WHERE h.status = 'scheduled' AND h.scheduled_start > '2026-11-23T15:00:00Z'
            AND h.hearing_type NOT IN ('adjudication', 'disposition', 'tpr')
          ORDER BY h.scheduled_start, h.id LIMIT 1`,
      );
      expect(pick).toBeDefined();
      await signIn(page, 'clerk@demo.hearth');
      await page.goto(`${running().url}/cases/${pick!.case_id}`);
      const link = page.locator(`a[href="/hearings/${pick!.hearing_id}/notices"]`);
      expect(await link.textContent()).toBe('Notices');
      expect(await link.getAttribute('aria-label')).toMatch(/^Notices of the /);
      await link.click();
      await page.getByRole('heading', { level: 1, name: 'Notices of hearing' }).waitFor();

      const recipients = page.locator('section[aria-labelledby="notice-recipients"]');
      const caregiverRow = recipients.locator('tr', { hasText: pick!.caregiver });
      await caregiverRow.waitFor();
      expect(await caregiverRow.textContent()).toMatch(
        /Foster parent or kin caregiver \(right to be heard\)/,
      );
      expect(await caregiverRow.textContent()).toMatch(/E-mail/);
      await page.getByText('No notices have been sent for this hearing yet.').waitFor();
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Send notices' }).click();
      await page
        .getByRole('status')
        .getByText(/sent or made ready to mail/)
        .waitFor();
      const log = page.locator('section[aria-labelledby="notice-log"]');
      const sentRow = log.locator('tr', { hasText: pick!.caregiver });
      await sentRow.waitFor();
      expect(await sentRow.locator('[data-delivery="sent"]').count()).toBe(1);
      expect(await sentRow.textContent()).toMatch(/E-mail on /);
      // Letters to print for those reached by mail.
      const pdfLinks = log.locator('a[href$=".pdf"]');
      const mailed = await log
        .locator('[data-delivery="ready_to_mail"], [data-delivery="no_address"]')
        .count();
      expect(await pdfLinks.count()).toBe(mailed);
      await expectAccessible(page);

      // Proof of service: a letter mailed first class today, or else the caregiver's notice handed over.
      const letters = log.locator('tr', { has: page.locator('[data-delivery="ready_to_mail"]') });
      const byMail = (await letters.count()) > 0;
      const addressee = byMail
        ? (await letters.first().locator('th').textContent())!.trim()
        : pick!.caregiver;
      const form = page.locator('section[aria-labelledby="notice-proof"]');
      await form
        .getByLabel('Notice', { exact: true })
        .selectOption({ label: `${addressee} — ${byMail ? 'Mail' : 'E-mail'}` });
      const method = byMail ? 'First-class mail' : 'In person';
      await form.getByLabel('How it was served').selectOption({ label: method });
      await form.getByLabel('Date served or mailed').fill('2026-11-23');
      await form.getByRole('button', { name: 'Save proof of service' }).click();
      await form.getByText(`Proof of service saved for ${addressee}.`).waitFor();
      await log
        .locator('tr', { hasText: addressee })
        .getByText(`${method} on Nov 23, 2026`)
        .first()
        .waitFor();
      await expectAccessible(page);

      // The same page in Spanish.
      await page.getByRole('button', { name: 'Español' }).click();
      await page.getByRole('heading', { level: 1, name: 'Avisos de audiencia' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Qué se envió' }).waitFor();
      await expectAccessible(page);

      // The foster parent's notice reached the mail server, with no child named in its subject.
      const mail = sink.messages.find((m) => m.to.includes('caregiver@demo.hearth'));
      expect(mail).toBeDefined();
      expect(mail!.text).toContain(pick!.caregiver);
      for (const child of pick!.children) expect(mail!.subject).not.toContain(child);
      expect(mail!.text).toMatch(/right to be heard/);
    });
  });
});
