// Dark mode is the app's choice (issue 14): importing maqal/styles.css turned `color-scheme` dark
// on the app's :root, and maqal's text light, whenever the OS preferred dark, so an app without a
// dark theme got a dark page, or light text on its own white one. Checked in Chromium with
// Playwright's emulated prefers-color-scheme (page.emulateMedia).
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Article, ArticleBody, ArticleHeader } from '../src';

const LIGHT_TEXT = 'rgb(26, 26, 26)'; // --maqal-color-text, light
const DARK_TEXT = 'rgb(240, 239, 236)'; // --maqal-color-text, dark

afterEach(async () => {
  document.documentElement.removeAttribute('data-maqal-theme');
  await commands.emulateColorScheme(null);
});

async function renderParts(props: { 'data-maqal-theme'?: string } = {}) {
  const screen = await render(
    <div dir="rtl" lang="ar" data-testid="wrapper" {...props}>
      <ArticleHeader headline="مكتبة وادي الريحان تعود إلى قرّائها" />
      <ArticleBody>
        <p>نص المقال.</p>
      </ArticleBody>
    </div>,
  );
  return {
    wrapper: screen.getByTestId('wrapper').element(),
    headline: document.querySelector('h1')!,
    body: document.querySelector('.maqal-ArticleBody')!,
  };
}

const scheme = (element: Element) => getComputedStyle(element).colorScheme;
const color = (element: Element) => getComputedStyle(element).color;

describe('dark mode is the app’s choice', () => {
  it('leaves the page light when the reader prefers dark and the app asked for nothing', async () => {
    await commands.emulateColorScheme('dark');
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    const { wrapper, headline, body } = await renderParts();
    // Nothing on the app's root: no color-scheme, so the canvas and its native controls stay light.
    expect(scheme(document.documentElement)).toBe('normal');
    expect(scheme(document.body)).toBe('normal');
    expect(scheme(wrapper)).toBe('normal');
    expect(getComputedStyle(document.body).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    // maqal's own text keeps its light-theme colour, readable on the app's light page.
    expect(color(headline)).toBe(LIGHT_TEXT);
    expect(color(body)).toBe(LIGHT_TEXT);
  });

  it.each(['light', 'dark'] as const)('follows the reader inside data-maqal-theme="auto" on <html> (%s)', async (preference) => {
    await commands.emulateColorScheme(preference);
    document.documentElement.dataset.maqalTheme = 'auto';
    const { headline, body } = await renderParts();
    // "light dark": the browser picks, so native controls and the canvas follow the reader too.
    expect(scheme(document.documentElement)).toBe('light dark');
    expect(color(headline)).toBe(preference === 'dark' ? DARK_TEXT : LIGHT_TEXT);
    expect(color(body)).toBe(preference === 'dark' ? DARK_TEXT : LIGHT_TEXT);
  });

  it('scopes data-maqal-theme="auto" on any ancestor to that subtree', async () => {
    await commands.emulateColorScheme('dark');
    const { wrapper, headline } = await renderParts({ 'data-maqal-theme': 'auto' });
    expect(scheme(wrapper)).toBe('light dark');
    expect(color(headline)).toBe(DARK_TEXT);
    expect(scheme(document.documentElement)).toBe('normal');
  });

  it('keeps data-maqal-theme="dark" and "light" whatever the reader prefers, and islands inside "auto"', async () => {
    for (const preference of ['light', 'dark'] as const) {
      await commands.emulateColorScheme(preference);
      document.documentElement.dataset.maqalTheme = 'auto';
      const screen = await render(
        <div dir="rtl" lang="ar">
          <div data-maqal-theme="dark" data-testid="dark">
            <ArticleBody>
              <p>داكن</p>
            </ArticleBody>
            <div data-maqal-theme="light" data-testid="light">
              <ArticleBody>
                <p>فاتح</p>
              </ArticleBody>
            </div>
          </div>
        </div>,
      );
      const [dark, light] = [screen.getByTestId('dark').element(), screen.getByTestId('light').element()];
      expect(scheme(dark), preference).toBe('dark');
      expect(color(dark.querySelector('.maqal-ArticleBody')!), preference).toBe(DARK_TEXT);
      expect(scheme(light), preference).toBe('light');
      expect(color(light.querySelector('.maqal-ArticleBody')!), preference).toBe(LIGHT_TEXT);
      await screen.unmount();
    }
  });

  it('paints an Article that carries a theme (an island), and no Article that does not', async () => {
    await commands.emulateColorScheme('dark');
    const screen = await render(
      <div dir="rtl" lang="ar">
        <Article data-testid="plain">
          <p>نص</p>
        </Article>
        <Article data-testid="island" data-maqal-theme="dark">
          <p>نص</p>
        </Article>
      </div>,
    );
    expect(getComputedStyle(screen.getByTestId('plain').element()).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    const island = getComputedStyle(screen.getByTestId('island').element());
    expect(island.backgroundColor).toBe('rgb(20, 20, 20)'); // --maqal-color-surface, dark
    expect(island.color).toBe(DARK_TEXT);
  });
});
