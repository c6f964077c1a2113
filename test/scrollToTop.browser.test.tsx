import { Profiler, useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { MaqalProvider, ScrollToTop } from '../src';
import type { ScrollToTopProps } from '../src';
import { waitFor } from './helpers/waitFor';

const button = () => document.querySelector<HTMLButtonElement>('.maqal-ScrollToTop')!;
// React itself listens for scroll on its root container; count only what lands on the page.
// The window gets its own spy: the test runner gives it an own addEventListener.
function spyOnScroll(method: 'addEventListener' | 'removeEventListener') {
  const onWindow = vi.spyOn(window, method);
  const onNodes = vi.spyOn(EventTarget.prototype, method);
  const page = [document, document.documentElement, document.body] as unknown[];
  return {
    calls: () => [
      ...onWindow.mock.calls.filter(([type]) => type === 'scroll'),
      ...onNodes.mock.calls.filter(([type], i) => type === 'scroll' && page.includes(onNodes.mock.contexts[i])),
    ],
    restore: () => {
      onWindow.mockRestore();
      onNodes.mockRestore();
    },
  };
}
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));

function Page({ dir = 'rtl', ...props }: ScrollToTopProps & { dir?: 'rtl' | 'ltr' }) {
  return (
    <MaqalProvider locale={dir === 'rtl' ? 'ar' : 'en'}>
      <main>
        <h1>عنوان المقال</h1>
        <div style={{ blockSize: '6000px' }}>نص طويل</div>
      </main>
      <ScrollToTop {...props} />
    </MaqalProvider>
  );
}

afterEach(async () => {
  await commands.emulateReducedMotion(false);
  window.scrollTo({ top: 0, behavior: 'instant' });
});

describe('ScrollToTop visibility (window)', () => {
  it('is hidden at the top, shows past the threshold and hides again above it', async () => {
    await render(<Page threshold={500} />);
    await frame();
    expect(button()).not.toBeVisible();
    expect(button()).toHaveAttribute('data-state', 'hidden');
    window.scrollTo({ top: 800, behavior: 'instant' });
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'visible'));
    // It fades in, starting from opacity 0.
    await expect.element(button()).toBeVisible();
    window.scrollTo({ top: 300, behavior: 'instant' });
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'hidden'));
    expect(button()).not.toBeVisible();
  });

  it('treats a negative or NaN threshold as one viewport, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await render(<Page threshold={Number.NaN} />);
    expect(warn).toHaveBeenCalled();
    window.scrollTo({ top: window.innerHeight / 2, behavior: 'instant' });
    await frame();
    await frame();
    expect(button()).toHaveAttribute('data-state', 'hidden');
    window.scrollTo({ top: window.innerHeight * 1.5, behavior: 'instant' });
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'visible'));
    warn.mockRestore();
  });

  it('keeps the default threshold at one viewport when the viewport changes height', async () => {
    await render(<Page />);
    await frame();
    await page.viewport(1280, 400);
    try {
      await frame();
      // Past the new viewport (400 px), short of the one it had at mount (800 px).
      window.scrollTo({ top: 600, behavior: 'instant' });
      await waitFor(() => expect(button()).toHaveAttribute('data-state', 'visible'));
      window.scrollTo({ top: 200, behavior: 'instant' });
      await waitFor(() => expect(button()).toHaveAttribute('data-state', 'hidden'));
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

describe.each(['rtl', 'ltr'] as const)('ScrollToTop position in %s', (dir) => {
  it(`sits in the ${dir === 'rtl' ? 'left' : 'right'} half, at the bottom, at least 44×44`, async () => {
    await render(<Page dir={dir} threshold={100} />);
    window.scrollTo({ top: 400, behavior: 'instant' });
    await waitFor(() => expect(button()).toBeVisible());
    const box = button().getBoundingClientRect();
    const middle = document.documentElement.clientWidth / 2;
    if (dir === 'rtl') expect(box.right).toBeLessThan(middle);
    else expect(box.left).toBeGreaterThan(middle);
    expect(box.bottom).toBeGreaterThan(window.innerHeight / 2);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
  });
});

describe('ScrollToTop click', () => {
  it('scrolls to 0, focuses the first h1 without a second jump, and the tabindex goes again', async () => {
    await commands.emulateReducedMotion(true);
    const onScrollTop = vi.fn();
    await render(<Page threshold={100} onScrollTop={onScrollTop} />);
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitFor(() => expect(button()).toBeVisible());
    await userEvent.click(button());
    // Reduced motion: the scroll is instant, already at 0 when the click returns.
    expect(window.scrollY).toBe(0);
    const h1 = document.querySelector('h1')!;
    expect(document.activeElement).toBe(h1);
    expect(h1).toHaveAttribute('tabindex', '-1');
    expect(onScrollTop).toHaveBeenCalledOnce();
    h1.blur();
    expect(h1).not.toHaveAttribute('tabindex');
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'hidden'));
  });

  it('scrolls smoothly when motion is allowed, and still ends at 0 with focus on the h1', async () => {
    await commands.emulateReducedMotion(false);
    await render(<Page threshold={100} />);
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitFor(() => expect(button()).toBeVisible());
    await userEvent.click(button());
    expect(window.scrollY).toBeGreaterThan(0); // not instant
    await waitFor(() => expect(window.scrollY).toBe(0));
    expect(document.activeElement).toBe(document.querySelector('h1'));
  });

  it('scrolls instantly with behavior="auto"', async () => {
    await render(<Page threshold={100} behavior="auto" />);
    window.scrollTo({ top: 3000, behavior: 'instant' });
    await waitFor(() => expect(button()).toBeVisible());
    await userEvent.click(button());
    expect(window.scrollY).toBe(0);
  });
});

describe('ScrollToTop costs nothing while scrolling', () => {
  it.each([false, true])('adds no scroll listener (showProgress %s, scroll-driven CSS here) and commits only on flips over ten screens', async (showProgress) => {
    const add = spyOnScroll('addEventListener');
    let commits = 0;
    await render(
      <Profiler id="stt" onRender={() => commits++}>
        <Page threshold={500} showProgress={showProgress} />
      </Profiler>,
    );
    await frame();
    const scrollListeners = () => add.calls().length;
    const before = commits;
    // Ten screens down, then back up: two visibility flips in all.
    for (let i = 1; i <= 10; i++) {
      window.scrollTo({ top: i * window.innerHeight * 0.5, behavior: 'instant' });
      await frame();
    }
    expect(button()).toHaveAttribute('data-state', 'visible');
    window.scrollTo({ top: 0, behavior: 'instant' });
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'hidden'));
    expect(commits - before).toBeLessThanOrEqual(2);
    expect(CSS.supports('animation-timeline: scroll()')).toBe(true);
    expect(scrollListeners()).toBe(0);
    add.restore();
  });

  it('falls back to one passive, frame-batched listener for progress without scroll-driven CSS', async () => {
    const supports = vi.spyOn(CSS, 'supports').mockReturnValue(false);
    const add = spyOnScroll('addEventListener');
    const raf = vi.spyOn(window, 'requestAnimationFrame');
    const { unmount } = await render(<Page threshold={500} showProgress />);
    const calls = add.calls();
    expect(calls).toHaveLength(1);
    expect(calls[0]![2]).toMatchObject({ passive: true });
    await frame(); // the first paint of the ring has run
    raf.mockClear();
    for (let i = 0; i < 5; i++) window.dispatchEvent(new Event('scroll'));
    expect(raf).toHaveBeenCalledTimes(1);
    await frame();
    const remove = spyOnScroll('removeEventListener');
    unmount();
    expect(remove.calls()).toHaveLength(1);
    for (const spy of [supports, raf]) spy.mockRestore();
    add.restore();
    remove.restore();
  });
});

function ContainerPage({ late = false }: { late?: boolean }) {
  const box = useRef<HTMLDivElement>(null);
  return (
    <MaqalProvider locale="ar">
      {late ? null : (
        <div ref={box} data-testid="box" style={{ blockSize: '300px', overflowY: 'auto' }}>
          <h2 tabIndex={-1}>داخل الحاوية</h2>
          <h1>عنوان داخل الحاوية</h1>
          <div style={{ blockSize: '3000px' }} />
        </div>
      )}
      <ScrollToTop target={box} threshold={200} />
    </MaqalProvider>
  );
}

describe('ScrollToTop with a scroll container', () => {
  it('shows and hides from the container scroll, scrolls it to 0 and focuses its h1', async () => {
    await commands.emulateReducedMotion(true);
    await render(<ContainerPage />);
    const box = document.querySelector<HTMLElement>('[data-testid="box"]')!;
    await frame();
    expect(button()).toHaveAttribute('data-state', 'hidden');
    box.scrollTop = 1000;
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'visible'));
    expect(window.scrollY).toBe(0);
    await userEvent.click(button());
    expect(box.scrollTop).toBe(0);
    expect(document.activeElement).toBe(box.querySelector('h1'));
  });

  it('waits for a target that is not mounted yet, without throwing', async () => {
    const { rerender } = await render(<ContainerPage late />);
    expect(button()).toHaveAttribute('data-state', 'hidden');
    await rerender(<ContainerPage />);
    const box = document.querySelector<HTMLElement>('[data-testid="box"]')!;
    box.scrollTop = 1000;
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'visible'));
  });
});

describe('ScrollToTop unmount', () => {
  it('disconnects its observer, removes its sentinel, listeners and timers', async () => {
    const disconnect = vi.spyOn(IntersectionObserver.prototype, 'disconnect');
    const clear = vi.spyOn(window, 'clearTimeout');
    const { unmount } = await render(<Page threshold={100} />);
    expect(document.querySelectorAll('body > [aria-hidden="true"]').length).toBeGreaterThan(0);
    unmount();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('body > [aria-hidden="true"][style*="block-size: 0"]')).toHaveLength(0);
    disconnect.mockRestore();
    clear.mockRestore();
  });

  it('stops waiting for a target that never appears', async () => {
    vi.useFakeTimers();
    const { unmount } = await render(<ScrollToTop target={() => null} />);
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });
});
