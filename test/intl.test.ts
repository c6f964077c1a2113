import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  formatList,
  formatNumber,
  formatPlural,
  formatterCacheSize,
  getDateTimeFormat,
  getListFormat,
  getNumberFormat,
  getPluralRules,
  getRelativeTimeFormat,
  getSegmenter,
} from '../src/core/intl';
import type { NumberingSystem } from '../src/core/locale';

describe('formatNumber', () => {
  it('writes each numbering system with its own digits', () => {
    expect(formatNumber(1234.5, 'ar', 'latn')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ar', 'arab')).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(1234.5, 'ar', 'arabext')).toBe('۱٬۲۳۴٫۵');
  });

  it("follows the locale's default when no system is given: Western for every Arabic locale (issue 16), else CLDR's", () => {
    expect(formatNumber(42, 'ar')).toBe('42');
    // CLDR gives ar-EG Arabic-Indic digits; Arab news sites print Western ones, and so does maqal.
    expect(formatNumber(42, 'ar-EG')).toBe('42');
    expect(formatNumber(42, 'ar-EG', 'arab')).toBe('٤٢');
    expect(formatNumber(42, 'fa')).toBe('۴۲');
    expect(formatNumber(42, 'en')).toBe('42');
  });

  it('formats one decimal for an average', () => {
    const options = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
    expect(formatNumber(4.2, 'ar', 'arab', options)).toBe('٤٫٢');
    expect(formatNumber(4, 'en', undefined, options)).toBe('4.0');
  });
});

describe('formatter cache', () => {
  it('builds a formatter once and reuses it for the same locale and options', () => {
    const first = getNumberFormat('he', { numberingSystem: 'latn' });
    const size = formatterCacheSize();
    expect(getNumberFormat('he', { numberingSystem: 'latn' })).toBe(first);
    formatNumber(3, 'he', 'latn');
    expect(formatterCacheSize()).toBe(size);
  });
});

describe('formatList', () => {
  it('joins names the way each locale joins a list', () => {
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).toBe('أ وب وج');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['א', 'ב'], 'he')).toBe('א וב');
  });
});

describe('Intl helpers never throw on a bad value from a prop (issue 13)', () => {
  it('formats with the locale’s own digits when the numbering system is malformed (Intl throws RangeError for these)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['x', 'arab ', 'latn-']) {
      expect(() => new Intl.NumberFormat('ar', { numberingSystem: bad })).toThrow(RangeError);
      // maqal's default for ar-EG (Western), not CLDR's (issue 16).
      expect(formatNumber(42, 'ar-EG', bad as NumberingSystem)).toBe('42');
      expect(formatPlural({ other: (n) => `${n} صوت` }, 3, 'ar', bad as NumberingSystem)).toBe('3 صوت');
    }
    vi.restoreAllMocks();
  });

  it('uses Arabic, not the runtime’s default locale, for a malformed locale or one that is not a string', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Intl reads a number as "no locale" and formats in the runtime's default, which differs
    // between a server and a reader's browser.
    for (const bad of ['!!', '', 42, {}, 'x-private']) {
      expect(getNumberFormat(bad as string).resolvedOptions().locale).toBe('ar');
      expect(getPluralRules(bad as string).resolvedOptions().locale).toBe('ar');
      expect(formatList(['أ', 'ب'], bad as string)).toBe('أ وب');
    }
    vi.restoreAllMocks();
  });

  it('formats dates in UTC, never the host zone, for a time zone Intl rejects; keeps a good zone when only the calendar is bad', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unknownZone = getDateTimeFormat('en', { timeZone: 'Mars/Olympus', dateStyle: 'long' });
    expect(unknownZone.resolvedOptions().timeZone).toBe('UTC');
    expect(unknownZone.format(Date.UTC(2026, 10, 30, 22))).toBe('November 30, 2026');
    const calendar = getDateTimeFormat('en', { timeZone: 'Asia/Riyadh', calendar: 'x' }).resolvedOptions();
    expect([calendar.calendar, calendar.timeZone]).toEqual(['gregory', 'Asia/Riyadh']);
    vi.restoreAllMocks();
  });

  it('builds every kind of formatter for any locale and options string, without throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (locale, numberingSystem, calendar, timeZone) => {
        getNumberFormat(locale, { numberingSystem }).format(1);
        getDateTimeFormat(locale, { numberingSystem, calendar, timeZone }).format(0);
        getRelativeTimeFormat(locale, { numberingSystem } as Intl.RelativeTimeFormatOptions).format(1, 'day');
        getListFormat(locale).format(['a']);
        getPluralRules(locale).select(1);
        getSegmenter(locale).segment('a');
      }),
      { numRuns: 200 },
    );
    vi.restoreAllMocks();
  });
});
