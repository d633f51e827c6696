import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { signedInPage } from '../helpers/signedInPage';
import { SegmentsPage } from '../pages/SegmentsPage';
import { docScreenshot } from '../screenshot';

/** Issue #17: lists that page through everything, honest audience imports and the migration map, in Korean. */
const headers = { 'X-Requested-With': 'journeyflow' };
const stamp = Date.now();
const MESSAGES = 2_000;
const pos = (y: number) => ({ x: 0, y });

const ok = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> => {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
};

/** Creates, reviews (as the reviewer) and publishes a journey through the API; returns its id. */
async function publishedJourney(
  marketer: Page,
  reviewer: Page,
  name: string,
  graph: unknown,
): Promise<string> {
  const journey = await ok<{ id: string }>(
    await marketer.request.post('/api/journeys', { headers, data: { name, graph, settings: {} } }),
  );
  await ok(await marketer.request.post(`/api/journeys/${journey.id}/submit`, { headers, data: {} }));
  await ok(await reviewer.request.post(`/api/journeys/${journey.id}/approve`, { headers, data: {} }));
  await ok(await marketer.request.post(`/api/journeys/${journey.id}/publish`, { headers, data: {} }));
  return journey.id;
}

test.describe
  .serial('lists, imports and the migration map (issue #17)', () => {
    let marketer: Page;
    let reviewer: Page;
    let messagesJourney = '';

    test.beforeAll(async ({ browser }) => {
      marketer = await signedInPage(browser, 'marketer@demo.local', 'ko-KR');
      reviewer = await signedInPage(browser, 'reviewer@demo.local', 'ko-KR');
    });
    test.afterAll(async () => {
      await marketer?.context().close();
      await reviewer?.context().close();
    });

    test('a marketer pages through all 2,000 messages of a journey, with the total shown', async () => {
      test.setTimeout(420_000);
      messagesJourney = await publishedJourney(marketer, reviewer, `안내 발송 ${stamp}`, {
        nodes: [
          { id: 'entry', type: 'entry.event', position: pos(0), settings: { event: `lists_ping_${stamp}` } },
          {
            id: 'notice',
            type: 'send',
            position: pos(160),
            settings: { channel: 'sms', purpose: 'info', content: { text: '[데모몰] 주문 안내입니다.' } },
          },
        ],
        edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'notice' }],
      });
      const ids = Array.from({ length: MESSAGES }, (_, i) => `lists-${stamp}-${i + 1}`);
      await ok(
        await marketer.request.post('/api/customers/batch', {
          headers,
          timeout: 120_000,
          data: {
            customers: ids.map((externalId, i) => ({
              externalId,
              attributes: { name: `고객${i + 1}`, phone: `010-5555-${String(i).padStart(4, '0')}` },
            })),
          },
        }),
      );
      // In slices, each with room to breathe: every event starts a run on a busy 2-core machine.
      for (let start = 0; start < ids.length; start += 250) {
        await ok(
          await marketer.request.post('/api/events/batch', {
            headers,
            timeout: 120_000,
            data: {
              events: ids
                .slice(start, start + 250)
                .map((externalId) => ({ externalId, name: `lists_ping_${stamp}` })),
            },
          }),
        );
      }
      // A busy server may drop an idle keep-alive connection between polls: a failed poll just polls again.
      const messageTotal = async () => {
        try {
          const res = await marketer.request.get(
            `/api/messages?journeyId=${messagesJourney}&limit=1&cursor=`,
          );
          return ((await res.json()) as { total: number }).total;
        } catch {
          return -1;
        }
      };
      await expect.poll(messageTotal, { timeout: 180_000 }).toBe(MESSAGES);

      await marketer.goto(`/messages?journeyId=${messagesJourney}`);
      const rows = marketer.getByRole('table', { name: '메시지' }).locator('tbody tr');
      await expect(rows).toHaveCount(200);
      const summary = marketer.getByTestId('paging-summary');
      await expect(summary).toHaveText('전체 2,000건 중 200건 표시');
      await docScreenshot(marketer, 'messages-paging');
      for (let shown = 400; shown <= MESSAGES; shown += 200) {
        await marketer.getByRole('button', { name: '더 보기' }).click();
        await expect(rows).toHaveCount(shown);
      }
      await expect(summary).toHaveText('전체 2,000건 모두 표시');
      await expect(marketer.getByRole('button', { name: '더 보기' })).toHaveCount(0);
      const shownIds = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-message-id')));
      expect(new Set(shownIds).size).toBe(MESSAGES);
    });

    test('the customer list shows the total, pages, and lets the marketer choose columns', async () => {
      await marketer.goto(`/customers?q=lists-${stamp}`);
      const table = marketer.getByTestId('customers-table');
      await expect(table.locator('tbody tr')).toHaveCount(50);
      await expect(marketer.getByTestId('paging-summary')).toHaveText('전체 2,000건 중 50건 표시');
      await marketer.getByRole('button', { name: '더 보기' }).click();
      await expect(table.locator('tbody tr')).toHaveCount(100);
      await marketer.getByText('표시할 열').click();
      await marketer.getByRole('checkbox', { name: '전화번호' }).check();
      await expect(table.getByRole('columnheader', { name: '전화번호' })).toBeVisible();
      // A marketer sees phone numbers masked.
      await expect(table.locator('tbody tr').first()).toContainText('010-****-');
      await docScreenshot(marketer, 'customers-paging-columns');
      await marketer.getByRole('checkbox', { name: '전화번호' }).uncheck();
    });

    test('an audience import opens the picker, checks the file, and adds no unknown customer unless asked', async () => {
      const segments = new SegmentsPage(marketer);
      await segments.goto();
      const name = `제휴 오디언스 ${stamp}`;
      const csv = [
        'memo,customer_id',
        `a,lists-${stamp}-1`,
        `b,lists-${stamp}-2`,
        `c,nobody-${stamp}`,
        'd,',
        `e,lists-${stamp}-1`,
        `f,lists-${stamp}-3`,
      ].join('\n');
      await segments.startImport(name, 'partner.csv', csv, '만들고 파일 선택');
      const preview = marketer.getByTestId('import-preview');
      await expect(preview.getByRole('row')).toHaveCount(6);
      await expect(marketer.getByTestId('import-id-column')).toHaveText('고객 ID 열: customer_id');
      const check = segments.importCheck();
      await expect(check.getByTestId('import-matched')).toHaveText('일치 3');
      await expect(check.getByTestId('import-unknown')).toHaveText('알 수 없는 ID 1');
      await expect(check.getByRole('row', { name: /^3 알 수 없는 ID nobody-/ })).toBeVisible();
      await expect(check.getByRole('row', { name: /^4 잘못된 값/ })).toBeVisible();
      await expect(check.getByRole('row', { name: /^5 중복/ })).toBeVisible();
      await docScreenshot(marketer, 'audience-import-check');
      const download = marketer.waitForEvent('download');
      await check.getByRole('button', { name: '문제 행 내려받기 (CSV)' }).click();
      expect((await download).suggestedFilename()).toBe('partner-problems.csv');

      await segments.confirmImport({ createUnknown: false });
      const report = segments.importReport();
      await expect(report).toContainText('3행 가져옴');
      await expect(segments.row(name).getByTestId('segment-count')).toHaveText('3');
      expect((await marketer.request.get(`/api/customers/nobody-${stamp}`)).status()).toBe(404);
      await docScreenshot(marketer, 'audience-import-report');
    });

    test('publishing with "move" maps customers from a removed step to a new one', async () => {
      const event = `map_go_${stamp}`;
      const v1 = {
        nodes: [
          { id: 'entry', type: 'entry.event', position: pos(0), settings: { event } },
          {
            id: 'wait_old',
            type: 'wait.duration',
            label: '하루 기다리기',
            position: pos(160),
            settings: { seconds: 86_400 },
          },
          { id: 'done', type: 'exit', position: pos(320), settings: {} },
        ],
        edges: [
          { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait_old' },
          { id: 'e2', source: 'wait_old', sourceHandle: 'next', target: 'done' },
        ],
      };
      const journeyId = await publishedJourney(marketer, reviewer, `이동 지도 ${stamp}`, v1);
      await ok(
        await marketer.request.post('/api/events/batch', {
          headers,
          data: { events: [1, 2, 3].map((i) => ({ externalId: `lists-${stamp}-${i}`, name: event })) },
        }),
      );
      await expect
        .poll(async () => {
          try {
            const res = await marketer.request.get(`/api/journeys/${journeyId}/runs?cursor=`);
            const runs = (await res.json()) as { items: { currentNodeId: string }[] };
            return runs.items.filter((r) => r.currentNodeId === 'wait_old').length;
          } catch {
            return -1;
          }
        })
        .toBe(3);
      // v2 replaces the one-day wait by a two-day wait with a new id.
      const current = await ok<{ revision: number }>(
        await marketer.request.get(`/api/journeys/${journeyId}`),
      );
      const v2 = {
        nodes: [
          v1.nodes[0],
          {
            id: 'wait_new',
            type: 'wait.duration',
            label: '이틀 기다리기',
            position: pos(160),
            settings: { seconds: 172_800 },
          },
          v1.nodes[2],
        ],
        edges: [
          { id: 'e1', source: 'entry', sourceHandle: 'next', target: 'wait_new' },
          { id: 'e2', source: 'wait_new', sourceHandle: 'next', target: 'done' },
        ],
      };
      await ok(
        await marketer.request.put(`/api/journeys/${journeyId}`, {
          headers,
          data: { graph: v2, revision: current.revision },
        }),
      );
      await ok(await marketer.request.post(`/api/journeys/${journeyId}/submit`, { headers, data: {} }));
      await ok(await reviewer.request.post(`/api/journeys/${journeyId}/approve`, { headers, data: {} }));

      await marketer.goto(`/journeys/${journeyId}`);
      await marketer.getByRole('button', { name: 'Publish', exact: true }).click();
      const dialog = marketer.getByRole('dialog');
      await dialog.getByRole('radio', { name: '새 버전의 같은 단계로 옮기기' }).check();
      const map = dialog.getByTestId('migration-map');
      const oldRow = map.locator('tr[data-step="wait_old"]');
      await expect(oldRow).toContainText('하루 기다리기');
      await expect(oldRow).toContainText('(삭제됨)');
      await expect(oldRow.getByRole('cell').nth(1)).toHaveText('3');
      const picker = oldRow.getByRole('combobox');
      await expect(picker).toHaveValue('__exit__');
      await picker.selectOption({ label: '이틀 기다리기' });
      await docScreenshot(marketer, 'publish-migration-map');
      const sent = marketer.waitForRequest(
        (r) => r.method() === 'POST' && r.url().endsWith('/publish') && !r.postDataJSON()?.dryRun,
      );
      await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
      expect((await sent).postDataJSON()).toMatchObject({
        migration: { mode: 'move', map: { wait_old: 'wait_new', entry: 'entry' } },
      });
      await expect(dialog).toBeHidden();
      const runs = await ok<{ items: { version: number; currentNodeId: string; status: string }[] }>(
        await marketer.request.get(`/api/journeys/${journeyId}/runs?cursor=`),
      );
      expect(runs.items.map((r) => `${r.version}:${r.currentNodeId}`)).toEqual([
        '2:wait_new',
        '2:wait_new',
        '2:wait_new',
      ]);
    });

    test('a template’s history shows who changed what, and reverts to an earlier version', async () => {
      const name = `주문 안내 ${stamp}`;
      const created = await ok<{ id: string }>(
        await marketer.request.post('/api/templates', {
          headers,
          data: { name, channel: 'sms', purpose: 'info', content: { text: '주문이 접수되었습니다.' } },
        }),
      );
      await ok(
        await marketer.request.put(`/api/templates/${created.id}`, {
          headers,
          data: { name, channel: 'sms', purpose: 'info', content: { text: '주문이 확정되었습니다.' } },
        }),
      );
      await marketer.goto('/templates');
      await marketer.getByRole('button', { name, exact: true }).click();
      await marketer.getByRole('tab', { name: '기록' }).click();
      const history = marketer.getByTestId('template-history');
      await expect(history.getByRole('button', { name: '버전 2 (현재)' })).toBeVisible();
      await expect(history).toContainText('Mina Marketer');
      const diff = marketer.getByTestId('template-diff');
      await expect(diff.locator('.jf-diff-removed')).toContainText('주문이 접수되었습니다.');
      await expect(diff.locator('.jf-diff-added')).toContainText('주문이 확정되었습니다.');
      await docScreenshot(marketer, 'template-history');
      await history.getByRole('button', { name: '버전 1', exact: true }).click();
      await history.getByRole('button', { name: '이 버전으로 되돌리기' }).click();
      await expect(marketer.getByText('되돌렸습니다. 버전 3으로 저장되었습니다.')).toBeVisible();
      const versions = await ok<{ items: { version: number; content: { text: string } }[] }>(
        await marketer.request.get(`/api/templates/${created.id}/versions`),
      );
      expect(versions.items[0]).toMatchObject({ version: 3, content: { text: '주문이 접수되었습니다.' } });
    });

    test('the journey list marks journeys before and after their active period', async () => {
      const minimal = {
        nodes: [
          { id: 'entry', type: 'entry.event', position: pos(0), settings: { event: 'period_go' } },
          { id: 'done', type: 'exit', position: pos(160), settings: {} },
        ],
        edges: [{ id: 'e1', source: 'entry', sourceHandle: 'next', target: 'done' }],
      };
      const periods = {
        [`봄 프로모션 ${stamp}`]: { startsAt: '2099-03-01T09:00', endsAt: '2099-03-21T23:59' },
        [`지난 프로모션 ${stamp}`]: {
          startsAt: '2020-03-01T09:00',
          endsAt: '2020-03-21T23:59',
          endBehavior: 'exit',
        },
      };
      for (const [name, settings] of Object.entries(periods)) {
        await ok(
          await marketer.request.post('/api/journeys', {
            headers,
            data: { name, graph: minimal, settings: { timezone: 'Asia/Seoul', ...settings } },
          }),
        );
      }
      await marketer.goto(`/journeys?q=${stamp}`);
      const row = (name: string) => marketer.getByRole('row').filter({ hasText: name });
      await expect(row(`봄 프로모션 ${stamp}`).getByTestId('active-period-badge')).toHaveText('예정');
      await expect(row(`지난 프로모션 ${stamp}`).getByTestId('active-period-badge')).toHaveText('종료됨');
      await docScreenshot(marketer, 'journey-list-active-period');
      await row(`봄 프로모션 ${stamp}`).getByRole('link').first().click();
      const period = marketer.getByTestId('active-period');
      await expect(period.getByLabel('시작')).toHaveValue('2099-03-01T09:00');
      await expect(period).toContainText('Asia/Seoul');
      await expect(marketer.getByTestId('active-period-badge')).toHaveText('예정');
      await docScreenshot(marketer, 'journey-settings-active-period');
    });
  });
