// Installs Debian's Chromium for the Playwright suite when it is missing.
// Playwright's own browser download cannot reach its CDN from CI, so we use the distribution package.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(chromiumPath)) {
  process.exit(0);
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = asRoot ? '' : 'sudo ';
console.log(`[journeyflow] ${chromiumPath} not found; installing Debian chromium (one time)…`);
try {
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch (error) {
  console.error('[journeyflow] could not install chromium; browser tests need it.', error);
  process.exit(1);
}
if (!existsSync(chromiumPath)) {
  console.error(`[journeyflow] chromium installed but ${chromiumPath} is still missing`);
  process.exit(1);
}
