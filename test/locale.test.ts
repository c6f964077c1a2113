import { describe, expect, it } from 'vitest';
import { catalogueLanguage, elementDirection, localeDirection, normalizeLocale } from '../src/core/locale';

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
