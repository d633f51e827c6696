import { expect, request, test } from '@playwright/test';
import { signedInApi } from '../helpers/signedInApi';
import { startBlankJourney } from '../helpers/startBlankJourney';
import { screenshot } from '../screenshot';

const stamp = Date.now();
const externalId = `e2e-order-${stamp}`;

/**
 * Issue 18 "an order system can enroll a customer through the API with a server key": a marketer builds an
 * `entry.api` journey in the editor (palette → inspector), it goes live, and a server key with
 * `journeys:enroll` puts a customer in, once per idempotency key.
 */
test('an order system enrolls a customer into a live API-entry journey', async ({ page, baseURL }) => {
  const { journeyId, editor } = await startBlankJourney(page, `Order follow-up ${stamp}`);
  const entry = await editor.dragFromPalette('entry.api', { x: 320, y: 80 });
  const wait = await editor.dragFromPalette('wait.duration', { x: 320, y: 260 });
  await editor.connect(entry, 'next', wait);
  await editor.select(entry);
  await expect(editor.inspector()).toContainText('API entry');
  await expect(editor.inspector()).toContainText('/enroll');
  await expect.poll(() => editor.errorCount()).toBe(0);
  await screenshot(page, '40-editor-entry-api');
  await editor.save();
  await editor.submitForReview('주문 시스템에서 API로 고객을 넣습니다.');

  const reviewer = await signedInApi(baseURL!, 'reviewer@demo.local');
  expect((await reviewer.post(`/api/journeys/${journeyId}/approve`, { data: {} })).status()).toBe(200);
  const marketer = await signedInApi(baseURL!, 'marketer@demo.local');
  expect((await marketer.post(`/api/journeys/${journeyId}/publish`, { data: {} })).status()).toBe(200);

  const admin = await signedInApi(baseURL!, 'admin@demo.local');
  const key = await admin.post('/api/api-keys', {
    data: { name: `orders ${stamp}`, scopes: ['journeys:enroll'] },
  });
  expect(key.status()).toBe(201);
  const orders = await request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${(await key.json()).key}` },
  });
  const body = { externalId, properties: { orderId: 'o-1' }, idempotencyKey: `order-${stamp}` };
  const first = await orders.post(`/api/journeys/${journeyId}/enroll`, { data: body });
  expect(first.status()).toBe(200);
  expect(await first.json()).toEqual({ replayed: false, results: [{ externalId, entered: true }] });
  const again = await orders.post(`/api/journeys/${journeyId}/enroll`, { data: body });
  expect(await again.json()).toEqual({ replayed: true, results: [{ externalId, entered: true }] });

  const runs = await marketer.get(`/api/journeys/${journeyId}/runs`);
  expect(runs.status()).toBe(200);
  expect(((await runs.json()).items as { externalId: string }[]).map((r) => r.externalId)).toEqual([
    externalId,
  ]);
  await page.goto(`/customers/${externalId}`);
  // The trace line is said from its code (trace.entry.api), in the reader's language.
  await expect(page.getByText(/Entered through the API|API로 진입/).first()).toBeVisible();
  await screenshot(page, '41-customer-enrolled-by-api');
});
