import { randomUUID } from 'node:crypto';
import type { Role } from '@hearth/core';
import { hashPassword } from '../src/auth/password.ts';
import type { Db } from '../src/platform/db.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/**
 * A jurisdiction of its own for one test (house-style §7: a tenant per test, randomised identities):
 * a court with a courtroom and two judges, a CYFD unit, a foster home, one account per role, and
 *  - `assignedCase` with two children, on which every case-level professional account is assigned,
 *    the judge's docket and the clerk's court; one child is placed with the caregiver, the other is the youth;
 *  - `otherCase` in the same jurisdiction and court, with no account assigned and another judge;
 *  - `foreignCase` in a second jurisdiction.
 */
export type Org = Awaited<ReturnType<typeof createOrg>>;

async function one<T = { id: string }>(db: Db, sql: string, values: unknown[]): Promise<T> {
  const [row] = await db.query<T>(sql, values);
  return row!;
}

export async function createOrg(db: Db) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const tag = randomUUID().slice(0, 8);
  const j = (
    await one(
      db,
      `INSERT INTO jurisdiction (code, name, state_code, rule_pack_id) VALUES ($1,$2,'NM','us-nm-2022') RETURNING id`,
      [`T-${tag}`, `Test district ${tag}`],
    )
  ).id;
  const court = (
    await one(
      db,
      `INSERT INTO court (jurisdiction_id, name, district, county) VALUES ($1,'Children''s Court','2nd','Bernalillo') RETURNING id`,
      [j],
    )
  ).id;
  const courtroom = (
    await one(
      db,
      `INSERT INTO courtroom (jurisdiction_id, court_id, name) VALUES ($1,$2,'Courtroom 1') RETURNING id`,
      [j, court],
    )
  ).id;
  const person = async (given: string, family: string, birthDate: string | null = null): Promise<string> =>
    (
      await one(
        db,
        `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,$2,$3,$4) RETURNING id`,
        [j, given, family, birthDate],
      )
    ).id;
  const judgePerson = await person('Ada', 'Bench');
  const judge = (
    await one(db, `INSERT INTO judge (jurisdiction_id, court_id, person_id) VALUES ($1,$2,$3) RETURNING id`, [
      j,
      court,
      judgePerson,
    ])
  ).id;
  const otherJudge = (
    await one(db, `INSERT INTO judge (jurisdiction_id, court_id, person_id) VALUES ($1,$2,$3) RETURNING id`, [
      j,
      court,
      await person('Otto', 'Bench'),
    ])
  ).id;
  const unit = (
    await one(
      db,
      `INSERT INTO agency_unit (jurisdiction_id, name, county) VALUES ($1,'Unit A','Bernalillo') RETURNING id`,
      [j],
    )
  ).id;
  const provider = (
    await one(
      db,
      `INSERT INTO provider (jurisdiction_id, name, kind) VALUES ($1,'Rivera foster home','foster_family') RETURNING id`,
      [j],
    )
  ).id;
  const caregiverPerson = await person('Rosa', 'Rivera');
  await db.query('INSERT INTO provider_caregiver (provider_id, person_id) VALUES ($1,$2)', [
    provider,
    caregiverPerson,
  ]);

  const placedChildPerson = await person('Mia', 'Testchild', '2016-05-01');
  const youthPerson = await person('Leo', 'Testchild', '2010-03-15');
  const child = async (personId: string): Promise<string> =>
    (
      await one(
        db,
        `INSERT INTO child (jurisdiction_id, person_id, afcars_id, county) VALUES ($1,$2,$3,'Bernalillo') RETURNING id`,
        [j, personId, `A${randomUUID().slice(0, 10)}`],
      )
    ).id;
  const placedChild = await child(placedChildPerson);
  const youthChild = await child(youthPerson);
  const otherChild = await child(await person('Ivy', 'Otherchild', '2019-01-01'));

  const newCase = async (judgeId: string, number: string, children: string[]): Promise<string> => {
    const id = (
      await one(
        db,
        `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date, allegations, assigned_judge_id) VALUES ($1,$2,$3,'2025-01-06','{neglect}',$4) RETURNING id`,
        [j, court, number, judgeId],
      )
    ).id;
    for (const c of children)
      await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
        id,
        c,
        j,
      ]);
    return id;
  };
  const assignedCase = await newCase(judge, `D-202-JQ-2025-${tag.slice(0, 5).toUpperCase()}`, [
    placedChild,
    youthChild,
  ]);
  const otherCase = await newCase(otherJudge, `D-202-JQ-2025-X${tag.slice(0, 4).toUpperCase()}`, [
    otherChild,
  ]);

  // Both children were removed on 2025-01-05; the placed child lives with the caregiver now.
  const removal = async (childId: string, caseId: string): Promise<string> =>
    (
      await one(
        db,
        `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner, removal_reasons) VALUES ($1,$2,$3,'2025-01-05','court_ordered','{neglect}') RETURNING id`,
        [j, childId, caseId],
      )
    ).id;
  const placedRemoval = await removal(placedChild, assignedCase);
  const youthRemoval = await removal(youthChild, assignedCase);
  const otherRemoval = await removal(otherChild, otherCase);
  await db.query(
    `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, provider_id, start_date) VALUES ($1,$2,$3,'foster_family_nonrelative',$4,'2025-01-05')`,
    [j, placedRemoval, placedChild, provider],
  );
  await db.query(
    `INSERT INTO placement (jurisdiction_id, removal_id, child_id, setting, start_date) VALUES ($1,$2,$3,'group_home','2025-01-05')`,
    [j, youthRemoval, youthChild],
  );
  await db.query(
    `INSERT INTO child_sensitive_fact (jurisdiction_id, child_id, field_class, summary) VALUES ($1,$2,'health','Asthma; inhaler at school'), ($1,$2,'immigration_status','SIJS findings requested')`,
    [j, placedChild],
  );

  const accounts = {} as Record<Role, { id: string; email: string; personId: string }>;
  const account = async (
    role: Role,
    extra: { judgeId?: string; courtId?: string; unitId?: string; personId?: string } = {},
  ) => {
    const personId = extra.personId ?? (await person(role, 'Tester'));
    const email = `${role}.${tag}@test.hearth`;
    const id = (
      await one(
        db,
        `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, person_id, judge_id, court_id, unit_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
        [
          j,
          email,
          hash,
          `${role} tester`,
          personId,
          extra.judgeId ?? null,
          extra.courtId ?? null,
          extra.unitId ?? null,
        ],
      )
    ).id;
    await db.query('INSERT INTO account_role (account_id, role) VALUES ($1,$2)', [id, role]);
    accounts[role] = { id, email, personId };
  };
  await account('judge', { judgeId: judge, personId: judgePerson });
  await account('court_clerk', { courtId: court });
  await account('caseworker', { unitId: unit });
  await account('supervisor', { unitId: unit });
  for (const r of [
    'agency_attorney',
    'parent_attorney',
    'guardian_ad_litem',
    'casa_volunteer',
    'cqi_analyst',
    'administrator',
  ] as const)
    await account(r);
  await account('caregiver', { personId: caregiverPerson });
  await account('youth', { personId: youthPerson });

  const caseRole: Partial<Record<Role, string>> = {
    caseworker: 'caseworker',
    agency_attorney: 'agency_attorney',
    parent_attorney: 'parent_attorney',
    guardian_ad_litem: 'guardian_ad_litem',
    casa_volunteer: 'casa_volunteer',
  };
  for (const [role, cr] of Object.entries(caseRole))
    await db.query(
      `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, account_id, case_role, start_date) VALUES ($1,$2,$3,$4,$5,'2025-01-06')`,
      [j, assignedCase, accounts[role as Role].personId, accounts[role as Role].id, cr],
    );
  // The children's mother is a party on the assigned case.
  const parent = await person('Pat', 'Testchild');
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date) VALUES ($1,$2,$3,'parent',true,'2025-01-06')`,
    [j, assignedCase, parent],
  );
  // The caseworker holds explicit grants for health on every case it may open.
  await db.query(
    `INSERT INTO sensitive_grant (jurisdiction_id, account_id, field_class, reason) VALUES ($1,$2,'health','test grant')`,
    [j, accounts.caseworker.id],
  );

  // A second jurisdiction with one case and one judge account of its own.
  const j2 = (
    await one(
      db,
      `INSERT INTO jurisdiction (code, name, state_code, rule_pack_id) VALUES ($1,'Other district','NM','us-nm-2022') RETURNING id`,
      [`T2-${tag}`],
    )
  ).id;
  const court2 = (
    await one(
      db,
      `INSERT INTO court (jurisdiction_id, name, district, county) VALUES ($1,'Other court','13th','Valencia') RETURNING id`,
      [j2],
    )
  ).id;
  const p2 = (
    await one(
      db,
      `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,'Zed','Foreign','2015-01-01') RETURNING id`,
      [j2],
    )
  ).id;
  const foreignChild = (
    await one(
      db,
      `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,$3) RETURNING id`,
      [j2, p2, `F${tag}`],
    )
  ).id;
  const foreignCase = (
    await one(
      db,
      `INSERT INTO court_case (jurisdiction_id, court_id, petition_number, filing_date) VALUES ($1,$2,$3,'2025-02-01') RETURNING id`,
      [j2, court2, `D-1333-JQ-${tag.toUpperCase()}`],
    )
  ).id;
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    foreignCase,
    foreignChild,
    j2,
  ]);
  const foreignRemoval = (
    await one(
      db,
      `INSERT INTO removal_episode (jurisdiction_id, child_id, case_id, removal_date, removal_manner) VALUES ($1,$2,$3,'2025-02-01','court_ordered') RETURNING id`,
      [j2, foreignChild, foreignCase],
    )
  ).id;

  return {
    jurisdictionId: j,
    court,
    courtroom,
    judge,
    otherJudge,
    unit,
    provider,
    parent,
    accounts,
    assignedCase,
    otherCase,
    foreignCase,
    placedChild,
    youthChild,
    otherChild,
    foreignChild,
    placedRemoval,
    youthRemoval,
    otherRemoval,
    foreignRemoval,
  };
}
