import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeDistribution } from '../services/insight/gradeDistribution';
import { createEnginePublishHook } from '../services/runsEngine';
import { DEMO_WORKSPACE_ID } from '../services/seedDemoWorkspace';
import { createTestApp, type TestApp } from '../testing/createTestApp';
import { demoCustomers } from './demoCustomers';
import {
  DEMO_CUSTOMER_COUNT,
  DEMO_GRADE_HISTORY_DAYS,
  type DemoSeedResult,
  seedDemoContent,
} from './seedDemoContent';
import { seededRandom } from './seededRandom';

describe('demo workspace content', () => {
  it('is deterministic: the same seed builds the same customers', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const a = demoCustomers(seededRandom(7), 50, now);
    const b = demoCustomers(seededRandom(7), 50, now);
    expect(a).toEqual(b);
    expect(demoCustomers(seededRandom(8), 50, now)).not.toEqual(a);
    for (const c of a) {
      expect(c.name).toMatch(/^[가-힣]{3}$/);
      expect(c.phone).toMatch(/^010-\d{4}-\d{4}$/);
    }
  });

  describe('seeded on PGlite', () => {
    let t: TestApp;
    let result: DemoSeedResult;
    beforeAll(async () => {
      t = await createTestApp('pglite');
      result = await seedDemoContent({ ...t.deps, onPublish: createEnginePublishHook(t.deps.engine) });
    }, 120_000);
    afterAll(() => t?.dispose());

    const one = async <T extends Record<string, unknown>>(
      text: string,
      params: unknown[] = [DEMO_WORKSPACE_ID],
    ) => (await t.db.sql.query<T>(text, params))[0] as T;

    it('creates 5,000 customers with histories, every grade tier and realistic profiles', async () => {
      expect(result.seeded).toBe(true);
      const { n } = await one<{ n: number }>(
        'select count(*)::int as n from customers where workspace_id = $1',
      );
      expect(n).toBe(DEMO_CUSTOMER_COUNT);
      const grades = await t.db.sql.query<{ grade: string; n: number }>(
        'select grade, count(*)::int as n from customers where workspace_id = $1 group by grade',
        [DEMO_WORKSPACE_ID],
      );
      expect(grades.map((g) => g.grade).sort()).toEqual(['Bronze', 'Dormant', 'Gold', 'Silver', 'VIP']);
      const seoul = await one<{ n: number }>(
        `select count(*)::int as n from customers where workspace_id = $1 and timezone = 'Asia/Seoul'`,
      );
      expect(seoul.n / n).toBeGreaterThan(0.9);
      const purchases = await one<{ n: number; krw: number }>(
        `select count(*)::int as n, count(*) filter (where properties->>'currency' = 'KRW')::int as krw
           from events where workspace_id = $1 and name = 'purchase'`,
      );
      expect(purchases.n).toBeGreaterThan(10_000);
      expect(purchases.krw).toBe(purchases.n);
      const predicted = await one<{ n: number }>(
        `select count(*)::int as n from customers where workspace_id = $1 and attributes ? 'predicted'`,
      );
      expect(predicted.n).toBeGreaterThan(4_000);
      // Seeded histories have real cycles: repeat buyers get confident predictions of their own cycle.
      const confident = await one<{ n: number }>(
        `select count(*)::int as n from customers where workspace_id = $1
            and (attributes->'predicted'->>'confidence')::float8 >= 0.5`,
      );
      expect(confident.n).toBeGreaterThan(500);
    });

    it('has templates for every channel with compliant ads, and the referenced segments with members', async () => {
      const templates = await t.db.sql.query<{
        channel: string;
        purpose: string;
        content: Record<string, string>;
      }>('select channel, purpose, content from templates where workspace_id = $1', [DEMO_WORKSPACE_ID]);
      expect(new Set(templates.map((x) => x.channel))).toEqual(
        new Set(['sms', 'alimtalk', 'brandmessage', 'push', 'inapp', 'email', 'webhook']),
      );
      for (const ad of templates.filter(
        (x) => x.purpose === 'ad' && (x.channel === 'sms' || x.channel === 'brandmessage'),
      )) {
        expect(ad.content.text).toMatch(/^\(광고\)\[데모몰\]/);
        expect(ad.content.text).toContain('무료수신거부 080-');
      }
      const churn = await one<{ n: number }>(
        `select count(*)::int as n from segment_members where segment_id = 'seg_churn_risk' and workspace_id = $1`,
      );
      expect(churn.n).toBeGreaterThan(100);
    });

    it('publishes the seed journeys live, approved by a reviewer other than the author, with one in review', async () => {
      const journeys = await t.db.sql.query<{
        id: string;
        name: string;
        status: string;
        draft_status: string;
      }>('select id, name, status, draft_status from journeys where workspace_id = $1 order by created_at', [
        DEMO_WORKSPACE_ID,
      ]);
      expect(journeys.filter((j) => j.status === 'live')).toHaveLength(7);
      // The ready re-consent journey (issue 13) is live on consent_expiring.
      expect(journeys.find((j) => j.name === '광고 수신동의 갱신 안내')?.status).toBe('live');
      expect(journeys.filter((j) => j.draft_status === 'in_review')).toHaveLength(1);
      const live = await one<{ n: number }>(
        `select count(*)::int as n from journey_versions where workspace_id = $1 and status = 'live'`,
      );
      expect(live.n).toBe(7);
      const selfApproved = await one<{ n: number }>(
        `select count(*)::int as n from approvals a join journeys j on j.id = a.journey_id
          where j.workspace_id = $1 and a.decided_by = a.submitted_by`,
      );
      expect(selfApproved.n).toBe(0);
      // The demo is Korean-first: every journey and segment is described in Korean (issue 16).
      const described = await t.db.sql.query<{ description: string }>(
        `select description from journeys where workspace_id = $1
         union all select description from segments where workspace_id = $1`,
        [DEMO_WORKSPACE_ID],
      );
      expect(described.length).toBeGreaterThan(8);
      for (const { description } of described) expect(description).toMatch(/[가-힣]/);
      // Warm-up traffic started runs, so the canvas has counts on first open.
      const runs = await one<{ n: number }>('select count(*)::int as n from runs where workspace_id = $1');
      expect(runs.n).toBeGreaterThan(20);
    });

    it('seeds 12 weeks of grade history with acquisition, upgrades, downgrades and dormancy', async () => {
      const rank: Record<string, number> = { Bronze: 1, Silver: 2, Gold: 3, VIP: 4 };
      const changes = await t.db.sql.query<{
        from_grade: string | null;
        to_grade: string | null;
        at: string;
      }>(`select from_grade, to_grade, changed_at::text as at from grade_history where workspace_id = $1`, [
        DEMO_WORKSPACE_ID,
      ]);
      const oldest = Math.min(...changes.map((c) => Date.parse(c.at)));
      expect(Date.now() - oldest).toBeGreaterThan((DEMO_GRADE_HISTORY_DAYS - 4) * 86_400_000);
      const count = (test: (from: string | null, to: string | null) => boolean) =>
        changes.filter((c) => test(c.from_grade, c.to_grade)).length;
      const acquired = count((from) => from === null);
      const up = count((from, to) => (rank[to ?? ''] ?? 0) > (rank[from ?? ''] ?? 99));
      const down = count((from, to) => (rank[to ?? ''] ?? 99) < (rank[from ?? ''] ?? 0));
      const dormant = count((from, to) => from !== null && to === 'Dormant');
      expect(acquired).toBeGreaterThanOrEqual(DEMO_CUSTOMER_COUNT);
      expect(up).toBeGreaterThan(50);
      expect(down).toBeGreaterThan(50);
      expect(dormant).toBeGreaterThan(20);
      // Each customer's last change is the grade they hold now.
      const { mismatched } = await one<{ mismatched: number }>(
        `select count(*)::int as mismatched from customers c
           join lateral (select to_grade from grade_history h where h.customer_id = c.id
                          order by h.changed_at desc limit 1) last on true
          where c.workspace_id = $1 and last.to_grade is distinct from c.grade`,
      );
      expect(mismatched).toBe(0);
      // The overview chart moves: the grade counts differ between the first and the last of 30 days.
      const distribution = await gradeDistribution(t.db.sql, DEMO_WORKSPACE_ID, {
        days: 30,
        now: new Date(),
        timeZone: 'Asia/Seoul',
      });
      const first = distribution.days[0]?.counts ?? {};
      const last = distribution.days.at(-1)?.counts ?? {};
      const moved = distribution.grades.filter((g) => (first[g] ?? 0) !== (last[g] ?? 0));
      expect(moved.length).toBeGreaterThanOrEqual(3);
    });

    it('is idempotent', async () => {
      const again = await seedDemoContent({ ...t.deps, onPublish: createEnginePublishHook(t.deps.engine) });
      expect(again.seeded).toBe(false);
      const { n } = await one<{ n: number }>(
        'select count(*)::int as n from journeys where workspace_id = $1',
      );
      expect(n).toBe(8);
    });
  });
});
