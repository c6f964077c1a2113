import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider } from '../src';
import { LocaleShowcase } from '../stories/fixtures/LocaleShowcase';
import { SCREENSHOTS_RUN, SCREENSHOTS_SKIP_REASON, screenshotSuiteName } from './helpers/screenshots';

if (!SCREENSHOTS_RUN) console.warn(`maqal: screenshots skipped — ${SCREENSHOTS_SKIP_REASON}`);

describe.skipIf(!SCREENSHOTS_RUN)(screenshotSuiteName('screenshots'), () => {
  it.each([
    ['ar', 'rtl'],
    ['en', 'ltr'],
  ])('draws the locale showcase in %s (%s) as the committed baseline', async (locale) => {
    await page.viewport(480, 1200);
    const screen = await render(
      <MaqalProvider locale={locale}>
        <p data-testid="away">—</p>
        <div data-testid="shot" style={{ padding: 16, inlineSize: 360, boxSizing: 'border-box', fontFamily: 'var(--maqal-font-ui)', background: 'var(--maqal-color-surface)' }}>
          <LocaleShowcase />
        </div>
      </MaqalProvider>,
    );
    await document.fonts.ready;
    // Hover previews (StarRating's) follow the pointer, wherever an earlier test left it: park it.
    await userEvent.hover(screen.getByTestId('away'));
    await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`locale-showcase-${locale}`);
  });
});
