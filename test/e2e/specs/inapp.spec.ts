import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { expect, request, test } from '@playwright/test';
import { createJourney } from '../helpers/createJourney';
import { publishThroughReview } from '../helpers/publishThroughReview';
import { signedInApi } from '../helpers/signedInApi';
import { screenshot } from '../screenshot';

const stamp = Date.now();
const eventName = `e2e_inapp_${stamp}`;
const externalId = `e2e-inapp-${stamp}`;

/**
 * The whole in-app path in a real browser: a site includes `/api/inapp/widget.js` with a token its backend
 * got with the API key; a live journey's in-app send reaches the open page over SSE as a toast, and stays
 * in the inbox.
 */
test('an in-app message from a live journey reaches an open page over SSE', async ({ page, baseURL }) => {
  const admin = await signedInApi(baseURL!, 'admin@demo.local');
  const reviewer = await signedInApi(baseURL!, 'reviewer@demo.local');
  const key = await admin.post('/api/api-keys', {
    data: { name: `site ${stamp}`, scopes: ['ingest', 'inapp:token'] },
  });
  expect(key.status()).toBe(201);
  const site = await request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${(await key.json()).key}` },
  });
  expect(
    (await site.post('/api/customers', { data: { externalId, attributes: { name: '민지' } } })).ok(),
  ).toBe(true);

  const journeyId = await createJourney(
    admin,
    `In-app welcome ${stamp}`,
    aJourney()
      .entryEvent(eventName, undefined, { id: 'entry' })
      .send(
        {
          channel: 'inapp',
          purpose: 'info',
          content: {
            title: '{{ customer.name }}님, 환영해요',
            body: '첫 구매 10% 쿠폰이 도착했어요',
            ctaLabel: '쿠폰 보기',
            ctaUrl: '/coupons',
          },
        },
        { id: 'hello' },
      ),
  );
  await publishThroughReview(admin, reviewer, journeyId);

  const token = await site.post('/api/inapp/token', { data: { externalId } });
  expect(token.status()).toBe(200);
  const { token: inappToken } = await token.json();

  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  // The customer's page on the shop's site: the embeddable widget with the token (served on the same origin
  // by intercepting one URL, as a shop's own page would be).
  await page.route('**/demo-shop-page', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Shop</title></head><body>
        <h1>데모몰</h1>
        <journeyflow-inbox token="${inappToken}"></journeyflow-inbox>
        <script src="/api/inapp/widget.js"></script>
      </body></html>`,
    }),
  );
  await page.goto('/demo-shop-page');
  await expect(page.getByRole('button', { name: 'Inbox' }), pageErrors.join('\n')).toBeVisible();
  await expect(page.locator('journeyflow-inbox[data-state="live"]'), pageErrors.join('\n')).toBeAttached();

  expect((await site.post('/api/events', { data: { externalId, name: eventName } })).status()).toBe(202);

  const toast = page.locator('journeyflow-inbox .toast');
  await expect(toast).toContainText('민지님, 환영해요');
  await expect(toast).toContainText('첫 구매 10% 쿠폰이 도착했어요');
  await expect(page.locator('journeyflow-inbox .badge')).toHaveText('1');
  await screenshot(page, '30-inapp-toast');

  await page.locator('journeyflow-inbox button.bell').click();
  const item = page.locator('journeyflow-inbox .item.unread');
  await expect(item).toContainText('쿠폰 보기');
  await item.click();
  await expect(page.locator('journeyflow-inbox .badge')).toBeHidden();
  await screenshot(page, '31-inapp-inbox');

  const messages = await admin.get(`/api/messages?externalId=${externalId}&channel=inapp`);
  expect((await messages.json()).items).toEqual([
    expect.objectContaining({ status: 'delivered', journeyId, nodeId: 'hello' }),
  ]);
  const inbox = await page.request.get(`/api/inapp/messages?token=${encodeURIComponent(inappToken)}`);
  expect((await inbox.json()).unread).toBe(0);
});
