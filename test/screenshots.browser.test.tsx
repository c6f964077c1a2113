import { describe, expect, it } from 'vitest';
import { page, server } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider } from '../src';
import { LocaleDemo } from '../stories/LocaleDemo';

// Baselines are rendered by Linux Chromium with maqal's own fonts; other platforms draw text
// differently, so there the shots are skipped with this reason instead of failing.
const linux = server.platform === 'linux';
const reason = `screenshot baselines are for Linux Chromium; this is ${server.platform}`;

if (!linux) console.warn(`maqal: screenshots skipped — ${reason}`);

describe.skipIf(!linux)(linux ? 'screenshots' : `screenshots (skipped: ${reason})`, () => {
  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ])('draws the locale demo in %s (%s) as the committed baseline', async (locale) => {
    await page.viewport(480, 480);
    const screen = await render(
      <MaqalProvider locale={locale}>
        <div data-testid="shot" style={{ padding: 16, inlineSize: 360, boxSizing: 'border-box', fontFamily: 'var(--maqal-font-ui)', background: 'var(--maqal-color-surface)' }}>
          <LocaleDemo />
        </div>
      </MaqalProvider>,
    );
    await document.fonts.ready;
    await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`locale-demo-${locale}`);
  });
});
