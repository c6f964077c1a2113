import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { MaqalProvider } from '../src';
import { elementDirection } from '../src/core/locale';

describe('MaqalProvider in Chromium', () => {
  it('lays its subtree out in the direction of the locale without adding a box', async () => {
    const screen = await render(
      <div style={{ inlineSize: '400px' }} data-testid="frame">
        <MaqalProvider locale="ar">
          <p data-testid="ar" style={{ margin: 0 }}>
            نص
          </p>
        </MaqalProvider>
      </div>,
    );
    const frame = screen.getByTestId('frame').element().getBoundingClientRect();
    const scope = document.querySelector('.maqal-Provider')!;
    // display: contents generates no box of its own.
    expect(scope.getClientRects().length).toBe(0);
    const text = screen.getByTestId('ar').element();
    expect(getComputedStyle(text).direction).toBe('rtl');
    // The paragraph's text starts at the frame's right edge.
    const range = document.createRange();
    range.selectNodeContents(text);
    expect(Math.abs(range.getBoundingClientRect().right - frame.right)).toBeLessThan(1);
  });

  it('reads the computed direction at the time it is asked, inside nested islands', async () => {
    const screen = await render(
      <MaqalProvider locale="ar">
        <span data-testid="outer">أ</span>
        <MaqalProvider locale="en">
          <span data-testid="island">b</span>
          <MaqalProvider dir="rtl">
            <span data-testid="inner">ج</span>
          </MaqalProvider>
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(elementDirection(screen.getByTestId('outer').element())).toBe('rtl');
    expect(elementDirection(screen.getByTestId('island').element())).toBe('ltr');
    expect(elementDirection(screen.getByTestId('inner').element())).toBe('rtl');
    // An app flipping dir later is obeyed: nothing was cached at mount.
    const island = screen.getByTestId('island').element();
    island.closest('.maqal-Provider')!.setAttribute('dir', 'rtl');
    expect(elementDirection(island)).toBe('rtl');
  });

  it('applies Arabic-script metrics by lang and Latin metrics to a Latin span inside', async () => {
    const screen = await render(
      <MaqalProvider locale="ar">
        <p data-testid="ar" style={{ lineHeight: 'var(--maqal-body-leading)', fontSize: '16px' }}>
          نص عربي <span lang="en" data-testid="en" style={{ lineHeight: 'var(--maqal-body-leading)' }}>Latin</span>
        </p>
      </MaqalProvider>,
    );
    const ar = getComputedStyle(screen.getByTestId('ar').element());
    const en = getComputedStyle(screen.getByTestId('en').element());
    expect(parseFloat(ar.lineHeight) / parseFloat(ar.fontSize)).toBeGreaterThanOrEqual(1.6);
    expect(parseFloat(en.lineHeight) / parseFloat(en.fontSize)).toBeLessThan(1.5);
    expect(ar.fontSynthesisStyle).toBe('none');
  });

  it('switches colour tokens with data-maqal-theme', async () => {
    const screen = await render(
      <div>
        <p data-testid="light" data-maqal-theme="light" style={{ color: 'var(--maqal-color-text)' }}>
          فاتح
        </p>
        <p data-testid="dark" data-maqal-theme="dark" style={{ color: 'var(--maqal-color-text)' }}>
          داكن
        </p>
      </div>,
    );
    expect(getComputedStyle(screen.getByTestId('light').element()).color).toBe('rgb(26, 26, 26)');
    expect(getComputedStyle(screen.getByTestId('dark').element()).color).toBe('rgb(240, 239, 236)');
  });
});
