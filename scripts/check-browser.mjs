// First step of npm test: fail early, and say how to fix it, when no Chromium is available.
import { findChromium, NO_CHROMIUM_MESSAGE } from './chromium.mjs';

const path = findChromium();
if (!path) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(1);
}
console.log(`maqal: browser tests use ${path}`);
