import { server } from 'vitest/browser';

/*
 * Screenshot baselines are rendered by Linux Chromium with maqal's own fonts; other platforms draw
 * text differently, so there the screenshot suites are skipped, and say so and why in their names
 * (the issue: "on other platforms the suite says clearly that it skipped them and why").
 * Same wording as test/screenshots.browser.test.tsx.
 */

/** Whether this platform can compare against the committed baselines. */
export const SCREENSHOTS_RUN = server.platform === 'linux';

/** Why the screenshot suites skip here. */
export const SCREENSHOTS_SKIP_REASON = `screenshot baselines are for Linux Chromium; this is ${server.platform}`;

/** A screenshot suite's name: as given on Linux, with the reason it skipped everywhere else. */
export function screenshotSuiteName(name: string): string {
  return SCREENSHOTS_RUN ? name : `${name} (skipped: ${SCREENSHOTS_SKIP_REASON})`;
}
