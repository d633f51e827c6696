import { aJourney } from '@journeyflow/shared/testing/journeyBuilder';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { createJourney } from '../helpers/createJourney';
import { signedInApi } from '../helpers/signedInApi';
import { LoginPage } from '../pages/LoginPage';
import { SettingsPage, type SettingsTab } from '../pages/SettingsPage';
import { docScreenshot } from '../screenshot';

const headers = { 'X-Requested-With': 'journeyflow' };
const stamp = Date.now();
const apiSecret = `e2e-secret-${stamp}-do-not-show`;
const apiKey = `e2e-key-${stamp}`;
const templateCode = `E2E_SHIP_${stamp}`;

async function adminPage(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await new LoginPage(page).loginAs('admin@demo.local');
  return page;
}

/**
 * The settings area as an admin: an SMS provider with write-only secrets, an AlimTalk template, a price
 * and the ad identity with its preview; each section is deep-linkable and photographed in both languages.
 */
test.describe
  .serial('settings', () => {
    test.afterAll(async ({ browser }) => {
      // Later specs share this server: SMS goes back to the sandbox, the seeded prices and opt-out line return.
      const page = await adminPage(browser);
      await page.request.delete('/api/channel-settings/sms', { headers });
      await page.request.delete(`/api/alimtalk-templates/${templateCode}`, { headers });
      await page.request.put('/api/channel-prices', { headers, data: { SMS: 20 } });
      await page.request.put('/api/messaging-settings', {
        headers,
        data: { senderName: '데모몰', optoutLine: '무료수신거부 080-123-4567' },
      });
      await page.context().close();
    });

    test('an SMS provider keeps its secrets write-only: "set" after reload, never shown', async ({
      browser,
    }) => {
      const page = await adminPage(browser);
      const settings = new SettingsPage(page);
      await settings.goto();
      await expect(page).toHaveURL(/\/settings\/channels$/);

      await settings.chooseProvider('sms', 'solapi');
      const sms = settings.channelCard('sms');
      await expect(settings.secretState('sms', 'apiKey')).toHaveText('Not set');
      await sms.getByLabel(/^API key/).fill(apiKey);
      await sms.getByLabel(/^Sender number/).fill('0212345678');
      await sms.getByLabel(/^Rate limit/).fill('5');
      // The secret is missing: the API's field error lands on its input.
      await settings.saveChannel('sms');
      await expect(sms.getByLabel(/^API secret/)).toHaveAttribute('aria-invalid', 'true');
      await expect(sms.getByRole('alert').first()).toBeVisible();

      await sms.getByLabel(/^API secret/).fill(apiSecret);
      await settings.saveChannel('sms');
      await expect(settings.toast(/SMS \/ LMS \/ MMS: settings saved/)).toBeVisible();

      await page.reload();
      await expect(settings.secretState('sms', 'apiKey')).toHaveText('Set');
      await expect(settings.secretState('sms', 'apiSecret')).toHaveText('Set');
      await expect(settings.channelCard('sms').getByLabel(/^API secret/)).toHaveValue('');
      await expect(settings.channelCard('sms').getByLabel(/^Rate limit/)).toHaveValue('5');
      expect(await page.content()).not.toContain(apiSecret);
      expect(await page.content()).not.toContain(apiKey);

      // Saving again with the secret inputs blank keeps the stored secrets.
      await settings
        .channelCard('sms')
        .getByLabel(/^Sender number/)
        .fill('0298765432');
      await settings.saveChannel('sms');
      await expect(settings.toast(/settings saved/)).toBeVisible();
      const answer = await page.request.get('/api/channel-settings');
      const text = await answer.text();
      expect(text).not.toContain(apiSecret);
      expect(text).not.toContain(apiKey);
      const sms2 = (
        JSON.parse(text) as { items: { channel: string; secretsSet: string[]; config: object }[] }
      ).items.find((item) => item.channel === 'sms');
      expect(sms2?.secretsSet).toEqual(['apiKey', 'apiSecret']);
      expect(sms2?.config).toMatchObject({ senderNumber: '0298765432', ratePerSecond: 5 });
      await docScreenshot(page, 'settings-channels', true);
      await page.context().close();
    });

    test('an AlimTalk template is registered with its variables and buttons', async ({ browser }) => {
      const page = await adminPage(browser);
      const settings = new SettingsPage(page);
      await settings.goto('channels');
      await settings.open('alimtalk-templates');
      const form = await settings.newAlimtalkTemplate({
        code: templateCode,
        name: '배송 시작 안내',
        body: '#{고객명}님, 주문하신 상품이 출발했어요.\n송장번호: #{송장번호}',
        buttons: ['배송 조회'],
      });
      await expect(form.getByTestId('alimtalk-variables')).toHaveText(/#\{고객명\}\s*#\{송장번호\}/);
      // Over 1,000 characters is refused before it reaches the server.
      await form.getByLabel(/^Body$/).fill('가'.repeat(1001));
      await form.getByRole('button', { name: /^Save$/ }).click();
      await expect(form.getByText('At most 1,000 characters.')).toBeVisible();
      await form.getByLabel(/^Body$/).fill('#{고객명}님, 주문하신 상품이 출발했어요.\n송장번호: #{송장번호}');
      await form.getByRole('button', { name: /^Save$/ }).click();
      await expect(settings.toast(new RegExp(`Template ${templateCode} saved`))).toBeVisible();
      const row = page.getByTestId('alimtalk-table').getByRole('row').filter({ hasText: templateCode });
      await expect(row).toContainText('#{고객명}');
      await expect(row).toContainText('#{송장번호}');
      const listed = await page.request.get('/api/alimtalk-templates');
      const items = ((await listed.json()) as { items: { code: string; buttons: { name: string }[] }[] })
        .items;
      expect(items.find((item) => item.code === templateCode)?.buttons).toEqual([{ name: '배송 조회' }]);
      await docScreenshot(page, 'settings-alimtalk-templates', true);

      // Deleting asks first, then the row is gone.
      await page
        .getByRole('form', { name: `Edit ${templateCode}` })
        .getByRole('button', { name: 'Delete' })
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await expect(settings.toast(new RegExp(`Template ${templateCode} deleted`))).toBeVisible();
      await expect(
        page.getByTestId('alimtalk-table').getByRole('row').filter({ hasText: templateCode }),
      ).toHaveCount(0);
      await page.context().close();
    });

    test('a price change is saved and shown in won', async ({ browser }) => {
      const page = await adminPage(browser);
      const settings = new SettingsPage(page);
      await settings.goto('prices');
      const sms = settings.priceInput(/^SMS \(up to 90 bytes\)/);
      await sms.fill('25');
      await expect(page.getByTestId('price-SMS')).toHaveText('₩25');
      await page.getByRole('button', { name: /^Save$/ }).click();
      await expect(settings.toast(/Saved/)).toBeVisible();
      await page.reload();
      await expect(settings.priceInput(/^SMS \(up to 90 bytes\)/)).toHaveValue('25');
      const prices = (await (await page.request.get('/api/channel-prices')).json()) as Record<string, number>;
      expect(prices.SMS).toBe(25);
      await docScreenshot(page, 'settings-prices', true);
      await page.context().close();
    });

    test('the publish dialog prices each send step with the workspace prices', async ({
      browser,
      baseURL,
    }) => {
      const page = await adminPage(browser);
      const journeyId = await createJourney(
        page.request,
        `Cost estimate ${stamp}`,
        aJourney()
          .entryEvent(`e2e_cost_${stamp}`, undefined, { id: 'entry' })
          .sms('주문이 접수되었습니다.', 'info', { id: 'sms', label: '주문 확인 문자' })
          .send(
            { channel: 'push', purpose: 'info', content: { title: '주문 접수', body: '곧 보내 드릴게요' } },
            { id: 'push' },
          ),
      );
      expect(
        (await page.request.post(`/api/journeys/${journeyId}/submit`, { headers, data: {} })).status(),
      ).toBe(200);
      const reviewer = await signedInApi(baseURL!, 'reviewer@demo.local');
      expect((await reviewer.post(`/api/journeys/${journeyId}/approve`, { data: {} })).status()).toBe(200);
      await reviewer.dispose();

      await page.goto(`/journeys/${journeyId}`);
      await page.getByRole('button', { name: 'Publish' }).click();
      const dialog = page.getByRole('dialog');
      const cost = dialog.getByTestId('publish-cost');
      // The SMS price was changed to ₩25 in the prices section.
      await expect(cost.getByTestId('publish-cost-sms')).toContainText('₩25');
      await expect(cost.getByTestId('publish-cost-sms')).toContainText('주문 확인 문자');
      await expect(cost.getByTestId('publish-cost-push')).toContainText('not billed');
      await docScreenshot(page, 'settings-publish-cost');
      await dialog.getByRole('button', { name: /^(Cancel|취소)$/ }).click();
      await page.context().close();
    });

    test('the opt-out number changes the ad preview', async ({ browser }) => {
      const page = await adminPage(browser);
      const settings = new SettingsPage(page);
      await settings.goto('messaging');
      await expect(settings.adPreview()).toContainText('(광고)[데모몰]');
      await page.getByLabel(/^Free opt-out line/).fill('무료수신거부 080-999-0000');
      await expect(settings.adPreview()).toContainText('무료수신거부 080-999-0000');
      await page.getByRole('button', { name: /^Save$/ }).click();
      await expect(settings.toast(/Saved/)).toBeVisible();
      await page.reload();
      await expect(settings.adPreview()).toContainText('무료수신거부 080-999-0000');
      await docScreenshot(page, 'settings-messaging', true);
      await page.context().close();
    });

    test('a marketer lands on the prices, read-only, and cannot see the channel providers', async ({
      browser,
    }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await new LoginPage(page).loginAs('marketer@demo.local');
      const settings = new SettingsPage(page);
      await settings.goto();
      await expect(page).toHaveURL(/\/settings\/prices$/);
      await expect(settings.priceInput(/^SMS \(up to 90 bytes\)/)).toHaveAttribute('readonly', '');
      await expect(page.getByRole('button', { name: /^Save$/ })).toHaveCount(0);
      await settings.open('channels');
      await expect(page.getByText('Only admins can view and change channel providers.')).toBeVisible();
      await expect(settings.channelCard('sms')).toHaveCount(0);
      await context.close();
    });

    test('the sections are reachable by keyboard and read well in Korean', async ({ browser }) => {
      const page = await adminPage(browser, 'ko-KR');
      const settings = new SettingsPage(page);
      await settings.goto('channels');
      await settings.tabLink('channels').focus();
      await page.keyboard.press('Tab');
      await expect(settings.tabLink('alimtalk-templates')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/settings\/alimtalk-templates$/);
      await expect(settings.tabLink('alimtalk-templates')).toHaveAttribute('aria-current', 'page');
      const tabs: SettingsTab[] = ['channels', 'alimtalk-templates', 'prices', 'messaging', 'grades'];
      for (const tab of tabs) {
        await settings.open(tab);
        await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible();
        await docScreenshot(page, `settings-${tab}-ko`, true);
      }
      await page.context().close();
    });
  });
