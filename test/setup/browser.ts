import '@testing-library/jest-dom/vitest';
import '../../src/styles/fonts.css';
import '../../src/styles/index.css';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates `prefers-reduced-motion: reduce` (true) or `no-preference` (false) for the page. */
    emulateReducedMotion: (reduce: boolean) => Promise<void>;
    /** The article page rendered by react-dom/server in Node (test/fixtures/renderArticleOnServer.tsx). */
    renderArticleOnServer: (locale: string) => Promise<{ html: string; reactVersion: string }>;
  }
}
