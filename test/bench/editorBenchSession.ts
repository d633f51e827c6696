/**
 * What every editor bench does before it measures: Debian's Chromium with the e2e flags, a browser context
 * signed in as the demo marketer, and a journey of `count` steps created through the API.
 */
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../e2e/chromiumArgs';
import { bigJourneyGraph } from './bigJourneyGraph';

const headers = { 'X-Requested-With': 'journeyflow' };

export const launchBenchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });

/** A 1440×900 context on `baseURL`, signed in as the demo workspace's marketer. */
export async function signedInBenchContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const login = await context.request.post('/api/auth/login', {
    headers,
    data: { email: 'marketer@demo.local', password: 'journeyflow' },
  });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  return context;
}

/** Creates a journey of `count` steps (`bigJourneyGraph`) named after the bench; returns its id. */
export async function createBigJourney(
  context: BrowserContext,
  count: number,
  bench: string,
): Promise<string> {
  const created = await context.request.post('/api/journeys', {
    headers,
    data: { name: `${bench} ${count} ${Date.now()}`, graph: bigJourneyGraph(count) },
  });
  if (!created.ok()) throw new Error(`create failed: ${created.status()} ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}
