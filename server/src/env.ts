import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './db/databaseTimeouts';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off', ''])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  JOURNEYFLOW_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  JOURNEYFLOW_DEMO: booleanFlag.optional(),
  JOURNEYFLOW_ADMIN_EMAIL: z.email().optional(),
  JOURNEYFLOW_ADMIN_PASSWORD: z.string().min(8).optional(),
  JOURNEYFLOW_TIME_SCALE: z.coerce.number().positive().optional(),
  JOURNEYFLOW_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  JOURNEYFLOW_WEB_DIST: z.string().min(1).optional(),
  JOURNEYFLOW_STATEMENT_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_DATABASE_TIMEOUTS.statementTimeoutMs),
  JOURNEYFLOW_IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_DATABASE_TIMEOUTS.idleInTransactionTimeoutMs),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

/** The demo's default time scale: an hour of journey waits passes in a minute, so the seed journeys move. */
export const DEMO_TIME_SCALE = 60;

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type Config = {
  readonly port: number;
  readonly host: string;
  /** Absolute path; PGlite data and the generated secret key live here. */
  readonly dataDir: string;
  /** Set → PostgreSQL via postgres.js; unset → embedded PGlite in `dataDir`. */
  readonly databaseUrl: string | undefined;
  /** Seed the demo workspace: on for the embedded default, off with DATABASE_URL unless JOURNEYFLOW_DEMO=1. */
  readonly demo: boolean;
  readonly adminEmail: string | undefined;
  readonly adminPassword: string | undefined;
  /** JOURNEYFLOW_TIME_SCALE; unset → DEMO_TIME_SCALE when the demo is seeded, else 1 (real time). */
  readonly timeScale: number;
  /** Explicit key from the environment; `resolveSecretKey` falls back to a key persisted in the data dir. */
  readonly secretKey: string | undefined;
  readonly webDistDir: string;
  readonly logLevel: LogLevel;
  /** PostgreSQL `statement_timeout` / `idle_in_transaction_session_timeout` per connection (0 = none). */
  readonly databaseTimeouts: DatabaseTimeouts;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once at start. Error messages name the variable but never echo its value,
 * because some of them are secrets.
 */
export const loadConfig = (env: Readonly<Record<string, string | undefined>> = process.env): Config => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if ((e.JOURNEYFLOW_ADMIN_EMAIL === undefined) !== (e.JOURNEYFLOW_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(
      'Invalid configuration:\n  JOURNEYFLOW_ADMIN_EMAIL and JOURNEYFLOW_ADMIN_PASSWORD must be set together',
    );
  }
  const demo = e.JOURNEYFLOW_DEMO ?? e.DATABASE_URL === undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.JOURNEYFLOW_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo,
    adminEmail: e.JOURNEYFLOW_ADMIN_EMAIL?.toLowerCase(),
    adminPassword: e.JOURNEYFLOW_ADMIN_PASSWORD,
    timeScale: e.JOURNEYFLOW_TIME_SCALE ?? (demo ? DEMO_TIME_SCALE : 1),
    secretKey: e.JOURNEYFLOW_SECRET_KEY,
    webDistDir: path.resolve(
      e.JOURNEYFLOW_WEB_DIST ?? path.join(import.meta.dirname, '..', '..', 'web', 'dist'),
    ),
    logLevel: e.LOG_LEVEL,
    databaseTimeouts: {
      statementTimeoutMs: e.JOURNEYFLOW_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: e.JOURNEYFLOW_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
  };
};

/** What is safe to print at start: everything except secrets and database credentials. */
export const describeConfig = (config: Config): Record<string, unknown> => ({
  port: config.port,
  host: config.host,
  database: config.databaseUrl
    ? `postgres (${redactDatabaseUrl(config.databaseUrl)})`
    : `pglite (${config.dataDir})`,
  demo: config.demo,
  adminEmail: config.adminEmail,
  timeScale: config.timeScale,
  secretKey: config.secretKey ? 'from JOURNEYFLOW_SECRET_KEY' : 'from data dir',
  logLevel: config.logLevel,
  databaseTimeouts: config.databaseTimeouts,
});

export const redactDatabaseUrl = (url: string): string => {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://***';
  }
};

const SECRET_KEY_FILE = 'secret.key';

/**
 * The key that encrypts channel credentials and signs in-app tokens. Taken from JOURNEYFLOW_SECRET_KEY,
 * otherwise generated once and kept in the data dir, so restarts (and workers sharing the dir) agree on it.
 */
export const resolveSecretKey = (config: Config): string => {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.dataDir, SECRET_KEY_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return stored;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(file, `${generated}\n`, { mode: 0o600 });
  return generated;
};
