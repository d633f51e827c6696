import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password';
import { hashToken } from '../auth/secretToken';
import { resolveApiKey } from '../services/apiKeyService';
import { login, resolveSession } from '../services/authService';
import type { Database } from './database';
import { buildOlderDatabase, migrationJournal, type OlderDatabase } from './olderDatabase';
import * as schema from './schema/index';
import { databaseKinds } from './testDatabase';

// Upgrading a database made by the FIRST release: apply only the first migration of drizzle's journal,
// store representative rows in that old schema, then open it the way the server does (every migration).
// The rows are written against 0000_init.sql, which never changes, so later migrations need no edit here;
// a migration that breaks on existing data, or rewrites it, fails this test.

const journal = migrationJournal();
if (journal.entries.length === 0) throw new Error('the drizzle journal has no migrations');

/**
 * Changes later migrations are EXPECTED to make to old rows (a deliberate backfill), as
 * `table.column`; everything else that existed before must read back unchanged.
 */
const REWRITTEN_BY_LATER_MIGRATIONS: readonly string[] = [];

/** What columns added after the first release must hold for old rows (checked while the column exists). */
const DEFAULTS_FOR_OLD_ROWS: Record<string, (value: unknown) => boolean> = {
  'sessions.idle_timeout_seconds': (value) => value === 28_800,
  'sessions.last_seen_at': (value) => typeof value === 'string' && !Number.isNaN(Date.parse(value)),
  // Backfilled from the counter's journey when every key gained workspace_id (migration scale-schema).
  'entry_counters.workspace_id': (value) => value === 'ws_old',
};

const PASSWORD = 'first-release-password';
const SESSION_TOKEN = 'first-release-session-token-0123456789abcdef';
const API_KEY = 'jf_live_firstrelease0123456789abcdef';

const seedFirstReleaseRows = async (sql: SqlClient) => {
  const passwordHash = await hashPassword(PASSWORD);
  const statements: [string, unknown[]][] = [
    [`insert into workspaces (id, name, timezone) values ('ws_old', 'Old shop', 'Asia/Seoul')`, []],
    [
      `insert into users (id, workspace_id, email, name, role, password_hash)
       values ('usr_old_admin', 'ws_old', 'old.admin@example.com', 'Old Admin', 'admin', $1),
              ('usr_old_marketer', 'ws_old', 'old.marketer@example.com', 'Old Marketer', 'marketer', $1)`,
      [passwordHash],
    ],
    [
      `insert into sessions (id, workspace_id, user_id, token_hash, expires_at)
       values ('ses_old', 'ws_old', 'usr_old_admin', $1, now() + interval '7 days')`,
      [hashToken(SESSION_TOKEN)],
    ],
    [
      `insert into api_keys (id, workspace_id, name, key_hash, key_prefix, created_by)
       values ('key_old', 'ws_old', 'Website', $1, 'jf_live_firs', 'usr_old_admin')`,
      [hashToken(API_KEY)],
    ],
    [
      `insert into journeys (id, workspace_id, name, graph, settings, content_hash, status, draft_status, created_by)
       values ('jny_old', 'ws_old', 'Welcome', $1::jsonb, '{"reentry":{"mode":"never"}}'::jsonb, 'hash_old',
               'live', 'draft', 'usr_old_marketer')`,
      [
        JSON.stringify({
          nodes: [
            { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signed_up' } },
            { id: 'done', type: 'exit', position: { x: 0, y: 160 }, settings: {} },
          ],
          edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
        }),
      ],
    ],
    [
      `insert into journey_versions (id, workspace_id, journey_id, version, name, graph, settings, content_hash,
                                     approval_id, migration)
       select 'ver_old', 'ws_old', id, 1, name, graph, settings, content_hash, 'apr_old', '{"mode":"keep_on_old"}'::jsonb
         from journeys where id = 'jny_old'`,
      [],
    ],
    [
      `insert into approvals (id, workspace_id, journey_id, content_hash, state, submitted_by)
       values ('apr_old', 'ws_old', 'jny_old', 'hash_old', 'approved', 'usr_old_marketer')`,
      [],
    ],
    [
      `insert into comments (id, workspace_id, journey_id, node_id, author_id, body)
       values ('cmt_old', 'ws_old', 'jny_old', 'entry', 'usr_old_admin', '좋아요')`,
      [],
    ],
    [
      `insert into entry_counters (journey_id, hour, count) values ('jny_old', date_trunc('hour', now()), 7)`,
      [],
    ],
    [
      `insert into customers (id, workspace_id, external_id, attributes, timezone, grade, consent, phone, email,
                              frequency_90d, monetary_90d)
       values ('cus_old', 'ws_old', 'c-1', '{"name":"김민지","vip_since":"2024-01-01"}'::jsonb, 'Asia/Seoul', 'VIP',
               '{"sms":"2025-06-01"}'::jsonb, '01012345678', 'minji@example.com', 3, 150000)`,
      [],
    ],
    [
      `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
       values ('evt_old_1', 'ws_old', 'cus_old', 'signed_up', '{}'::jsonb, now() - interval '1 day', 'm-1'),
              ('evt_old_2', 'ws_old', 'cus_old', 'purchase', '{"amount":150000}'::jsonb, now(), 'm-2')`,
      [],
    ],
    [
      `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
                         current_node, visits, wake_at, bucket, snapshot, entered_at, node_entered_at, updated_at)
       values ('run_old', 'ws_old', 'jny_old', 1, 'ver_old', 'cus_old', 'evt_old_1', 'active', 'entry',
               '{"entry":1}'::jsonb, now() + interval '1 hour', 42, '{"value":"entry"}'::jsonb, now(), now(), now())`,
      [],
    ],
    [
      `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
                           customer_id, external_id, channel, purpose, status, content, rendered)
       values ('out_old', 'ws_old', 'jny_old', 1, 'run_old', 'entry', 1, 'run_old:entry:1', 'cus_old', 'c-1',
               'sms', 'info', 'sent', '{"text":"안녕하세요"}'::jsonb, '{"text":"안녕하세요"}'::jsonb)`,
      [],
    ],
  ];
  for (const [text, params] of statements) await sql.query(text, params);
};

type Snapshot = Map<string, Record<string, unknown>[]>;

/** Every row of every table in `public`, as JSON (timestamps as text, so both engines compare alike). */
const snapshot = async (sql: SqlClient): Promise<Snapshot> => {
  const tables = await sql.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const result: Snapshot = new Map();
  for (const { table_name } of tables) {
    const rows = await sql.query<{ row: Record<string, unknown> | string }>(
      `select to_jsonb(t) as row from "${table_name}" t`,
    );
    result.set(
      table_name,
      rows.map(({ row }) => (typeof row === 'string' ? JSON.parse(row) : row) as Record<string, unknown>),
    );
  }
  return result;
};

const byJson = (rows: Record<string, unknown>[]) =>
  rows.map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();

describe.each(databaseKinds)('upgrading a first-release database to every migration on %s', (kind) => {
  let old: OlderDatabase<Snapshot>;
  let db: Database;
  let after: Snapshot;

  beforeAll(async () => {
    old = await buildOlderDatabase(kind, 1, async (sql) => {
      await seedFirstReleaseRows(sql);
      return snapshot(sql);
    });
    db = await old.open();
    after = await snapshot(db.sql);
  });
  afterAll(async () => {
    await db?.close();
    await old?.dispose();
  });

  it('applied every migration of the journal', async () => {
    const applied = await db.sql.query<{ n: number }>(
      'select count(*)::int as n from drizzle.__drizzle_migrations',
    );
    expect(Number(applied[0]?.n)).toBe(journal.entries.length);
  });

  it('keeps every old row and every old value', () => {
    expect(old.before.get('outbox')).toHaveLength(1);
    expect(old.before.get('entry_counters')).toHaveLength(1);
    for (const [table, rowsBefore] of old.before) {
      const rowsAfter = after.get(table);
      expect(rowsAfter, `table ${table} disappeared`).toBeDefined();
      const oldColumns = Object.keys(rowsBefore[0] ?? {}).filter(
        (column) => !REWRITTEN_BY_LATER_MIGRATIONS.includes(`${table}.${column}`),
      );
      const project = (row: Record<string, unknown>) =>
        Object.fromEntries(oldColumns.map((column) => [column, row[column]]));
      expect(byJson((rowsAfter ?? []).map(project)), `rows of ${table}`).toEqual(
        byJson(rowsBefore.map(project)),
      );
    }
  });

  it('gives old rows sensible values in columns added since', () => {
    for (const [key, acceptable] of Object.entries(DEFAULTS_FOR_OLD_ROWS)) {
      const [table, column] = key.split('.') as [string, string];
      for (const row of after.get(table) ?? []) {
        expect(acceptable(row[column]), `${key} = ${JSON.stringify(row[column])}`).toBe(true);
      }
    }
  });

  it('reads every table through the current schema', async () => {
    for (const table of Object.values(schema)) {
      if (!is(table, PgTable)) continue;
      await expect(db.orm.select().from(table)).resolves.toBeInstanceOf(Array);
    }
  });

  it('lets old users, sessions and API keys keep working', async () => {
    const now = new Date();
    expect(await resolveSession(db.orm, SESSION_TOKEN, now)).toMatchObject({
      userId: 'usr_old_admin',
      sessionId: 'ses_old',
      role: 'admin',
    });
    expect(await resolveApiKey(db.orm, API_KEY, now)).toMatchObject({ workspaceId: 'ws_old' });
    const signedIn = await login(db.orm, 'old.marketer@example.com', PASSWORD, now);
    expect(signedIn.user).toMatchObject({ userId: 'usr_old_marketer', workspaceId: 'ws_old' });
  });
});
