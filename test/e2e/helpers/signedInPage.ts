import type { Browser, Page } from '@playwright/test';
import { LoginPage } from '../pages/LoginPage';

/** A page in a fresh browser context (own cookies; `locale` when given), signed in as `email`. */
export async function signedInPage(browser: Browser, email: string, locale?: string): Promise<Page> {
  const context = await browser.newContext(locale ? { locale } : {});
  const page = await context.newPage();
  await new LoginPage(page).loginAs(email);
  return page;
}
