'use client';
import { forwardRef, useEffect, useRef, useState, type ButtonHTMLAttributes, type MouseEvent, type RefObject } from 'react';
import { useMaqal } from '../../core/context.js';
import { overridesFor } from '../../core/settings.js';
import { pickMessages, scrollToTopMessages } from '../../core/messages/index.js';
import { cleanText, readNumber } from '../../core/sanitize.js';
import { warnOnce } from '../../core/warn.js';

/** An element given as a ref or as a function that returns it (null while not mounted yet). */
export type ElementSource = RefObject<HTMLElement | null> | (() => HTMLElement | null | undefined);

export interface ScrollToTopProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /**
   * How far, in CSS pixels, the reader scrolls before the button shows.
   * @default one viewport (or container) height
   */
  threshold?: number;
  /**
   * The scroll container, as a ref or a function; while it returns null the button waits for it.
   * @default the window
   */
  target?: ElementSource;
  /**
   * What receives focus after scrolling up, so the next Tab starts at the top of the article.
   * @default the first h1, else main, else the top of the container
   */
  focusTarget?: ElementSource;
  /**
   * How to scroll. `smooth` becomes `auto` whenever the reader asks for reduced motion.
   * @default 'smooth'
   */
  behavior?: 'smooth' | 'auto';
  /**
   * Draw a ring around the button that shows how far through the page the reader is.
   * @default false
   */
  showProgress?: boolean;
  /**
   * Accessible name of the button: what it does.
   * @default the catalogue's ("العودة إلى الأعلى")
   */
  label?: string;
  /**
   * Locale for the default label.
   * @default the provider's, else 'ar'
   */
  locale?: string;
  /** Called after the button scrolled to the top and moved focus. */
  onScrollTop?: () => void;
}

const resolve = (source: ElementSource | undefined): HTMLElement | null =>
  (typeof source === 'function' ? source() : source?.current) ?? null;

/**
 * The floating back-to-top button: at the inline-end, block-end corner (bottom-left in RTL),
 * shown once the reader has scrolled past `threshold`. Visibility comes from an
 * IntersectionObserver, so scrolling costs nothing and React renders only when it flips.
 * Clicking scrolls to the top (instantly for readers who asked for reduced motion) and moves
 * focus to the top of the article.
 */
export const ScrollToTop = forwardRef<HTMLButtonElement, ScrollToTopProps>(function ScrollToTop(
  { threshold, target, focusTarget, behavior = 'smooth', showProgress = false, label, locale, onScrollTop, onClick, className, ...rest },
  ref,
) {
  const settings = useMaqal();
  const textLocale = locale ?? settings.locale;
  // A label that is not text (NaN, an object from an untyped caller) falls back to the catalogue's.
  const own = label === undefined ? '' : cleanText(label, 'ScrollToTop label').trim();
  const text = own || pickMessages(scrollToTopMessages, textLocale, overridesFor(settings, textLocale, 'scrollToTop')).label;
  const [visible, setVisible] = useState(false);
  const ring = useRef<SVGCircleElement>(null);
  // The latest props for the effects and the click, without re-subscribing on every render.
  const latest = useRef({ target, focusTarget });
  useEffect(() => {
    latest.current = { target, focusTarget };
  });
  // Negative, NaN or not a number: the default (one viewport), with a development warning.
  let distance = readNumber(threshold, 'ScrollToTop threshold');
  if (distance !== undefined && distance < 0) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`ScrollToTop threshold must not be negative; got ${distance}. One viewport height is used.`);
    distance = undefined;
  }

  useEffect(() => {
    let observer: IntersectionObserver | undefined;
    let sentinel: HTMLElement | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let onScroll: (() => void) | undefined;
    let scroller: HTMLElement | Window | undefined;

    const attach = () => {
      // Every browser since 2019 has IntersectionObserver; a DOM emulation (jsdom) or an old
      // embedded web view may not: the button then stays hidden rather than throwing.
      if (typeof IntersectionObserver === 'undefined') {
        if (process.env.NODE_ENV !== 'production') warnOnce('ScrollToTop: this environment has no IntersectionObserver, so the button stays hidden.');
        return;
      }
      const container = latest.current.target ? resolve(latest.current.target) : document.body;
      if (!container) {
        timer = setTimeout(attach, 100); // not mounted yet: look again shortly
        return;
      }
      const isWindow = !latest.current.target;
      // A zero-height anchor at the very top holds a sentinel as tall as the threshold; once the
      // sentinel has left the viewport, the reader is past the threshold.
      sentinel = document.createElement('div');
      sentinel.setAttribute('aria-hidden', 'true');
      // Inline, not in styles.css: without the stylesheet the sentinel must still take no space.
      sentinel.style.cssText = 'position:relative;block-size:0;margin:0';
      const marker = sentinel.appendChild(document.createElement('div'));
      // The default, one viewport, is 100vh, so it follows a rotated phone or a resized window
      // with no listener; a container's height is read once, here.
      const height =
        distance === undefined && isWindow ? '100vh' : `${Math.max(1, distance ?? container.clientHeight)}px`;
      marker.style.cssText = `position:absolute;inset-block-start:0;inline-size:1px;block-size:${height};visibility:hidden;pointer-events:none`;
      container.prepend(sentinel);
      // The last entry is the current state: a delayed report can hold several for the one marker
      // (at the top when first observed, past the threshold after a quick scroll), oldest first.
      observer = new IntersectionObserver((entries) => setVisible(!entries[entries.length - 1]!.isIntersecting), {
        root: isWindow ? null : container,
      });
      observer.observe(marker);

      // Progress: CSS scroll-driven animation of the page where the browser has it; otherwise
      // (or for a scroll container) one passive listener, batched to one write per frame.
      const circle = ring.current;
      if (circle && (!isWindow || typeof CSS === 'undefined' || !CSS.supports('animation-timeline: scroll()'))) {
        circle.style.animation = 'none'; // the CSS timeline follows the page, not a container
        scroller = isWindow ? window : container;
        const box = isWindow ? document.documentElement : container;
        onScroll = () => {
          if (frame) return;
          frame = requestAnimationFrame(() => {
            frame = 0;
            const range = box.scrollHeight - box.clientHeight;
            circle.style.strokeDashoffset = String(100 - (range > 0 ? (box.scrollTop / range) * 100 : 0));
          });
        };
        scroller.addEventListener('scroll', onScroll, { passive: true });
        onScroll();
      }
    };
    attach();
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      observer?.disconnect();
      sentinel?.remove();
      if (onScroll) scroller?.removeEventListener('scroll', onScroll);
    };
  }, [distance, showProgress]);

  const scrollTop = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    const container = resolve(latest.current.target);
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    (container ?? window).scrollTo({ top: 0, behavior: reduce ? 'auto' : behavior === 'auto' ? 'auto' : 'smooth' });
    const scope = container ?? document;
    // The first h1 that is rendered (a hidden one, say in a closed dialog, cannot take focus).
    const shown = (selector: string) => [...scope.querySelectorAll<HTMLElement>(selector)].find((el) => el.getClientRects().length);
    const focus = resolve(latest.current.focusTarget) ?? shown('h1') ?? shown('main') ?? container ?? document.body;
    // Focusable only for this moment: the tabindex goes again when focus moves on.
    if (!focus.hasAttribute('tabindex')) {
      focus.setAttribute('tabindex', '-1');
      focus.addEventListener('blur', () => focus.removeAttribute('tabindex'), { once: true });
    }
    focus.focus({ preventScroll: true });
    onScrollTop?.();
  };

  return (
    <button
      type="button"
      aria-label={text}
      {...rest}
      ref={ref}
      hidden={!visible}
      data-state={visible ? 'visible' : 'hidden'}
      data-progress={showProgress ? '' : undefined}
      className={className ? `maqal-ScrollToTop ${className}` : 'maqal-ScrollToTop'}
      onClick={scrollTop}
    >
      {showProgress ? (
        <svg className="maqal-ScrollToTop-ring" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <circle ref={ring} cx="24" cy="24" r="22" pathLength={100} />
        </svg>
      ) : null}
      {/* Points up in every direction: "up" is not mirrored. */}
      <svg className="maqal-ScrollToTop-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 5l-7 7m7-7l7 7M12 5v14" />
      </svg>
    </button>
  );
});
