// Issue 13: server HTML from a host in one time zone hydrates with no error in a browser set to
// another zone and locale. The server is a Node process started with TZ set (the
// `renderDatesOnServer` command); the reader's zone and locale are set on this page through the
// Chrome DevTools Protocol, with the same two calls Playwright makes for a context's `timezoneId`
// and `locale` in Chromium (Emulation.setTimezoneOverride, Emulation.setLocaleOverride).
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, commands } from 'vitest/browser';
import { NOW } from '../stories/fixtures/articlePageContent';
import { articleElement, type ArticleLocale } from './fixtures/articleElement';
import { datesElement } from './fixtures/datesElement';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let root: Root | undefined;
let container: HTMLElement | undefined;

async function emulate(timezoneId: string, locale: string) {
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId });
  await cdp().send('Emulation.setLocaleOverride', { locale });
}

afterEach(async () => {
  await act(async () => root?.unmount());
  container?.remove();
  root = undefined;
  // An empty zone and no locale lift the overrides, for the test files that run after this one.
  await cdp().send('Emulation.setTimezoneOverride', { timezoneId: '' });
  await cdp().send('Emulation.setLocaleOverride', {});
  vi.useRealTimers();
  vi.restoreAllMocks();
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
});

/** Puts the server's HTML in the page, hydrates the same tree, and returns every error React reported. */
async function hydrate(html: string, element: React.ReactElement) {
  container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const errors: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
  // Warnings (strings without an offset, an offset as a zone) are expected; they are development advice.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  await act(async () => {
    root = hydrateRoot(container!, element, { onRecoverableError: (error) => errors.push(error) });
  });
  return errors;
}

// Server zone, then the reader's zone and locale: each pair far apart, and across midnight for the
// sample dates (21:30 in Riyadh is 13:30 in New York and 07:30 the next day on Kiritimati).
const PAIRS = [
  ['Asia/Riyadh', 'America/New_York', 'en-US'],
  ['America/New_York', 'Asia/Riyadh', 'ar-SA'],
  ['UTC', 'Pacific/Kiritimati', 'fr-FR'],
  ['Asia/Tehran', 'America/Los_Angeles', 'he-IL'],
] as const;

describe('server HTML hydrates in a browser in another time zone and locale', () => {
  it('really moves this page to the emulated zone and locale', async () => {
    await emulate('Pacific/Kiritimati', 'fr-FR');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Pacific/Kiritimati');
    expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(-14 * 60);
    expect(new Intl.NumberFormat().resolvedOptions().locale).toBe('fr-FR');
    // The reason this matters: an offset-less string means a different instant here.
    expect(new Date('2026-11-30T21:30:00').toISOString()).toBe('2026-11-30T07:30:00.000Z');
    // And Chromium accepts an offset as a zone, which Node 20 rejects.
    expect(new Intl.DateTimeFormat('en', { timeZone: '+03:00' }).resolvedOptions().timeZone).toBe('+03:00');
  });

  it.each(PAIRS)('dates rendered by a server in %s hydrate in %s (%s) with no error and no change', async (serverZone, readerZone, locale) => {
    const server = await commands.renderDatesOnServer(serverZone);
    expect(server.timeZone).toBe(serverZone);
    await emulate(readerZone, locale);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(readerZone);

    const html = server.html.dates!;
    const errors = await hydrate(html, datesElement());
    expect(errors).toEqual([]);
    // Hydrated in place: the server's dates are the ones on the page.
    const stamps = (selector: string) => [...container!.querySelectorAll(selector)].map((time) => time.getAttribute('datetime'));
    const serverDoc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    expect(stamps('time')).toEqual([...serverDoc.querySelectorAll('time')].map((time) => time.getAttribute('datetime')));
    expect(container!.querySelector('[data-case="wp-date"] time')).toHaveAttribute('datetime', '2026-11-30T18:30:00.000Z');
    expect(container!.querySelector('[data-case="offset-zone"] time')?.textContent).toBe('30 نوفمبر 2026 في 9:30 م');
  });

  it.each(['ar', 'he', 'en'] as ArticleLocale[])('hydrates the %s article page rendered in Asia/Riyadh, in America/New_York (en-GB), with no error', async (locale) => {
    // The reader's clock reads the same instant the server used for "updated … ago".
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(NOW) });
    const server = await commands.renderDatesOnServer('Asia/Riyadh');
    await emulate('America/New_York', 'en-GB');
    const html = server.html[`article-${locale}`]!;
    const errors = await hydrate(html, articleElement(locale));
    expect(errors).toEqual([]);
    expect(container!.innerHTML).toContain('<h1');
  });
});
