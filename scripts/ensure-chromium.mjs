// Installs Debian's Chromium for the Playwright suite when it is missing, and a Korean and an emoji font
// when the machine has none (without them, Hangul and the in-app widget's 🔔 render as empty boxes in
// the screenshots).
// Playwright's own browser download cannot reach its CDN from CI, so we use the distribution packages.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Fonts by the fontconfig query that finds one: Nanum (Naver's Hangul fonts, ~15 MB) rather than Noto
 * CJK (~100 MB), since the UI needs Korean and Latin only; Noto Color Emoji for the few emoji.
 */
const fonts = [
  { pkg: 'fonts-nanum', query: ':lang=ko', what: 'Korean' },
  { pkg: 'fonts-noto-color-emoji', query: ':charset=1f514', what: 'emoji' },
];

/** True when fontconfig knows a font matching `query` (fc-list ships with Chromium's dependencies). */
function hasFont(query) {
  try {
    return (
      execSync(`fc-list '${query}' family`, {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() !== ''
    );
  } catch {
    return false;
  }
}

const needChromium = !existsSync(chromiumPath);
const missingFonts = () => fonts.filter((font) => !hasFont(font.query));
if (!needChromium && missingFonts().length === 0) {
  process.exit(0);
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = asRoot ? '' : 'sudo ';
const install = (pkg) =>
  execSync(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, { stdio: 'inherit' });

try {
  execSync(`${sudo}apt-get update -qq`, { stdio: 'inherit' });
} catch (error) {
  if (needChromium) {
    console.error('[journeyflow] apt-get update failed; browser tests need chromium.', error);
    process.exit(1);
  }
  console.warn('[journeyflow] apt-get update failed; screenshots may show Hangul or emoji as boxes.');
  process.exit(0);
}

if (needChromium) {
  console.log(`[journeyflow] ${chromiumPath} not found; installing Debian chromium (one time)…`);
  try {
    install('chromium');
  } catch (error) {
    console.error('[journeyflow] could not install chromium; browser tests need it.', error);
    process.exit(1);
  }
  if (!existsSync(chromiumPath)) {
    console.error(`[journeyflow] chromium installed but ${chromiumPath} is still missing`);
    process.exit(1);
  }
}

for (const font of missingFonts()) {
  console.log(`[journeyflow] no ${font.what} font found; installing ${font.pkg} (one time)…`);
  try {
    install(font.pkg);
    execSync('fc-cache -f', { stdio: 'ignore' });
  } catch {
    // Tests still pass without it; only the screenshots suffer.
    console.warn(`[journeyflow] could not install ${font.pkg}; screenshots may show boxes for ${font.what}.`);
  }
}
