// Where the browser tests find Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium, else a
// browser Playwright downloaded itself. No download is attempted (none works on our machines).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // root in CI containers cannot use the sandbox
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking', // stops calls out to a network that is closed here
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--font-render-hinting=none', // steadier glyph rasterisation for screenshots
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright has no browser of its own here
  }
  return null;
}

export const NO_CHROMIUM_MESSAGE = `maqal's browser tests need Chromium and none was found.
Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-dejavu-core),
or point CHROME_PATH at a Chromium or Chrome binary. The tests are never skipped silently.`;
