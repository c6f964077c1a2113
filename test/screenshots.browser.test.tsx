import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider } from '../src';
import { LocaleDemo } from '../stories/LocaleDemo';
import { SCREENSHOTS_RUN, SCREENSHOTS_SKIP_REASON, screenshotSuiteName } from './helpers/screenshots';

if (!SCREENSHOTS_RUN) console.warn(`maqal: screenshots skipped — ${SCREENSHOTS_SKIP_REASON}`);

describe.skipIf(!SCREENSHOTS_RUN)(screenshotSuiteName('screenshots'), () => {
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
