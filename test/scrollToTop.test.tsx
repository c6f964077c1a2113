import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, ScrollToTop } from '../src';
import { resetWarnings } from '../src/core/warn';

// jsdom has no IntersectionObserver: a minimal one that records what it observes.
class FakeObserver {
  static instances: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(public callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
}
vi.stubGlobal('IntersectionObserver', FakeObserver);

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
  FakeObserver.instances = [];
});

describe('ScrollToTop', () => {
  // While hidden the button is out of the accessibility tree, so its name is read from aria-label.
  it('names the button from the catalogue of each locale, or from the label prop', () => {
    const { rerender } = render(<ScrollToTop />);
    expect(screen.getByRole('button', { hidden: true })).toHaveAttribute('aria-label', 'العودة إلى الأعلى');
    for (const [locale, name] of [
      ['he', 'חזרה לראש הדף'],
      ['fa', 'بازگشت به بالای صفحه'],
      ['ur', 'اوپر واپس جائیں'],
      ['en', 'Back to top'],
    ]) {
      rerender(
        <MaqalProvider locale={locale}>
          <ScrollToTop />
        </MaqalProvider>,
      );
      expect(screen.getByRole('button', { hidden: true })).toHaveAttribute('aria-label', name);
    }
    rerender(<ScrollToTop label="إلى رأس الصفحة" />);
    expect(screen.getByRole('button', { hidden: true })).toHaveAttribute('aria-label', 'إلى رأس الصفحة');
  });

  // Regression: the first entry was read, so a report batching "at the top" and "scrolled past"
  // (a delayed callback under load, the first scroll right after mount) left the button hidden.
  it('follows the latest entry when one report holds several for its sentinel', async () => {
    render(<ScrollToTop />);
    const [observer] = FakeObserver.instances;
    const entry = (isIntersecting: boolean) => ({ isIntersecting, target: observer!.observed[0]! }) as IntersectionObserverEntry;
    await act(async () => observer!.callback([entry(true), entry(false)], observer as unknown as IntersectionObserver));
    expect(screen.getByRole('button')).toHaveAttribute('data-state', 'visible');
    await act(async () => observer!.callback([entry(false), entry(true)], observer as unknown as IntersectionObserver));
    expect(screen.getByRole('button', { hidden: true })).toHaveAttribute('data-state', 'hidden');
  });

  it('is out of the tab order and the accessibility tree while hidden', () => {
    render(<ScrollToTop />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('button', { hidden: true })).toHaveAttribute('hidden');
  });

  it('treats a bad threshold as the default and warns once, naming the prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.constant({})), (threshold) => {
        const { unmount } = render(<ScrollToTop threshold={threshold as number} />);
        const marker = FakeObserver.instances.at(-1)!.observed[0] as HTMLElement;
        const height = parseFloat(marker.style.blockSize);
        expect(Number.isFinite(height)).toBe(true);
        expect(height).toBeGreaterThanOrEqual(1);
        unmount();
      }),
      { numRuns: 200 },
    );
    expect(warn.mock.calls.every(([m]) => /ScrollToTop threshold/.test(m))).toBe(true);
  });

  it('lets a user onClick run first and cancel the scroll', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(<ScrollToTop onClick={(e) => e.preventDefault()} />);
    screen.getByRole('button', { hidden: true }).click();
    expect(scrollTo).not.toHaveBeenCalled();
  });
});
