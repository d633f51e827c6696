import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, resolveSecretKey } from './env';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data on port 3000 with the demo seeded', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      demo: true,
      timeScale: 60,
      logLevel: 'info',
    });
  });

  it('builds short links on JOURNEYFLOW_PUBLIC_URL, by default http://localhost:$PORT, and refuses other schemes', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ JOURNEYFLOW_PUBLIC_URL: 'https://jf.example.kr/' }).publicUrl).toBe(
      'https://jf.example.kr',
    );
    expect(() => loadConfig({ JOURNEYFLOW_PUBLIC_URL: 'javascript:alert(1)' })).toThrow(
      /JOURNEYFLOW_PUBLIC_URL/,
    );
  });

  it('runs the demo an hour per minute unless JOURNEYFLOW_TIME_SCALE says otherwise; real time without the demo', () => {
    const url = 'postgres://app@db.internal:5432/journeyflow';
    expect(loadConfig({}).timeScale).toBe(60);
    expect(loadConfig({ JOURNEYFLOW_TIME_SCALE: '1' }).timeScale).toBe(1);
    expect(loadConfig({ JOURNEYFLOW_TIME_SCALE: '3600' }).timeScale).toBe(3600);
    expect(loadConfig({ JOURNEYFLOW_DEMO: '0' }).timeScale).toBe(1);
    expect(loadConfig({ DATABASE_URL: url }).timeScale).toBe(1);
    expect(loadConfig({ DATABASE_URL: url, JOURNEYFLOW_DEMO: '1' }).timeScale).toBe(60);
    expect(() => loadConfig({ JOURNEYFLOW_TIME_SCALE: '0' })).toThrow(/JOURNEYFLOW_TIME_SCALE/);
  });

  it('turns the demo off with DATABASE_URL unless JOURNEYFLOW_DEMO=1', () => {
    const url = 'postgres://app:secret@db.internal:5432/journeyflow';
    expect(loadConfig({ DATABASE_URL: url }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url, JOURNEYFLOW_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ JOURNEYFLOW_DEMO: '0' }).demo).toBe(false);
  });

  it('parses numbers and refuses bad values, naming the variable but never echoing it', () => {
    expect(loadConfig({ PORT: '8080', JOURNEYFLOW_TIME_SCALE: '60' })).toMatchObject({
      port: 8080,
      timeScale: 60,
    });
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    try {
      loadConfig({ JOURNEYFLOW_SECRET_KEY: 'short-secret-value' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toMatch(/JOURNEYFLOW_SECRET_KEY/);
      expect(String(error)).not.toContain('short-secret-value');
    }
    expect(() => loadConfig({ JOURNEYFLOW_ADMIN_EMAIL: 'a@b.example' })).toThrow(/set together/);
  });

  it('parses the outbound allow-list once and refuses an entry that is no host, address or range', () => {
    expect(loadConfig({}).outboundAllow).toEqual([]);
    expect(
      loadConfig({ JOURNEYFLOW_OUTBOUND_ALLOW: '127.0.0.1, 10.0.0.0/8 ,hooks.internal' }).outboundAllow,
    ).toEqual(['127.0.0.1', '10.0.0.0/8', 'hooks.internal']);
    expect(() => loadConfig({ JOURNEYFLOW_OUTBOUND_ALLOW: '10.0.0.0/40' })).toThrow(
      /JOURNEYFLOW_OUTBOUND_ALLOW/,
    );
  });

  it('describes the configuration without secrets or database passwords', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:hunter2hunter2@db:5432/jf',
      JOURNEYFLOW_SECRET_KEY: 'k'.repeat(40),
      JOURNEYFLOW_ADMIN_EMAIL: 'Admin@Example.com',
      JOURNEYFLOW_ADMIN_PASSWORD: 'correct horse battery',
    });
    const printed = JSON.stringify(describeConfig(config));
    expect(printed).not.toContain('hunter2hunter2');
    expect(printed).not.toContain('k'.repeat(40));
    expect(printed).not.toContain('correct horse');
    expect(printed).toContain('admin@example.com');
  });

  it('generates the secret key once and keeps it in the data dir', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'jf-secret-'));
    const config = loadConfig({ JOURNEYFLOW_DATA_DIR: dataDir });
    const key = resolveSecretKey(config);
    expect(key.length).toBeGreaterThanOrEqual(32);
    expect(resolveSecretKey(config)).toBe(key);
    expect(readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim()).toBe(key);
    expect(
      resolveSecretKey(loadConfig({ JOURNEYFLOW_DATA_DIR: dataDir, JOURNEYFLOW_SECRET_KEY: 'x'.repeat(32) })),
    ).toBe('x'.repeat(32));
  });
});

describe('loadConfig: accounts', () => {
  it('defaults to 10 failures per account and 50 per address in 15 min, 8 h idle, 14 days absolute, no proxy', () => {
    expect(loadConfig({}).accounts).toEqual({
      trustProxy: { kind: 'none' },
      loginBudget: { maxFailuresPerAccount: 10, maxFailuresPerAddress: 50, windowMs: 15 * 60_000 },
      session: { idleTimeoutSeconds: 8 * 3600, maxAgeSeconds: 14 * 24 * 3600 },
    });
  });

  it('reads the budgets, session lifetimes and trusted proxies from the environment', () => {
    const accounts = loadConfig({
      JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
      JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ADDRESS: '100',
      JOURNEYFLOW_LOGIN_WINDOW_MINUTES: '30',
      JOURNEYFLOW_SESSION_IDLE_MINUTES: '60',
      JOURNEYFLOW_SESSION_MAX_AGE_HOURS: '24',
      JOURNEYFLOW_TRUST_PROXY: '1',
    }).accounts;
    expect(accounts).toEqual({
      trustProxy: { kind: 'hops', count: 1 },
      loginBudget: { maxFailuresPerAccount: 5, maxFailuresPerAddress: 100, windowMs: 30 * 60_000 },
      session: { idleTimeoutSeconds: 3600, maxAgeSeconds: 24 * 3600 },
    });
    expect(loadConfig({ JOURNEYFLOW_TRUST_PROXY: '10.0.0.0/8, ::1' }).accounts.trustProxy.kind).toBe('list');
  });

  it('refuses a malformed proxy list or budget with a ConfigError naming the variable', () => {
    expect(() => loadConfig({ JOURNEYFLOW_TRUST_PROXY: 'my-proxy' })).toThrow(ConfigError);
    expect(() => loadConfig({ JOURNEYFLOW_TRUST_PROXY: 'my-proxy' })).toThrow(/JOURNEYFLOW_TRUST_PROXY/);
    expect(() => loadConfig({ JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT: '0' })).toThrow(
      /JOURNEYFLOW_LOGIN_MAX_FAILURES_PER_ACCOUNT/,
    );
  });
});
