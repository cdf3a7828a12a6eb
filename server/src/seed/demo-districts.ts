import type { Queryable } from '../platform/db.ts';
import {
  createAccount,
  createStaff,
  demoContext,
  grant,
  type DemoCtx,
  type DemoStaff,
} from './demo-accounts.ts';
import { assign, fosterParentWithTwoChildren } from './demo-assignments.ts';
import {
  busiestJudge,
  firstUnit,
  openCases,
  openCasesWithGal,
  youthInCare,
  type DemoJudge,
} from './demo-lookups.ts';
import { recordDemoSensitiveFacts } from './demo-sensitive-facts.ts';
import { giveYouthTeamContacts } from './demo-youth-contacts.ts';

// The cast of sign-ins in each demo district, each tied to the records that role really reaches.

/** Every sign-in of the main district, its case assignments, grants and the sensitive facts they show. */
export async function createMainAccounts(
  tx: Queryable,
  jurisdictionId: string,
  passwordHash: string,
  today: string,
): Promise<void> {
  const ctx = demoContext(tx, jurisdictionId, passwordHash);
  const open = await openCases(tx, jurisdictionId);
  const unitId = await firstUnit(tx, jurisdictionId);
  const judge = await busiestJudge(tx, jurisdictionId);

  const { admin, judgeAccount } = await createCourtAccounts(ctx, judge);
  const { caseworker, caseworkerCases } = await createUnitAccounts(ctx, unitId, open);
  const { gal, galCases } = await createCounselAccounts(ctx, open);
  await createFamilyAccounts(ctx, today);
  await createStaff(ctx, {
    email: 'analyst@demo.hearth',
    role: 'cqi_analyst',
    title: 'CQI analyst',
    given: 'Jordan',
    family: 'Reed',
    sex: 'female',
  });

  await grant(ctx, caseworker.accountId, ['health', 'substance_use'], admin.accountId);
  await grant(
    ctx,
    judgeAccount,
    ['sealed_adoption', 'immigration_status', 'sogi', 'health', 'substance_use'],
    admin.accountId,
  );
  await grant(ctx, gal.accountId, ['health'], admin.accountId);

  await recordDemoSensitiveFacts(ctx, {
    caseworkerAccountId: caseworker.accountId,
    caseworkerCases,
    judgeId: judge.id,
    galCases,
  });
}

/** The administrator, the judge with the busiest docket, and a clerk of that judge's court. */
async function createCourtAccounts(
  ctx: DemoCtx,
  judge: DemoJudge,
): Promise<{ admin: DemoStaff; judgeAccount: string }> {
  const admin = await createStaff(ctx, {
    email: 'admin@demo.hearth',
    role: 'administrator',
    title: 'Administrator',
    given: 'Sam',
    family: 'Parker',
    sex: 'male',
  });
  const judgeAccount = await createAccount(ctx, {
    email: 'judge@demo.hearth',
    role: 'judge',
    displayName: `Judge ${judge.given_name} ${judge.family_name}`,
    personId: judge.person_id,
    judgeId: judge.id,
  });
  await createStaff(ctx, {
    email: 'clerk@demo.hearth',
    role: 'court_clerk',
    title: 'Clerk',
    given: 'Paula',
    family: 'Herrera',
    sex: 'female',
    courtId: judge.court_id,
  });
  return { admin, judgeAccount };
}

/** Three caseworkers in one unit, each with their own open cases; the supervisor sees all of them. */
async function createUnitAccounts(
  ctx: DemoCtx,
  unitId: string,
  open: string[],
): Promise<{ caseworker: DemoStaff; caseworkerCases: string[] }> {
  const caseworker = await createStaff(ctx, {
    email: 'caseworker@demo.hearth',
    role: 'caseworker',
    title: 'Caseworker',
    given: 'Marisol',
    family: 'Trujillo',
    sex: 'female',
    unitId,
  });
  const caseworker2 = await createStaff(ctx, {
    email: 'caseworker2@demo.hearth',
    role: 'caseworker',
    title: 'Caseworker',
    given: 'Daniel',
    family: 'Brooks',
    sex: 'male',
    unitId,
  });
  const caseworker3 = await createStaff(ctx, {
    email: 'caseworker3@demo.hearth',
    role: 'caseworker',
    title: 'Caseworker',
    given: 'Teresa',
    family: 'Lucero',
    sex: 'female',
    unitId,
  });
  const caseworkerCases = open.slice(0, 15);
  await assign(ctx, caseworker, 'caseworker', caseworkerCases);
  await assign(ctx, caseworker2, 'caseworker', open.slice(15, 27));
  await assign(ctx, caseworker3, 'caseworker', open.slice(27, 39));
  await createStaff(ctx, {
    email: 'supervisor@demo.hearth',
    role: 'supervisor',
    title: 'Supervisor',
    given: 'Angela',
    family: 'Romero',
    sex: 'female',
    unitId,
  });
  return { caseworker, caseworkerCases };
}

/** Counsel for the agency and a parent, the children's GAL, and a CASA volunteer on some GAL cases. */
async function createCounselAccounts(
  ctx: DemoCtx,
  open: string[],
): Promise<{ gal: DemoStaff; galCases: string[] }> {
  const agencyAttorney = await createStaff(ctx, {
    email: 'agency.attorney@demo.hearth',
    role: 'agency_attorney',
    title: "Children's court attorney",
    given: 'Victor',
    family: 'Salazar',
    sex: 'male',
  });
  await assign(ctx, agencyAttorney, 'agency_attorney', open.slice(0, 40));

  const parentAttorney = await createStaff(ctx, {
    email: 'parent.attorney@demo.hearth',
    role: 'parent_attorney',
    title: "Parent's attorney",
    given: 'Rachel',
    family: 'Bennett',
    sex: 'female',
  });
  await assign(ctx, parentAttorney, 'parent_attorney', open.slice(-10));

  // The GAL takes cases where a child under 14 has a guardian ad litem now.
  const galCases = await openCasesWithGal(ctx.tx, ctx.jurisdictionId);
  const gal = await createStaff(ctx, {
    email: 'gal@demo.hearth',
    role: 'guardian_ad_litem',
    title: 'Guardian ad litem',
    given: 'Sofia',
    family: 'Maestas',
    sex: 'female',
  });
  await assign(ctx, gal, 'guardian_ad_litem', galCases, { allRows: true });

  const casa = await createStaff(ctx, {
    email: 'casa@demo.hearth',
    role: 'casa_volunteer',
    title: 'CASA volunteer',
    given: 'Grace',
    family: 'Turner',
    sex: 'female',
  });
  await assign(ctx, casa, 'casa_volunteer', galCases.slice(0, 3));
  return { gal, galCases };
}

/** A foster parent with two children placed now, and a youth in care; both sign in as themselves. */
async function createFamilyAccounts(ctx: DemoCtx, today: string): Promise<void> {
  const { tx, jurisdictionId } = ctx;
  const caregiverPersonId = await fosterParentWithTwoChildren(tx, jurisdictionId);
  const [caregiver] = await tx.query<{ given_name: string; family_name: string }>(
    'SELECT given_name, family_name FROM person WHERE id = $1',
    [caregiverPersonId],
  );
  await createAccount(ctx, {
    email: 'caregiver@demo.hearth',
    role: 'caregiver',
    displayName: `Foster parent ${caregiver?.given_name ?? ''} ${caregiver?.family_name ?? ''}`.trim(),
    personId: caregiverPersonId,
  });

  const youth = await youthInCare(tx, jurisdictionId, today);
  await createAccount(ctx, {
    email: 'youth@demo.hearth',
    role: 'youth',
    displayName: `Youth ${youth.given_name} ${youth.family_name}`,
    personId: youth.person_id,
  });
  await giveYouthTeamContacts(tx, youth.person_id);
}

/** The other district: its busiest judge and one caseworker, to show that districts do not mix. */
export async function createOtherAccounts(
  tx: Queryable,
  jurisdictionId: string,
  passwordHash: string,
): Promise<void> {
  const ctx = demoContext(tx, jurisdictionId, passwordHash);
  const judge = await busiestJudge(tx, jurisdictionId);
  await createAccount(ctx, {
    email: 'judge@other.demo.hearth',
    role: 'judge',
    displayName: `Judge ${judge.given_name} ${judge.family_name}`,
    personId: judge.person_id,
    judgeId: judge.id,
  });
  const caseworker = await createStaff(ctx, {
    email: 'caseworker@other.demo.hearth',
    role: 'caseworker',
    title: 'Caseworker',
    given: 'Luis',
    family: 'Padilla',
    sex: 'male',
    unitId: await firstUnit(tx, jurisdictionId),
  });
  await assign(ctx, caseworker, 'caseworker', (await openCases(tx, jurisdictionId)).slice(0, 10));
}
