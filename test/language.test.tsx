import { render } from '@testing-library/react';
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Byline, Kicker, MaqalProvider, ReadingTime, Timestamp, type TimestampProps } from '../src';
import { dateSettings, formatFull, formatRelative } from '../src/components/Timestamp/format';
import { formatList, formatNumber } from '../src/core/intl';
import { defaultDigits } from '../src/core/locale';
import { getMessages } from '../src/core/messages';
import { DEFAULTS } from '../src/core/settings';
import { ArticlePage } from '../stories/fixtures/ArticlePage';
import { ARTICLES } from '../stories/fixtures/articlePageContent';
import { DATES, DIGITS, DISTANCES, FULL_DATE, INSTANT, LISTS, PHOTO_CREDIT, RELATIVE } from './language.golden';

/*
 * Issue 16, the language pass, in Node's ICU (CLDR 48). Each table's sources are named in
 * test/language.golden.ts; test/language.browser.test.tsx checks the relative times and digits in
 * Chromium's ICU. Every test also pins the CLDR wording maqal departs from, so that a CLDR update
 * which makes a correction unnecessary (or wrong) shows up here instead of silently.
 */

const LANGUAGES = ['ar', 'he', 'fa', 'ur', 'en'] as const;
const T = Date.parse(INSTANT);

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Server-rendered text of a Timestamp in UTC, as a reader sees it. */
function timestampText(props: Partial<TimestampProps>): string {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(<Timestamp dateTime={INSTANT} timeZone="UTC" {...props} />);
  return host.textContent ?? '';
}

describe('relative times as news sites print them (CLDR 48 + corrections)', () => {
  it.each(LANGUAGES)('%s: 1 minute, 1 hour, 1 day and 2 days ago', (locale) => {
    const shown = Object.values(DISTANCES).map((distance) => formatRelative(T - distance, T, locale));
    expect(shown).toEqual(RELATIVE[locale]);
  });

  it('departs from CLDR only where the golden table says so (the CLDR wording is pinned here)', () => {
    const cldr = (locale: string, count: number, unit: Intl.RelativeTimeFormatUnit) =>
      new Intl.RelativeTimeFormat(`${locale}-u-nu-latn`, { numeric: 'always' }).format(-count, unit);
    // Arabic: the numeral adjective after one unit.
    expect([cldr('ar', 1, 'minute'), cldr('ar', 1, 'hour'), cldr('ar', 1, 'day')]).toEqual(['قبل دقيقة واحدة', 'قبل ساعة واحدة', 'قبل يوم واحد']);
    expect(cldr('ar', 2, 'day')).toBe(RELATIVE.ar[3]);
    // Hebrew: the echoed count, and "אחד" after one day only.
    expect(cldr('he', 1, 'day')).toBe('לפני יום אחד (1)');
    // Urdu: the oblique plural before پہلے.
    expect(cldr('ur', 2, 'day')).toBe('2 دنوں پہلے');
    // Persian and English: CLDR as it is.
    expect(new Intl.RelativeTimeFormat('fa', { numeric: 'always' }).format(-2, 'day')).toBe(RELATIVE.fa[3]);
    expect(cldr('en', 2, 'day')).toBe(RELATIVE.en[3]);
  });

  it('uses قبل, CLDR’s word, in every Arabic locale and digit setting, and never منذ', () => {
    for (const locale of ['ar', 'ar-EG', 'ar-SA', 'ar-LB', 'ar-MA']) {
      for (const distance of Object.values(DISTANCES)) {
        const text = formatRelative(T - distance, T, locale, 'arab');
        expect(text).toMatch(/^قبل /);
        expect(text).not.toMatch(/واحد|منذ/);
      }
    }
  });

  it('corrects the future as well where the same words appear ("خلال يوم", "בעוד יום"), but keeps Urdu’s oblique case before میں', () => {
    expect(formatRelative(T + DISTANCES['1 day'], T, 'ar')).toBe('خلال يوم');
    expect(formatRelative(T + DISTANCES['1 day'], T, 'he')).toBe('בעוד יום');
    // "in two days": the postposition میں takes the oblique plural, as CLDR has it.
    expect(formatRelative(T + DISTANCES['2 days'], T, 'ur')).toBe('2 دنوں میں');
  });

  it('keeps the count of larger numbers and other units untouched ("قبل 11 يومًا", "3 دن پہلے", "2 گھنٹے پہلے")', () => {
    expect(formatRelative(T - 3 * DISTANCES['1 day'], T, 'ar')).toBe('قبل 3 أيام');
    expect(formatRelative(T - 11 * DISTANCES['1 hour'], T, 'ar')).toBe('قبل 11 ساعة');
    expect(formatRelative(T - 3 * DISTANCES['1 day'], T, 'ur')).toBe('3 دن پہلے');
    expect(formatRelative(T - 2 * DISTANCES['1 hour'], T, 'ur')).toBe('2 گھنٹے پہلے');
    // A correction reads the pattern's words only, never the number: Persian digits stay.
    expect(formatRelative(T - 2 * DISTANCES['1 day'], T, 'ur', 'arabext')).toBe('۲ دن پہلے');
  });

  it('shows the corrected wording in the rendered relative Timestamp, with the full date as its tooltip', () => {
    for (const locale of LANGUAGES) {
      const html = renderToStaticMarkup(<Timestamp dateTime={INSTANT} format="relative" now={T + DISTANCES['1 hour']} timeZone="UTC" locale={locale} />);
      const host = document.createElement('div');
      host.innerHTML = html;
      expect(host.querySelector('time')?.textContent).toBe(RELATIVE[locale][1]);
      expect(host.querySelector('time')?.getAttribute('title')).toBe(FULL_DATE[locale]);
    }
  });
});

describe('digits: Western for every Arabic locale, Persian for Persian, Western for Urdu', () => {
  it.each(DIGITS)('%s writes %s and "%s"', (locale, number, date) => {
    expect(formatNumber(12_500, locale)).toBe(number);
    expect(timestampText({ locale, format: 'date' })).toBe(date);
  });

  it('departs from CLDR for ar-EG, ar-SA and ar-LB, whose CLDR digits are Arabic-Indic', () => {
    for (const locale of ['ar-EG', 'ar-SA', 'ar-LB']) {
      expect(new Intl.NumberFormat(locale).format(12_500)).toBe('١٢٬٥٠٠');
      expect(defaultDigits(locale)).toBe('latn');
    }
    expect(defaultDigits('fa')).toBeUndefined();
    expect(defaultDigits('ur')).toBeUndefined();
  });

  it('keeps Arabic-Indic digits one setting away: numberingSystem on the provider, the prop, or a -u-nu- tag', () => {
    const { container } = render(
      <MaqalProvider locale="ar-EG" numberingSystem="arab" timeZone="UTC">
        <Timestamp dateTime={INSTANT} format="date" />
        <ReadingTime minutes={11} />
      </MaqalProvider>,
    );
    expect(container.textContent).toContain('٢٨ نوفمبر ٢٠٢٦');
    expect(container.textContent).toContain('١١ دقيقة للقراءة');
    expect(timestampText({ locale: 'ar-SA', format: 'date', numberingSystem: 'arab' })).toBe('٢٨ نوفمبر ٢٠٢٦');
    expect(formatNumber(12_500, 'ar-EG-u-nu-arab')).toBe('١٢٬٥٠٠');
  });

  it('gives a whole Egyptian page Arabic-Indic digits with one setting, and Western ones without it', () => {
    const egypt = { ...ARTICLES.ar, locale: 'ar-EG' };
    const page = (numberingSystem?: 'arab') =>
      renderToStaticMarkup(
        <MaqalProvider locale="ar-EG">
          <ArticlePage content={{ ...egypt, numberingSystem }} rating={{ average: 4.2, count: 37 }} />
        </MaqalProvider>,
      );
    expect(page('arab')).toContain('٣٧ صوتًا');
    expect(page('arab')).toContain('٢٨ نوفمبر ٢٠٢٦');
    expect(page()).toContain('37 صوتًا');
    expect(page()).toContain('28 نوفمبر 2026');
  });

  it('writes the same digits in the meta line and the body: Timestamp, ReadingTime and relative time agree for ar-SA', () => {
    // The relative time follows the reader's clock once rendered in the browser.
    vi.useFakeTimers({ now: T + 3 * DISTANCES['1 hour'], toFake: ['Date'] });
    const { container } = render(
      <MaqalProvider locale="ar-SA" timeZone="Asia/Riyadh">
        <Timestamp dateTime={INSTANT} format="date" />
        <ReadingTime minutes={11} />
        <Timestamp dateTime={INSTANT} format="relative" now={T + 3 * DISTANCES['1 hour']} />
      </MaqalProvider>,
    );
    expect(container.textContent).not.toMatch(/[٠-٩]/);
    expect(container.textContent).toContain('11 دقيقة للقراءة');
    expect(container.textContent).toContain('قبل 3 ساعات');
  });
});

describe('full dates and date placement', () => {
  it.each(LANGUAGES)('%s: the full date (a relative Timestamp’s tooltip)', (locale) => {
    expect(formatFull(new Date(INSTANT), dateSettings({ locale, timeZone: 'UTC' }, DEFAULTS))).toBe(FULL_DATE[locale]);
  });

  it('pins the CLDR Persian full date it replaces, and keeps Persian’s own fields (digits, month, year) from Intl', () => {
    expect(new Intl.DateTimeFormat('fa', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(INSTANT))).toBe('۱۴۰۵ آذر ۷, شنبه ساعت ۱۶:۳۵');
    const latin = formatFull(new Date(INSTANT), dateSettings({ locale: 'fa', timeZone: 'UTC', numberingSystem: 'latn' }, DEFAULTS));
    expect(latin).toBe('شنبه 7 آذر 1405، ساعت 16:35');
    // In the Gregorian calendar the same order.
    const gregorian = formatFull(new Date(INSTANT), dateSettings({ locale: 'fa', timeZone: 'UTC', calendar: 'gregory' }, DEFAULTS));
    expect(gregorian).toBe('شنبه ۲۸ نوامبر ۲۰۲۶، ساعت ۱۶:۳۵');
    // A calendar that writes its era keeps it, after the year.
    const hijri = formatFull(new Date(INSTANT), dateSettings({ locale: 'fa', timeZone: 'UTC', calendar: 'islamic-umalqura' }, DEFAULTS));
    expect(hijri).toBe('شنبه ۱۸ جمادی‌الثانی ۱۴۴۸ ه‍.ق.، ساعت ۱۶:۳۵');
  });

  it('never writes a Latin AM or PM in Urdu', () => {
    expect(new Intl.DateTimeFormat('ur', { timeStyle: 'short', timeZone: 'UTC' }).format(new Date(INSTANT))).toMatch(/PM/);
    for (const format of ['date', 'datetime', 'time'] as const) expect(timestampText({ locale: 'ur', format })).not.toMatch(/AM|PM/);
    expect(formatFull(new Date(INSTANT), dateSettings({ locale: 'ur', timeZone: 'UTC' }, DEFAULTS))).not.toMatch(/AM|PM/);
  });

  it.each(DATES)('%s', (_, props, text) => {
    expect(timestampText(props as Partial<TimestampProps>)).toBe(text);
  });

  it('puts the Hijri date in its own element, right after the Gregorian date and before the time', () => {
    const host = document.createElement('div');
    host.innerHTML = renderToStaticMarkup(<Timestamp dateTime={INSTANT} timeZone="UTC" secondaryCalendar="islamic-umalqura" />);
    const time = host.querySelector('time')!;
    const secondary = time.querySelector('.maqal-Timestamp-secondary')!;
    expect(secondary.textContent).toBe('(18 جمادى الآخرة 1448 هـ)');
    expect(secondary.previousSibling?.textContent).toBe('28 نوفمبر 2026 ');
    expect(secondary.nextSibling?.textContent).toBe('، 4:35 م');
    // The machine-readable value stays ISO Gregorian.
    expect(time.getAttribute('datetime')).toBe('2026-11-28T16:35:00.000Z');
  });

  it('joins date and time with the glue of CLDR’s own medium date-time pattern in each language', () => {
    const glue = { ar: '، ', fa: '، ', ur: '، ', he: ', ', en: ', ' };
    for (const locale of LANGUAGES) {
      const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' }).format(new Date(INSTANT));
      expect(medium).toContain(`${glue[locale]}${locale === 'fa' ? '۱۶:۳۵' : '16:35'}`);
      expect(timestampText({ locale, secondaryCalendar: 'islamic-umalqura' })).toContain(`)${glue[locale]}`);
    }
  });

  it('never prints NaN, undefined or Invalid Date, whatever the date options and locale', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('ar', 'ar-EG', 'ar-LB', 'he', 'fa', 'ur', 'en', 'xx'), fc.string()),
        fc.oneof(fc.boolean(), fc.constant(undefined), fc.string(), fc.integer()),
        fc.oneof(fc.boolean(), fc.constant(undefined), fc.string()),
        fc.constantFrom(undefined, 'islamic-umalqura', 'gregory', 'persian', 'hebrew', 'x'),
        fc.constantFrom('date', 'datetime', 'time', undefined),
        fc.integer({ min: -8.64e15, max: 8.64e15 }),
        (locale, era, bothMonthNames, secondaryCalendar, format, ms) => {
          const text = timestampText({ locale, era: era as boolean, bothMonthNames: bothMonthNames as boolean, secondaryCalendar, format, dateTime: ms } as Partial<TimestampProps>);
          expect(text).not.toMatch(/NaN|undefined|Invalid Date|\[object/);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('names joined as news sites join them', () => {
  const shown = (locale: string, names: readonly string[]) => {
    const { container, unmount } = render(<Byline locale={locale} authors={names.map((name) => ({ name }))} />);
    const text = container.querySelector('.maqal-Byline-authors')?.textContent;
    unmount();
    return text;
  };

  it.each(LANGUAGES)('%s: 1 to 4 names, mixing scripts', (locale) => {
    const { names, text } = LISTS[locale];
    expect([1, 2, 3, 4].map((n) => shown(locale, names.slice(0, n)))).toEqual(text);
  });

  it('pins the CLDR joins it corrects: "وOmar" in Arabic, a comma before Persian "و" and Urdu "اور"', () => {
    const cldr = (locale: string, items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(items);
    expect(cldr('ar', ['ليلى', 'Omar'])).toBe('ليلى وOmar');
    expect(cldr('fa', ['الف', 'ب', 'ج'])).toBe('الف،\u200f ب، و ج');
    expect(cldr('ur', ['الف', 'ب', 'ج'])).toBe('الف، ب، اور ج');
    expect(formatList(['الف', 'ب', 'ج'], 'fa')).toBe('الف،\u200f ب و ج');
    expect(formatList(['الف', 'ب', 'ج'], 'ur')).toBe('الف، ب اور ج');
  });

  it('keeps "و" joined to a name in Arabic script, whatever its first letter (ا, إ, ی, ک, پ)', () => {
    expect(formatList(['ليلى', 'إيمان', 'ابتسام'], 'ar')).toBe('ليلى وإيمان وابتسام');
    expect(formatList(['ليلى', 'پرویز'], 'ar')).toBe('ليلى وپرویز');
    // A digit, a quotation mark or a Hebrew letter is not an Arabic-script letter.
    expect(formatList(['ليلى', '3arabi', '«نور»', 'דוד'], 'ar')).toBe('ليلى و 3arabi و «نور» و דוד');
  });

  it('keeps the space after "و" inside the next name’s unit, so the line never breaks between them', () => {
    const { container } = render(<Byline authors={[{ name: 'ليلى حداد' }, { name: 'Omar Al-Fassi' }]} />);
    const units = [...container.querySelectorAll('.maqal-Byline-author')].map((unit) => unit.textContent);
    expect(units).toEqual(['ليلى حداد', 'و Omar Al-Fassi']);
  });
});

describe('credits that are not writing get their own label', () => {
  const authors = [
    { name: 'ليلى حداد' },
    { name: 'عمر بن سليمان الفاسي', contribution: 'photos' as const },
    { name: 'Sara Cohen', contribution: 'photos' as const },
    { name: 'نور الهدى بن علي', contribution: 'translation' as const },
  ];

  it('names a photographer after "تصوير:", never under "بقلم" with a role in parentheses', () => {
    const { container } = render(<Byline authors={authors} source="وكالات" />);
    expect(container.querySelector('.maqal-Byline-authors')?.textContent).toBe('بقلم ليلى حداد');
    const credits = [...container.querySelectorAll('.maqal-Byline-credit')].map((credit) => [credit.getAttribute('data-contribution'), credit.textContent]);
    expect(credits).toEqual([
      ['photos', 'تصوير: عمر بن سليمان الفاسي و Sara Cohen'],
      // The source ends the last name's unit, after a no-break space CSS widens into a rule (Byline.css).
      ['translation', 'ترجمة: نور الهدى بن علي\u00a0وكالات'],
    ]);
    expect(container.querySelector('.maqal-Byline-credit:last-child .maqal-Byline-author:last-child > .maqal-Byline-source')).toHaveTextContent(/^وكالات$/);
    expect(container.textContent).not.toMatch(/\(تصوير\)/);
    expect(container.textContent).toBe('بقلم ليلى حداد تصوير: عمر بن سليمان الفاسي و Sara Cohen ترجمة: نور الهدى بن علي\u00a0وكالات');
    // Every person is still counted.
    expect(container.firstElementChild).toHaveAttribute('data-authors', '4');
  });

  it.each(LANGUAGES)('%s: a photographer alone is credited with the label, without the writers’ prefix', (locale) => {
    const { container } = render(<Byline locale={locale} authors={[{ name: 'Omar Al-Fassi', contribution: 'photos' }]} />);
    expect(container.querySelector('.maqal-Byline-authors')).toBeNull();
    expect(container.querySelector('.maqal-Byline-credit')?.textContent).toBe(`${PHOTO_CREDIT[locale]} Omar Al-Fassi`);
  });

  it('gives every catalogue a label for every credit', () => {
    for (const locale of LANGUAGES) {
      const credits = getMessages(locale).credits;
      for (const key of ['photos', 'video', 'graphics', 'translation', 'editing'] as const) expect(credits[key]).toMatch(/\S:$/u);
    }
  });

  it('takes the provider’s credit overrides (messages.credits) in its language', () => {
    const { container } = render(
      <MaqalProvider messages={{ credits: { photos: 'الصور:' } }}>
        <Byline authors={[{ name: 'عمر', contribution: 'photos' }]} />
        <Byline locale="en" authors={[{ name: 'Omar', contribution: 'photos' }]} />
      </MaqalProvider>,
    );
    expect([...container.querySelectorAll('.maqal-Byline-credit')].map((credit) => credit.textContent)).toEqual(['الصور: عمر', 'Photos: Omar']);
  });

  it('takes an override of a label through messages, and drops the label when it is empty', () => {
    const { container, rerender } = render(<Byline authors={[{ name: 'عمر', contribution: 'photos' }]} messages={{ photos: 'عدسة:' }} />);
    expect(container.textContent).toBe('عدسة: عمر');
    rerender(<Byline authors={[{ name: 'عمر', contribution: 'photos' }]} messages={{ photos: '' }} />);
    expect(container.textContent).toBe('عمر');
  });

  it('reads an unknown contribution as writing, with a development warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Byline authors={[{ name: 'ليلى', contribution: 'painting' as never }]} />);
    expect(container.textContent).toBe('بقلم ليلى');
    expect(warn.mock.calls.flat().join(' ')).toMatch(/contribution must be/);
  });
});

describe('Urdu catalogue words (issue 16)', () => {
  it('labels breaking news اہم خبر, not تازہ ترین ("latest")', () => {
    const { container } = render(<Kicker tone="breaking" locale="ur" />);
    expect(container.textContent).toBe('اہم خبر');
  });

  it('clears a rating with "درجہ بندی ہٹائیں"', () => {
    expect(getMessages('ur').rating.clear).toBe('درجہ بندی ہٹائیں');
  });
});
