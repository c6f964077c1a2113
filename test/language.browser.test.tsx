import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Byline, Timestamp } from '../src';
import { formatRelative } from '../src/components/Timestamp/format';
import { formatNumber } from '../src/core/intl';
import { DIGITS, DISTANCES, FULL_DATE, INSTANT, LISTS, RELATIVE } from './language.golden';

/*
 * Issue 16 in Chromium's own ICU and CLDR, which ship with the browser and need not match Node's:
 * the relative times, digits, full dates and name lists a reader's browser prints once the page
 * hydrates must be the golden strings of test/language.golden.ts, the same as the server's.
 */

const T = Date.parse(INSTANT);
const LANGUAGES = ['ar', 'he', 'fa', 'ur', 'en'] as const;

function text(element: React.ReactElement, selector: string, attribute?: string): string | null | undefined {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(element);
  const found = host.querySelector(selector);
  return attribute ? found?.getAttribute(attribute) : found?.textContent;
}

describe('language pass in Chromium (browser ICU)', () => {
  it('has, in its own CLDR, the wordings maqal corrects (so the tests below would fail without the corrections)', () => {
    expect(new Intl.RelativeTimeFormat('ar', { numeric: 'always' }).format(-1, 'hour')).not.toBe(RELATIVE.ar[1]);
    expect(new Intl.RelativeTimeFormat('ur', { numeric: 'always' }).format(-2, 'day')).not.toBe(RELATIVE.ur[3]);
    expect(new Intl.NumberFormat('ar-EG').resolvedOptions().numberingSystem).not.toBe('latn');
  });

  it.each(LANGUAGES)('%s: relative times for 1 minute, 1 hour, 1 day and 2 days', (locale) => {
    expect(Object.values(DISTANCES).map((distance) => formatRelative(T - distance, T, locale))).toEqual(RELATIVE[locale]);
  });

  it.each(DIGITS)('%s: default digits in numbers (%s) and dates (%s)', (locale, number, date) => {
    expect(formatNumber(12_500, locale)).toBe(number);
    expect(text(<Timestamp dateTime={INSTANT} timeZone="UTC" locale={locale} format="date" />, 'time')).toBe(date);
  });

  it.each(LANGUAGES)('%s: the full date in the relative Timestamp’s tooltip', (locale) => {
    expect(text(<Timestamp dateTime={INSTANT} format="relative" now={T + DISTANCES['1 hour']} timeZone="UTC" locale={locale} />, 'time', 'title')).toBe(FULL_DATE[locale]);
  });

  it.each(LANGUAGES)('%s: four names mixing scripts', (locale) => {
    const { names, text: expected } = LISTS[locale];
    expect(text(<Byline locale={locale} authors={names.map((name) => ({ name }))} />, '.maqal-Byline-authors')).toBe(expected[3]);
  });
});
