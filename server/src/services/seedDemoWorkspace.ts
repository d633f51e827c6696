import type { Role } from '@journeyflow/shared/api/auth';
import { eq, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import type { Orm } from '../db/database';
import { users } from '../db/schema/users';
import { workspaces } from '../db/schema/workspaces';
import { newId } from '../ids';
import { insertUser } from './userService';

export const DEMO_WORKSPACE_ID = 'ws_demo';
export const DEMO_WORKSPACE_NAME = 'Demo';
export const DEMO_PASSWORD = 'journeyflow';

/** SPEC §10: the demo logins, shown in the README and on the login page in demo mode. */
export const DEMO_LOGINS: readonly { email: string; name: string; role: Role; password: string }[] = [
  { email: 'marketer@demo.local', name: 'Mina Marketer', role: 'marketer', password: DEMO_PASSWORD },
  { email: 'reviewer@demo.local', name: 'Ravi Reviewer', role: 'reviewer', password: DEMO_PASSWORD },
  { email: 'reviewer2@demo.local', name: 'Rae Reviewer', role: 'reviewer', password: DEMO_PASSWORD },
  { email: 'admin@demo.local', name: 'Ada Admin', role: 'admin', password: DEMO_PASSWORD },
];

/**
 * Creates the "Demo" workspace and its logins if missing. Idempotent: a second run changes nothing
 * (existing users keep their passwords and roles), so every start may call it. `passwordHash` is a hash of
 * `DEMO_PASSWORD` made beforehand (test fixtures reuse one); by default one is made here.
 */
export const seedDemoWorkspace = async (
  orm: Orm,
  now: Date,
  passwordHash?: string,
): Promise<{ created: string[] }> => {
  const demoPasswordHash = passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  return orm.transaction(async (tx) => {
    // Two processes starting on one PostgreSQL must not both insert.
    await tx.execute(sql`select pg_advisory_xact_lock(4201338)`);
    await tx
      .insert(workspaces)
      .values({ id: DEMO_WORKSPACE_ID, name: DEMO_WORKSPACE_NAME, timezone: 'Asia/Seoul', createdAt: now })
      .onConflictDoNothing();
    const created: string[] = [];
    for (const login of DEMO_LOGINS) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, login.email));
      if (existing) continue;
      await insertUser(tx, DEMO_WORKSPACE_ID, login, now, demoPasswordHash);
      created.push(login.email);
    }
    return { created };
  });
};

/**
 * Without demo seeding, the first start creates one admin (JOURNEYFLOW_ADMIN_EMAIL/PASSWORD) in a new
 * workspace — only while the server has no users at all, so it never resurrects a deleted admin.
 */
export const seedFirstAdmin = async (
  orm: Orm,
  admin: { email: string; password: string },
  now: Date,
): Promise<{ created: boolean }> => {
  const passwordHash = await hashPassword(admin.password);
  return orm.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4201338)`);
    const [anyUser] = await tx.select({ id: users.id }).from(users).limit(1);
    if (anyUser) return { created: false };
    const workspaceId = newId('ws');
    await tx.insert(workspaces).values({ id: workspaceId, name: 'Workspace', createdAt: now });
    await insertUser(
      tx,
      workspaceId,
      { email: admin.email, name: 'Admin', role: 'admin', password: admin.password },
      now,
      passwordHash,
    );
    return { created: true };
  });
};
