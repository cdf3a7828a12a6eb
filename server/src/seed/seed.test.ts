import { ageOn, episodesOverlap, type EpisodeDates } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from '../platform/db.ts';
import { loadDemoData } from './demo.ts';
import { Rng } from './random.ts';
import { seedJurisdiction, type SeedOptions, type SeedSummary } from './synthetic.ts';

const TODAY = '2026-11-23';

const options = (children: number, seed: number): SeedOptions => ({
  code: 'NM-TEST',
  name: 'Test district',
  district: '2nd',
  counties: ['Bernalillo', 'Sandoval'],
  children,
  seed,
  today: TODAY,
});

const count = async (db: Db, sql: string, values: unknown[] = []): Promise<number> => {
  const [row] = await db.query<{ n: number }>(sql, values);
  return Number(row?.n ?? -1);
};

/** One digest of everything seeded but the recorded_at defaults, so two runs can be compared whole. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const digest = async (sql: string): Promise<string> => {
    const [row] = await db.query<{ d: string }>(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS d FROM (${sql}) x`,
    );
    return row?.d ?? '';
  };
  return {
    person: await digest(
      'SELECT id, given_name, family_name, birth_date, sex, race_ethnicity, primary_language FROM person',
    ),
    court_case: await digest(
      'SELECT id, petition_number, filing_date, allegations, assigned_judge_id, status, closed_date FROM court_case',
    ),
    removal: await digest(
      'SELECT id, child_id, case_id, removal_date, adjudication_date, discharge_date, discharge_reason FROM removal_episode',
    ),
    placement: await digest(
      'SELECT id, removal_id, setting, provider_id, start_date, end_date FROM placement',
    ),
    hearing: await digest(
      'SELECT id, case_id, hearing_type, scheduled_start, status, continuance_reason FROM hearing',
    ),
    finding: await digest('SELECT id, order_id, child_id, finding_type, is_made, finding_date FROM finding'),
    participant: await digest(
      'SELECT id, case_id, person_id, child_id, case_role, start_date, end_date FROM case_participant',
    ),
    plan: await digest(
      'SELECT id, removal_id, plan_kind, goal, established_date, ended_date FROM permanency_plan',
    ),
    visit: await digest('SELECT id, child_id, visit_date, location, face_to_face FROM caseworker_visit'),
    report: await digest(
      'SELECT id, child_id, report_ref, report_date, disposition FROM maltreatment_report',
    ),
  };
}

describe('Rng', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 1000 }, () => a.int(3, 9));
    expect(Array.from({ length: 1000 }, () => b.int(3, 9))).toEqual(xs);
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
    expect(new Rng(43).int(0, 1_000_000)).not.toBe(new Rng(42).int(0, 1_000_000));
    expect(new Rng(1).uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('draws log-normal values around their median', () => {
    const rng = new Rng(7);
    const xs = Array.from({ length: 4001 }, () => rng.lognormal(100, 0.5)).sort((x, y) => x - y);
    expect(xs[2000]).toBeGreaterThan(90);
    expect(xs[2000]).toBeLessThan(110);
  });
});

describe('seedJurisdiction determinism', () => {
  it('gives identical data for the same seed in two fresh databases', async () => {
    const runs: { summary: SeedSummary; petitions: unknown[]; print: Record<string, string> }[] = [];
    for (const seed of [11, 11, 12]) {
      const db = await createTestDb();
      try {
        const summary = await seedJurisdiction(db, options(150, seed));
        const petitions = await db.query(
          'SELECT petition_number, filing_date, closed_date FROM court_case ORDER BY petition_number',
        );
        runs.push({ summary, petitions, print: await fingerprint(db) });
      } finally {
        await db.close();
      }
    }
    const [a, b, c] = runs as [(typeof runs)[0], (typeof runs)[0], (typeof runs)[0]];
    expect(a.summary.children).toBe(150);
    expect(b.summary).toEqual(a.summary);
    expect(a.petitions.length).toBe(a.summary.cases);
    expect(b.petitions).toEqual(a.petitions);
    expect(b.print).toEqual(a.print);
    // …and a different seed gives different data in every table.
    for (const [table, digest] of Object.entries(a.print)) expect(c.print[table], table).not.toBe(digest);
  });
});

describe('seedJurisdiction invariants (300 children)', () => {
  let db: Db;
  let summary: SeedSummary;
  const progress: [number, number][] = [];

  beforeAll(async () => {
    db = await createTestDb();
    summary = await seedJurisdiction(db, {
      ...options(300, 2026),
      onProgress: (d, t) => progress.push([d, t]),
    });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('returns counts that match the database', async () => {
    expect(summary.children).toBe(300);
    expect(summary.courts).toBe(2);
    expect(summary.judges).toBeGreaterThanOrEqual(2);
    expect(await count(db, 'SELECT count(*)::int AS n FROM child')).toBe(300);
    expect(await count(db, 'SELECT count(*)::int AS n FROM court_case')).toBe(summary.cases);
    expect(await count(db, 'SELECT count(*)::int AS n FROM removal_episode')).toBe(summary.removals);
    expect(await count(db, 'SELECT count(*)::int AS n FROM placement')).toBe(summary.placements);
    expect(await count(db, 'SELECT count(*)::int AS n FROM hearing')).toBe(summary.hearings);
    expect(await count(db, 'SELECT count(*)::int AS n FROM courtroom')).toBeGreaterThanOrEqual(4);
    expect(progress[progress.length - 1]).toEqual([300, 300]);
    // Siblings share a case.
    expect(summary.cases).toBeLessThan(summary.removals);
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM (SELECT case_id FROM case_child GROUP BY case_id HAVING count(*) > 1) x',
      ),
    ).toBeGreaterThan(0);
  });

  it('puts every child on at least one case', async () => {
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM child c WHERE NOT EXISTS (SELECT 1 FROM case_child cc WHERE cc.child_id = c.id)',
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM removal_episode r WHERE NOT EXISTS (SELECT 1 FROM case_child cc WHERE cc.case_id = r.case_id AND cc.child_id = r.child_id)',
      ),
    ).toBe(0);
  });

  it('never discharges before the removal', async () => {
    expect(
      await count(db, 'SELECT count(*)::int AS n FROM removal_episode WHERE discharge_date < removal_date'),
    ).toBe(0);
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM removal_episode WHERE (discharge_date IS NULL) <> (discharge_reason IS NULL)',
      ),
    ).toBe(0);
  });

  it('never overlaps two episodes of one child (a removal on the previous discharge day is allowed)', async () => {
    const rows = await db.query<{ child_id: string; removal_date: string; discharge_date: string | null }>(
      'SELECT child_id, removal_date, discharge_date FROM removal_episode ORDER BY child_id, removal_date',
    );
    const byChild = new Map<string, EpisodeDates[]>();
    for (const r of rows) {
      const list = byChild.get(r.child_id) ?? [];
      list.push({ removalDate: r.removal_date, dischargeDate: r.discharge_date, adjudicationDate: null });
      byChild.set(r.child_id, list);
    }
    let overlaps = 0;
    let reentries = 0;
    for (const list of byChild.values()) {
      if (list.length > 1) reentries += 1;
      for (let i = 0; i < list.length; i += 1)
        for (let j = i + 1; j < list.length; j += 1) if (episodesOverlap(list[i]!, list[j]!)) overlaps += 1;
    }
    expect(overlaps).toBe(0);
    expect(reentries).toBeGreaterThan(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM removal_episode a JOIN removal_episode b ON a.child_id = b.child_id AND a.id <> b.id
          WHERE a.removal_date < coalesce(b.discharge_date, 'infinity') AND b.removal_date < coalesce(a.discharge_date, 'infinity')`,
      ),
    ).toBe(0);
  });

  it('keeps every placement inside its episode, contiguous, with distinct starts', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM placement p JOIN removal_episode r ON r.id = p.removal_id
          WHERE p.child_id <> r.child_id OR p.start_date < r.removal_date
             OR (r.discharge_date IS NOT NULL AND (p.start_date >= r.discharge_date OR p.end_date IS NULL OR p.end_date > r.discharge_date))`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM (
           SELECT start_date, lag(end_date) OVER (PARTITION BY removal_id ORDER BY start_date) AS previous_end,
                  row_number() OVER (PARTITION BY removal_id ORDER BY start_date) AS k FROM placement) x
          WHERE k > 1 AND previous_end IS DISTINCT FROM start_date`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM (SELECT 1 FROM placement GROUP BY removal_id, start_date HAVING count(*) > 1) x',
      ),
    ).toBe(0);
    // Episodes of at least a day have a placement, and family settings name their provider.
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM removal_episode r WHERE NOT EXISTS (SELECT 1 FROM placement p WHERE p.removal_id = r.id)`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM placement WHERE provider_id IS NULL
          AND setting IN ('foster_family_relative', 'foster_family_nonrelative', 'pre_adoptive', 'group_home', 'institution', 'qrtp')`,
      ),
    ).toBe(0);
  });

  it('has at most one open placement per open episode, and none in a discharged one', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM (SELECT removal_id FROM placement WHERE end_date IS NULL GROUP BY removal_id HAVING count(*) > 1) x`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM placement p JOIN removal_episode r ON r.id = p.removal_id
          WHERE p.end_date IS NULL AND r.discharge_date IS NOT NULL`,
      ),
    ).toBe(0);
    const open = await count(
      db,
      'SELECT count(*)::int AS n FROM removal_episode WHERE discharge_date IS NULL',
    );
    expect(open).toBeGreaterThan(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM removal_episode r WHERE r.discharge_date IS NULL
          AND EXISTS (SELECT 1 FROM placement p WHERE p.removal_id = r.id AND p.end_date IS NULL)`,
      ),
    ).toBe(open);
  });

  it('dates nothing after today except hearings still to be held', async () => {
    const future = [
      `SELECT count(*)::int AS n FROM removal_episode WHERE removal_date > $1 OR discharge_date > $1 OR adjudication_date > $1`,
      `SELECT count(*)::int AS n FROM placement WHERE start_date > $1 OR end_date > $1`,
      `SELECT count(*)::int AS n FROM court_case WHERE filing_date > $1 OR closed_date > $1`,
      `SELECT count(*)::int AS n FROM person WHERE birth_date > $1`,
      `SELECT count(*)::int AS n FROM case_participant WHERE start_date > $1 OR end_date > $1`,
      `SELECT count(*)::int AS n FROM court_order WHERE signed_date > $1`,
      `SELECT count(*)::int AS n FROM finding WHERE finding_date > $1`,
      `SELECT count(*)::int AS n FROM permanency_plan WHERE established_date > $1 OR ended_date > $1`,
      `SELECT count(*)::int AS n FROM maltreatment_report WHERE report_date > $1 OR incident_date > $1`,
      `SELECT count(*)::int AS n FROM caseworker_visit WHERE visit_date > $1`,
      `SELECT count(*)::int AS n FROM parental_rights_event WHERE event_date > $1`,
      `SELECT count(*)::int AS n FROM hearing WHERE status <> 'scheduled' AND (scheduled_start AT TIME ZONE 'America/Denver')::date >= $1`,
      `SELECT count(*)::int AS n FROM hearing WHERE status = 'scheduled' AND (scheduled_start AT TIME ZONE 'America/Denver')::date < $1`,
    ];
    for (const sql of future) expect(await count(db, sql, [TODAY]), sql).toBe(0);
    expect(
      await count(db, `SELECT count(*)::int AS n FROM hearing WHERE status = 'scheduled'`),
    ).toBeGreaterThan(0);
  });

  it('removes within the seven years before today and adjudicates mostly 30–70 days later', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM removal_episode WHERE removal_date < $1::date - interval '7 years 1 day'`,
        [TODAY],
      ),
    ).toBe(0);
    const [adj] = await db.query<{ median: number }>(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY adjudication_date - removal_date) AS median
         FROM removal_episode WHERE adjudication_date IS NOT NULL`,
    );
    expect(adj?.median).toBeGreaterThanOrEqual(30);
    expect(adj?.median).toBeLessThanOrEqual(70);
  });

  it('sets APPLA only for youth 16 and older, and emancipates only at 17 or older', async () => {
    const plans = await db.query<{ birth_date: string; established_date: string }>(
      `SELECT p.birth_date, pp.established_date FROM permanency_plan pp JOIN child c ON c.id = pp.child_id
         JOIN person p ON p.id = c.person_id WHERE pp.goal = 'appla'`,
    );
    for (const plan of plans)
      expect(ageOn(plan.birth_date, plan.established_date)).toBeGreaterThanOrEqual(16);
    const exits = await db.query<{ birth_date: string; discharge_date: string }>(
      `SELECT p.birth_date, r.discharge_date FROM removal_episode r JOIN child c ON c.id = r.child_id
         JOIN person p ON p.id = c.person_id WHERE r.discharge_reason = 'emancipation'`,
    );
    for (const e of exits) expect(ageOn(e.birth_date, e.discharge_date)).toBeGreaterThanOrEqual(17);
    expect(
      await count(db, `SELECT count(*)::int AS n FROM permanency_plan WHERE ended_date < established_date`),
    ).toBe(0);
  });

  it('follows the reunification-first pattern of exits', async () => {
    const rows = await db.query<{ discharge_reason: string; n: number }>(
      `SELECT discharge_reason, count(*)::int AS n FROM removal_episode WHERE discharge_date IS NOT NULL
        GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(rows[0]?.discharge_reason).toBe('reunification');
    expect(rows.map((r) => r.discharge_reason)).toContain('adoption');
  });

  it('books hearings on weekdays, 08:30–16:30 in Denver, without double-booking a judge', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM hearing WHERE extract(isodow FROM scheduled_start AT TIME ZONE 'America/Denver') > 5
            OR (scheduled_start AT TIME ZONE 'America/Denver')::time < '08:30'
            OR (scheduled_end AT TIME ZONE 'America/Denver')::time > '16:30'`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM hearing a JOIN hearing b ON a.judge_id = b.judge_id AND a.id < b.id
          WHERE a.scheduled_start < b.scheduled_end AND b.scheduled_start < a.scheduled_end`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM hearing h JOIN court_case c ON c.id = h.case_id WHERE h.judge_id <> c.assigned_judge_id`,
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM hearing WHERE (status = 'continued') <> (continuance_reason IS NOT NULL)`,
      ),
    ).toBe(0);
  });

  it('files a TPR petition before each termination and ties each termination to its order', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM parental_rights_event WHERE event = 'rights_terminated'`,
      ),
    ).toBeGreaterThan(0);
    // Every termination has its order (a TPR order of the child's case) and a petition for the same
    // parent and child filed earlier.
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM parental_rights_event t
          LEFT JOIN court_order o ON o.id = t.order_id AND o.order_type = 'tpr'
          WHERE t.event = 'rights_terminated'
            AND (o.id IS NULL OR o.signed_date < t.event_date - 5
                 OR NOT EXISTS (SELECT 1 FROM parental_rights_event p
                                 WHERE p.event = 'tpr_petition_filed' AND p.child_id = t.child_id
                                   AND p.parent_person_id = t.parent_person_id AND p.event_date < t.event_date))`,
      ),
    ).toBe(0);
  });

  it('finds contrary to the welfare in the custody order and records the seed in the audit log', async () => {
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM finding f JOIN court_order o ON o.id = f.order_id
          WHERE o.order_type = 'custody' AND f.finding_type = 'contrary_to_welfare'`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'data.seeded' AND entity_id = $1 AND actor_id = 'system'`,
        [summary.jurisdictionId],
      ),
    ).toBe(1);
  });
});

describe('loadDemoData', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  const MAIN_LOGINS: Record<string, string> = {
    'judge@demo.hearth': 'judge',
    'clerk@demo.hearth': 'court_clerk',
    'caseworker@demo.hearth': 'caseworker',
    'supervisor@demo.hearth': 'supervisor',
    'agency.attorney@demo.hearth': 'agency_attorney',
    'parent.attorney@demo.hearth': 'parent_attorney',
    'gal@demo.hearth': 'guardian_ad_litem',
    'casa@demo.hearth': 'casa_volunteer',
    'caregiver@demo.hearth': 'caregiver',
    'youth@demo.hearth': 'youth',
    'analyst@demo.hearth': 'cqi_analyst',
    'admin@demo.hearth': 'administrator',
  };

  it('creates every demo sign-in with its role, and is idempotent', async () => {
    const first = await loadDemoData(db, { today: TODAY });
    expect(first.created).toBe(true);
    const roles = await db.query<{ email: string; role: string; code: string }>(
      `SELECT a.email, r.role, j.code FROM user_account a JOIN account_role r ON r.account_id = a.id
         JOIN jurisdiction j ON j.id = a.jurisdiction_id`,
    );
    const byEmail = new Map(roles.map((r) => [r.email, r]));
    for (const [email, role] of Object.entries(MAIN_LOGINS)) {
      expect(byEmail.get(email)?.role, email).toBe(role);
      expect(byEmail.get(email)?.code, email).toBe('NM-D2-DEMO');
      expect(first.logins.find((l) => l.email === email)?.role).toBe(role);
    }
    expect(byEmail.get('judge@other.demo.hearth')?.code).toBe('NM-D13-DEMO');
    expect(byEmail.get('caseworker@other.demo.hearth')?.code).toBe('NM-D13-DEMO');
    for (const login of first.logins) expect(login.sees.length).toBeGreaterThan(10);

    const accounts = await count(db, 'SELECT count(*)::int AS n FROM user_account');
    const second = await loadDemoData(db, { today: TODAY });
    expect(second.created).toBe(false);
    expect(second.logins).toEqual(first.logins);
    expect(await count(db, 'SELECT count(*)::int AS n FROM user_account')).toBe(accounts);
    expect(await count(db, 'SELECT count(*)::int AS n FROM jurisdiction')).toBe(2);
    // One password hash, shared.
    expect(await count(db, 'SELECT count(DISTINCT password_hash)::int AS n FROM user_account')).toBe(1);
  });

  it('ties each sign-in to the records its role reaches', async () => {
    const account = async (email: string) => {
      const [a] = await db.query<{
        id: string;
        judge_id: string | null;
        court_id: string | null;
        unit_id: string | null;
        person_id: string | null;
      }>('SELECT id, judge_id, court_id, unit_id, person_id FROM user_account WHERE email = $1', [email]);
      if (!a) throw new Error(`no account ${email}`);
      return a;
    };
    const assignedOpen = async (email: string, role: string) =>
      count(
        db,
        `SELECT count(DISTINCT cp.case_id)::int AS n FROM case_participant cp JOIN court_case c ON c.id = cp.case_id
          WHERE cp.account_id = $1 AND cp.case_role = $2 AND cp.end_date IS NULL AND c.status = 'open'`,
        [(await account(email)).id, role],
      );

    const judge = await account('judge@demo.hearth');
    expect(
      await count(db, 'SELECT count(*)::int AS n FROM court_case WHERE assigned_judge_id = $1', [
        judge.judge_id,
      ]),
    ).toBeGreaterThan(20);
    expect(
      await count(db, 'SELECT count(*)::int AS n FROM judge WHERE id = $1 AND person_id = $2', [
        judge.judge_id,
        judge.person_id,
      ]),
    ).toBe(1);
    expect((await account('clerk@demo.hearth')).court_id).not.toBeNull();

    expect(await assignedOpen('caseworker@demo.hearth', 'caseworker')).toBe(15);
    expect(await assignedOpen('caseworker2@demo.hearth', 'caseworker')).toBe(12);
    expect(await assignedOpen('caseworker3@demo.hearth', 'caseworker')).toBe(12);
    expect(await assignedOpen('agency.attorney@demo.hearth', 'agency_attorney')).toBeGreaterThanOrEqual(35);
    expect(await assignedOpen('parent.attorney@demo.hearth', 'parent_attorney')).toBe(10);
    expect(await assignedOpen('gal@demo.hearth', 'guardian_ad_litem')).toBe(12);
    expect(await assignedOpen('casa@demo.hearth', 'casa_volunteer')).toBe(3);
    expect(await assignedOpen('caseworker@other.demo.hearth', 'caseworker')).toBeGreaterThan(0);

    // Participant rows name the account's own person, and one caseworker holds each case.
    const caseworker = await account('caseworker@demo.hearth');
    expect(
      await count(
        db,
        'SELECT count(*)::int AS n FROM case_participant WHERE account_id = $1 AND person_id <> $2',
        [caseworker.id, caseworker.person_id],
      ),
    ).toBe(0);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM (SELECT case_id FROM case_participant WHERE case_role = 'caseworker' AND end_date IS NULL
           GROUP BY case_id HAVING count(*) > 1) x`,
      ),
    ).toBe(0);
    const supervisor = await account('supervisor@demo.hearth');
    expect(supervisor.unit_id).toBe(caseworker.unit_id);
    expect(
      await count(
        db,
        `SELECT count(DISTINCT cp.case_id)::int AS n FROM case_participant cp JOIN user_account w ON w.id = cp.account_id
          WHERE cp.case_role = 'caseworker' AND cp.end_date IS NULL AND w.unit_id = $1`,
        [supervisor.unit_id],
      ),
    ).toBe(39);

    const caregiver = await account('caregiver@demo.hearth');
    expect(
      await count(
        db,
        `SELECT count(DISTINCT p.child_id)::int AS n FROM placement p JOIN removal_episode r ON r.id = p.removal_id
           JOIN provider_caregiver pc ON pc.provider_id = p.provider_id JOIN provider pr ON pr.id = p.provider_id
          WHERE pc.person_id = $1 AND pr.kind = 'foster_family' AND p.end_date IS NULL AND r.discharge_date IS NULL`,
        [caregiver.person_id],
      ),
    ).toBe(2);

    const youth = await account('youth@demo.hearth');
    const [child] = await db.query<{ birth_date: string; open: number }>(
      `SELECT p.birth_date, (SELECT count(*)::int FROM removal_episode r WHERE r.child_id = c.id AND r.discharge_date IS NULL) AS open
         FROM child c JOIN person p ON p.id = c.person_id WHERE c.person_id = $1`,
      [youth.person_id],
    );
    expect(child?.open).toBe(1);
    const age = ageOn(child!.birth_date, TODAY);
    expect(age).toBeGreaterThanOrEqual(15);
    expect(age).toBeLessThanOrEqual(17);
  });

  it('grants sensitive classes and gives them facts to show', async () => {
    const grants = await db.query<{ email: string; classes: string[] }>(
      `SELECT a.email, array_agg(g.field_class ORDER BY g.field_class) AS classes FROM sensitive_grant g
         JOIN user_account a ON a.id = g.account_id WHERE g.reason = 'demo assignment' AND g.case_id IS NULL GROUP BY a.email`,
    );
    const byEmail = new Map(grants.map((g) => [g.email, g.classes]));
    expect(byEmail.get('caseworker@demo.hearth')).toEqual(['health', 'substance_use']);
    expect(byEmail.get('judge@demo.hearth')).toEqual([
      'health',
      'immigration_status',
      'sealed_adoption',
      'sogi',
      'substance_use',
    ]);
    expect(byEmail.get('gal@demo.hearth')).toEqual(['health']);
    expect(grants.length).toBe(3);

    const classesOn = async (sql: string) =>
      (await db.query<{ field_class: string }>(sql)).map((r) => r.field_class);
    const caseworkerClasses = await classesOn(
      `SELECT DISTINCT f.field_class FROM child_sensitive_fact f JOIN case_child cc ON cc.child_id = f.child_id
         JOIN case_participant cp ON cp.case_id = cc.case_id AND cp.end_date IS NULL
         JOIN user_account a ON a.id = cp.account_id WHERE a.email = 'caseworker@demo.hearth'`,
    );
    expect(caseworkerClasses).toEqual(expect.arrayContaining(['health', 'substance_use', 'sogi']));
    const judgeClasses = await classesOn(
      `SELECT DISTINCT f.field_class FROM child_sensitive_fact f JOIN case_child cc ON cc.child_id = f.child_id
         JOIN court_case c ON c.id = cc.case_id JOIN user_account a ON a.judge_id = c.assigned_judge_id
        WHERE a.email = 'judge@demo.hearth'`,
    );
    expect(judgeClasses.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps the other district apart', async () => {
    const [other] = await db.query<{ id: string }>(`SELECT id FROM jurisdiction WHERE code = 'NM-D13-DEMO'`);
    expect(
      await count(
        db,
        `SELECT count(*)::int AS n FROM case_participant cp JOIN user_account a ON a.id = cp.account_id
          WHERE cp.jurisdiction_id <> a.jurisdiction_id`,
      ),
    ).toBe(0);
    const otherJudge = await db.query<{ jurisdiction_id: string }>(
      `SELECT j.jurisdiction_id FROM user_account a JOIN judge j ON j.id = a.judge_id WHERE a.email = 'judge@other.demo.hearth'`,
    );
    expect(otherJudge[0]?.jurisdiction_id).toBe(other?.id);
    expect(
      await count(db, `SELECT count(*)::int AS n FROM court_case WHERE jurisdiction_id = $1`, [other?.id]),
    ).toBeGreaterThan(0);
  });
});
