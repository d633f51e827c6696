import { demoProducts } from '@journeyflow/shared/demo/demoProducts';
import { koreanName } from './koreanName';
import type { SeededRandom } from './seededRandom';

export type DemoPurchase = {
  readonly ts: Date;
  readonly productId: string;
  readonly productName: string;
  readonly category: string;
  readonly amount: number;
};

export type DemoCustomer = {
  readonly externalId: string;
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  readonly timezone: string;
  readonly consent: Record<string, string>;
  readonly attributes: Record<string, unknown>;
  readonly createdAt: Date;
  readonly purchases: readonly DemoPurchase[];
};

type Profile = 'vip' | 'gold' | 'silver' | 'bronze' | 'dormant' | 'new';

const profiles: readonly (readonly [Profile, number])[] = [
  ['vip', 4],
  ['gold', 9],
  ['silver', 27],
  ['bronze', 38],
  ['dormant', 15],
  ['new', 7],
];

const otherZones: readonly string[] = [
  'Asia/Tokyo',
  'America/Los_Angeles',
  'Europe/London',
  'Asia/Singapore',
];
const phonePlans: readonly string[] = ['5G 슬림', '5G 스탠다드', 'LTE 데이터 무제한', '5G 프리미엄'];
const dayMs = 86_400_000;

/** Purchases as each profile tends to buy: spend in the last 90 days decides the grade (SPEC §5 tiers). */
function purchasesOf(random: SeededRandom, profile: Profile, now: number): DemoPurchase[] {
  type Range = readonly [number, number];
  const plans: Record<Profile, { count: Range; days: Range; spend: Range }> = {
    vip: { count: [6, 12], days: [1, 85], spend: [150_000, 320_000] },
    gold: { count: [4, 7], days: [1, 85], spend: [110_000, 160_000] },
    silver: { count: [2, 5], days: [1, 88], spend: [35_000, 90_000] },
    bronze: { count: [1, 3], days: [20, 170], spend: [8_000, 45_000] },
    dormant: { count: [1, 4], days: [190, 420], spend: [10_000, 80_000] },
    new: { count: [0, 1], days: [0, 10], spend: [5_000, 30_000] },
  };
  const plan = plans[profile];
  const out: DemoPurchase[] = [];
  const count = random.int(plan.count[0], plan.count[1]);
  // Each customer buys on their own cycle (± 15 %), the latest purchase within the profile's recency range,
  // so the computed prediction (docs/prediction.md) finds real cycles and the repurchase journey has dates.
  // About half the Gold customers last bought 32–49 days ago, all of it still within 90 days (same grade):
  // the "lapsed Gold" play has people in it. Decided from the count already drawn, so the random sequence,
  // and every other customer, stays as it was.
  const lapsed = profile === 'gold' && count % 2 === 0;
  const start = lapsed ? 32 + ((count * 7) % 18) : plan.days[0];
  const span = plan.days[1] - start;
  const cycle = count > 1 ? Math.max(3, (span / count) * (0.6 + 0.4 * random.next())) : random.int(20, 60);
  const offset = random.int(0, Math.max(0, Math.round(Math.min(cycle, span))));
  let back = start + (lapsed ? 0 : offset);
  for (let i = 0; i < count; i++) {
    const product = random.pick(demoProducts);
    const target = random.int(plan.spend[0], plan.spend[1]);
    const quantity = Math.max(1, Math.round(target / product.price));
    out.push({
      ts: new Date(now - back * dayMs - random.int(0, 86_399) * 1000),
      productId: product.id,
      productName: product.name,
      category: product.category,
      amount: product.price * quantity,
    });
    back += cycle * (0.85 + 0.3 * random.next());
  }
  return out.sort((a, b) => a.ts.getTime() - b.ts.getTime());
}

function consentDate(random: SeededRandom, now: number, p: number): string | undefined {
  if (!random.chance(p)) return undefined;
  // Most consents are recent; about one in ten is older than two years (expired, SPEC §5).
  const daysAgo = random.chance(0.1) ? random.int(740, 1100) : random.int(5, 700);
  return new Date(now - daysAgo * dayMs).toISOString();
}

/**
 * The demo's customers, generated from a seed so every start builds the same workspace: Korean names,
 * 010 phone numbers, mostly Seoul time, consents with the dates they were given, purchase histories
 * and a predicted next purchase date. The first `showcaseCount` customers have every consent (night
 * included) so the demo shop's messages arrive at any hour.
 */
export function demoCustomers(
  random: SeededRandom,
  count: number,
  now: Date,
  showcaseCount = 20,
): DemoCustomer[] {
  const at = now.getTime();
  const customers: DemoCustomer[] = [];
  const phones = new Set<string>();
  for (let i = 0; i < count; i++) {
    const showcase = i < showcaseCount;
    const profile = showcase
      ? random.pick(['vip', 'gold', 'silver', 'bronze'] as const)
      : random.weighted(profiles);
    let phone: string;
    do {
      phone = `010-${random.int(2000, 9999)}-${String(random.int(0, 9999)).padStart(4, '0')}`;
    } while (phones.has(phone));
    phones.add(phone);
    const name = koreanName(random);
    const purchases = purchasesOf(random, profile, at);
    const consent: Record<string, string> = {};
    for (const [key, p] of [
      ['sms', 0.8],
      ['kakao', 0.7],
      ['push', 0.6],
      ['email', 0.5],
      ['night', 0.2],
    ] as const) {
      const date = showcase ? new Date(at - 30 * dayMs).toISOString() : consentDate(random, at, p);
      if (date) consent[key] = date;
    }
    const birth = new Date(Date.UTC(random.int(1960, 2004), random.int(0, 11), random.int(1, 28)));
    customers.push({
      externalId: `cust_${String(i + 1).padStart(4, '0')}`,
      name,
      phone,
      email: `user${String(i + 1).padStart(4, '0')}@demo-mall.kr`,
      timezone: showcase || random.chance(0.95) ? 'Asia/Seoul' : random.pick(otherZones),
      consent,
      attributes: {
        name,
        phone,
        email: `user${String(i + 1).padStart(4, '0')}@demo-mall.kr`,
        birthday: birth.toISOString().slice(0, 10),
        gender: random.chance(0.5) ? 'F' : 'M',
        recommended_plan: random.pick(phonePlans),
      },
      createdAt: new Date(Math.min(purchases[0]?.ts.getTime() ?? at, at - random.int(1, 900) * dayMs)),
      purchases,
    });
  }
  return customers;
}
