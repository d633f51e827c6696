import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export const artifactsDir = path.join(import.meta.dirname, 'artifacts');

/** Saves a full-window PNG under test/e2e/artifacts/ (git-ignored) for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** Saves a PNG under docs/screenshots/ — committed pictures of the product for the README and docs. */
export async function docScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const dir = path.join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage });
}
