import { afterAll, beforeAll } from 'vitest';
import type { DatabaseKind } from '../db/database';
import { createTestApp, type TestApp, type TestClient } from './createTestApp';

/** The seeded demo workspace's users, by the name a suite gives their session. */
export const demoLogins = {
  admin: 'admin@demo.local',
  marketer: 'marketer@demo.local',
  reviewer: 'reviewer@demo.local',
  reviewer2: 'reviewer2@demo.local',
} as const;

export type DemoUser = keyof typeof demoLogins;

/**
 * A test app with the named demo users logged in (`h.t`, `h.admin`, …). Registers its own hooks, so
 * call it once at the top of a `describe`; hooks registered after it see the app and the sessions.
 */
export const useTestApp = <User extends DemoUser>(
  kind: DatabaseKind,
  users: readonly User[],
  /** Opens the app: a plain test app unless given (`createEngineTestApp`, or one with options). */
  open: (kind: DatabaseKind) => Promise<TestApp> = createTestApp,
) => {
  const h = { t: undefined as unknown as TestApp } as { t: TestApp } & Record<User, TestClient>;
  beforeAll(async () => {
    h.t = await open(kind);
    const sessions = await Promise.all(users.map((user) => h.t.login(demoLogins[user])));
    users.forEach((user, i) => {
      (h as Record<User, TestClient>)[user] = sessions[i] as TestClient;
    });
  });
  afterAll(() => h.t?.dispose());
  return h;
};
