import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

// npm test checks for Chromium first (scripts/check-browser.mjs) and says how to get one.
function chromium() {
  const executablePath = findChromium() ?? undefined;
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
    instances: [{ browser: 'chromium' as const, viewport: { width: 1280, height: 800 } }],
  };
}

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
    browser: chromium(),
  },
}));

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}', 'test/**/*.node.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/**/*.node.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup/browser.ts'],
          browser: chromium(),
        },
      },
      ...storyProjects,
    ],
  },
});
