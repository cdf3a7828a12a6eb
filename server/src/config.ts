import path from 'node:path';
import { z } from 'zod';

/** The environment, validated once at boot; a bad value stops the process with the variable named. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // 'localhost' makes Fastify listen on both 127.0.0.1 and ::1, whichever the browser resolves.
  HOST: z.string().default('localhost'),
  // An empty value means "not set", as shells and .env files often leave it.
  DATABASE_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
      .optional(),
  ),
  HEARTH_DATA_DIR: z.string().default('.hearth-data'),
  HEARTH_COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  HEARTH_DEMO: z.enum(['true', 'false']).default('true'),
  NODE_ENV: z.string().default('development'),
  // Where notices of hearings are e-mailed, e.g. smtp://127.0.0.1:2525; unset, e-mail is not sent.
  HEARTH_SMTP_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, 'must look like smtp://host:port or smtps://user:password@host')
      .optional(),
  ),
  HEARTH_SMTP_FROM: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  cookieSecure: boolean;
  loadDemoData: boolean;
  smtpUrl: string | undefined;
  smtpFrom: string | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.HEARTH_DATA_DIR),
    cookieSecure: e.HEARTH_COOKIE_SECURE ? e.HEARTH_COOKIE_SECURE === 'true' : e.NODE_ENV === 'production',
    loadDemoData: e.HEARTH_DEMO === 'true',
    smtpUrl: e.HEARTH_SMTP_URL,
    smtpFrom: e.HEARTH_SMTP_FROM,
  };
}
