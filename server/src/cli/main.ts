import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ROLES, todayOf, type Role } from '@hearth/core';
import { z } from 'zod';
import { createAccount } from '../accounts/account.service.ts';
import { SYSTEM_ACTOR_ID } from '../access/actor.ts';
import { sealAuditChain, verifyAuditChain, type AuditContext } from '../audit/audit-log.ts';
import { loadConfig } from '../config.ts';
import { openDb, type Db } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { Problem } from '../platform/problem.ts';
import { seedJurisdiction } from '../seed/synthetic.ts';
import { exportInterchange } from '../export/interchange.ts';
import { AFCARS_USAGE, afcarsCommand } from '../afcars/afcars.cli.ts';
import { CQI_USAGE, cqiCommand } from '../interchange/cqi.cli.ts';
import { intFlag, parseFlags, progress, UsageError } from './args.ts';

const USAGE = `hearth <command>

  start                                   run Hearth (migrates; loads demo data on first start)
  migrate                                 apply database migrations
  seed --children N --seed S [--code C]   add a synthetic jurisdiction with N children
  users create --email E --name N --role R [--role R …] --jurisdiction CODE
               [--judge-id ID] [--court-id ID] [--unit-id ID] [--person-id ID] [--password-stdin]
  audit verify                            check the audit log's hash chain
  export --format interchange --out DIR [--jurisdiction CODE]
                                          write the CQI interchange CSV files
${AFCARS_USAGE}
${CQI_USAGE}

Environment: DATABASE_URL (a PostgreSQL server) or HEARTH_DATA_DIR (embedded, default ./.hearth-data), PORT.`;

const clock = { now: () => new Date() };

function systemAudit(label: string): AuditContext {
  return {
    actorId: SYSTEM_ACTOR_ID,
    actorLabel: label,
    jurisdictionId: null,
    requestId: null,
    ip: null,
    now: clock.now,
  };
}

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function jurisdictionId(db: Db, code: string | undefined): Promise<{ id: string; code: string }> {
  const rows = await db.query<{ id: string; code: string }>(
    code
      ? 'SELECT id, code FROM jurisdiction WHERE code = $1'
      : 'SELECT id, code FROM jurisdiction ORDER BY created_at LIMIT 1',
    code ? [code] : [],
  );
  if (!rows[0])
    throw new UsageError(
      code ? `--jurisdiction: no jurisdiction has the code "${code}"` : 'no jurisdiction exists yet',
    );
  return rows[0];
}

async function start(): Promise<void> {
  // Loaded only here: the web server and every route take a second to import, which `hearth cqi` and the
  // other commands should not pay.
  const { startServer } = await import('../main.ts');
  const stop = await startServer(loadConfig());
  const shutdown = (): void => {
    void stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function seed(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, {
    children: { type: 'string' },
    seed: { type: 'string' },
    code: { type: 'string' },
    today: { type: 'string' },
  });
  const children = intFlag('children', values.children, 1000, 1, 2_000_000);
  const seedValue = intFlag('seed', values.seed, 1, 0, 2 ** 31 - 1);
  const today = values.today ?? todayOf(clock);
  if (!z.iso.date().safeParse(today).success)
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  const code = values.code ?? `NM-SYN-${seedValue}-${children}`;
  await withDb(async (db) => {
    if ((await db.query('SELECT 1 FROM jurisdiction WHERE code = $1', [code])).length)
      throw new UsageError(`--code: a jurisdiction "${code}" exists already; choose another code`);
    const started = Date.now();
    const summary = await seedJurisdiction(db, {
      code,
      name: `Synthetic district ${code}`,
      district: 'Synthetic',
      counties: ['Bernalillo', 'Sandoval', 'Valencia'],
      children,
      seed: seedValue,
      today,
      onProgress: progress('children seeded'),
    });
    console.log(
      `Seeded ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(summary)}`,
    );
  });
}

async function usersCreate(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', multiple: true },
    jurisdiction: { type: 'string' },
    'judge-id': { type: 'string' },
    'court-id': { type: 'string' },
    'unit-id': { type: 'string' },
    'person-id': { type: 'string' },
    'password-stdin': { type: 'boolean' },
  });
  if (!values.email) throw new UsageError('--email is required');
  if (!values.name) throw new UsageError('--name is required');
  const roles = values.role ?? [];
  if (roles.length === 0) throw new UsageError(`--role is required (one of ${ROLES.join(', ')})`);
  for (const r of roles)
    if (!(ROLES as readonly string[]).includes(r))
      throw new UsageError(`--role "${r}" is not one of ${ROLES.join(', ')}`);
  const generated = !values['password-stdin'];
  const password = generated ? randomBytes(12).toString('base64url') : readFileSync(0, 'utf8').trim();
  await withDb(async (db) => {
    const j = await jurisdictionId(db, values.jurisdiction);
    const { id } = await createAccount(db, systemAudit('hearth users create'), {
      jurisdictionId: j.id,
      email: values.email!,
      displayName: values.name!,
      password,
      roles: roles as Role[],
      judgeId: values['judge-id'],
      courtId: values['court-id'],
      unitId: values['unit-id'],
      personId: values['person-id'],
      preferredLanguage: 'en',
    });
    console.log(`Created account ${id} (${values.email}) in ${j.code} with roles ${roles.join(', ')}.`);
    if (generated)
      console.log(`Its password is: ${password}\n(shown once; it is stored only as an argon2id hash)`);
  });
}

async function auditVerify(): Promise<boolean> {
  return withDb(async (db) => {
    const sealed = await sealAuditChain(db);
    if (sealed) console.log(`Sealed ${sealed} recent events into the chain.`);
    const [{ total } = { total: 0 }] = await db.query<{ total: number }>(
      'SELECT count(*)::int AS total FROM audit_event',
    );
    const report = await verifyAuditChain(db, (checked) => progress('audit events checked')(checked, total));
    if (report.ok) {
      console.log(`The audit chain is intact: ${report.checked} events checked.`);
      return true;
    }
    console.error(
      `The audit chain is broken at event ${report.brokenAt}: ${report.problem}. ${report.checked} events before it are intact.`,
    );
    return false;
  });
}

async function exportCommand(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    jurisdiction: { type: 'string' },
  });
  if (values.format !== 'interchange') throw new UsageError('--format must be "interchange"');
  if (!values.out) throw new UsageError('--out DIR is required');
  await withDb(async (db) => {
    const j = await jurisdictionId(db, values.jurisdiction);
    const result = await exportInterchange(db, {
      jurisdictionId: j.id,
      outDir: values.out!,
      audit: { ...systemAudit('hearth export'), jurisdictionId: j.id },
      onProgress: (file, rows) => process.stderr.write(`${file}: ${rows.toLocaleString('en-US')} rows\n`),
    });
    console.log(`Wrote the interchange files of ${j.code} to ${values.out}: ${JSON.stringify(result.files)}`);
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, sub, ...rest] = argv;
  switch (command) {
    case 'start':
      await start();
      return -1; // keep running
    case 'migrate':
      await withDb(async (db) =>
        console.log(`Migrations applied: ${(await migrate(db)).length || 'none needed'}`),
      );
      return 0;
    case 'seed':
      await seed([sub, ...rest].filter((x): x is string => x !== undefined));
      return 0;
    case 'users':
      if (sub !== 'create') throw new UsageError('the users command has one subcommand: users create');
      await usersCreate(rest);
      return 0;
    case 'audit':
      if (sub !== 'verify') throw new UsageError('the audit command has one subcommand: audit verify');
      return (await auditVerify()) ? 0 : 1;
    case 'export':
      await exportCommand([sub, ...rest].filter((x): x is string => x !== undefined));
      return 0;
    case 'afcars':
      return afcarsCommand(
        [sub, ...rest].filter((x): x is string => x !== undefined),
        {
          clock,
          withDb,
          jurisdictionId,
          systemAudit,
        },
      );
    case 'cqi':
      return cqiCommand([sub, ...rest].filter((x): x is string => x !== undefined));
    case 'bench': {
      const { runBench } = await import('../../../bench/run.ts');
      await runBench([sub, ...rest].filter((x): x is string => x !== undefined));
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (err) {
  if (err instanceof UsageError) {
    console.error(`hearth: ${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (err instanceof Problem) {
    const fields = (err.errors ?? []).map((e) => `\n  ${e.field}: ${e.detail}`).join('');
    console.error(`hearth: ${err.detail ?? err.title}${fields}`);
    process.exit(2);
  }
  console.error(`hearth: ${(err as Error).message}`);
  process.exit(1);
}
