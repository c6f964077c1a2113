import { act, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MaqalProvider, Timestamp } from '../src';
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
    if (bad !== null) expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Timestamp dateTime/));
  });

  it('warns for an empty dateTime, in both formats (regression: \'\' rendered nothing silently)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const format of ['datetime', 'relative'] as const) {
      resetWarnings();
      warn.mockClear();
      const { container, unmount } = render(<Timestamp dateTime="" format={format} timeZone="UTC" />);
      expect(container).toBeEmptyDOMElement();
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Timestamp dateTime is not a valid date: ""/));
      unmount();
    }
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
    // One unit as news sites write it, without CLDR's "واحدة" (issue 16; test/language.test.ts).
    expect(formatRelative(t, t + MINUTE, 'ar')).toBe('قبل دقيقة');
    expect(formatRelative(t, t + 2 * MINUTE, 'ar')).toBe('قبل دقيقتين');
    // Western digits for ar-EG too (issue 16); Arabic-Indic when asked for.
    expect(formatRelative(t, t + 59 * MINUTE, 'ar-EG')).toBe('قبل 59 دقيقة');
    expect(formatRelative(t, t + 3 * HOUR, 'ar', 'arab')).toBe('قبل ٣ ساعات');
    expect(formatRelative(t, t + 11 * 24 * HOUR, 'ar')).toBe('قبل أسبوع');
    expect(formatRelative(t, t + 400 * 24 * HOUR, 'en')).toBe('1 year ago');
    expect(formatRelative(t + 2 * HOUR, t, 'en')).toBe('in 2 hours');
  });

  it('drops the count CLDR repeats in parentheses in Hebrew: 1 and 2 hours, days, weeks, months', () => {
    const t = Date.parse(INSTANT);
    const DAY = 24 * HOUR;
    const cases: Array<[number, string, string]> = [
      [HOUR, 'לפני שעה', 'בעוד שעה'],
      [2 * HOUR, 'לפני שעתיים', 'בעוד שעתיים'],
      // "לפני יום", as CLDR writes the future and every other unit (issue 16).
      [DAY, 'לפני יום', 'בעוד יום'],
      [2 * DAY, 'לפני יומיים', 'בעוד יומיים'],
      [7 * DAY, 'לפני שבוע', 'בעוד שבוע'],
      [14 * DAY, 'לפני שבועיים', 'בעוד שבועיים'],
      [30 * DAY, 'לפני חודש', 'בעוד חודש'],
      [60 * DAY, 'לפני חודשיים', 'בעוד חודשיים'],
    ];
    for (const [distance, past, future] of cases) {
      expect(formatRelative(t, t + distance, 'he')).toBe(past);
      expect(formatRelative(t + distance, t, 'he')).toBe(future);
    }
    // In any digits, and a minute ("לפני דקה (1)" in CLDR) too; three and up keep their numeral.
    expect(formatRelative(t, t + 2 * DAY, 'he', 'arab')).toBe('לפני יומיים');
    expect(formatRelative(t, t + MINUTE, 'he')).toBe('לפני דקה');
    expect(formatRelative(t, t + 3 * HOUR, 'he')).toBe('לפני 3 שעות');
    expect(formatRelative(t, t + 3 * HOUR, 'he', 'arab')).toBe('לפני ٣ שעות');
  });

  it('leaves every other wording exactly as CLDR has it (Arabic from 2, Persian, Urdu but past days, English, Hebrew from 3)', () => {
    const t = Date.parse(INSTANT);
    const units: Array<[Intl.RelativeTimeFormatUnit, number, number]> = [
      ['minute', MINUTE, 60],
      ['hour', HOUR, 24],
      ['day', 24 * HOUR, 7],
      ['week', 7 * 24 * HOUR, 5],
      ['month', 30 * 24 * HOUR, 12],
      ['year', 365 * 24 * HOUR, Infinity],
    ];
    for (const locale of ['ar', 'ar-EG', 'fa', 'ur', 'en', 'he']) {
      for (const system of [undefined, 'arab', 'latn'] as const) {
        // maqal's default digits: Western for every Arabic locale (issue 16), CLDR's for the rest.
        const digits = system ?? (locale.startsWith('ar') ? 'latn' : undefined);
        const cldr = new Intl.RelativeTimeFormat(locale, { numeric: 'always', ...(digits ? { numberingSystem: digits } : null) });
        for (const [unit, size, below] of units) {
          // Hebrew's 1 and 2 are the case above; each count stays below the next unit up.
          // Arabic's one unit ("قبل دقيقة") and Urdu's past days ("2 دن پہلے") are corrected (issue 16).
          const counts = (locale === 'he' ? [3, 4, 11] : locale.startsWith('ar') ? [2, 3, 4, 11] : [1, 2, 3, 4, 11]).filter((n) => n < below);
          for (const n of counts) {
            if (!(locale === 'ur' && unit === 'day')) expect(formatRelative(t, t + n * size, locale, system)).toBe(cldr.format(-n, unit));
            expect(formatRelative(t + n * size, t, locale, system)).toBe(cldr.format(n, unit));
          }
        }
      }
    }
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
    expect(time(container)).toHaveTextContent(/^قبل دقيقة$/);
    act(() => vi.advanceTimersByTime(MINUTE));
    expect(time(container)).toHaveTextContent('قبل دقيقتين');
    act(() => vi.advanceTimersByTime(HOUR));
    expect(time(container)).toHaveTextContent(/^قبل ساعة$/);
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

describe('Timestamp: relative, settings from the nearest MaqalProvider', () => {
  const NOW = Date.parse(INSTANT) + 2 * 24 * HOUR;
  // A client render (no hydration) reads the clock at once: make the clock say NOW.
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  });

  it("uses the provider's locale, time zone and digits when no prop gives them", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem">
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} />
      </MaqalProvider>,
    );
    const root = container.querySelector('.maqal-Timestamp')!;
    expect(root).toHaveAttribute('lang', 'he');
    expect(time(container)).toHaveTextContent('לפני יומיים');
    // 21:30 UTC is 23:30 in Jerusalem: the title is in the provider's zone, not UTC.
    expect(time(container)).toHaveAttribute('title', 'יום ראשון, 15 במרץ 2026 בשעה 23:30');
    expect(warn).not.toHaveBeenCalled();
  });

  it("uses the provider's numbering system and calendar", () => {
    vi.setSystemTime(Date.parse(INSTANT) + 3 * HOUR);
    const { container } = render(
      <MaqalProvider locale="ar" timeZone="Asia/Riyadh" numberingSystem="arab" calendar="islamic-umalqura">
        <Timestamp dateTime={INSTANT} format="relative" />
      </MaqalProvider>,
    );
    expect(time(container)).toHaveTextContent('قبل ٣ ساعات');
    expect(time(container).title).toMatch(/^الاثنين، ٢٧ رمضان ١٤٤٧ هـ/);
  });

  it('lets each prop beat the provider', () => {
    const { container } = render(
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem" numberingSystem="arab">
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} locale="ar" timeZone="America/New_York" numberingSystem="latn" />
      </MaqalProvider>,
    );
    expect(container.querySelector('.maqal-Timestamp')).toHaveAttribute('lang', 'ar');
    expect(time(container)).toHaveTextContent('قبل يومين');
    expect(time(container)).toHaveAttribute('title', 'الأحد، 15 مارس 2026 في 5:30 م');
  });

  it('takes the innermost provider', () => {
    const { container } = render(
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem">
        <MaqalProvider locale="en">
          <Timestamp dateTime={INSTANT} format="relative" now={NOW} />
        </MaqalProvider>
      </MaqalProvider>,
    );
    expect(time(container)).toHaveTextContent('2 days ago');
    expect(time(container).title).toMatch(/11:30\sPM$/);
  });

  it('hydrates its server render under a provider with no mismatch: the server sees the provider too', async () => {
    const page = (
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem">
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} updated />
        <Timestamp dateTime={INSTANT} format="relative" />
      </MaqalProvider>
    );
    const html = renderToString(page);
    expect(html).toContain('לפני יומיים');
    expect(html).toContain('lang="he"');
    // Without `now`, the absolute date in the provider's zone (not the reader's clock).
    expect(html).toContain('15 במרץ 2026 בשעה 23:30');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, page, { onRecoverableError: (error) => recoverable.push(error) });
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect([...container.querySelectorAll('time')].map((t) => t.textContent)).toEqual(['לפני יומיים', 'לפני יומיים']);
    await act(async () => root!.unmount());
    container.remove();
  });

  it('is still Arabic and UTC (with the warning) without a provider', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Timestamp dateTime={INSTANT} format="relative" now={NOW} />);
    expect(time(container)).toHaveTextContent('قبل يومين');
    expect(time(container)).toHaveAttribute('title', 'الأحد، 15 مارس 2026 في 9:30 م');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/no timeZone/));
  });

  // Issue 14: the provider's settings reach the static, absolute Timestamp too.
  it('gives absolute formats the provider’s locale, time zone and digits, under their own props', () => {
    const { container } = render(
      <MaqalProvider locale="he" timeZone="Asia/Jerusalem">
        <Timestamp dateTime="2026-03-15T23:30:00Z" format="date" />
        <Timestamp dateTime="2026-03-15T23:30:00Z" format="date" locale="ar" timeZone="UTC" />
      </MaqalProvider>,
    );
    const [hebrew, arabic] = container.querySelectorAll('.maqal-Timestamp');
    expect(hebrew).toHaveAttribute('lang', 'he');
    // 23:30 UTC is already the 16th in Jerusalem.
    expect(hebrew).toHaveTextContent('16 במרץ 2026');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveTextContent('15 مارس 2026');
  });

  it('labels from the messages prop, then the provider, then the catalogue', () => {
    const { container, rerender } = render(
      <MaqalProvider locale="ar" timeZone="UTC" messages={{ byline: { updated: 'حُدّث' } }}>
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} updated />
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} published />
      </MaqalProvider>,
    );
    const labels = () => [...container.querySelectorAll('.maqal-Timestamp-label')].map((label) => label.textContent);
    expect(labels()).toEqual(['حُدّث', 'نُشر']);
    rerender(
      <MaqalProvider locale="ar" timeZone="UTC" messages={{ byline: { updated: 'حُدّث' } }}>
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} updated messages={{ updated: 'آخر تعديل' }} />
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} published messages={{ published: '' }} />
      </MaqalProvider>,
    );
    // An empty label removes it.
    expect(labels()).toEqual(['آخر تعديل']);
    expect(container.querySelectorAll('.maqal-Timestamp')[1]!.textContent).toBe('قبل يومين');
  });

  it("ignores the provider's labels when its locale prop speaks another language (they are written in the provider's)", () => {
    const { container } = render(
      <MaqalProvider locale="ar" timeZone="UTC" messages={{ byline: { updated: 'حُدّث' } }}>
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} updated locale="en" />
        <Timestamp dateTime={INSTANT} format="relative" now={NOW} updated locale="ar-EG" />
      </MaqalProvider>,
    );
    const labels = [...container.querySelectorAll('.maqal-Timestamp-label')].map((label) => label.textContent);
    expect(labels).toEqual(['Updated', 'حُدّث']);
  });
});

describe('Timestamp: CMS date strings and time zones (issue 13)', () => {
  // WordPress REST API: a post's `date` is the site's local time, with no offset.
  const WORDPRESS_DATE = '2026-11-30T21:30:00';
  // The same field as MySQL's DATETIME writes it (wp_posts.post_date), also without an offset.
  const WORDPRESS_DATETIME = '2026-11-30 21:30:00';

  it("reads a string without an offset as wall-clock time in its timeZone, whatever the host's zone", () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const dateTime of [WORDPRESS_DATE, WORDPRESS_DATETIME]) {
      const html = renderToString(<Timestamp dateTime={dateTime} timeZone="Asia/Riyadh" />);
      expect(html).toContain('dateTime="2026-11-30T18:30:00.000Z"');
      expect(html).toContain('30 نوفمبر 2026 في 9:30 م');
    }
  });

  it('warns once that the string had no offset, naming the zone it was read in', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderToString(
      <>
        <Timestamp dateTime={WORDPRESS_DATE} timeZone="Asia/Riyadh" />
        <Timestamp dateTime={WORDPRESS_DATETIME} timeZone="Asia/Riyadh" />
      </>,
    );
    const calls = warn.mock.calls.filter(([m]) => /without a UTC offset/.test(String(m)));
    expect(calls).toHaveLength(1);
    expect(String(calls[0]![0])).toMatch(/Timestamp dateTime: .* wall-clock time in Asia\/Riyadh/);
  });

  it("reads a relative Timestamp's dateTime and now in the provider's zone when it has no timeZone prop", () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(
      <MaqalProvider locale="ar" timeZone="America/New_York">
        <Timestamp dateTime={WORDPRESS_DATETIME} format="relative" now="2026-11-30 23:30:00" />
        <Timestamp dateTime={WORDPRESS_DATE} format="relative" />
      </MaqalProvider>,
    );
    // 21:30 in New York (EST, UTC−5) is 02:30 UTC the next day.
    expect(html.match(/dateTime="2026-12-01T02:30:00.000Z"/g)).toHaveLength(2);
    expect(html).toContain('قبل ساعتين');
    expect(html).toContain('30 نوفمبر 2026 في 9:30 م');
  });

  it('formats in the Etc/GMT zone of a whole-hour offset, exactly as in the named zone, with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const named = renderToString(<Timestamp dateTime={INSTANT} timeZone="Asia/Riyadh" secondaryCalendar="islamic-umalqura" />);
    for (const offset of ['+03:00', '+0300', 'UTC+3']) {
      expect(renderToString(<Timestamp dateTime={INSTANT} timeZone={offset} secondaryCalendar="islamic-umalqura" />)).toBe(named);
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Timestamp timeZone "\+03:00" is a UTC offset/));
  });

  it.each(['30 Nov 2026 21:30', '11/30/2026', 'Mon, 30 Nov 2026 21:30:00 GMT'])(
    'renders nothing for %s, which engines read differently, in both kinds of format, and warns',
    (dateTime) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(renderToString(<Timestamp dateTime={dateTime} timeZone="Asia/Riyadh" />)).toBe('');
      expect(renderToString(<Timestamp dateTime={dateTime} format="relative" timeZone="Asia/Riyadh" now={INSTANT} />)).toBe('');
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Timestamp dateTime is not a valid date: .*Only ISO 8601 \/ RFC 3339/));
    },
  );

  it('measures a relative time from a `now` without an offset in the same zone', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = renderToString(<Timestamp dateTime="2026-11-30T21:30:00+03:00" format="relative" timeZone="Asia/Riyadh" now="2026-11-30 22:35" />);
    expect(html).toContain('قبل ساعة<');
  });
});
