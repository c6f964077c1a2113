import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText, readNumber, safeUrl, stripBidiControls } from '../src/core/sanitize';
import { resetWarnings } from '../src/core/warn';

afterEach(() => {
  resetWarnings();
  vi.restoreAllMocks();
});

describe('safeUrl', () => {
  it.each(['https://example.com/a', 'http://x.test', '/section/world', 'news/1', '../up', '#comments', '?page=2', '//cdn.test/a.jpg'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url, 'Test href')).toBe(url);
    },
  );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,<b>', 'vbscript:x', 'mailto:a@b.c'])(
    'drops %j with a warning naming the prop',
    (url) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      expect(safeUrl(url, 'Kicker href')).toBeUndefined();
      expect(warn.mock.calls[0]?.[0]).toMatch(/Kicker href/);
    },
  );

  it('keeps data:image URLs only for image sources', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(safeUrl(png, 'Byline avatarSrc', { image: true })).toBe(png);
    expect(safeUrl('data:image/svg+xml,%3Csvg%3E', 'src', { image: true })).toBe('data:image/svg+xml,%3Csvg%3E');
    expect(safeUrl(png, 'Kicker href')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>', 'src', { image: true })).toBeUndefined();
    expect(safeUrl('javascript:alert(1)', 'src', { image: true })).toBeUndefined();
  });

  it('drops non-strings without throwing', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [42, {}, [], () => 1, true]) expect(safeUrl(bad, 'x')).toBeUndefined();
    expect(safeUrl(undefined, 'x')).toBeUndefined();
  });

  it('never lets a scheme other than http(s) through, whatever the string', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.string(), (s) => {
        const url = safeUrl(s, 'x');
        if (url === undefined || !URL.canParse(url, 'https://base.test/')) return; // unparsable: goes nowhere
        expect(['http:', 'https:']).toContain(new URL(url, 'https://base.test/').protocol);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('text', () => {
  it('removes every bidi embedding, override and isolate control', () => {
    expect(stripBidiControls('\u202Eأحمد\u202C \u2067Ali\u2069 \u202Ax\u202B\u202D\u2066\u2068')).toBe('أحمد Ali x');
  });

  it('cleans NUL, lone surrogates and wrong types out of text', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(cleanText('a\u0000b\uD800c', 'x')).toBe('abc');
    expect(cleanText('😀', 'x')).toBe('😀');
    expect(cleanText(12, 'x')).toBe('12');
    expect(cleanText(NaN, 'x')).toBe('');
    expect(cleanText({ toString: () => '<b>' }, 'x')).toBe('');
    expect(cleanText(null, 'x')).toBe('');
  });
});

describe('readNumber', () => {
  it('accepts finite numbers and numeric strings, clamps to the range', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(readNumber(3.7, 'v', { min: 0, max: 5 })).toBe(3.7);
    expect(readNumber('4.5', 'v', { min: 0, max: 5 })).toBe(4.5);
    expect(readNumber(9, 'v', { min: 0, max: 5 })).toBe(5);
    expect(readNumber(-2, 'v', { min: 0, max: 5 })).toBe(0);
  });

  it('turns nonsense into undefined with a warning naming the prop', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of [NaN, Infinity, -Infinity, 'abc', '', {}, [], true]) expect(readNumber(bad, 'StarRating average')).toBeUndefined();
    expect(warn.mock.calls.every(([m]) => /StarRating average/.test(m))).toBe(true);
  });
});
