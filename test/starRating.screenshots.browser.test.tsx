import { describe, expect, it } from 'vitest';
import { commands, page, server, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider, StarRating } from '../src';
import { screenshotSuiteName } from './helpers/screenshots';

// Baselines are rendered by Linux Chromium with maqal's own fonts (see screenshots.browser.test.tsx).
const linux = server.platform === 'linux';

describe.skipIf(!linux)(screenshotSuiteName('StarRating screenshots'), () => {
  it.each([
    ['ar', 'light'],
    ['en', 'dark'],
  ] as const)('draws the rating states in %s (%s theme) as the committed baseline', async (locale, theme) => {
    // The pending stars pulse; a reader who asked for less motion sees them still, as does the shot.
    await commands.emulateReducedMotion(true);
    await page.viewport(520, 720);
    const screen = await render(
      <MaqalProvider locale={locale} numberingSystem={locale === 'ar' ? 'arab' : undefined}>
        <p data-testid="away">—</p>
        <div
          data-testid="shot"
          data-maqal-theme={theme}
          style={{ display: 'grid', gap: 12, padding: 16, inlineSize: 480, boxSizing: 'border-box', background: 'var(--maqal-color-surface)' }}
        >
          <StarRating />
          <StarRating average={3.7} count={37} userValue={4} />
          <StarRating readOnly value={2.5} count={11} size="lg" />
          <StarRating disabled defaultValue={2} size="sm" />
          <StarRating defaultValue={4} average={3.7} count={37} voteStatus="pending" />
          <StarRating defaultValue={2} voteStatus="error" />
          <StarRating required invalid />
        </div>
      </MaqalProvider>,
    );
    await document.fonts.ready;
    // Hover previews follow the pointer, wherever an earlier test left it: park it off the stars.
    await userEvent.hover(screen.getByTestId('away'));
    await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`star-rating-${locale}-${theme}`);
    await commands.emulateReducedMotion(false);
  });
});
