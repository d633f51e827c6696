import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageMessages } from '../../channels/messageService';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { pageCustomers } from '../audience/customerQueries';
import { pageJourneyRuns } from '../runsService';
import { encodeCursor } from './pageCursor';

/**
 * The keyset pages walk an index in the page's order (issue 17: "1M messages page as fast as 1k"): the
 * page query a service really sends is captured and run under EXPLAIN (FORMAT JSON); the plan must not
 * scan the big table sequentially nor sort it, for the first page and for a page deep in the list.
 */
const WS = 'ws_plan';
const ROWS = 30_000;

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** Runs `call` on a client that records every query, and returns the page query (the one with `order by`). */
const capturePageQuery = async (sql: SqlClient, call: (sql: SqlClient) => Promise<unknown>) => {
  const seen: { text: string; params: readonly unknown[] }[] = [];
  const recording: SqlClient = {
    kind: sql.kind,
    query: (text, params = []) => {
      seen.push({ text, params });
      return sql.query(text, params);
    },
    transaction: (fn) => sql.transaction(fn),
  };
  await call(recording);
  const page = seen.find((q) => /order by/i.test(q.text));
  if (!page) throw new Error('no page query was sent');
  return page;
};

const planOf = async (sql: SqlClient, query: { text: string; params: readonly unknown[] }) => {
  const [row] = await sql.query(`explain (format json) ${query.text}`, query.params);
  const raw = row ? Object.values(row)[0] : undefined;
  const [plan] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as [{ Plan: PlanNode }];
  return nodesOf(plan.Plan);
};

/**
 * A partitioned table (outbox, by month) is walked through its partitions, each with its own copy of the
 * index: the partitions of `table` and of `index` (pg_inherits) count as the table and the index.
 */
const withPartitions = async (sql: SqlClient, name: string) => [
  name,
  ...(
    await sql.query<{ name: string }>(
      `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
        where i.inhparent = $1::regclass`,
      [name],
    )
  ).map((row) => row.name),
];

const expectIndexWalk = async (sql: SqlClient, nodes: PlanNode[], table: string, index: string) => {
  const tables = await withPartitions(sql, table);
  const indexes = await withPartitions(sql, index);
  const described = nodes.map(
    (n) => `${n['Node Type']} ${n['Relation Name'] ?? ''} ${n['Index Name'] ?? ''}`,
  );
  expect(
    nodes.filter((n) => n['Node Type'] === 'Seq Scan' && tables.includes(n['Relation Name'] ?? '')),
    described.join('\n'),
  ).toEqual([]);
  expect(
    nodes.filter((n) => n['Node Type'] === 'Sort' || n['Node Type'] === 'Incremental Sort'),
    described.join('\n'),
  ).toEqual([]);
  expect(
    nodes.filter(
      (n) =>
        /^Index (Only )?Scan$/.test(n['Node Type']) &&
        tables.includes(n['Relation Name'] ?? '') &&
        indexes.includes(n['Index Name'] ?? ''),
    ),
    described.join('\n'),
  ).not.toEqual([]);
};

/** The cursor a client would hold after paging down to row `offset` of the list. */
const deepCursor = async (sql: SqlClient, scope: string, select: string, offset: number) => {
  const [row] = await sql.query<{ at: string; id: string }>(`${select} offset ${offset} limit 1`);
  if (!row) throw new Error('no row at that depth');
  return encodeCursor(scope, [row.at, row.id]);
};

describe.each(databaseKinds)('keyset page plans on %s', (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    // Two workspaces and two journeys of very different sizes: a plan on the workspace-wide index would
    // have to filter most of its rows away for the small journey.
    for (const ws of [WS, 'ws_other']) {
      await db.sql.query(
        `insert into customers (id, workspace_id, external_id, created_at)
         select 'cus_' || i, $1, 'c' || i, now() - i * interval '1 minute' from generate_series(1, $2::int) i`,
        [ws, ROWS],
      );
      await db.sql.query(
        `insert into outbox (id, workspace_id, journey_id, journey_version, run_id, node_id, visit, idempotency_key,
           customer_id, external_id, channel, purpose, status, content, rendered, created_at)
         select 'msg_' || i, $1, case when i % 20 = 0 then 'jrn_small' else 'jrn_big' end, 1, 'run_' || i, 'send', 1,
                'idem_' || i, 'cus_' || i, 'c' || i, 'sms', 'info', 'delivered', '{}'::jsonb, '{"text":"hi"}'::jsonb,
                now() - i * interval '1 second'
           from generate_series(1, $2::int) i`,
        [ws, ROWS],
      );
      await db.sql.query(
        `insert into runs (id, workspace_id, journey_id, version, version_id, customer_id, entry_key, status,
           current_node, bucket, snapshot, entered_at, node_entered_at, updated_at)
         select 'run_' || i, $1, case when i % 20 = 0 then 'jrn_small' else 'jrn_big' end, 1, 'v1', 'cus_' || i,
                'e' || i, 'completed', 'done', i % 100, '{}'::jsonb, now() - i * interval '1 second', now(), now()
           from generate_series(1, $2::int) i`,
        [ws, ROWS],
      );
    }
    for (const table of ['customers', 'outbox', 'runs']) await db.sql.query(`analyze ${table}`);
  }, 120_000);

  afterAll(async () => {
    await db?.dispose();
  });

  for (const journeyId of [undefined, 'jrn_small']) {
    const index = journeyId ? 'outbox_journey_created_idx' : 'outbox_workspace_created_idx';
    const filter = journeyId ? `and journey_id = '${journeyId}'` : '';
    it(`the message log ${journeyId ? 'of one journey ' : ''}walks ${index}, first page and deep`, async () => {
      const query = { limit: 100, ...(journeyId ? { journeyId } : {}) };
      const first = await capturePageQuery(db.sql, (sql) => pageMessages(sql, WS, query, ''));
      await expectIndexWalk(db.sql, await planOf(db.sql, first), 'outbox', index);
      const cursor = await deepCursor(
        db.sql,
        'messages',
        `select created_at::text as at, id from outbox where workspace_id = '${WS}' ${filter} and not test
         order by created_at desc, id desc`,
        journeyId ? 1_000 : 20_000,
      );
      const deep = await capturePageQuery(db.sql, (sql) => pageMessages(sql, WS, query, cursor));
      await expectIndexWalk(db.sql, await planOf(db.sql, deep), 'outbox', index);
      const page = await pageMessages(db.sql, WS, query, cursor);
      expect(page.items).toHaveLength(100);
    });
  }

  it('the customer list walks customers_workspace_created_idx, first page and deep', async () => {
    const first = await capturePageQuery(db.sql, (sql) => pageCustomers(sql, WS, {}, '', new Date()));
    await expectIndexWalk(
      db.sql,
      await planOf(db.sql, first),
      'customers',
      'customers_workspace_created_idx',
    );
    const cursor = await deepCursor(
      db.sql,
      'customers',
      `select created_at::text as at, id from customers where workspace_id = '${WS}' order by created_at desc, id desc`,
      20_000,
    );
    const deep = await capturePageQuery(db.sql, (sql) => pageCustomers(sql, WS, {}, cursor, new Date()));
    await expectIndexWalk(db.sql, await planOf(db.sql, deep), 'customers', 'customers_workspace_created_idx');
  });

  it("a journey's runs walk runs_journey_entered_idx, first page and deep", async () => {
    const scope = 'runs:jrn_small';
    const first = await capturePageQuery(db.sql, (sql) => pageJourneyRuns(sql, WS, 'jrn_small', {}, ''));
    await expectIndexWalk(db.sql, await planOf(db.sql, first), 'runs', 'runs_journey_entered_idx');
    const cursor = await deepCursor(
      db.sql,
      scope,
      `select entered_at::text as at, id from runs where workspace_id = '${WS}' and journey_id = 'jrn_small'
       order by entered_at desc, id desc`,
      1_000,
    );
    const deep = await capturePageQuery(db.sql, (sql) => pageJourneyRuns(sql, WS, 'jrn_small', {}, cursor));
    await expectIndexWalk(db.sql, await planOf(db.sql, deep), 'runs', 'runs_journey_entered_idx');
  });
});
