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

/**
 * Latin-script words a Korean reader may meet: product and provider names, channel and format acronyms,
 * units. Everything else written in Latin letters on a Korean screen is an untranslated word.
 */
export const allowedLatin: ReadonlySet<string> = new Set(
  [
    'Journeyflow',
    'English',
    'SMS',
    'LMS',
    'MMS',
    'RCS',
    'API',
    'ID',
    'URL',
    'UTM',
    'CSV',
    'XLSX',
    'ROI',
    'VIP',
    'RFM',
    'CTR',
    'KB',
    'MB',
    'ms',
    'AM',
    'PM',
    'HTTP',
    'HTTPS',
    'SMTP',
    'JSON',
    'FCM',
    'APNs',
    'Kakao',
    'NHN',
    'Cloud',
    'Solapi',
    'Webhook',
    'cron',
    'UTC',
    'Asia',
    'Seoul',
    'CRM',
    'KRW',
    'POST',
    'Firebase',
    // Demo workspace data: grade tier names, a customer's gender code, seeded admin's name.
    'Gold',
    'Silver',
    'Bronze',
    'Dormant',
    'M',
    'F',
    'Ada',
    // The demo workspace's name (shown on the invitation page) and a plan name in seeded message text.
    'Demo',
    'LTE',
    // Keyboard keys in shortcut hints.
    'Ctrl',
    'Shift',
    'Alt',
    'Z',
    'Y',
    'C',
    'V',
    'K',
    // Seeded demo users' names (people's names are data, not words to translate).
    'Mina',
    'Marketer',
    'Ravi',
    'Reviewer',
    'Rae',
    'Alex',
    'Admin',
    // The demo catalogue's event names (the customer's own identifiers).
    'purchase',
    'unsubscribe',
  ].map((word) => word.toLowerCase()),
);

/**
 * Customer data and identifiers are not words to translate: e-mail addresses, URLs, liquid placeholders,
 * snake_case or dotted keys from the customer's own event catalogue, ids with digits, template codes.
 */
function stripData(text: string): string {
  return (
    text
      .replace(/\{\{[^}]*\}\}/g, ' ')
      .replace(/\S+@\S+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\S*\/[\w/-]+/g, ' ')
      .replace(/\bA\/B\b/g, ' ')
      // JSON blobs (event properties, template variables) and locale tags are the customer's data.
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/\b[a-z]{2}-[A-Z]{2}\b/g, ' ')
      .replace(/[\w-]*[_.\d][\w.-]*/g, ' ')
  );
}

/** The English words visible in the scope: its text, plus the aria-labels, titles and placeholders inside it. */
export async function englishWords(scope: Locator): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible words only, not hidden (sr-only) text
  const visible = await scope.innerText();
  const attributes = await scope.evaluate((root) =>
    [root, ...root.querySelectorAll('[aria-label],[placeholder],[title]')]
      .filter((element) => (element as HTMLElement).offsetParent !== null || element === root)
      .flatMap((element) =>
        ['aria-label', 'placeholder', 'title'].map((name) => element.getAttribute(name) ?? ''),
      )
      .join('\n'),
  );
  // SPEC §8 keeps these workflow buttons' accessible names in English in every language (the test hooks).
  const hooks = /^(Save|Submit for review|Approve|Reject|Publish|Pause|Resume)$/gm;
  // A quote closing a quoted name ('purchase' 이벤트) is not part of the word.
  const words = (
    stripData(`${visible}\n${attributes.replace(hooks, '')}`).match(/[A-Za-z][A-Za-z'’]*/g) ?? []
  ).map((word) => word.replace(/['’]+$/, ''));
  return [...new Set(words.filter((word) => !allowedLatin.has(word.toLowerCase())))];
}

/**
 * Fails (softly, so one run lists every screen's words) when an English word shows in Korean mode.
 * `pending` names words a screen still shows while work on it is in flight elsewhere (listed where the
 * screen is visited, with the owner); remove them as that work lands.
 */
export async function expectKoreanOnly(
  scope: Locator,
  screen: string,
  pending: readonly string[] = [],
): Promise<void> {
  const words = (await englishWords(scope)).filter((word) => !pending.includes(word));
  expect.soft(words, `English words on ${screen} in Korean mode`).toEqual([]);
}
