import { recomputePurchasePredictions } from '@journeyflow/engine/ingest/recomputePredictions';
import type { CreateJourneyRequest } from '@journeyflow/shared/api/journeys';
import { exampleGradeTiers } from '@journeyflow/shared/audience/gradeTiers';
import { demoProducts } from '@journeyflow/shared/demo/demoProducts';
import { seedJourneys } from '@journeyflow/shared/journey/fixtures/seedJourneys';
import { eq } from 'drizzle-orm';
import { type UserPrincipal, userPrincipal } from '../auth/principal';
import { createTemplate } from '../channels/templateService';
import { putAlimtalkTemplate, putMessagingSettings } from '../channels/workspaceMessagingService';
import { users } from '../db/schema/users';
import type { ServerDeps } from '../serverDeps';
import { evaluateGrades } from '../services/audience/evaluateGrades';
import { saveGradeTiers } from '../services/audience/gradeTierStore';
import { recomputeRfm } from '../services/audience/recomputeRfm';
import { refreshSegment } from '../services/audience/refreshSegment';
import { createSegment } from '../services/audience/segmentStore';
import { trackEvents } from '../services/ingestionService';
import { publishJourney } from '../services/journeyPublish';
import { createJourney } from '../services/journeyService';
import { reviewJourney, submitJourney } from '../services/journeyWorkflow';
import { DEMO_WORKSPACE_ID } from '../services/seedDemoWorkspace';
import { type DemoCustomer, demoCustomers } from './demoCustomers';
import { birthdayJourney, reconsentJourney, shopCouponJourney } from './demoJourneys';
import { DEMO_OPTOUT_LINE, DEMO_SENDER_NAME, demoAlimtalkTemplates, demoTemplates } from './demoTemplates';
import { KOREAN_DESCRIPTIONS } from './koreanDescriptions';
import { seededRandom } from './seededRandom';

export const DEMO_CUSTOMER_COUNT = 5_000;
const DEMO_SEED = 20_260_101;
const chunkSize = 5_000;
const dayMs = 86_400_000;
/** How far back the seeded grade history reaches, and how often grades are re-evaluated within it. */
export const DEMO_GRADE_HISTORY_DAYS = 84;
const gradeHistoryStepDays = 7;

export type DemoSeedResult = {
  readonly seeded: boolean;
  readonly customers: number;
  readonly events: number;
  readonly journeys: readonly string[];
  readonly ms: number;
  /** Milliseconds per step, to keep the first start fast. */
  readonly steps: Readonly<Record<string, number>>;
};

/** Segments the seed journeys reference (`seg_churn_risk`) and a few a marketer would keep. */
const demoSegments = [
  {
    id: 'seg_churn_risk',
    name: '이탈 위험 고객',
    description: '구매한 적은 있지만 최근 60~180일 동안 구매가 없는 고객.',
    condition: {
      all: [
        { attribute: 'rfm.recency_days', op: 'gt', value: 60 },
        { attribute: 'rfm.recency_days', op: 'lte', value: 180 },
      ],
    },
  },
  {
    id: 'seg_vip',
    name: 'VIP 고객',
    description: 'VIP 등급 고객.',
    condition: { attribute: 'grade', op: 'eq', value: 'VIP' },
  },
  {
    id: 'seg_organic_buyers',
    name: '유기농 채소 구매자',
    description: '최근 90일 안에 유기농 채소를 산 고객.',
    condition: {
      event: 'purchase',
      withinSeconds: 90 * 86_400,
      where: { trigger: 'properties.category', op: 'eq', value: 'organic_vegetables' },
    },
  },
  {
    id: 'seg_sms_ad_ok',
    name: 'SMS 광고 수신 동의',
    description: '문자 광고를 받을 수 있는 고객.',
    condition: { attribute: 'consent.sms', op: 'exists' },
  },
] as const;

/**
 * Fills the demo workspace on the embedded default's first start (SPEC §10): grade tiers, 5,000 customers
 * with purchase histories (bulk inserts from a seeded PRNG, so every machine gets the same workspace),
 * templates for every channel, segments, and the seed journeys published live through the same
 * services the API uses — written by the marketer, approved by a reviewer — plus one waiting in review.
 * Idempotent: a workspace that already has journeys is left alone.
 */
export async function seedDemoContent(deps: ServerDeps): Promise<DemoSeedResult> {
  const started = Date.now();
  const sql = deps.db.sql;
  const ws = DEMO_WORKSPACE_ID;
  const [existing] = await sql.query<{ n: number }>(
    'select (select count(*) from journeys where workspace_id = $1)::int + (select count(*) from customers where workspace_id = $1)::int as n',
    [ws],
  );
  if (Number(existing?.n ?? 0) > 0)
    return { seeded: false, customers: 0, events: 0, journeys: [], ms: Date.now() - started, steps: {} };
  const steps: Record<string, number> = {};
  let lap = Date.now();
  const mark = (step: string) => {
    steps[step] = Date.now() - lap;
    lap = Date.now();
  };

  const now = deps.now();
  const random = seededRandom(DEMO_SEED);
  const marketer = await principal(deps, 'marketer@demo.local');
  const reviewer = await principal(deps, 'reviewer@demo.local');

  await putMessagingSettings(sql, ws, { senderName: DEMO_SENDER_NAME, optoutLine: DEMO_OPTOUT_LINE });
  for (const template of demoAlimtalkTemplates) await putAlimtalkTemplate(sql, ws, template);
  for (const template of demoTemplates) await createTemplate(sql, ws, template, marketer.userId);
  await saveGradeTiers(sql, ws, exampleGradeTiers.tiers);
  mark('settings');

  const customers = demoCustomers(random, DEMO_CUSTOMER_COUNT, now);
  const events = await insertCustomers(deps, customers, now);
  // Each customer's predicted next purchase, computed from the seeded cycles as the nightly job does.
  await recomputePurchasePredictions(sql, ws, now);
  mark('customers');
  await replayGradeHistory(deps, now);
  mark('grades');

  for (const segment of demoSegments) {
    await createSegment(
      sql,
      ws,
      { name: segment.name, description: segment.description, condition: segment.condition as never },
      { now, createdBy: marketer.userId, id: segment.id },
    );
    await refreshSegment(sql, ws, segment.id, { now });
  }
  mark('segments');

  const workflow = { db: deps.db, now: deps.now, onPublish: deps.onPublish };
  const published: string[] = [];
  type SeedInput = Parameters<typeof toRequest>[0];
  const korean = (journey: SeedInput, key: string): SeedInput => ({
    ...journey,
    description: KOREAN_DESCRIPTIONS[key] ?? journey.description,
  });
  const live: SeedInput[] = [
    ...seedJourneys.map((s) => korean(s.journey as SeedInput, s.key)),
    korean(shopCouponJourney, 'shop-coupon'),
    korean(reconsentJourney, 'reconsent'),
  ];
  for (const journey of live) {
    const created = await createJourney(deps.db.orm, marketer, toRequest(journey), deps.now());
    await submitJourney(workflow, marketer, created.id, '데모 여정입니다. 검토 부탁드려요.');
    await reviewJourney(workflow, reviewer, created.id, 'approve', '문구와 발송 규칙 확인했습니다.');
    await publishJourney(workflow, marketer, created.id, {});
    published.push(created.id);
  }
  const inReview = await createJourney(
    deps.db.orm,
    marketer,
    toRequest({ ...birthdayJourney, description: KOREAN_DESCRIPTIONS.birthday }),
    deps.now(),
  );
  await submitJourney(workflow, marketer, inReview.id, '생일 쿠폰 여정 검토 요청드립니다.');
  mark('journeys');

  await warmUpTraffic(deps, customers, random);
  mark('traffic');
  return {
    seeded: true,
    customers: customers.length,
    events,
    journeys: [...published, inReview.id],
    ms: Date.now() - started,
    steps,
  };
}

/**
 * RFM and grades as they were each week over the last 12 weeks, from the seeded purchase history,
 * so grade_history holds what a real workspace would have: customers acquired as they sign up, upgrades
 * after big purchases, downgrades as purchases age out of the 90-day window, and customers going
 * dormant. The same set-based statements as the nightly job, one pair per week; customers join the
 * grading once they exist. No grade_changed events: the journeys were not live back then.
 */
async function replayGradeHistory(deps: ServerDeps, now: Date): Promise<void> {
  const sql = deps.db.sql;
  const ws = DEMO_WORKSPACE_ID;
  for (let days = DEMO_GRADE_HISTORY_DAYS; days > 0; days -= gradeHistoryStepDays) {
    const at = new Date(now.getTime() - days * dayMs);
    const existing = await sql.query<{ id: string }>(
      'select id from customers where workspace_id = $1 and created_at <= $2::timestamptz',
      [ws, at.toISOString()],
    );
    await recomputeRfm(sql, ws, { now: at });
    await evaluateGrades(sql, ws, { now: at, reason: 'seed', customerIds: existing.map((c) => c.id) });
  }
  await recomputeRfm(sql, ws, { now });
  await evaluateGrades(sql, ws, { now, reason: 'seed' });
}

function toRequest(journey: {
  readonly name: string;
  readonly description?: string | undefined;
  readonly settings?: unknown;
  readonly graph?: unknown;
}): CreateJourneyRequest {
  // The fixtures are plain JSON; the same service the API uses validates and stores them.
  return JSON.parse(
    JSON.stringify({
      name: journey.name,
      description: journey.description ?? '',
      settings: journey.settings,
      graph: journey.graph,
    }),
  ) as CreateJourneyRequest;
}

async function principal(deps: ServerDeps, email: string): Promise<UserPrincipal> {
  const [user] = await deps.db.orm.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`demo user ${email} missing: seed the demo workspace first`);
  return userPrincipal(user, 'demo-seed');
}

/** Customers and their purchase events with set-based inserts (`unnest`), a few statements in all. */
async function insertCustomers(
  deps: ServerDeps,
  customers: readonly DemoCustomer[],
  now: Date,
): Promise<number> {
  const sql = deps.db.sql;
  const ids = customers.map((_, i) => `cus_demo_${String(i + 1).padStart(4, '0')}`);
  await sql.transaction(async (tx) => {
    for (let start = 0; start < customers.length; start += chunkSize) {
      const chunk = customers.slice(start, start + chunkSize);
      await tx.query(
        `insert into customers (id, workspace_id, external_id, attributes, timezone, locale, consent, phone, email, created_at, updated_at)
         select u.id, $1, u.external_id, u.attributes::jsonb, u.timezone, 'ko-KR', u.consent::jsonb, u.phone, u.email,
                u.created_at, $10::timestamptz
         from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
           as u(id, external_id, attributes, timezone, consent, phone, email, created_at)`,
        [
          DEMO_WORKSPACE_ID,
          ids.slice(start, start + chunkSize),
          chunk.map((c) => c.externalId),
          chunk.map((c) => JSON.stringify(c.attributes)),
          chunk.map((c) => c.timezone),
          chunk.map((c) => JSON.stringify(c.consent)),
          chunk.map((c) => c.phone),
          chunk.map((c) => c.email),
          chunk.map((c) => c.createdAt.toISOString()),
          now.toISOString(),
        ],
      );
    }
  });
  const rows: { id: string; customerId: string; properties: string; ts: string }[] = [];
  customers.forEach((customer, i) => {
    customer.purchases.forEach((purchase, n) => {
      rows.push({
        id: `evt_demo_${i + 1}_${n + 1}`,
        customerId: ids[i] as string,
        properties: JSON.stringify({
          orderId: `ord_${i + 1}_${n + 1}`,
          productId: purchase.productId,
          productName: purchase.productName,
          category: purchase.category,
          amount: purchase.amount,
          currency: 'KRW',
        }),
        ts: purchase.ts.toISOString(),
      });
    });
  });
  await sql.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += chunkSize * 2) {
      const chunk = rows.slice(start, start + chunkSize * 2);
      await tx.query(
        `insert into events (id, workspace_id, customer_id, name, properties, ts, message_id, received_at)
         select u.id, $1, u.customer_id, 'purchase', u.properties::jsonb, u.ts, u.id, u.ts
         from unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) as u(id, customer_id, properties, ts)`,
        [
          DEMO_WORKSPACE_ID,
          chunk.map((r) => r.id),
          chunk.map((r) => r.customerId),
          chunk.map((r) => r.properties),
          chunk.map((r) => r.ts),
        ],
      );
    }
  });
  return rows.length;
}

/**
 * A little live traffic through the public ingestion service so the canvas shows counts on first open:
 * some customers view one product three times, a few of them buy it.
 */
async function warmUpTraffic(
  deps: ServerDeps,
  customers: readonly DemoCustomer[],
  random: ReturnType<typeof seededRandom>,
): Promise<void> {
  const browsing = customers.slice(20, 60);
  const views = browsing.flatMap((customer) => {
    const product = random.pick(demoProducts);
    const properties = {
      productId: product.id,
      productName: product.name,
      category: product.category,
      price: product.price,
    };
    return [0, 1, 2].map(() => ({ externalId: customer.externalId, name: 'product_viewed', properties }));
  });
  await trackEvents(deps.ingestion, DEMO_WORKSPACE_ID, views);
  const buyers = browsing.filter(() => random.chance(0.25));
  await trackEvents(
    deps.ingestion,
    DEMO_WORKSPACE_ID,
    buyers.map((customer) => {
      const product = random.pick(demoProducts);
      return {
        externalId: customer.externalId,
        name: 'purchase',
        properties: {
          productId: product.id,
          productName: product.name,
          category: product.category,
          amount: product.price,
          currency: 'KRW',
        },
      };
    }),
  );
}
