import type { Role } from '@hearth/core';
import type { Queryable } from '../platform/db.ts';
import type { DemoLogin } from './demo.ts';

/** Sign-ins in the order they are listed at start-up. */
const DEMO_ACCOUNTS: readonly { email: string; role: Role }[] = [
  { email: 'judge@demo.hearth', role: 'judge' },
  { email: 'clerk@demo.hearth', role: 'court_clerk' },
  { email: 'caseworker@demo.hearth', role: 'caseworker' },
  { email: 'caseworker2@demo.hearth', role: 'caseworker' },
  { email: 'caseworker3@demo.hearth', role: 'caseworker' },
  { email: 'supervisor@demo.hearth', role: 'supervisor' },
  { email: 'agency.attorney@demo.hearth', role: 'agency_attorney' },
  { email: 'parent.attorney@demo.hearth', role: 'parent_attorney' },
  { email: 'gal@demo.hearth', role: 'guardian_ad_litem' },
  { email: 'casa@demo.hearth', role: 'casa_volunteer' },
  { email: 'caregiver@demo.hearth', role: 'caregiver' },
  { email: 'youth@demo.hearth', role: 'youth' },
  { email: 'analyst@demo.hearth', role: 'cqi_analyst' },
  { email: 'admin@demo.hearth', role: 'administrator' },
  { email: 'judge@other.demo.hearth', role: 'judge' },
  { email: 'caseworker@other.demo.hearth', role: 'caseworker' },
];

type DemoAccount = {
  email: string;
  id: string;
  judge_id: string | null;
  court_id: string | null;
  unit_id: string | null;
  person_id: string | null;
};

type Count = (sql: string, values: unknown[]) => Promise<number>;

/** One plain-language line per sign-in, counted from the database so it is right on every start. */
export async function describeLogins(db: Queryable): Promise<DemoLogin[]> {
  const accounts = await db.query<DemoAccount>(
    `SELECT email, id, judge_id, court_id, unit_id, person_id FROM user_account WHERE email = ANY($1::text[])`,
    [DEMO_ACCOUNTS.map((a) => a.email)],
  );
  const byEmail = new Map(accounts.map((a) => [a.email, a]));
  const one: Count = async (sql, values) => {
    const [row] = await db.query<{ n: number }>(sql, values);
    return Number(row?.n ?? 0);
  };

  const out: DemoLogin[] = [];
  for (const { email, role } of DEMO_ACCOUNTS) {
    const a = byEmail.get(email);
    const sees = a ? await describeAccess(one, a) : 'nothing yet: the account is missing';
    out.push({ email, role, sees });
  }
  return out;
}

/** What the sign-in reaches, in the words shown at start-up. */
async function describeAccess(one: Count, a: DemoAccount): Promise<string> {
  switch (a.email) {
    case 'judge@demo.hearth':
    case 'judge@other.demo.hearth':
      return describeJudge(one, a);
    case 'clerk@demo.hearth': {
      const all = await one('SELECT count(*)::int AS n FROM court_case WHERE court_id = $1', [a.court_id]);
      return `all ${all} cases filed in their court, without removal history or sensitive facts`;
    }
    case 'caseworker@demo.hearth':
      return `the ${await assignedOpen(one, a.id)} open cases assigned to them, with health and substance-use facts granted`;
    case 'caseworker2@demo.hearth':
    case 'caseworker3@demo.hearth':
      return `the ${await assignedOpen(one, a.id)} open cases assigned to them (same unit as caseworker@)`;
    case 'caseworker@other.demo.hearth':
      return `the ${await assignedOpen(one, a.id)} open cases assigned to them in the Thirteenth district only`;
    case 'supervisor@demo.hearth': {
      const n = await one(
        `SELECT count(DISTINCT cp.case_id)::int AS n FROM case_participant cp JOIN user_account w ON w.id = cp.account_id
          WHERE cp.case_role = 'caseworker' AND cp.end_date IS NULL AND w.unit_id = $1`,
        [a.unit_id],
      );
      return `the ${n} cases of the three caseworkers in their unit, and outcome indicators`;
    }
    case 'agency.attorney@demo.hearth':
    case 'parent.attorney@demo.hearth':
    case 'casa@demo.hearth':
      return `the ${await assignedOpen(one, a.id)} open cases they are assigned to`;
    case 'gal@demo.hearth':
      return `the ${await assignedOpen(one, a.id)} open cases of the children they represent, with health facts granted`;
    case 'caregiver@demo.hearth': {
      const n = await one(
        `SELECT count(DISTINCT p.child_id)::int AS n FROM placement p JOIN removal_episode r ON r.id = p.removal_id
           JOIN provider_caregiver pc ON pc.provider_id = p.provider_id
          WHERE pc.person_id = $1 AND p.end_date IS NULL AND r.discharge_date IS NULL`,
        [a.person_id],
      );
      return `the basic records of the ${n} children placed in their foster home now`;
    }
    case 'youth@demo.hearth':
      return 'their own basic record and next hearings, nothing else';
    case 'analyst@demo.hearth':
      return 'every case and child in the district read-only, outcome indicators and exports; no sensitive facts';
    case 'admin@demo.hearth':
      return 'accounts, roles, sensitive-field grants and the audit log; no child records';
    default:
      return 'nothing yet: the account is missing';
  }
}

/** Open cases the account is named on now. */
function assignedOpen(one: Count, accountId: string): Promise<number> {
  return one(
    `SELECT count(DISTINCT cp.case_id)::int AS n FROM case_participant cp JOIN court_case c ON c.id = cp.case_id
      WHERE cp.account_id = $1 AND cp.end_date IS NULL AND c.status = 'open'`,
    [accountId],
  );
}

async function describeJudge(one: Count, a: DemoAccount): Promise<string> {
  const all = await one('SELECT count(*)::int AS n FROM court_case WHERE assigned_judge_id = $1', [
    a.judge_id,
  ]);
  const open = await one(
    `SELECT count(*)::int AS n FROM court_case WHERE assigned_judge_id = $1 AND status = 'open'`,
    [a.judge_id],
  );
  return a.email === 'judge@demo.hearth'
    ? `the ${all} cases on their docket (${open} open), with all five sensitive classes granted`
    : `the ${all} cases on their docket (${open} open) in the Thirteenth district only`;
}
