import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db.ts';
import { createOrg, type Org } from '../../test/factories.ts';
import { as, signIn, testApp, type Session } from '../../test/http.ts';
import { createTestDb, testDbKind } from '../../test/test-db.ts';
import type { SearchHitDto } from './search.dto.ts';

/**
 * Search on a real database (PGlite, or the PostgreSQL server CI names): close spellings, dates of
 * birth and petition numbers find what the caller may read, and nothing else.
 */
let db: Db;
let app: FastifyInstance;
let org: Org;
let maria: string; // María Rodríguez, on the caseworker's case
let jose: string; // José Núñez, on the caseworker's case
let marisol: string; // Marisol Rodriguez, on a second caseworker's case (the org's `otherCase`)
let foreignMaria: string; // Maria Rodriguez in another district
let esperanza: string; // Esperanza Quintanilla, a parent on the caseworker's case
let ramon: string; // Ramón Quintanilla, a relative caring for the child on the second caseworker's case
let foreignEsperanza: string; // Esperanza Quintanilla, a parent in another district
let assignedPetition: string;
let foreignPetition: string;
const sessions: Record<string, Session> = {};

async function addChild(
  jurisdictionId: string,
  caseId: string,
  given: string,
  family: string,
  birthDate: string,
): Promise<string> {
  const [person] = await db.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,$2,$3,$4) RETURNING id`,
    [jurisdictionId, given, family, birthDate],
  );
  const [child] = await db.query<{ id: string }>(
    `INSERT INTO child (jurisdiction_id, person_id, afcars_id) VALUES ($1,$2,$3) RETURNING id`,
    [jurisdictionId, person!.id, `S${crypto.randomUUID().slice(0, 10)}`],
  );
  await db.query('INSERT INTO case_child (case_id, child_id, jurisdiction_id) VALUES ($1,$2,$3)', [
    caseId,
    child!.id,
    jurisdictionId,
  ]);
  return child!.id;
}

/** A person on a case who is not one of its children: a parent, a relative, a professional. */
async function addParticipant(
  jurisdictionId: string,
  caseId: string,
  role: string,
  given: string,
  family: string,
  birthDate: string | null,
): Promise<string> {
  const [person] = await db.query<{ id: string }>(
    `INSERT INTO person (jurisdiction_id, given_name, family_name, birth_date) VALUES ($1,$2,$3,$4) RETURNING id`,
    [jurisdictionId, given, family, birthDate],
  );
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, person_id, case_role, is_party, start_date)
       VALUES ($1, $2, $3, $4, $4 = 'parent', '2025-01-06')`,
    [jurisdictionId, caseId, person!.id, role],
  );
  return person!.id;
}

beforeAll(async () => {
  db = await createTestDb();
  app = (await testApp(db)).app;
  org = await createOrg(db);
  const [foreign] = await db.query<{ jurisdiction_id: string; petition_number: string }>(
    'SELECT jurisdiction_id, petition_number FROM court_case WHERE id = $1',
    [org.foreignCase],
  );
  const [assigned] = await db.query<{ petition_number: string }>(
    'SELECT petition_number FROM court_case WHERE id = $1',
    [org.assignedCase],
  );
  assignedPetition = assigned!.petition_number;
  foreignPetition = foreign!.petition_number;
  maria = await addChild(org.jurisdictionId, org.assignedCase, 'María', 'Rodríguez', '2014-07-09');
  jose = await addChild(org.jurisdictionId, org.assignedCase, 'José', 'Núñez', '2012-11-30');
  marisol = await addChild(org.jurisdictionId, org.otherCase, 'Marisol', 'Rodriguez', '2014-07-09');
  foreignMaria = await addChild(
    foreign!.jurisdiction_id,
    org.foreignCase,
    'Maria',
    'Rodriguez',
    '2014-07-09',
  );
  esperanza = await addParticipant(
    org.jurisdictionId,
    org.assignedCase,
    'parent',
    'Esperanza',
    'Quintanilla',
    '1988-02-14',
  );
  ramon = await addParticipant(org.jurisdictionId, org.otherCase, 'caregiver', 'Ramón', 'Quintanilla', null);
  foreignEsperanza = await addParticipant(
    foreign!.jurisdiction_id,
    org.foreignCase,
    'parent',
    'Esperanza',
    'Quintanilla',
    '1988-02-14',
  );

  // A second caseworker of the same unit, assigned to the other case only.
  const [cw2] = await db.query<{ id: string }>(
    `INSERT INTO user_account (jurisdiction_id, email, password_hash, display_name, unit_id)
       SELECT jurisdiction_id, 'second.' || email, password_hash, 'second caseworker', unit_id
         FROM user_account WHERE id = $1 RETURNING id`,
    [org.accounts.caseworker.id],
  );
  await db.query(`INSERT INTO account_role (account_id, role) VALUES ($1, 'caseworker')`, [cw2!.id]);
  await db.query(
    `INSERT INTO case_participant (jurisdiction_id, case_id, account_id, person_id, case_role, start_date)
       VALUES ($1, $2, $3, $4, 'caseworker', '2025-01-06')`,
    [org.jurisdictionId, org.otherCase, cw2!.id, org.parent],
  );
  sessions.caseworker2 = await signIn(app, `second.${org.accounts.caseworker.email}`);
  for (const role of [
    'caseworker',
    'court_clerk',
    'cqi_analyst',
    'caregiver',
    'youth',
    'judge',
    'administrator',
  ] as const)
    sessions[role] = await signIn(app, org.accounts[role].email);
});
afterAll(async () => {
  await app.close();
  await db.close();
});

const get = (who: string, query: Record<string, string>) =>
  as(app, sessions[who]!, { method: 'GET', url: `/api/v1/search?${new URLSearchParams(query)}` });

async function hits(who: string, q: string): Promise<SearchHitDto[]> {
  const res = await get(who, { q, limit: '100' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}
const childIds = (items: SearchHitDto[]) => items.filter((i) => i.kind === 'child').map((i) => i.id);
const caseIds = (items: SearchHitDto[]) => items.filter((i) => i.kind === 'case').map((i) => i.id);
/** People on cases found, as `person id @ case id`. */
const people = (items: SearchHitDto[]) =>
  items.flatMap((i) => (i.kind === 'person' ? [`${i.id}@${i.case.id}`] : []));

describe(`search on ${testDbKind()}`, () => {
  it('finds a child by a misspelt name, and the case the child is on', async () => {
    const items = await hits('caseworker', 'Rodrigez');
    const child = items.find((i) => i.id === maria);
    expect(child).toMatchObject({
      kind: 'child',
      givenName: 'María',
      familyName: 'Rodríguez',
      birthDate: '2014-07-09',
      petitionNumbers: [assignedPetition],
      matched: 'name',
    });
    expect(child!.score).toBeGreaterThan(0.3);
    expect(child!.score).toBeLessThan(1);
    const kase = items.find((i) => i.kind === 'case' && i.id === org.assignedCase);
    expect(kase).toMatchObject({ petitionNumber: assignedPetition, status: 'open', matched: 'name' });
    expect(kase?.kind === 'case' && kase.children).toContainEqual({
      givenName: 'María',
      familyName: 'Rodríguez',
    });
  });

  it.each(['Mria', 'maria rodriguez', 'Rodriguez Maria', 'Rodriguez, María', 'mária'])(
    'finds María Rodríguez by %j',
    async (q) => {
      expect(childIds(await hits('caseworker', q))).toContain(maria);
    },
  );

  it('ignores accents both ways, and ranks the exact name first', async () => {
    expect(childIds(await hits('caseworker', 'Jose Nunez'))[0]).toBe(jose);
    expect(childIds(await hits('caseworker', 'núñez josé'))[0]).toBe(jose);
    const exact = (await hits('caseworker', 'Maria Rodriguez'))[0]!;
    expect(exact).toMatchObject({ kind: 'child', id: maria, score: 1 });
  });

  it('does not match a name that is not close', async () => {
    expect(childIds(await hits('caseworker', 'Zzyzx'))).toEqual([]);
    expect(childIds(await hits('caseworker', 'Jose Rodriguez'))).toEqual([]);
  });

  it.each(['2014-07-09', '7/9/2014', '07/09/2014'])('finds a child by date of birth %j', async (q) => {
    const items = await hits('caseworker', q);
    expect(childIds(items)).toEqual([maria]);
    expect(items[0]).toMatchObject({ matched: 'birthDate', score: 1 });
    expect(caseIds(items)).toEqual([org.assignedCase]);
  });

  it('finds a case by its petition number, whole, without punctuation, or in part', async () => {
    const key = assignedPetition.toLowerCase().replace(/[^a-z0-9]/g, '');
    for (const q of [assignedPetition, key, assignedPetition.slice(0, 8), assignedPetition.slice(-6)]) {
      const items = await hits('caseworker', q);
      expect(items[0], q).toMatchObject({ kind: 'case', id: org.assignedCase, matched: 'petitionNumber' });
      expect(childIds(items), q).toEqual(expect.arrayContaining([org.placedChild, maria]));
    }
    expect((await hits('caseworker', assignedPetition))[0]!.score).toBe(1);
  });

  it("finds only what the caller may read: not another caseworker's child, never another district", async () => {
    const cw = await hits('caseworker', 'Rodriguez');
    expect(childIds(cw)).toContain(maria);
    expect(childIds(cw)).not.toContain(marisol);
    expect(childIds(cw)).not.toContain(foreignMaria);
    expect(caseIds(cw)).toEqual([org.assignedCase]);

    const cw2 = await hits('caseworker2', 'Rodriguez');
    expect(childIds(cw2)).toEqual([marisol]);
    expect(caseIds(cw2)).toEqual([org.otherCase]);
    expect(childIds(await hits('caseworker2', '2014-07-09'))).toEqual([marisol]);

    // The clerk's court and the analyst's district hold both cases; neither reaches the other district.
    for (const who of ['court_clerk', 'cqi_analyst']) {
      const items = await hits(who, 'Rodriguez');
      expect(childIds(items).sort(), who).toEqual([maria, marisol].sort());
      expect(caseIds(items).sort(), who).toEqual([org.assignedCase, org.otherCase].sort());
    }
    for (const who of ['caseworker', 'court_clerk', 'cqi_analyst', 'judge'])
      expect(await hits(who, foreignPetition), who).toEqual([]);
  });

  it('gives a caregiver and a youth only their own children, with no case information', async () => {
    const caregiver = await hits('caregiver', 'Testchild');
    expect(caregiver).toEqual([
      expect.objectContaining({ kind: 'child', id: org.placedChild, petitionNumbers: [] }),
    ]);
    // A petition number must not lead a caregiver to the child it names.
    expect(await hits('caregiver', assignedPetition)).toEqual([]);
    const youth = await hits('youth', 'Testchild');
    expect(youth.map((i) => [i.kind, i.id])).toEqual([['child', org.youthChild]]);
  });

  it('finds a parent on my case by a misspelt name or date of birth, with the role and the case', async () => {
    const items = await hits('caseworker', 'Esperanza Quintanila');
    expect(items.filter((i) => i.kind === 'person')).toEqual([
      {
        kind: 'person',
        id: esperanza,
        givenName: 'Esperanza',
        familyName: 'Quintanilla',
        birthDate: '1988-02-14',
        caseRoles: ['parent'],
        case: { id: org.assignedCase, petitionNumber: assignedPetition },
        matched: 'name',
        score: expect.any(Number),
      },
    ]);
    expect(items[0]!.score).toBeGreaterThan(0.3);
    expect(items[0]!.score).toBeLessThan(1);
    // A parent's name is no child's: it finds no child and no case of its own.
    expect(items.map((i) => i.kind)).toEqual(['person']);
    const byBirth = await hits('caseworker', '2/14/1988');
    expect(byBirth.map((i) => [i.kind, i.matched, i.score])).toEqual([['person', 'birthDate', 1]]);
    expect(people(byBirth)).toEqual([`${esperanza}@${org.assignedCase}`]);
    // A petition number finds the case, not everyone on it.
    expect(people(await hits('caseworker', assignedPetition))).toEqual([]);
  });

  it('finds the people on a case only for those who may open it, never in another district', async () => {
    expect(people(await hits('caseworker', 'Quintanila'))).toEqual([`${esperanza}@${org.assignedCase}`]);
    expect(people(await hits('caseworker2', 'Esperanza Quintanila'))).toEqual([]);
    expect(people(await hits('caseworker2', 'Quintanila'))).toEqual([`${ramon}@${org.otherCase}`]);
    for (const who of ['court_clerk', 'cqi_analyst']) {
      const found = people(await hits(who, 'Quintanilla'));
      expect(found.sort(), who).toEqual(
        [`${esperanza}@${org.assignedCase}`, `${ramon}@${org.otherCase}`].sort(),
      );
      expect(found.join(), who).not.toContain(foreignEsperanza);
    }
    expect(people(await hits('judge', '1988-02-14')).join()).not.toContain(foreignEsperanza);
    // A caregiver and a youth see their own children only: no parent, no one else on a case.
    for (const who of ['caregiver', 'youth']) {
      expect(await hits(who, 'Quintanilla'), who).toEqual([]);
      expect(await hits(who, '1988-02-14'), who).toEqual([]);
      expect(people(await hits(who, 'Testchild')), who).toEqual([]); // Pat Testchild, the placed child's parent
    }
  });

  it('refuses an account that may read no child', async () => {
    expect((await get('administrator', { q: 'Maria' })).statusCode).toBe(403);
  });

  it.each([
    ['no q', {}],
    ['an empty q', { q: '' }],
    ['one character', { q: 'M' }],
    ['two spaces around one character', { q: ' M ' }],
    ['over 100 characters', { q: 'M'.repeat(101) }],
    ['a date that is no day', { q: '2/30/2016' }],
    ['no letter or digit', { q: '¿?' }],
  ])('answers %s with a problem naming query.q', async (_name, query) => {
    const res = await get('caseworker', query);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['query.q']);
  });

  it('pages through the results', async () => {
    const first = (await get('cqi_analyst', { q: 'Rodriguez', limit: '1' })).json();
    expect(first.items).toHaveLength(1);
    expect(first.page).toEqual({ limit: 1, offset: 0, nextOffset: 1 });
    const rest = (await get('cqi_analyst', { q: 'Rodriguez', limit: '10', offset: '1' })).json();
    expect(rest.page.nextOffset).toBeNull();
    expect(rest.items.map((i: SearchHitDto) => i.id)).not.toContain(first.items[0].id);
    expect(rest.items).toHaveLength(3); // two children and two cases in all
  });

  it('audits a search as a read of the records shown, without the words typed', async () => {
    await hits('caseworker', 'Rodrigez');
    const rows = await db.query<{ action: string; data: Record<string, unknown> }>(
      `SELECT action, data FROM audit_event WHERE actor_id = $1 AND action IN ('child.listed', 'case.listed')
        ORDER BY seq DESC LIMIT 2`,
      [org.accounts.caseworker.id],
    );
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r.data]));
    expect(byAction['child.listed']).toMatchObject({ ids: [maria], q: 'search', matched: 'name' });
    expect(byAction['case.listed']).toMatchObject({ ids: [org.assignedCase], q: 'search' });
    expect(JSON.stringify(rows)).not.toMatch(/rodri/i);
  });

  it('audits the people shown as part of their cases, by id only', async () => {
    await hits('caseworker', 'Quintanila');
    const [row] = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM audit_event WHERE actor_id = $1 AND action = 'case.listed' ORDER BY seq DESC LIMIT 1`,
      [org.accounts.caseworker.id],
    );
    expect(row!.data).toMatchObject({
      ids: [],
      people: [{ personId: esperanza, caseId: org.assignedCase }],
      q: 'search',
      matched: 'name',
    });
    expect(JSON.stringify(row)).not.toMatch(/quintan|esperanza/i);
  });

  it('still finds a name of five letters or more with one letter changed or left out (property)', async () => {
    const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz');
    const word = fc
      .array(letter, { minLength: 5, maxLength: 10 })
      .map((l) => l[0]!.toUpperCase() + l.slice(1).join(''));
    await fc.assert(
      fc.asyncProperty(
        word,
        word,
        fc.boolean(),
        fc.nat(),
        fc.option(letter, { nil: null }),
        async (given, family, typoInFamily, at, substitute) => {
          const id = await addChild(org.jurisdictionId, org.assignedCase, given, family, '2015-01-01');
          const name = typoInFamily ? family : given;
          const i = at % name.length;
          // A letter put in its place (substitution), or none (deletion).
          const typo = name.slice(0, i) + (substitute ?? '') + name.slice(i + 1);
          expect(childIds(await hits('caseworker', typo)), `${given} ${family} as ${typo}`).toContain(id);
        },
      ),
      { numRuns: 30, seed: 20261123 },
    );
  });
});
