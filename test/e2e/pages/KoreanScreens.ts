import { type Browser, expect, type Locator, type Page } from '@playwright/test';
import { LoginPage } from './LoginPage';

export const apiHeaders = { 'X-Requested-With': 'journeyflow' };

/** A fresh browser context that prefers Korean (the app picks its language from navigator.languages). */
export async function koreanPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await new LoginPage(page).loginAs(email);
  return page;
}

/**
 * Fails when any of the given English labels is visible inside the scope: a cheap guard that a Korean
 * screen did not fall back to English for its key words.
 */
export async function expectNoEnglish(scope: Locator, words: readonly string[]): Promise<void> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible words only, not hidden (sr-only) text
  const text = (await scope.innerText()).replace(/\s+/g, ' ');
  for (const word of words) expect(text, `"${word}" shown in Korean mode`).not.toContain(word);
}
