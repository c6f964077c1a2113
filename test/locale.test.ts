import { afterEach, describe, expect, it } from 'vitest';
import {
  LOCALE_CACHE_LIMIT,
  catalogueLanguage,
  elementDirection,
  formattingLocale,
  localeCacheSize,
  localeDirection,
  normalizeLocale,
  parseLocale,
} from '../src/core/locale';

describe('localeDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['ps', 'rtl'],
    ['ckb', 'rtl'],
    ['fr', 'ltr'],
  ])('derives the direction of %s as %s', (locale, dir) => {
    expect(localeDirection(locale)).toBe(dir);
  });

  it('treats a tag that is not a locale as Arabic (the default) instead of throwing', () => {
    for (const bad of ['', '  ', 'not a locale!', null, undefined, 42, {}]) {
      expect(localeDirection(bad)).toBe('rtl');
    }
  });
});

describe('localeDirection without CLDR text info (Firefox before 2025, older engines)', () => {
  // Node and Chromium both have text info, so the fallback list is only reached with it removed.
  const proto = Intl.Locale.prototype as object;
  const saved = (['textInfo', 'getTextInfo'] as const).map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const);
  const removeTextInfo = () => {
    for (const [name] of saved) Reflect.deleteProperty(proto, name);
  };
  // maqal reads a tag's direction once and keeps it (the engine's answer cannot change while a page
  // runs), so each case asks about a tag not seen before: the same language, a private-use subtag.
  let fresh = 0;
  const unseen = (locale: string) => `${locale}-x-engine${(fresh += 1)}`;

  afterEach(() => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else Reflect.deleteProperty(proto, name);
    }
  });

  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ps', 'rtl'],
    ['sd', 'rtl'],
    ['ckb', 'rtl'],
    ['dv', 'rtl'],
    ['ug', 'rtl'],
    ['yi', 'rtl'],
    ['ar-EG', 'rtl'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['fr', 'ltr'],
  ])('falls back to the list of RTL languages for %s → %s', (locale, dir) => {
    removeTextInfo();
    const parsed = new Intl.Locale(locale) as Intl.Locale & { textInfo?: unknown; getTextInfo?: unknown };
    expect(parsed.textInfo).toBeUndefined();
    expect(parsed.getTextInfo).toBeUndefined();
    expect(localeDirection(unseen(locale))).toBe(dir);
  });

  it("prefers the engine's text info to the list when there is one", () => {
    Object.defineProperty(proto, 'getTextInfo', { configurable: true, value: () => ({ direction: 'ltr' }) });
    expect(localeDirection(unseen('ar'))).toBe('ltr');
  });
});

describe('parseLocale', () => {
  it('parses a tag once and hands back the same Intl.Locale afterwards', () => {
    const first = parseLocale('ur-PK');
    expect(first?.toString()).toBe('ur-PK');
    expect(parseLocale('ur-PK')).toBe(first);
    const size = localeCacheSize();
    normalizeLocale('ur-PK');
    catalogueLanguage('ur-PK');
    formattingLocale('ur-PK');
    localeDirection('ur-PK');
    expect(localeCacheSize()).toBe(size);
  });

  it('remembers a tag that is not a locale as null too', () => {
    expect(parseLocale('not a locale!')).toBeNull();
    const size = localeCacheSize();
    expect(parseLocale('not a locale!')).toBeNull();
    expect(localeCacheSize()).toBe(size);
  });

  it('keeps at most LOCALE_CACHE_LIMIT tags however many distinct ones arrive (each request a new Accept-Language)', () => {
    const first = parseLocale('he-IL');
    for (let i = 0; i < LOCALE_CACHE_LIMIT * 4; i++) parseLocale(`en-x-r${i}`);
    expect(localeCacheSize()).toBe(LOCALE_CACHE_LIMIT);
    // The oldest entries went first; parsing again still answers correctly.
    expect(parseLocale('he-IL')).not.toBe(first);
    expect(parseLocale('he-IL')?.toString()).toBe('he-IL');
  });
});

describe('catalogueLanguage', () => {
  it('serves each shipped language its own catalogue, regions included', () => {
    expect(catalogueLanguage('ar-EG')).toBe('ar');
    expect(catalogueLanguage('he-IL')).toBe('he');
    expect(catalogueLanguage('fa-AF')).toBe('fa');
    expect(catalogueLanguage('ur-PK')).toBe('ur');
    expect(catalogueLanguage('en-US')).toBe('en');
  });

  it('falls back to the nearest shipped language, then to Arabic', () => {
    expect(catalogueLanguage('iw')).toBe('he');
    expect(catalogueLanguage('ps')).toBe('fa');
    expect(catalogueLanguage('sd')).toBe('ur');
    expect(catalogueLanguage('ja')).toBe('ar');
    expect(catalogueLanguage('%%%')).toBe('ar');
    expect(catalogueLanguage(undefined)).toBe('ar');
  });
});

describe('normalizeLocale', () => {
  it('keeps valid tags in canonical form and replaces invalid ones with ar', () => {
    expect(normalizeLocale('AR-eg')).toBe('ar-EG');
    expect(normalizeLocale('en')).toBe('en');
    expect(normalizeLocale('<script>')).toBe('ar');
    expect(normalizeLocale(7)).toBe('ar');
  });
});

describe('elementDirection', () => {
  it('reads the direction the element is laid out in, including a nested dir island', () => {
    document.body.innerHTML = '<div dir="rtl"><p id="a">أ</p><div dir="ltr"><p id="b">b</p></div></div>';
    expect(elementDirection(document.getElementById('a'))).toBe('rtl');
    expect(elementDirection(document.getElementById('b'))).toBe('ltr');
    document.body.innerHTML = '';
  });

  it('answers ltr for a missing element rather than throwing', () => {
    expect(elementDirection(null)).toBe('ltr');
  });
});
