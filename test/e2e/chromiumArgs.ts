/**
 * Flags for Debian's Chromium (installed by scripts/ensure-chromium.mjs; Playwright's download cannot run
 * here): shared by the e2e config and the web bench so both drive the same browser.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
