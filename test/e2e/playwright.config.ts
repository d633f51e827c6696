import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumArgs } from './chromiumArgs';
import { demoServerEnv, e2eServerEnv, repoRoot } from './e2eServer';

const { port, dataDir } = await e2eServerEnv();
const baseURL = `http://127.0.0.1:${port}`;

export const playwrightConfig = defineConfig({
  testDir: path.join(import.meta.dirname, 'specs'),
  // Per run: Playwright empties outputDir at start, and several runs may share this working tree.
  outputDir: path.join(import.meta.dirname, 'artifacts', 'results', String(port)),
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky test is a defect to fix, not to hide (issue 15 fixed the connect drag that needed them).
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-US',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
  },
  // Builds the web app, then starts the real server (embedded PGlite, demo workspace) on a fresh data dir.
  webServer: {
    command: 'pnpm --filter @journeyflow/web build && pnpm --filter @journeyflow/server exec tsx src/main.ts',
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    // JF_E2E_REUSE=1 with JF_E2E_PORT runs against a server you started yourself (debugging).
    reuseExistingServer: process.env.JF_E2E_REUSE === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      ...demoServerEnv(port, dataDir),
      // Specs may point channels at local peers; the outbound guard refuses loopback unless listed.
      JOURNEYFLOW_OUTBOUND_ALLOW: '127.0.0.1,::1',
    },
  },
});

// Playwright reads the config's default export.
export default playwrightConfig;
