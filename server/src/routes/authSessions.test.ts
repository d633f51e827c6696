import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLoginRateLimiter } from '../auth/loginRateLimiter';
import { databaseKinds } from '../db/testDatabase';
import { DEMO_WORKSPACE_ID } from '../services/seedDemoWorkspace';
import { purgeExpiredSessions, startSessionPurge } from '../services/sessionPurge';
import { createTestApp, type TestApp } from '../testing/createTestApp';

describe.each(databaseKinds)('sessions, password change and sign-out everywhere on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind, {
      loginRateLimiter: createLoginRateLimiter({ maxFailuresPerAccount: 3 }),
      accounts: { session: { idleTimeoutSeconds: 2 * 60 * 60, maxAgeSeconds: 24 * 60 * 60 } },
    });
  });
  afterAll(() => t?.dispose());

  const sessionRows = (email: string) =>
    t.db.sql.query<{
      id: string;
      last_seen_at: Date | string;
      idle_timeout_seconds: number;
      expires_at: Date | string;
    }>(
      `select s.id, s.last_seen_at, s.idle_timeout_seconds, s.expires_at
         from sessions s join users u on u.id = s.user_id where u.email = $1 order by s.created_at`,
      [email],
    );
  const setLastSeen = (email: string, ago: string) =>
    t.db.sql.query(
      `update sessions set last_seen_at = now() - interval '${ago}'
        where user_id = (select id from users where email = $1)`,
      [email],
    );

  it('opens sessions with the configured idle timeout and absolute expiry', async () => {
    await t.login('marketer@demo.local');
    const [row] = await sessionRows('marketer@demo.local');
    expect(row?.idle_timeout_seconds).toBe(7200);
    const hoursLeft = (new Date(row?.expires_at ?? 0).getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(23.9);
    expect(hoursLeft).toBeLessThanOrEqual(24);
  });

  it('signs out a session idle longer than its timeout', async () => {
    const client = await t.login('reviewer@demo.local');
    await setLastSeen('reviewer@demo.local', '1 hour');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await setLastSeen('reviewer@demo.local', '2 hours 1 minute');
    const after = await client.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('unauthorized');
  });

  it('writes last_seen_at at most once a minute', async () => {
    const client = await t.login('reviewer2@demo.local');
    await setLastSeen('reviewer2@demo.local', '30 seconds');
    const [before] = await sessionRows('reviewer2@demo.local');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const [unchanged] = await sessionRows('reviewer2@demo.local');
    expect(new Date(unchanged?.last_seen_at ?? 0).getTime()).toBe(
      new Date(before?.last_seen_at ?? 0).getTime(),
    );

    await setLastSeen('reviewer2@demo.local', '5 minutes');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const [touched] = await sessionRows('reviewer2@demo.local');
    expect(Date.now() - new Date(touched?.last_seen_at ?? 0).getTime()).toBeLessThan(30_000);
  });

  it('signs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const here = await t.login('admin@demo.local');
    const there = await t.login('admin@demo.local');
    const someoneElse = await t.login('marketer@demo.local');
    expect((await here.post('/api/auth/logout-all')).status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(401);
    expect((await there.get('/api/auth/me')).status).toBe(401);
    expect(await sessionRows('admin@demo.local')).toEqual([]);
    expect((await someoneElse.get('/api/auth/me')).status).toBe(200);
    expect((await t.anonymous.post('/api/auth/logout-all')).status).toBe(401);
  });

  it('changes the password, signs out the other sessions and keeps this one', async () => {
    await t.db.sql.query(`insert into users (id, workspace_id, email, name, role, password_hash)
      select 'usr_pw', workspace_id, 'pw@demo.local', 'Pat', 'marketer', password_hash from users
       where email = 'marketer@demo.local'`);
    const here = await t.login('pw@demo.local');
    const elsewhere = await t.login('pw@demo.local');
    const changed = await here.post('/api/auth/password', {
      currentPassword: 'journeyflow',
      newPassword: 'a-brand-new-secret',
    });
    expect(changed.status).toBe(204);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    await expect(t.login('pw@demo.local', 'journeyflow')).rejects.toThrow(/401/);
    expect((await (await t.login('pw@demo.local', 'a-brand-new-secret')).get('/api/auth/me')).status).toBe(
      200,
    );
    const audit = await t.db.sql.query<{ action: string }>(
      `select action from audit_log where entity_id = 'usr_pw' and action = 'password_changed'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('refuses a wrong current password (422), a weak or overlong new one (422), and budgets the guesses', async () => {
    const client = await t.login('reviewer2@demo.local');
    const before = await t.rowCounts();
    const wrong = await client.post('/api/auth/password', {
      currentPassword: 'not-it',
      newPassword: 'a-brand-new-secret',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.issues[0]).toMatchObject({
      path: 'body.currentPassword',
      code: 'wrong_password',
    });
    for (const newPassword of ['short', 'x'.repeat(201)]) {
      const weak = await client.post('/api/auth/password', { currentPassword: 'journeyflow', newPassword });
      expect(weak.status).toBe(422);
      expect(weak.body.error.details.issues[0].path).toBe('body.newPassword');
    }
    const overlong = await client.post('/api/auth/password', {
      currentPassword: 'x'.repeat(201),
      newPassword: 'a-brand-new-secret',
    });
    expect(overlong.status).toBe(422);
    expect(await t.rowCounts()).toEqual(before);
    // Wrong current passwords spend the account's login budget (3 here): a stolen session cannot guess on.
    for (let i = 0; i < 2; i++)
      expect(
        (await client.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'whatever-123' }))
          .status,
      ).toBe(422);
    const limited = await client.post('/api/auth/password', {
      currentPassword: 'journeyflow',
      newPassword: 'whatever-123',
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('too_many_attempts');
  });

  it('refuses creating a user with a password longer than 200 characters', async () => {
    const admin = await t.login('admin@demo.local');
    const created = await admin.post('/api/users', {
      email: 'long@demo.local',
      name: 'Long',
      role: 'marketer',
      password: 'x'.repeat(201),
    });
    expect(created.status).toBe(422);
  });

  it('purges sessions past their expiry or idle timeout, periodically and at sign-in', async () => {
    const [user] = await t.db.sql.query<{ id: string }>(
      `select id from users where email = 'marketer@demo.local'`,
    );
    const insert = (id: string, expires: string, lastSeen: string) =>
      t.db.sql.query(
        `insert into sessions (id, workspace_id, user_id, token_hash, expires_at, last_seen_at, idle_timeout_seconds)
         values ($1, $2, $3, $4, now() + interval '${expires}', now() - interval '${lastSeen}', 3600)`,
        [id, DEMO_WORKSPACE_ID, user?.id, `hash_${id}_${kind}`],
      );
    await insert('ses_expired', '-1 minute', '1 minute');
    await insert('ses_idle', '1 day', '2 hours');
    await insert('ses_alive', '1 day', '10 minutes');
    const ids = async () =>
      (
        await t.db.sql.query<{ id: string }>(
          `select id from sessions where id in ('ses_expired', 'ses_idle', 'ses_alive')`,
        )
      ).map((r) => r.id);
    expect(await purgeExpiredSessions(t.db.orm, new Date())).toBeGreaterThanOrEqual(2);
    expect(await ids()).toEqual(['ses_alive']);

    // The periodic job purges once at start.
    await insert('ses_expired', '-1 minute', '1 minute');
    const job = startSessionPurge({ orm: t.db.orm, now: () => new Date(), logger: t.deps.logger });
    await job.stop();
    expect(await ids()).toEqual(['ses_alive']);

    // Signing in clears the user's own dead sessions.
    await insert('ses_idle', '1 day', '2 hours');
    await t.login('marketer@demo.local');
    expect(await ids()).toEqual(['ses_alive']);
  });
});
