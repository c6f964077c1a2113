/*
 * Issue 17: maqal remembers the results of pure string and Intl work for the inputs it saw lately,
 * so that a server rendering the same article on every request does the work once. What a reader
 * could notice if this went wrong: a stale or foreign result (another scope's, another formatter's),
 * a mutated shared result, or memory that grows with every distinct input a server is sent.
 */
import { describe, expect, it } from 'vitest';
import { FORMATTER_CACHE_LIMIT, formatList, formatListToParts, formatToPartsWith, formatWith, formatterCacheSize, getDateTimeFormat, getNumberFormat } from '../src/core/intl';
import { recentResults } from '../src/core/recent';

describe('recentResults', () => {
  it('computes once per scope and input, and keeps scopes apart', () => {
    const calls: string[] = [];
    const remember = recentResults<string>(8, 100);
    const upper = (scope: string, input: string) => remember(scope, input, (text) => (calls.push(`${scope}:${text}`), `${scope}:${text.toUpperCase()}`));
    expect(upper('a', 'x')).toBe('a:X');
    expect(upper('a', 'x')).toBe('a:X');
    expect(upper('b', 'x')).toBe('b:X');
    expect(calls).toEqual(['a:x', 'b:x']);
  });

  it('remembers a null result (a rejected input is not checked again)', () => {
    let calls = 0;
    const remember = recentResults<string | null>(8, 100);
    expect(remember('', 'bad', () => (calls++, null))).toBeNull();
    expect(remember('', 'bad', () => (calls++, null))).toBeNull();
    expect(calls).toBe(1);
  });

  it('never keeps an input longer than its bound, and starts again past its limit', () => {
    let calls = 0;
    const remember = recentResults<number>(4, 10);
    const count = (input: string) => remember('', input, (text) => (calls++, text.length));
    count('x'.repeat(11));
    count('x'.repeat(11));
    expect(calls).toBe(2);
    calls = 0;
    for (const input of ['a', 'b', 'c', 'd']) count(input);
    count('a');
    expect(calls, 'the four fit').toBe(4);
    count('e'); // the fifth: the table starts again with it
    count('a');
    expect(calls).toBe(6);
  });

  it('computes again after a throw, and throws to the caller', () => {
    const remember = recentResults<string>(4, 100);
    expect(() => remember('', 'x', () => { throw new Error('no'); })).toThrow('no');
    expect(remember('', 'x', () => 'yes')).toBe('yes');
  });
});

describe('formatter outputs', () => {
  it('gives what the formatter gives, for numbers and for dates by their instant', () => {
    const number = getNumberFormat('ar', { maximumFractionDigits: 1 });
    for (const value of [0, 4.2, -3, 1e21, Number.NaN, Infinity]) expect(formatWith(number, value)).toBe(number.format(value));
    const dates = getDateTimeFormat('ar', { dateStyle: 'long', timeZone: 'Asia/Riyadh' });
    const instant = Date.UTC(2026, 10, 28, 6, 30);
    expect(formatWith(dates, new Date(instant))).toBe(dates.format(instant));
    expect(formatWith(dates, instant)).toBe('28 نوفمبر 2026');
    expect(formatToPartsWith(dates, new Date(instant))).toEqual(dates.formatToParts(instant));
  });

  it('keeps each formatter\'s outputs apart (same input, another formatter)', () => {
    const ar = getNumberFormat('ar-EG', { numberingSystem: 'arab' });
    const en = getNumberFormat('en');
    expect(formatWith(ar, 37)).toBe('٣٧');
    expect(formatWith(en, 37)).toBe('37');
  });

  it('keeps the formatter cache bounded however many distinct locales arrive', () => {
    for (let i = 0; i < FORMATTER_CACHE_LIMIT * 2; i++) getNumberFormat(`en-x-r${i}`);
    expect(formatterCacheSize()).toBeLessThanOrEqual(FORMATTER_CACHE_LIMIT);
  });

  it('joins the same names the same way twice, and a changed list afresh', () => {
    const first = formatListToParts(['ليلى حداد', 'Omar Al-Fassi'], 'ar');
    expect(formatListToParts(['ليلى حداد', 'Omar Al-Fassi'], 'ar')).toEqual(first);
    expect(formatList(['ليلى حداد', 'Omar Al-Fassi'], 'ar')).toBe('ليلى حداد و Omar Al-Fassi');
    expect(formatList(['ليلى حداد', 'عمر الفاسي'], 'ar')).toBe('ليلى حداد وعمر الفاسي');
    // A name with the separator characters a naive key would use cannot collide with two names.
    expect(formatList(['a","b'], 'en')).toBe('a","b');
    expect(formatList(['a', 'b'], 'en')).toBe('a and b');
  });
});
