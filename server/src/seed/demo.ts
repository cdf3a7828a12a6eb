import type { Role } from '@hearth/core';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../platform/db.ts';
import { createMainAccounts, createOtherAccounts } from './demo-districts.ts';
import { describeLogins } from './demo-logins.ts';
import { giveNoticeContacts } from './demo-notice-contacts.ts';
import { recordDemoAttendance } from './demo-attendance.ts';
import { recordDemoEducation } from './demo-education.ts';
import { recordDemoVoices } from './demo-voice.ts';
import { recordWellbeingChecklists } from './demo-wellbeing.ts';
import { recordDemoContacts } from './demo-contacts.ts';
import { recordDemoTransition } from './demo-transition.ts';
import { recordDemoCasaNarrative } from './demo-court-reports.ts';
import { seedJurisdiction } from './synthetic.ts';

/**
 * The demo: two synthetic districts and one sign-in per role, each tied to the records that role really
 * reaches (a judge's docket, a caseworker's assigned cases, a foster parent's placed children …), so that
 * signing in as each shows a different, correct slice. Nothing in it is real case data.
 */

export const DEMO_CODE = 'NM-D2-DEMO';
export const DEMO_OTHER_CODE = 'NM-D13-DEMO';
export const DEMO_PASSWORD = 'hearth-demo';

export type DemoLogin = { email: string; role: Role; sees: string };
export type DemoResult = { created: boolean; logins: DemoLogin[] };

const MAIN_CHILDREN = 300;
const MAIN_SEED = 2026;
const OTHER_CHILDREN = 40;
const OTHER_SEED = 13;

/**
 * Loads the demo once: if the demo district exists already, nothing is written and the same sign-ins are
 * described from the database as it stands.
 */
export async function loadDemoData(db: Db, opts: { today: string }): Promise<DemoResult> {
  const existing = await db.query('SELECT 1 FROM jurisdiction WHERE code = $1', [DEMO_CODE]);
  if (existing.length > 0) return { created: false, logins: await describeLogins(db) };

  const main = await seedJurisdiction(db, {
    code: DEMO_CODE,
    name: 'Second Judicial District (demo)',
    district: '2nd',
    counties: ['Bernalillo'],
    children: MAIN_CHILDREN,
    seed: MAIN_SEED,
    today: opts.today,
  });
  const other = await seedJurisdiction(db, {
    code: DEMO_OTHER_CODE,
    name: 'Thirteenth Judicial District (demo)',
    district: '13th',
    counties: ['Valencia', 'Sandoval', 'Cibola'],
    children: OTHER_CHILDREN,
    seed: OTHER_SEED,
    today: opts.today,
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once, shared by every demo sign-in
  await db.transaction(async (tx) => {
    await createMainAccounts(tx, main.jurisdictionId, passwordHash, opts.today);
    await giveNoticeContacts(tx, main.jurisdictionId);
    await createOtherAccounts(tx, other.jurisdictionId, passwordHash);
    await recordDemoAttendance(tx, main.jurisdictionId);
    await recordDemoAttendance(tx, other.jurisdictionId);
    await recordDemoEducation(tx, main.jurisdictionId, opts.today);
    await recordDemoCasaNarrative(tx, main.jurisdictionId, opts.today);
    await recordDemoVoices(tx, main.jurisdictionId, opts.today);
    await recordDemoTransition(tx, main.jurisdictionId, opts.today);
    await recordWellbeingChecklists(tx, main.jurisdictionId, { today: opts.today });
    await recordWellbeingChecklists(tx, other.jurisdictionId, { today: opts.today });
    await recordDemoContacts(tx, main.jurisdictionId, opts.today);
  });
  return { created: true, logins: await describeLogins(db) };
}
