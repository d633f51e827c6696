import { expect, type Page, test } from '@playwright/test';
import { signedInPage } from '../helpers/signedInPage';
import { DemoShopPage } from '../pages/DemoShopPage';
import { docScreenshot, screenshot } from '../screenshot';

async function journeyIdNamed(page: Page, name: string): Promise<string> {
  const res = await page.request.get(`/api/journeys?q=${encodeURIComponent(name)}`);
  const body = (await res.json()) as { items: { id: string; name: string }[] };
  const found = body.items.find((j) => j.name === name);
  if (!found) throw new Error(`no journey named ${name}`);
  return found.id;
}

test.describe
  .serial('the seeded demo: shop, live canvas, test run, review', () => {
    test('a customer views a product three times in the demo shop and the in-app coupon appears', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const shop = new DemoShopPage(page);
      await shop.goto();
      await shop.shopAs('cust_0001');
      await expect(shop.inbox()).toBeAttached();
      await shop.view('p_apple', 3);
      await expect(
        shop
          .inbox()
          .getByText(/10% 할인 쿠폰 SHOP10/)
          .first(),
      ).toBeVisible({ timeout: 30_000 });
      await docScreenshot(page, 'demo-shop');
    });

    test('the live journey counters move when customers act', async ({ browser }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const journeyId = await journeyIdNamed(page, '데모샵: 3회 조회 인앱 쿠폰');
      await page.goto(`/journeys/${journeyId}`);
      const entered = page.getByTestId('live-entered');
      await expect(entered).toBeVisible();
      await expect(page.getByTestId('live-stats-entry')).toBeVisible();
      const before = Number((await entered.textContent())?.replace(/\D/g, '') ?? '0');
      for (let i = 0; i < 3; i++) {
        const res = await page.request.post('/api/events', {
          headers: { 'X-Requested-With': 'journeyflow' },
          data: {
            externalId: 'cust_0002',
            name: 'product_viewed',
            properties: { productId: 'p_kale', productName: '유기농 케일 500g' },
          },
        });
        expect(res.status()).toBe(202);
      }
      await expect
        .poll(async () => Number((await entered.textContent())?.replace(/\D/g, '') ?? '0'), {
          timeout: 20_000,
        })
        .toBeGreaterThan(before);
      // Clicking a node lists the customers on it, each linking to the customer page.
      await page.locator('.react-flow__node[data-id="coupon"]').click();
      await expect(page.getByTestId('live-node-detail')).toBeVisible();
      // Time in node (p50/p90/p99) of the customers who passed the node.
      await expect(page.getByTestId('live-node-time')).toContainText(/p50 .* p90 .* p99/);
      await docScreenshot(page, 'live-canvas');
      await page.goto(`/journeys/${journeyId}/dashboard`);
      await expect(page.getByTestId('dashboard-kpis')).toBeVisible();
      await docScreenshot(page, 'dashboard');
    });

    test('the workspace overview ranks journeys by ROI and charts 12 weeks of grades', async ({
      browser,
    }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      await page.goto('/insights');
      await expect(page.getByTestId('overview-row').first()).toBeVisible();
      const chart = page.getByTestId('grade-distribution');
      await expect(chart).toContainText('12 weeks');
      await expect(chart.locator('.recharts-area, .recharts-bar, .recharts-line').first()).toBeVisible();
      await screenshot(page, 'workspace-overview');
    });

    test('a test run from the editor highlights the path and shows the messages', async ({ browser }) => {
      const page = await signedInPage(browser, 'marketer@demo.local');
      const journeyId = await journeyIdNamed(page, '상품 조회 후 미구매 고객 쿠폰');
      await page.goto(`/journeys/${journeyId}`);
      await page.getByRole('button', { name: 'Test run…' }).click();
      await page.getByRole('button', { name: 'Run test' }).click();
      const result = page.getByTestId('test-result');
      await expect(result).toBeVisible({ timeout: 30_000 });
      await expect(page.getByTestId('test-path-style')).toHaveAttribute(
        'data-path',
        /entry,coupon,wait,similar/,
      );
      await expect(result.getByTestId('test-message').first()).toContainText('10% 할인 쿠폰');
      await page.waitForTimeout(2500); // let the path animation finish for the picture
      await docScreenshot(page, 'editor-test-run', true);
    });

    test('a reviewer sees the journey waiting for review with its diff', async ({ browser }) => {
      const page = await signedInPage(browser, 'reviewer@demo.local');
      const journeyId = await journeyIdNamed(page, '생일 축하 쿠폰');
      await page.goto(`/journeys/${journeyId}/review`);
      await expect(page.getByRole('button', { name: /approve|승인/i })).toBeVisible();
      await docScreenshot(page, 'review-diff');
    });
  });
