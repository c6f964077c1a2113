// A browser command for test/fonts.browser.test.tsx (issue 17): makes the font files of the page
// arrive late, as they do on a reader's first visit over a slow network. Playwright's page.route
// sees every request of the page, the test's iframes included, and turns the HTTP cache off while
// a route is set (https://playwright.dev/docs/api/class-page#page-route), so each file really
// comes through here, after the delay.
import type { BrowserCommand } from 'vitest/node';

const FONT_FILE = /\.woff2(?:\?|$)/;

/**
 * Delays every .woff2 response by `delayMs` from now on, but for the files whose name contains one
 * of `except` (a page's preloaded files, fetched first on a fast start); null serves them all at once again.
 */
export const delayFontFiles: BrowserCommand<[delayMs: number | null, except?: string[]]> = async (context, delayMs, except = []) => {
  if (context.provider.name !== 'playwright') throw new Error('delayFontFiles needs the Playwright provider');
  const { page } = context;
  await page.unroute(FONT_FILE);
  if (delayMs === null) return;
  await page.route(FONT_FILE, async (route) => {
    if (!except.some((name) => route.request().url().includes(name))) await new Promise((resolve) => setTimeout(resolve, delayMs));
    // The test may have removed its page meanwhile: the request is gone, nothing to answer.
    await route.continue().catch(() => undefined);
  });
};
