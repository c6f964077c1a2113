import '@testing-library/jest-dom/vitest';
import '../../src/styles/fonts.css';
import '../../src/styles/index.css';
import { beforeAll } from 'vitest';
import { loadWebFonts } from '../../.storybook/loadWebFonts';

// Layout tests and screenshot baselines measure maqal's own fonts (see loadWebFonts).
beforeAll(loadWebFonts);

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-reduced-motion: reduce` (true) or `no-preference` (false) for the page. */
    emulateReducedMotion: (reduce: boolean) => Promise<void>;
    /** Emulates `prefers-color-scheme: light` or `dark` for the page; null restores the browser's own. */
    emulateColorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
    /** The article page rendered by react-dom/server in Node (test/fixtures/renderArticleOnServer.tsx). */
    renderArticleOnServer: (locale: string) => Promise<{ html: string; reactVersion: string }>;
    /** The dates page and the article pages rendered in a Node process with TZ=timeZone (test/helpers/serverInTimeZone.ts). */
    renderDatesOnServer: (timeZone: string) => Promise<import('../helpers/serverInTimeZone').ServerRender & { stderr: string }>;
  }
}
