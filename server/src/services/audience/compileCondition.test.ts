import {
  type Condition,
  type ConditionOperator,
  conditionOperatorSchema,
} from '@journeyflow/shared/journey/condition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../db/testDatabase';
import { compileCondition, type SegmentRef } from './compileCondition';
import { SegmentSubqueries } from './segmentSubqueries';
import { SqlParams } from './sqlParams';
import { evaluateInMemory } from './testing/evaluateInMemory';
import {
  ATTRIBUTE_PATHS,
  insertAudience,
  randomCondition,
  randomCustomers,
  randomEvents,
  seededRandom,
} from './testing/randomAudience';

const WS = 'ws_compile';
const NOW = new Date('2026-03-15T03:00:00.000Z');
const TZ = 'Asia/Seoul';

describe.each(databaseKinds)('compileCondition on %s', (kind) => {
  let db: TestDatabase;
  const rand = seededRandom(20_260_315);
  const customers = randomCustomers(rand, NOW, 80);
  const events = [
    ...randomEvents(rand, NOW, customers),
    // Fixed cases on the window boundary: exactly 1 day old (inside) and 1 ms older (outside).
    {
      customerId: customers[0]!.id,
      name: 'product_viewed',
      properties: {},
      ts: new Date(NOW.getTime() - 86_400_000),
    },
    {
      customerId: customers[1]!.id,
      name: 'product_viewed',
      properties: {},
      ts: new Date(NOW.getTime() - 86_400_001),
    },
  ];
  const staticMembers = new Map([
    ['seg_static', new Set(customers.filter(() => rand() < 0.4).map((c) => c.id))],
  ]);
  const dynamic = new Map<string, Condition>([
    [
      'seg_dyn',
      {
        all: [
          { attribute: 'grade', op: 'in', value: ['VIP', 'Gold'] },
          { event: 'purchase', withinSeconds: 30 * 86_400 },
        ],
      },
    ],
  ]);
  const refs = new Map<string, SegmentRef>([
    ['seg_static', { type: 'static', condition: null }],
    ['seg_dyn', { type: 'dynamic', condition: dynamic.get('seg_dyn')! }],
  ]);

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await insertAudience(db.sql, WS, customers, events);
    const members = [...staticMembers.get('seg_static')!];
    await db.sql.query(
      `insert into segment_members (segment_id, customer_id, workspace_id) select 'seg_static', x, $1 from unnest($2::text[]) as x`,
      [WS, members],
    );
  }, 60_000);
  afterAll(async () => {
    await db?.dispose();
  });

  /** Members by SQL, with both compile strategies (whole-workspace and per-customer); they must agree. */
  const sqlMembers = async (condition: Condition): Promise<string[]> => {
    const run = async (strategy: 'set' | 'perCustomer') => {
      const params = new SqlParams([WS]);
      const subqueries = new SegmentSubqueries();
      const where = compileCondition(
        condition,
        { workspaceId: WS, now: NOW, segments: refs, defaultTimezone: TZ, strategy, subqueries },
        params,
      );
      const rows = await db.sql.query<{ id: string }>(
        `${subqueries.withClause()}select c.id from customers c where c.workspace_id = $1 and ${where} order by c.id`,
        params.values,
      );
      return rows.map((r) => r.id);
    };
    const [set, perCustomer] = await Promise.all([run('set'), run('perCustomer')]);
    expect(perCustomer).toEqual(set);
    return set;
  };
  const memoryMembers = (condition: Condition): string[] =>
    customers
      .filter((c) => evaluateInMemory(condition, c, events, staticMembers, dynamic, NOW, TZ))
      .map((c) => c.id)
      .sort();

  const operators = conditionOperatorSchema.options;
  const samples: Record<ConditionOperator, unknown[]> = {
    eq: ['Seoul', 10, true, 'VIP', null],
    neq: ['Seoul', 10, 'VIP'],
    gt: [10, 'b', 100_000],
    gte: [10, 'Busan', 0],
    lt: [10, 'b', 50],
    lte: [1, 'Seoul', 2.5],
    in: [
      ['Seoul', 'Busan'],
      [1, 10, 'a'],
      ['VIP', 'Gold'],
    ],
    contains: ['eo', 'vip', 'sale', '서'],
    exists: [undefined, true, false],
    before: ['2025-01-01', '2026-02-13T00:00:00Z', 'nope'],
    after: ['2025-01-01', '2026-02-13T00:00:00Z'],
    anniversary: [undefined, 0, 1, 3],
  };
  it.each(operators)('operator %s selects the same customers as evaluateCondition', async (op) => {
    for (const attribute of ATTRIBUTE_PATHS) {
      for (const value of samples[op]) {
        const condition = (value === undefined ? { attribute, op } : { attribute, op, value }) as Condition;
        expect({ condition, members: await sqlMembers(condition) }).toEqual({
          condition,
          members: memoryMembers(condition),
        });
      }
    }
  });

  it('event counts with windows, where and count operators match, including events exactly on the boundary', async () => {
    for (const withinSeconds of [undefined, 86_400, 30 * 86_400]) {
      for (const count of [
        undefined,
        { op: 'eq', value: 0 },
        { op: 'gte', value: 2 },
        { op: 'lt', value: 2 },
        { op: 'neq', value: 1 },
      ] as const) {
        for (const where of [undefined, { trigger: 'properties.amount', op: 'gte', value: 20000 }] as const) {
          const condition: Condition = {
            event: 'purchase',
            ...(withinSeconds ? { withinSeconds } : {}),
            ...(count ? { count } : {}),
            ...(where ? { where } : {}),
          };
          expect({ condition, members: await sqlMembers(condition) }).toEqual({
            condition,
            members: memoryMembers(condition),
          });
        }
      }
    }
  });

  // Found by the write-route fuzz: an offset thousands of years back made a bound PostgreSQL cannot read
  // (a negative ISO year), and a huge one an invalid date; both were a 5xx on segment preview.
  it('date bounds beyond the years PostgreSQL reads compare like the nearest readable one', async () => {
    for (const op of ['before', 'after'] as const) {
      for (const value of [-63_932_020_880.7734, 1e15, -1e15, '0000-01-01', '+275760-09-13T00:00:00.000Z']) {
        for (const attribute of ['birthday', 'signup_at', '!']) {
          const condition = { not: { not: { attribute, op, value } } } as Condition;
          expect({ condition, members: await sqlMembers(condition) }).toEqual({
            condition,
            members: memoryMembers(condition),
          });
        }
      }
    }
  });

  it('an event exactly withinSeconds old is inside the window; one millisecond older is outside', async () => {
    // Customers seeded with events exactly 1 day and 1 day + 1 ms ago.
    const within = await sqlMembers({ event: 'product_viewed', withinSeconds: 86_400 });
    const boundary = events.filter(
      (e) => e.name === 'product_viewed' && e.ts.getTime() === NOW.getTime() - 86_400_000,
    );
    const outside = events.filter(
      (e) => e.name === 'product_viewed' && e.ts.getTime() === NOW.getTime() - 86_400_001,
    );
    expect(boundary.length).toBeGreaterThan(0);
    expect(outside.length).toBeGreaterThan(0);
    for (const e of boundary) expect(within).toContain(e.customerId);
    expect(within).toEqual(memoryMembers({ event: 'product_viewed', withinSeconds: 86_400 }));
  });

  it('in lists of mixed values match the evaluator, and a 70,000-value list binds a fixed few parameters', async () => {
    const mixed = ['10', true, false, null, { level: 2 }, [1], 'true', 2.5, 'Seoul', 'VIP', 10];
    for (const attribute of ATTRIBUTE_PATHS) {
      const condition = { attribute, op: 'in', value: mixed } as Condition;
      expect({ condition, members: await sqlMembers(condition) }).toEqual({
        condition,
        members: memoryMembers(condition),
      });
    }
    const huge = [...Array.from({ length: 70_000 }, (_, i) => `v${i}`), 'VIP', 'Seoul', 10];
    for (const attribute of ['grade', 'city', 'tags', 'score']) {
      const condition = { attribute, op: 'in', value: huge } as Condition;
      const params = new SqlParams([WS]);
      const subqueries = new SegmentSubqueries();
      compileCondition(
        condition,
        { workspaceId: WS, now: NOW, segments: refs, defaultTimezone: TZ, subqueries },
        params,
      );
      expect(params.values.length).toBeLessThan(10);
      // No customer holds a `v…` value, so the short list is the in-memory oracle (70,000 × 80 is slow).
      const short = { attribute, op: 'in', value: huge.slice(70_000) } as Condition;
      expect({ condition: attribute, members: await sqlMembers(condition) }).toEqual({
        condition: attribute,
        members: memoryMembers(short),
      });
    }
  }, 60_000);

  it('segment references (static members, dynamic inlined) match', async () => {
    for (const condition of [
      { segment: 'seg_static', in: true },
      { segment: 'seg_static', in: false },
      { segment: 'seg_dyn', in: true },
      { segment: 'seg_dyn', in: false },
      { segment: 'seg_unknown', in: true },
    ] as Condition[]) {
      expect({ condition, members: await sqlMembers(condition) }).toEqual({
        condition,
        members: memoryMembers(condition),
      });
    }
  });

  it('a chain of segments each referring twice to the one before compiles each segment once', async () => {
    // seg_chain_k = (seg_chain_{k-1} and score > k) or (not seg_chain_{k-1} and seg_static): inlining
    // pasted seg_chain_{k-1} twice per level, 2^12 copies of seg_dyn at the top.
    let previous = 'seg_dyn';
    for (let k = 1; k <= 12; k++) {
      const id = `seg_chain_${k}`;
      const condition: Condition = {
        any: [
          {
            all: [
              { segment: previous, in: true },
              { attribute: 'score', op: 'gt', value: k },
            ],
          },
          {
            all: [
              { segment: previous, in: false },
              { segment: 'seg_static', in: true },
            ],
          },
        ],
      };
      dynamic.set(id, condition);
      refs.set(id, { type: 'dynamic', condition });
      previous = id;
    }
    const top: Condition = { segment: previous, in: true };
    const params = new SqlParams([WS]);
    const subqueries = new SegmentSubqueries();
    const where = compileCondition(
      top,
      { workspaceId: WS, now: NOW, segments: refs, defaultTimezone: TZ, subqueries },
      params,
    );
    expect(subqueries.definitions()).toHaveLength(13);
    expect(`${subqueries.withClause()}${where}`.length).toBeLessThan(20_000);
    expect(await sqlMembers(top)).toEqual(memoryMembers(top));
    expect(await sqlMembers({ segment: previous, in: false })).toEqual(
      memoryMembers({ segment: previous, in: false }),
    );
  });

  it('300 random condition trees select the same members in SQL and in memory', async () => {
    const treeRand = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const condition = randomCondition(treeRand, NOW, ['seg_static', 'seg_dyn']);
      if (process.env.DEBUG_AUDIENCE && i === Number(process.env.DEBUG_AUDIENCE))
        console.log(JSON.stringify(condition));
      expect({ i, condition, members: await sqlMembers(condition) }).toEqual({
        i,
        condition,
        members: memoryMembers(condition),
      });
    }
  }, 120_000);
});
