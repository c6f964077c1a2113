import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { bundleForNode } from './test/helpers/nodeBundle.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { renderInTimeZone } from './test/helpers/serverInTimeZone.js';
import { delayFontFiles } from './test/commands/fontsNetwork.js';

// Lets a browser test emulate the reader's reduced-motion preference (Playwright's emulateMedia).
const emulateReducedMotion: BrowserCommand<[reduce: boolean]> = async (context, reduce) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateReducedMotion needs the Playwright provider');
  await context.page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
};

// Lets a browser test emulate the reader's prefers-color-scheme (Playwright's emulateMedia);
// null goes back to the browser's own.
const emulateColorScheme: BrowserCommand<[scheme: 'light' | 'dark' | null]> = async (context, scheme) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateColorScheme needs the Playwright provider');
  await context.page.emulateMedia({ colorScheme: scheme });
};

// Renders the article page with react-dom/server in plain Node (Vitest's own process: no DOM
// globals) and hands the HTML to a browser test, which hydrates it. The fixture is bundled once
// with esbuild, React left external, into node_modules/.cache so Node resolves React from here.
// With `react18`, React and React DOM come from test/react18 (bundled in, since Node would find
// the root's React 19 first) for the browser-react18 project, whose browser side uses them too.
function serverRenderCommand(react18 = false): BrowserCommand<[locale: string]> {
  let serverBundle: Promise<{ renderArticleOnServer: (locale: string) => { html: string; reactVersion: string } }> | undefined;
  return async (_context, locale) => {
    serverBundle ??= (async () => {
      const outfile = fileURLToPath(new URL(`./node_modules/.cache/maqal/renderArticleOnServer${react18 ? '-react18' : ''}.mjs`, import.meta.url));
      await bundleForNode(outfile, { entryPoints: [fileURLToPath(new URL('./test/fixtures/renderArticleOnServer.tsx', import.meta.url))] }, react18);
      return import(`${pathToFileURL(outfile).href}?${Date.now()}`);
    })();
    return (await serverBundle).renderArticleOnServer(locale);
  };
}

// Renders the dates page and the article page with react-dom/server in a child Node process
// started with TZ=timeZone, a server in that host zone (test/helpers/serverInTimeZone.ts), and
// hands the HTML to a browser test, which hydrates it in a page set to another zone and locale.
const renderDatesOnServer: BrowserCommand<[timeZone: string]> = async (_context, timeZone) =>
  renderInTimeZone(timeZone, { caller: 'browser' });

// npm test checks for Chromium first (scripts/check-browser.mjs) and says how to get one.
function chromium() {
  const executablePath = findChromium() ?? undefined;
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const, viewport: { width: 1280, height: 800 } }],
    // A stable screenshot is two equal captures in a row; under CI load that has taken over the
    // default 5 s while every pixel was right.
    expect: { toMatchScreenshot: { timeout: 30_000 } },
  };
}

// Browser and story tests assert behaviour, not speed. CI runs five Chromium projects at once on
// two cores, where a test that takes one second alone has been seen to take fifteen; and a
// Playwright action may use only what is left of its test's time.
const BROWSER_TEST_TIMEOUT = 60_000;

// Every story runs as a test (with axe) in each direction and each theme.
const storyRuns = [
  { direction: 'rtl', theme: 'light' },
  { direction: 'ltr', theme: 'light' },
  { direction: 'rtl', theme: 'dark' },
  { direction: 'ltr', theme: 'dark' },
] as const;

const storyProjects: TestProjectInlineConfiguration[] = storyRuns.map((globals) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook' })],
  define: { __MAQAL_STORY_GLOBALS__: JSON.stringify(globals) },
  test: {
    name: `stories-${globals.direction}-${globals.theme}`,
    testTimeout: BROWSER_TEST_TIMEOUT,
    browser: chromium(),
  },
}));

// The same unit and server tests again against React 18.3 (installed in test/react18), since
// the package promises both. Aliases send every import of react, react-dom and Testing Library
// to that copy; its own node_modules keep react-dom and Testing Library on the same React.
const react18 = (name: string) => new URL(`./test/react18/node_modules/${name}`, import.meta.url).pathname;
const react18Alias = [
  { find: /^react$/, replacement: react18('react/index.js') },
  { find: /^react\/(.*)$/, replacement: react18('react/$1') },
  { find: /^react-dom$/, replacement: react18('react-dom/index.js') },
  { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
  { find: /^@testing-library\/react$/, replacement: react18('@testing-library/react/dist/index.js') },
];

// The unit (jsdom) and server (plain Node) tests, run once per React version.
const unitTests: TestProjectInlineConfiguration['test'] = {
  environment: 'jsdom',
  include: ['test/**/*.test.{ts,tsx}'],
  exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/**/*.node.test.{ts,tsx}', 'test/**/*.e2e.test.ts', 'test/react18/**'],
  setupFiles: ['test/setup/unit.ts'],
};
const serverTests: TestProjectInlineConfiguration['test'] = { environment: 'node', include: ['test/**/*.node.test.{ts,tsx}'] };

export default defineConfig({
  plugins: [react()],
  // The visual baselines load Storybook's preview in a browser test; found mid-run, these made Vite
  // re-optimise and reload the test page on a cold cache.
  optimizeDeps: {
    include: ['@storybook/react-vite', 'storybook/preview-api', 'storybook/internal/core-events', 'storybook-addon-pseudo-states/preview', 'storybook/test'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', ...unitTests },
      },
      {
        extends: true,
        test: { name: 'node', ...serverTests },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: { name: 'unit-react18', env: { MAQAL_EXPECT_REACT: '18' }, ...unitTests },
      },
      {
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: 'node-react18',
          env: { MAQAL_EXPECT_REACT: '18' },
          ...serverTests,
          // These check the built package and the linter, not React.
          exclude: ['test/package.node.test.ts', 'test/release.node.test.ts', 'test/stylelint.node.test.ts', 'test/treeShaking.node.test.ts', 'test/react18/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          testTimeout: BROWSER_TEST_TIMEOUT,
          // expect.poll and expect.element retry for 5 s, as test/helpers/waitFor.ts does.
          expect: { poll: { timeout: 5000 } },
          browser: { ...chromium(), commands: { emulateReducedMotion, emulateColorScheme, renderArticleOnServer: serverRenderCommand(), renderDatesOnServer, delayFontFiles } },
        },
      },
      {
        // Server render and hydration again with React 18.3, on both sides.
        extends: true,
        resolve: { alias: react18Alias },
        test: {
          name: 'browser-react18',
          env: { MAQAL_EXPECT_REACT: '18' },
          include: ['test/articlePage.browser.test.tsx'],
          setupFiles: ['test/setup/browser.ts'],
          testTimeout: BROWSER_TEST_TIMEOUT,
          expect: { poll: { timeout: 5000 } },
          browser: { ...chromium(), commands: { renderArticleOnServer: serverRenderCommand(true) } },
        },
      },
      {
        extends: true,
        test: {
          // Packs the library and builds real apps with it: minutes, not seconds.
          name: 'consumers',
          environment: 'node',
          include: ['test/**/*.e2e.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
      ...storyProjects,
    ],
  },
});
