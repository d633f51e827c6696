import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_PASSWORD_LENGTH } from '@journeyflow/shared/api/auth';
import { z } from 'zod';
import { DEFAULT_LOGIN_BUDGET, type LoginBudget } from './auth/loginRateLimiter';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from './db/databaseTimeouts';
import { parseOutboundAllow } from './http/outbound/outboundPolicy';
import { parseTrustProxy, type TrustProxy } from './http/trustProxy';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './services/sessionPolicy';

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
  JOURNEYFLOW_ADMIN_PASSWORD: z.string().min(8).max(MAX_PASSWORD_LENGTH).optional(),
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
  JOURNEYFLOW_PUBLIC_URL: z
    .url()
    .regex(/^https?:\/\//, 'must be an http(s) URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  JOURNEYFLOW_OUTBOUND_ALLOW: z
    .string()
    .optional()
    .transform((value, ctx) => {
      try {
        return parseOutboundAllow(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
  // Accounts (docs/security.md): login budgets, trusted proxies, session lifetimes.
  JOURNEYFLOW_TRUST_PROXY: z.string().optional(),
  JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).optional(),
  JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
  JOURNEYFLOW_LOGIN_WINDOW_MINUTES: z.coerce.number().positive().optional(),
  JOURNEYFLOW_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).optional(),
  JOURNEYFLOW_SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).optional(),
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
  /** JOURNEYFLOW_PUBLIC_URL: the base of tracked short links (default `http://localhost:$PORT`). */
  readonly publicUrl: string;
  /**
   * JOURNEYFLOW_OUTBOUND_ALLOW: hosts, addresses and CIDR ranges that webhooks, image fetches and provider
   * endpoints may reach although they are loopback, private or link-local. Empty: public addresses only.
   */
  readonly outboundAllow: readonly string[];
  /** PostgreSQL `statement_timeout` / `idle_in_transaction_session_timeout` per connection (0 = none). */
  readonly databaseTimeouts: DatabaseTimeouts;
  readonly accounts: AccountsConfig;
};

/** Login budgets, trusted proxies and session lifetimes; defaults in docs/security.md. */
export type AccountsConfig = {
  readonly trustProxy: TrustProxy;
  readonly loginBudget: LoginBudget;
  readonly session: SessionPolicy;
};

const parseAccounts = (e: z.infer<typeof envSchema>): AccountsConfig => {
  let trustProxy: TrustProxy;
  try {
    trustProxy = parseTrustProxy(e.JOURNEYFLOW_TRUST_PROXY);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  JOURNEYFLOW_TRUST_PROXY: ${(error as Error).message}`);
  }
  return {
    trustProxy,
    loginBudget: {
      maxFailuresPerAccount:
        e.JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT ?? DEFAULT_LOGIN_BUDGET.maxFailuresPerAccount,
      maxFailuresPerAddress:
        e.JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ADDRESS ?? DEFAULT_LOGIN_BUDGET.maxFailuresPerAddress,
      windowMs: (e.JOURNEYFLOW_LOGIN_WINDOW_MINUTES ?? DEFAULT_LOGIN_BUDGET.windowMs / 60_000) * 60_000,
    },
    session: {
      idleTimeoutSeconds:
        (e.JOURNEYFLOW_SESSION_IDLE_MINUTES ?? DEFAULT_SESSION_POLICY.idleTimeoutSeconds / 60) * 60,
      maxAgeSeconds:
        (e.JOURNEYFLOW_SESSION_MAX_AGE_HOURS ?? DEFAULT_SESSION_POLICY.maxAgeSeconds / 3600) * 3600,
    },
  };
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
    publicUrl: (e.JOURNEYFLOW_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    outboundAllow: e.JOURNEYFLOW_OUTBOUND_ALLOW,
    accounts: parseAccounts(e),
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
  publicUrl: config.publicUrl,
  outboundAllow: config.outboundAllow.length > 0 ? config.outboundAllow : 'public addresses only',
  trustProxy: config.accounts.trustProxy.kind,
  loginBudget: config.accounts.loginBudget,
  session: config.accounts.session,
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
