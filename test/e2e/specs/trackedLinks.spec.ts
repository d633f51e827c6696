import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { expect, request, test } from '@playwright/test';
import { createJourney } from '../helpers/createJourney';
import { publishThroughReview } from '../helpers/publishThroughReview';
import { signedInApi } from '../helpers/signedInApi';
import { LoginPage } from '../pages/LoginPage';

const stamp = Date.now();
const eventName = `e2e_link_${stamp}`;
const externalId = `e2e-link-${stamp}`;

/**
 * The click path of tracked links (SPEC §7a) in a real browser: a live journey's SMS carries a short link
 * instead of the typed URL; opening it redirects to the original with UTM parameters; a link-preview bot
 * does not count; the click answers the journey's `wait.event` on `message_clicked`, and shows on the live
 * canvas and in the customer's timeline.
 */
test('a short link in a live SMS redirects with UTM parameters and its click shows everywhere', async ({
  page,
  baseURL,
}) => {
  // The landing page: this server's health answer stands in for the shop (no internet here).
  const target = `${baseURL}/api/health?id=42`;
  const admin = await signedInApi(baseURL!, 'admin@demo.local');
  const reviewer = await signedInApi(baseURL!, 'reviewer@demo.local');
  const customer = await admin.post('/api/customers', {
    data: { externalId, attributes: { name: '링크', phone: '010-5555-0101' } },
  });
  expect(customer.ok()).toBe(true);
  const journeyId = await createJourney(
    admin,
    `Tracked link ${stamp}`,
    aJourney()
      .entryEvent(eventName, undefined, { id: 'entry' })
      .sms(`쿠폰이 도착했어요 ${target}`, 'info', { id: 'sms' })
      .waitEvent('message_clicked', '1d', (clicked) => clicked.exit({ id: 'clicked' }), { id: 'waitClick' })
      .exit({ id: 'ignored' }),
  );
  await publishThroughReview(admin, reviewer, journeyId);
  expect((await admin.post('/api/events', { data: { externalId, name: eventName } })).status()).toBeLessThan(
    300,
  );

  // The message as sent: the typed URL replaced by a short link on this server.
  let text = '';
  await expect
    .poll(async () => {
      const res = await admin.get(`/api/messages?journeyId=${journeyId}`);
      text = String((await res.json()).items?.[0]?.rendered?.text ?? '');
      return text;
    })
    .toMatch(/\/l\/[0-9A-Za-z]{8}$/);
  expect(text).not.toContain(target);
  const shortUrl = text.slice(text.indexOf('http'));
  const path = new URL(shortUrl).pathname;

  // A link-preview bot gets the redirect but is not a click.
  const bot = await request.newContext({
    baseURL,
    extraHTTPHeaders: { 'user-agent': 'Slackbot-LinkExpanding 1.0' },
  });
  expect((await bot.get(path, { maxRedirects: 0 })).status()).toBe(302);

  // The customer opens it and lands on the original URL with UTM parameters.
  const opened = await page.goto(`${baseURL}${path}`);
  expect(opened?.status()).toBe(200);
  expect(opened?.request().redirectedFrom()?.url()).toBe(`${baseURL}${path}`);
  const landed = new URL(page.url());
  expect(landed.pathname).toBe('/api/health');
  expect(landed.searchParams.get('id')).toBe('42');
  expect(landed.searchParams.get('utm_source')).toBe('journeyflow');
  expect(landed.searchParams.get('utm_medium')).toBe('sms');
  expect(landed.searchParams.get('utm_campaign')).toBe(journeyId);
  expect(landed.searchParams.get('utm_content')).toBe('sms');

  // The click woke the run waiting for message_clicked, and counts once (the bot did not).
  await expect
    .poll(async () => (await (await admin.get(`/api/journeys/${journeyId}/stats`)).json()).nodes?.sms?.clicks)
    .toEqual({ unique: 1, total: 1, messages: 1 });
  await expect
    .poll(
      async () =>
        (await (await admin.get(`/api/journeys/${journeyId}/stats`)).json()).nodes?.clicked?.entered,
    )
    .toBe(1);

  // An unknown code: the friendly page, 404.
  const unknown = await page.goto(`${baseURL}/l/zzzzzzzz`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByText('링크를 찾을 수 없어요')).toBeVisible();

  // The live canvas shows the click rate on the send node; the customer's timeline lists the click.
  await new LoginPage(page).loginAs('marketer@demo.local');
  await page.goto(`/journeys/${journeyId}`);
  await expect(page.getByTestId('live-clicks-sms')).toBeVisible();
  await expect(page.getByTestId('live-clicks-sms')).toContainText('(1)');
  await page.goto(`/customers/${externalId}`);
  await expect(page.getByText('message_clicked').first()).toBeVisible();
});
