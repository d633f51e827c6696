import path from 'node:path';
import type { Page } from '@playwright/test';

export const artifactsDir = path.join(import.meta.dirname, 'artifacts');

/** Saves a full-window PNG under test/e2e/artifacts/ (git-ignored) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}
