import { expect, test } from '@playwright/test';
import { expectNoEnglish, apiHeaders as headers, koreanPage } from '../pages/KoreanScreens';
import { docScreenshot } from '../screenshot';

const won = (text: string) => Number(text.replace(/[^\d-]/g, ''));

/**
 * Issue 16, numbers that are right and readable, in Korean: the overview's total is the sum of the
 * journeys' attributed revenue (each purchase once), journeys without cost are not ranked by a fake ROI,
 * the dashboard names its attribution rule, the live panel sits above the settings, and a rejected
 * draft shows the reviewer's reason in the list.
 */
test.describe
  .serial('numbers and live polish (Korean)', () => {
    test('the overview ranks by ROI, lists no-cost journeys unranked and totals without double counting', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      await page.goto('/insights');
      const rows = page.getByTestId('overview-row');
      await expect(rows.first()).toBeVisible();
      const total = page.getByTestId('overview-total');
      await expect(total).toContainText('구매는 한 번만 집계');
      // The total is the sum of the rows (the server attributes each purchase to one journey only).
      await expect
        .poll(async () => {
          const revenues = await rows.locator('td:nth-child(5)').allTextContents();
          const sum = revenues.reduce((s, text) => s + won(text), 0);
          return sum === won((await total.locator('td:nth-child(4)').textContent()) ?? '');
        })
        .toBe(true);
      for (const row of await rows.all()) {
        const roi = (await row.locator('td:nth-child(7)').textContent()) ?? '';
        const rank = ((await row.locator('td:nth-child(1)').textContent()) ?? '').trim();
        if (roi === '비용 없음') expect(rank).toBe('—');
      }
      await expectNoEnglish(page.getByTestId('workspace-overview'), ['Revenue', 'Cost', 'no cost', 'Rank']);
      await docScreenshot(page, 'insights-numbers-ko', true);
      await page.context().close();
    });

    test('a journey dashboard says which attribution rule it uses; the live panel is above the settings', async ({
      browser,
    }) => {
      const page = await koreanPage(browser, 'marketer@demo.local');
      const list = await (await page.request.get('/api/journeys?status=live', { headers })).json();
      let journey: { id: string; settings?: { goal?: unknown } } | undefined;
      for (const item of list.items as { id: string }[]) {
        const full = await (await page.request.get(`/api/journeys/${item.id}`, { headers })).json();
        if (full.settings?.goal) {
          journey = full;
          break;
        }
      }
      expect(journey, 'a live demo journey with a goal').toBeTruthy();
      await page.goto(`/journeys/${journey?.id}/dashboard`);
      const rule = page.getByTestId('dashboard-attribution');
      await expect(rule).toContainText('마지막 접점');
      await expect(page.getByTestId('dashboard-kpis')).toContainText('명');
      await docScreenshot(page, 'dashboard-attribution-ko', true);

      await page.goto(`/journeys/${journey?.id}`);
      const live = page.getByTestId('live-panel');
      const settings = page.getByTestId('journey-settings');
      await expect(live).toBeVisible();
      await expect(settings).toBeVisible();
      const [liveBox, settingsBox] = [await live.boundingBox(), await settings.boundingBox()];
      expect(liveBox?.y ?? 0).toBeLessThan(settingsBox?.y ?? 0);
      const zoom = await page
        .locator('.react-flow__viewport')
        .evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
      expect(zoom).toBeGreaterThanOrEqual(0.6);
      await page.locator('.react-flow__node').first().click();
      await expect(page.getByTestId('live-node-detail')).toBeVisible();
      await docScreenshot(page, 'editor-live-panel-ko');
      await page.context().close();
    });

    test('a rejected draft shows the reviewer’s reason in the journey list', async ({ browser }) => {
      const marketer = await koreanPage(browser, 'marketer@demo.local');
      const reviewer = await koreanPage(browser, 'reviewer@demo.local');
      const name = `반려 사유 ${Date.now()}`;
      const created = await (
        await marketer.request.post('/api/journeys', {
          headers,
          data: {
            name,
            graph: {
              nodes: [
                { id: 'entry', type: 'entry.event', position: { x: 0, y: 0 }, settings: { event: 'signup' } },
                { id: 'done', type: 'exit', position: { x: 0, y: 160 }, settings: {} },
              ],
              edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
            },
            settings: {},
          },
        })
      ).json();
      expect(
        (await marketer.request.post(`/api/journeys/${created.id}/submit`, { headers, data: {} })).status(),
      ).toBe(200);
      const rejected = await reviewer.request.post(`/api/journeys/${created.id}/reject`, {
        headers,
        data: { comment: '쿠폰 유효기간을 문구에 적어 주세요' },
      });
      expect(rejected.status()).toBe(200);
      await marketer.goto('/journeys');
      const row = marketer.locator(`tr[data-journey-id="${created.id}"]`);
      await expect(row.getByTestId('list-rejected')).toContainText('반려됨');
      await expect(row.getByTestId('list-rejected')).toContainText('쿠폰 유효기간을 문구에 적어 주세요');
      await docScreenshot(marketer, 'journey-list-rejected-ko');
      await marketer.context().close();
      await reviewer.context().close();
    });
  });
