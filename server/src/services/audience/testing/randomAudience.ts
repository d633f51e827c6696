import type { SqlClient } from '@journeyflow/engine/ports/sqlClient';
import { type Condition, conditionOperatorSchema } from '@journeyflow/shared/journey/condition';

/** Small deterministic PRNG (mulberry32) so a failing random case can be replayed from its seed. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export type TestCustomer = {
  id: string;
  externalId: string;
  attributes: Record<string, unknown>;
  timezone: string | null;
  grade: string | null;
  consent: Record<string, string | null>;
  lastPurchaseAt: Date | null;
  frequency90d: number;
  monetary90d: number;
};

export type TestEvent = { customerId: string; name: string; properties: Record<string, unknown>; ts: Date };

const DAY = 86_400_000;
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const SCALARS: readonly unknown[] = [
  0,
  1,
  2.5,
  10,
  -3,
  100,
  'a',
  'b',
  'Seoul',
  '서울',
  'seoul',
  '',
  true,
  false,
  null,
];
const CITIES = ['Seoul', 'Busan', 'Incheon', '서울', 'seoul'];
const TAGS = ['vip', 'new', 'sale', 'kids'];
const GRADES = ['VIP', 'Gold', 'Silver', 'Bronze', null];
const ZONES = ['Asia/Seoul', 'UTC', 'America/New_York', null];

const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Customers whose attributes mix types on purpose: numbers, strings, booleans, arrays, nulls, missing. */
export const randomCustomers = (
  rand: () => number,
  now: Date,
  n: number,
  idPrefix = 'cus_t',
): TestCustomer[] =>
  Array.from({ length: n }, (_, i) => {
    const attributes: Record<string, unknown> = {};
    if (rand() < 0.85) attributes.a = pick(rand, SCALARS);
    if (rand() < 0.8) attributes.city = pick(rand, CITIES);
    if (rand() < 0.7) attributes.score = Math.round(rand() * 200) - 50;
    if (rand() < 0.6) attributes.tags = TAGS.filter(() => rand() < 0.4);
    if (rand() < 0.2) attributes.tags = pick(rand, TAGS);
    if (rand() < 0.8) {
      // Birthdays near today make anniversary cases hit; some are not dates at all.
      const offset = Math.floor(rand() * 7) - 3;
      const birth = new Date(now.getTime() + offset * DAY);
      birth.setUTCFullYear(1980 + Math.floor(rand() * 30));
      attributes.birthday = rand() < 0.1 ? 'not a date' : rand() < 0.1 ? '2023-02-30' : isoDay(birth);
    }
    if (rand() < 0.7)
      attributes.signup_at = new Date(now.getTime() - Math.floor(rand() * 800) * DAY).toISOString();
    if (rand() < 0.3) attributes.profile = { level: Math.floor(rand() * 5), nick: pick(rand, ['x', 'y']) };
    const consent: Record<string, string | null> = {};
    if (rand() < 0.7)
      consent.sms = rand() < 0.2 ? null : isoDay(new Date(now.getTime() - Math.floor(rand() * 900) * DAY));
    if (rand() < 0.5) consent.email = isoDay(new Date(now.getTime() - Math.floor(rand() * 900) * DAY));
    const purchased = rand() < 0.7;
    return {
      id: `${idPrefix}${i}`,
      externalId: `u${i}`,
      attributes,
      timezone: pick(rand, ZONES),
      grade: pick(rand, GRADES),
      consent,
      lastPurchaseAt: purchased ? new Date(now.getTime() - Math.floor(rand() * 200 * DAY)) : null,
      frequency90d: purchased ? Math.floor(rand() * 6) : 0,
      monetary90d: purchased ? Math.floor(rand() * 20) * 100_000 : 0,
    };
  });

/** Events spread over 120 days, with some exactly on the 1-day and 30-day window boundaries. */
export const randomEvents = (
  rand: () => number,
  now: Date,
  customers: readonly TestCustomer[],
): TestEvent[] => {
  const events: TestEvent[] = [];
  const boundaries = [DAY, 30 * DAY, DAY + 1, 30 * DAY - 1, 0, -DAY];
  for (const customer of customers) {
    const n = Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const back = rand() < 0.25 ? pick(rand, boundaries) : Math.floor(rand() * 120 * DAY);
      events.push({
        customerId: customer.id,
        name: pick(rand, ['purchase', 'product_viewed']),
        properties: {
          amount: pick(rand, [5000, 20000, 150000, '20000']),
          category: pick(rand, ['shoes', 'organic_vegetables', 'bags']),
          ...(rand() < 0.3 ? { tags: TAGS.filter(() => rand() < 0.5) } : {}),
        },
        ts: new Date(now.getTime() - back),
      });
    }
  }
  return events;
};

/** The attribute paths the random customers fill (and `missing`, which none has): what conditions test. */
export const ATTRIBUTE_PATHS = [
  'a',
  'city',
  'score',
  'tags',
  'birthday',
  'signup_at',
  'profile.level',
  'profile.nick',
  'grade',
  'timezone',
  'externalId',
  'consent.sms',
  'consent.email',
  'rfm.recency_days',
  'rfm.frequency_90d',
  'rfm.monetary_90d',
  'missing',
];

const operand = (rand: () => number, op: string, now: Date): unknown => {
  switch (op) {
    case 'exists':
      return pick(rand, [undefined, true, false]);
    case 'in':
      return Array.from({ length: 1 + Math.floor(rand() * 3) }, () =>
        pick(rand, [...SCALARS, ...CITIES, ...GRADES.filter(Boolean), 'u1', 'u2']),
      );
    case 'before':
    case 'after':
      return pick(rand, [
        isoDay(new Date(now.getTime() - 30 * DAY)),
        new Date(now.getTime() - 400 * DAY).toISOString(),
        '1995-06-01',
        'garbage',
      ]);
    case 'anniversary':
      return pick(rand, [undefined, 0, 1, 2]);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return pick(rand, [0, 1, 10, 50, 2.5, 100_000, 500_000, 'Busan', 'b', '2024-01-01']);
    default:
      return pick(rand, [...SCALARS, ...CITIES, 'VIP', 'Gold', 'u3', 'vip', 50]);
  }
};

const OPS = conditionOperatorSchema.options;

const leaf = (rand: () => number, now: Date, segmentIds: readonly string[], depth: number): Condition => {
  const kind = rand();
  if (kind < 0.55) {
    const op = pick(rand, OPS);
    const value = operand(rand, op, now);
    return value === undefined
      ? { attribute: pick(rand, ATTRIBUTE_PATHS), op }
      : { attribute: pick(rand, ATTRIBUTE_PATHS), op, value };
  }
  if (kind < 0.85) {
    const condition: Condition = { event: pick(rand, ['purchase', 'product_viewed', 'never_sent']) };
    if (rand() < 0.6) condition.withinSeconds = pick(rand, [86_400, 30 * 86_400, 90 * 86_400]);
    if (rand() < 0.5) {
      condition.count = {
        op: pick(rand, ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] as const),
        value: Math.floor(rand() * 4),
      };
    }
    if (rand() < 0.4 && depth < 2) {
      const op = pick(rand, ['eq', 'gte', 'lt', 'in', 'contains', 'exists'] as const);
      const path = pick(rand, [
        'properties.amount',
        'properties.category',
        'properties.tags',
        'name',
        'properties.none',
      ]);
      const value =
        op === 'exists'
          ? undefined
          : op === 'in'
            ? ['shoes', 'bags', 20000]
            : pick(rand, [20000, 'shoes', 'vip', 150000]);
      condition.where = value === undefined ? { trigger: path, op } : { trigger: path, op, value };
    }
    return condition;
  }
  if (kind < 0.95 && segmentIds.length > 0) return { segment: pick(rand, segmentIds), in: rand() < 0.6 };
  return { trigger: pick(rand, ['properties.category', 'name']), op: 'exists' };
};

/** A random Condition tree up to depth 3 over the attributes and events above. */
export const randomCondition = (
  rand: () => number,
  now: Date,
  segmentIds: readonly string[],
  depth = 0,
): Condition => {
  const roll = rand();
  if (depth < 3 && roll < 0.3) {
    const items = Array.from({ length: Math.floor(rand() * 3) + 1 }, () =>
      randomCondition(rand, now, segmentIds, depth + 1),
    );
    return rand() < 0.5 ? { all: items } : { any: items };
  }
  if (depth < 3 && roll < 0.4) return { not: randomCondition(rand, now, segmentIds, depth + 1) };
  return leaf(rand, now, segmentIds, depth);
};

/** Writes the customers and events with set-based inserts (both drivers). */
export const insertAudience = async (
  sql: SqlClient,
  workspaceId: string,
  customers: readonly TestCustomer[],
  events: readonly TestEvent[],
): Promise<void> => {
  await sql.query(
    `insert into customers (id, workspace_id, external_id, attributes, timezone, grade, consent, last_purchase_at, frequency_90d, monetary_90d)
     select x.id, $1, x.ext, x.attrs::jsonb, x.tz, x.grade, x.consent::jsonb, x.lp, x.f, x.m
       from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::int[], $10::float8[])
         as x(id, ext, attrs, tz, grade, consent, lp, f, m)`,
    [
      workspaceId,
      customers.map((c) => c.id),
      customers.map((c) => c.externalId),
      customers.map((c) => JSON.stringify(c.attributes)),
      customers.map((c) => c.timezone),
      customers.map((c) => c.grade),
      customers.map((c) => JSON.stringify(c.consent)),
      customers.map((c) => c.lastPurchaseAt?.toISOString() ?? null),
      customers.map((c) => c.frequency90d),
      customers.map((c) => c.monetary90d),
    ],
  );
  if (events.length === 0) return;
  await sql.query(
    `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id)
     select $1 || '_evt_' || x.i, $1, x.c, x.n, x.p::jsonb, x.ts, 'msg_' || x.i
       from unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::int[]) as x(c, n, p, ts, i)`,
    [
      workspaceId,
      events.map((e) => e.customerId),
      events.map((e) => e.name),
      events.map((e) => JSON.stringify(e.properties)),
      events.map((e) => e.ts.toISOString()),
      events.map((_, i) => i),
    ],
  );
};
