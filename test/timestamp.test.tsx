import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timestamp } from '../src';
import { clockSubscriberCount } from '../src/components/Timestamp/clock';
import { formatRelative, msUntilChange } from '../src/components/Timestamp/format';
import { resetWarnings } from '../src/core/warn';

const INSTANT = '2026-03-15T21:30:00.000Z';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

afterEach(() => {
  resetWarnings();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const time = (container: HTMLElement) => container.querySelector('time')!;

describe('Timestamp: absolute formats', () => {
  it('always renders a <time> whose dateTime is ISO 8601, whatever the input type', () => {
    for (const input of [INSTANT, new Date(INSTANT), Date.parse(INSTANT), '2026-03-16T00:30:00+03:00']) {
      const { container, unmount } = render(<Timestamp dateTime={input} timeZone="Asia/Riyadh" />);
      expect(time(container)).toHaveAttribute('dateTime', INSTANT);
      unmount();
    }
  });

  it('formats in the given time zone, which decides the day', () => {
    const { container, rerender } = render(<Timestamp dateTime={INSTANT} format="date" timeZone="Asia/Riyadh" />);
    expect(time(container)).toHaveTextContent('16 مارس 2026');
    rerender(<Timestamp dateTime={INSTANT} format="date" timeZone="America/New_York" />);
    expect(time(container)).toHaveTextContent('15 مارس 2026');
  });

  it('falls back to UTC with one development warning when no time zone is given', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <>
        <Timestamp dateTime={INSTANT} format="time" />
        <Timestamp dateTime={INSTANT} format="time" />
      </>,
    );
    expect(container.querySelectorAll('time')[0]).toHaveTextContent('9:30 م');
    expect(warn.mock.calls.filter(([m]) => /no timeZone/.test(String(m)))).toHaveLength(1);
  });

  it('uses UTC for a time zone that does not exist, without throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Timestamp dateTime={INSTANT} format="time" timeZone="Mars/Olympus" locale="en" />);
    expect(time(container).textContent).toMatch(/^9:30\sPM$/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Mars\/Olympus/));
  });

  it('labels a publication and an update from the catalogue', () => {
    render(
      <>
        <Timestamp dateTime={INSTANT} timeZone="UTC" published data-testid="p" />
        <Timestamp dateTime={INSTANT} timeZone="UTC" updated data-testid="u" />
        <Timestamp dateTime={INSTANT} timeZone="UTC" updated locale="en" data-testid="e" />
      </>,
    );
    expect(screen.getByTestId('p')).toHaveAttribute('data-kind', 'published');
    expect(screen.getByTestId('p').textContent).toMatch(/^نُشر /);
    expect(screen.getByTestId('u').textContent).toMatch(/^آخر تحديث /);
    expect(screen.getByTestId('e').textContent).toMatch(/^Updated March 15, 2026/);
  });

  it('adds the Umm al-Qura date with its era marker after the Gregorian one, dateTime unchanged', () => {
    const { container } = render(
      <Timestamp dateTime={INSTANT} format="date" timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" />,
    );
    expect(time(container)).toHaveTextContent('16 مارس 2026 (27 رمضان 1447 هـ)');
    expect(container.querySelector('[data-calendar="islamic-umalqura"]')).toHaveTextContent('27 رمضان 1447 هـ');
    expect(time(container)).toHaveAttribute('dateTime', INSTANT);
  });

  it('spreads props on the root, forwards the ref and keeps its own class', () => {
    const ref = { current: null as HTMLSpanElement | null };
    render(<Timestamp ref={ref} dateTime={INSTANT} timeZone="UTC" className="mine" id="t" />);
    expect(ref.current).toHaveAttribute('id', 't');
    expect(ref.current).toHaveClass('maqal-Timestamp', 'mine');
  });

  it('falls back to the nearest catalogue, then Arabic, for unknown locales', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<Timestamp dateTime={INSTANT} format="date" timeZone="UTC" locale="xx" />);
    expect(time(container)).toHaveTextContent('15 مارس 2026');
    rerender(<Timestamp dateTime={INSTANT} format="date" timeZone="UTC" locale="iw" />);
    expect(time(container)).toHaveTextContent('15 במרץ 2026');
    rerender(<Timestamp dateTime={INSTANT} format="date" timeZone="UTC" locale={'not a locale!' as string} />);
    expect(time(container)).toHaveTextContent('15 مارس 2026');
  });
});

describe('Timestamp: bad input', () => {
  it.each([['not a date'], [NaN], [Infinity], [8.64e15 + 1], [{}], [''], [null]])('renders nothing for %s and warns', (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Timestamp dateTime={bad as string} timeZone="UTC" />);
    expect(container).toBeEmptyDOMElement();
    if (bad !== null && bad !== '') expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Timestamp dateTime/));
  });

  it('never throws and never prints Invalid Date, NaN, undefined or Infinity, whatever the props', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const anyValue = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.date({ noInvalidDate: false }), fc.constant(undefined), fc.constant(null));
    fc.assert(
      fc.property(
        anyValue,
        fc.constantFrom('date', 'datetime', 'time', 'relative', 'bogus', undefined),
        fc.oneof(fc.constantFrom('ar', 'ar-EG', 'he', 'fa', 'ur', 'en', 'xx'), fc.string()),
        fc.oneof(fc.constantFrom('latn', 'arab', 'arabext'), fc.string()),
        fc.oneof(fc.constantFrom('UTC', 'Asia/Riyadh'), fc.string()),
        fc.oneof(fc.constantFrom('islamic-umalqura', 'gregory'), fc.string()),
        anyValue,
        (dateTime, format, locale, numberingSystem, timeZone, calendar, now) => {
          const { container, unmount } = render(
            <Timestamp
              dateTime={dateTime as string}
              format={format as 'date'}
              locale={locale}
              numberingSystem={numberingSystem as 'latn'}
              timeZone={timeZone}
              calendar={calendar}
              secondaryCalendar={calendar}
              now={now as string}
            />,
          );
          expect(container.textContent).not.toMatch(/Invalid Date|NaN|undefined|Infinity/);
          const el = container.querySelector('time');
          if (el) expect(el.getAttribute('datetime')).toMatch(/^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
          unmount();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Timestamp: relative', () => {
  it('words the distance with CLDR in the largest whole unit', () => {
    const t = Date.parse(INSTANT);
    expect(formatRelative(t, t + 59_000, 'ar')).toBe('الآن');
    expect(formatRelative(t, t + MINUTE, 'ar')).toBe('قبل دقيقة واحدة');
    expect(formatRelative(t, t + 2 * MINUTE, 'ar')).toBe('قبل دقيقتين');
    expect(formatRelative(t, t + 59 * MINUTE, 'ar-EG')).toBe('قبل ٥٩ دقيقة');
    expect(formatRelative(t, t + 3 * HOUR, 'ar', 'arab')).toBe('قبل ٣ ساعات');
    expect(formatRelative(t, t + 11 * 24 * HOUR, 'ar')).toBe('قبل أسبوع واحد');
    expect(formatRelative(t, t + 400 * 24 * HOUR, 'en')).toBe('1 year ago');
    expect(formatRelative(t + 2 * HOUR, t, 'en')).toBe('in 2 hours');
  });

  it('wakes every minute in the first hour and at most hourly after', () => {
    const t = Date.parse(INSTANT);
    expect(msUntilChange(t, t + 10_000)).toBe(50_000);
    expect(msUntilChange(t, t + 5 * MINUTE + 15_000)).toBe(45_000);
    expect(msUntilChange(t, t + 2 * HOUR + 10 * MINUTE)).toBe(50 * MINUTE);
    expect(msUntilChange(t, t + 5 * 24 * HOUR)).toBe(HOUR);
    expect(msUntilChange(t, t)).toBe(MINUTE);
  });

  it('shows the full absolute date in the title', () => {
    const { container } = render(<Timestamp dateTime={INSTANT} format="relative" timeZone="Asia/Riyadh" />);
    expect(time(container)).toHaveAttribute('title', 'الاثنين، 16 مارس 2026 في 12:30 ص');
  });

  it('refreshes on the clock: "just now", then one minute, two minutes, then hours', () => {
    vi.useFakeTimers({ now: Date.parse(INSTANT), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { container } = render(<Timestamp dateTime={INSTANT} format="relative" timeZone="UTC" />);
    expect(time(container)).toHaveTextContent('الآن');
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(time(container)).toHaveTextContent('قبل دقيقة واحدة');
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(time(container)).toHaveTextContent('قبل دقيقتين');
    act(() => vi.advanceTimersByTime(HOUR));
    expect(time(container)).toHaveTextContent('قبل ساعة واحدة');
    act(() => vi.advanceTimersByTime(HOUR));
    expect(time(container)).toHaveTextContent('قبل ساعتين');
  });

  it('runs one shared timer for every relative Timestamp, cleared when the last unmounts', () => {
    vi.useFakeTimers({ now: Date.parse(INSTANT) + 5 * HOUR, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const first = render(<Timestamp dateTime={INSTANT} format="relative" timeZone="UTC" />);
    const second = render(
      <>
        <Timestamp dateTime={Date.parse(INSTANT) + 4 * HOUR + 30 * MINUTE} format="relative" timeZone="UTC" />
        <Timestamp dateTime={Date.parse(INSTANT) + 3 * HOUR} format="relative" timeZone="UTC" locale="en" />
      </>,
    );
    expect(clockSubscriberCount()).toBe(3);
    expect(vi.getTimerCount()).toBe(1);
    // The youngest (30 minutes) sets the pace: it changes in a minute, the others in under an hour.
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(second.container.querySelector('time')).toHaveTextContent('قبل 31 دقيقة');
    expect(vi.getTimerCount()).toBe(1);
    second.unmount();
    expect(vi.getTimerCount()).toBe(1);
    first.unmount();
    expect(clockSubscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves absolute Timestamps off the clock', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    render(<Timestamp dateTime={INSTANT} timeZone="UTC" />);
    expect(clockSubscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
