import { act, version } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { NOW } from '../stories/fixtures/articlePageContent';
import { articleElement, type ArticleLocale } from './fixtures/articleElement';
import { waitFor } from './helpers/waitFor';

let root: Root | undefined;
let container: HTMLElement | undefined;

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.scrollTo({ top: 0, behavior: 'instant' });
});

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

describe('the article page, rendered on the server and hydrated in Chromium', () => {
  it.each(['ar', 'he', 'fa', 'ur', 'en'] as ArticleLocale[])('hydrates %s with no mismatch, no console error and the same text', async (locale) => {
    // The reader's clock reads the same instant the server used for "updated … ago".
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
    const { html, reactVersion } = await commands.renderArticleOnServer(locale);
    expect(html).toContain('<h1');
    // The browser-react18 project runs this file with React 18.3 on both sides.
    const expected = import.meta.env.MAQAL_EXPECT_REACT === '18' ? /^18\.3\./ : /^19\./;
    expect(reactVersion).toMatch(expected);
    expect(version).toMatch(expected);

    container = document.createElement('div');
    container.innerHTML = html; // the server's HTML, as the browser would have parsed it
    document.body.append(container);
    const textBefore = container.innerText;

    const errors: unknown[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const onRate = vi.fn(async () => {});
    await act(async () => {
      root = hydrateRoot(container!, articleElement(locale, onRate), {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    await frames();

    expect(errors).toEqual([]);
    expect(container.innerText).toBe(textBefore);

    // Interactive after hydration: the rating votes…
    const radios = container.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect(radios).toHaveLength(5);
    await act(async () => radios[3]!.click());
    expect(onRate).toHaveBeenCalledWith(4);

    // …and the back-to-top button appears past its threshold and takes the reader up.
    const button = container.querySelector<HTMLButtonElement>('.maqal-ScrollToTop')!;
    expect(button.hidden).toBe(true);
    window.scrollTo({ top: 2000, behavior: 'instant' });
    await waitFor(() => expect(button.hidden).toBe(false));
    await act(async () => button.click());
    await waitFor(() => expect(window.scrollY).toBe(0));
    expect(document.activeElement?.tagName).toBe('H1');
  });
});
