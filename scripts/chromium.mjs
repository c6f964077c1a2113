// Where the browser tests find Chromium: $CHROME_PATH, else Debian's /usr/bin/chromium, else a
// browser Playwright downloaded itself. No download is attempted (none works on our machines).
// A CHROME_PATH that names no file is an error, not a reason to fall back: the user asked for
// that browser, and quietly testing another one would hide the mistake.
import { existsSync, statSync } from 'node:fs';
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

/** The Chromium to test with, or null if there is none; throws if CHROME_PATH names no file. */
export function findChromium() {
  const requested = process.env.CHROME_PATH;
  if (requested) {
    if (!isFile(requested)) throw new Error(badChromePathMessage(requested));
    return requested;
  }
  for (const path of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(path)) return path;
  try {
    const { chromium } = createRequire(import.meta.url)('playwright');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // playwright has no browser of its own here
  }
  return null;
}

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function badChromePathMessage(path) {
  return `maqal: CHROME_PATH is set to ${JSON.stringify(path)}, but no browser is there.
Point CHROME_PATH at a Chromium or Chrome binary (Debian: /usr/bin/chromium), or unset it to let
the tests look for /usr/bin/chromium and then Playwright's own browser.`;
}

export const NO_CHROMIUM_MESSAGE = `maqal's browser tests need Chromium and none was found.
Install it (Debian/Ubuntu: sudo apt-get install -y chromium fonts-dejavu-core),
or point CHROME_PATH at a Chromium or Chrome binary. The tests are never skipped silently.`;
