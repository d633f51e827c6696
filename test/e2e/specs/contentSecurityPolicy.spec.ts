import { expect, test } from '@playwright/test';
import { DemoShopPage } from '../pages/DemoShopPage';
import { LoginPage } from '../pages/LoginPage';

/**
 * The server's Content-Security-Policy (no inline or eval'd script, no framing) must not break the app:
 * every screen and the demo shop's embedded in-app widget run without a single violation.
 */
test('the app and the in-app widget run under the Content-Security-Policy without violations', async ({
  page,
}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const login = await page.request.get('/login');
  expect(login.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(login.headers()['x-content-type-options']).toBe('nosniff');

  await new LoginPage(page).loginAs('admin@demo.local');
  for (const path of [
    '/journeys',
    '/customers',
    '/segments',
    '/templates',
    '/messages',
    '/settings/api-keys',
  ]) {
    await page.goto(path);
    await expect(page.locator('main, .jf-page').first()).toBeVisible();
  }
  const shop = new DemoShopPage(page);
  await shop.goto();
  await shop.shopAs('cust_0001');
  await expect(shop.inbox()).toBeAttached();
  await expect(page.locator('journeyflow-inbox[data-state="live"]')).toBeAttached();
  expect(violations).toEqual([]);
});
