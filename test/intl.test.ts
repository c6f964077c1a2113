import { describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatterCacheSize, getNumberFormat } from '../src/core/intl';

describe('formatNumber', () => {
  it('writes each numbering system with its own digits', () => {
    expect(formatNumber(1234.5, 'ar', 'latn')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'ar', 'arab')).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(1234.5, 'ar', 'arabext')).toBe('۱٬۲۳۴٫۵');
  });

  it("follows the locale's CLDR default when no system is given", () => {
    expect(formatNumber(42, 'ar')).toBe('42');
    expect(formatNumber(42, 'ar-EG')).toBe('٤٢');
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
