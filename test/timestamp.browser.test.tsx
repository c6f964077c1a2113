import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, Timestamp } from '../src';
import { clockSubscriberCount } from '../src/components/Timestamp/clock';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  globalThis.IS_REACT_ACT_ENVIRONMENT = false;
});

/** Puts the server's HTML in the page, hydrates it with the same tree and asserts React said nothing. */
async function hydrateServerHtml(page: React.ReactElement, html: string) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverTime = container.querySelector('time');
  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  const recoverable: unknown[] = [];
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, page, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
  // Hydrated in place: the server's <time> is kept.
  expect(container.querySelector('time')).toBe(serverTime);
  return { container, unmount: () => act(async () => root!.unmount()) };
}

describe('Timestamp hydration in Chromium', () => {
  it('hydrates server HTML with no warning, then switches to the live relative time', async () => {
    const written = Date.now() - 5 * 60_000;
    const page = (
      <article>
        <Timestamp data-testid="rel" dateTime={written} format="relative" timeZone="Asia/Riyadh" now={written + 2 * 3_600_000} published />
        <Timestamp data-testid="abs" dateTime={written} format="relative" timeZone="Asia/Riyadh" />
        <Timestamp dateTime={written} timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" updated />
        <Timestamp dateTime={written} format="time" timeZone="Asia/Riyadh" locale="ar-EG" />
      </article>
    );
    const html = renderToString(page);
    // The server saw the request time (2 hours after writing) and no clock of its own.
    expect(html).toContain('قبل ساعتين');

    const { container, unmount } = await hydrateServerHtml(page, html);
    // Then moved to the reader's clock.
    await expect.poll(() => container.querySelector('[data-testid="rel"] time')?.textContent).toBe('قبل 5 دقائق');
    await expect.poll(() => container.querySelector('[data-testid="abs"] time')?.textContent).toBe('قبل 5 دقائق');
    expect(clockSubscriberCount()).toBe(2);

    await unmount();
    expect(clockSubscriberCount()).toBe(0);
  });

  it("hydrates a relative Timestamp that takes its locale and time zone from the provider, with no warning", async () => {
    const written = Date.now() - 5 * 60_000;
    const page = (
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem" messages={{ byline: { updated: 'עודכן לאחרונה' } }}>
        <Timestamp data-testid="rel" dateTime={written} format="relative" now={written + 2 * 3_600_000} updated />
      </MaqalProvider>
    );
    const html = renderToString(page);
    expect(html).toContain('lang="he"');
    expect(html).toContain('לפני שעתיים');
    expect(html).not.toContain('(2)');

    const { container, unmount } = await hydrateServerHtml(page, html);
    const rel = container.querySelector('[data-testid="rel"]')!;
    expect(rel.querySelector('.maqal-Timestamp-label')?.textContent).toBe('עודכן לאחרונה');
    await expect.poll(() => rel.querySelector('time')?.textContent).toBe('לפני 5 דקות');

    await unmount();
  });
});
