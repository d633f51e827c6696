import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database';
import { users } from '../db/schema/users';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../db/testDatabase';
import { DEMO_LOGINS, seedDemoWorkspace, seedFirstAdmin } from './seedDemoWorkspace';

const snapshot = async (db: Database) => {
  const rows = await db.orm.select().from(users);
  return rows
    .map((r) => ({ id: r.id, email: r.email, role: r.role, hash: r.passwordHash }))
    .sort((a, b) => (a.email < b.email ? -1 : 1));
};

describe.each(databaseKinds)('demo seeding on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(() => db?.dispose());

  it('creates the Demo workspace and the four logins, and a second run changes nothing', async () => {
    const first = await seedDemoWorkspace(db.orm, new Date());
    expect(first.created).toEqual(DEMO_LOGINS.map((l) => l.email));
    const before = await snapshot(db);
    expect(before.map((u) => [u.email, u.role])).toEqual([
      ['admin@demo.local', 'admin'],
      ['marketer@demo.local', 'marketer'],
      ['reviewer2@demo.local', 'reviewer'],
      ['reviewer@demo.local', 'reviewer'],
    ]);
    const second = await seedDemoWorkspace(db.orm, new Date());
    expect(second.created).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates the first admin only while the server has no users', async () => {
    const result = await seedFirstAdmin(
      db.orm,
      { email: 'root@example.com', password: 'long-enough' },
      new Date(),
    );
    expect(result.created).toBe(false);
  });
});

describe('first admin without demo', () => {
  it('creates one admin in a new workspace on an empty server', async () => {
    const db = await openTestDatabase('pglite');
    try {
      const admin = { email: 'root@example.com', password: 'long-enough' };
      expect((await seedFirstAdmin(db.orm, admin, new Date())).created).toBe(true);
      expect((await seedFirstAdmin(db.orm, admin, new Date())).created).toBe(false);
      const rows = await db.orm.select().from(users);
      expect(rows.map((r) => [r.email, r.role])).toEqual([['root@example.com', 'admin']]);
    } finally {
      await db.dispose();
    }
  });
});
