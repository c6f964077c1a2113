import type { NumberingSystem } from './locale.js';

/*
 * Intl formatters are expensive to build (tens of microseconds each) and cheap to reuse, so every
 * one maqal uses comes from this cache, keyed on its constructor, locale and options.
 */
const cache = new Map<string, unknown>();

type IntlConstructor<T, O> = new (locale: string, options?: O) => T;

function cached<T, O>(name: string, Ctor: IntlConstructor<T, O>, locale: string, options?: O): T {
  const key = `${name}|${locale}|${options ? JSON.stringify(options) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = new Ctor(locale, options);
    cache.set(key, formatter);
  }
  return formatter;
}

export const getNumberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached('NumberFormat', Intl.NumberFormat, locale, options);
export const getPluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  cached('PluralRules', Intl.PluralRules, locale, options);
export const getListFormat = (locale: string, options?: Intl.ListFormatOptions) =>
  cached('ListFormat', Intl.ListFormat, locale, options);
export const getDateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  cached('DateTimeFormat', Intl.DateTimeFormat, locale, options);
export const getRelativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions) =>
  cached('RelativeTimeFormat', Intl.RelativeTimeFormat, locale, options);
export const getSegmenter = (locale: string, options?: Intl.SegmenterOptions) =>
  cached('Segmenter', Intl.Segmenter, locale, options);

/** Number of formatters built so far; lets tests prove that rendering twice builds nothing new. */
export const formatterCacheSize = () => cache.size;

/**
 * The digits a locale writes by default (CLDR): `latn` for `ar`, `arab` for `ar-EG`, `arabext` for
 * `fa`. Undefined for a language the runtime has no data for: Intl would fall back to the runtime's
 * own locale, which differs between server and browser.
 */
export function defaultNumberingSystem(locale: string): string | undefined {
  const resolved = getNumberFormat(locale).resolvedOptions();
  return resolved.locale.split('-')[0] === locale.split('-')[0] ? resolved.numberingSystem : undefined;
}

/**
 * Formats a number in a locale, with the numbering system given or else the locale's CLDR default
 * (`ar` writes Latin digits, `ar-EG` Arabic-Indic ones, `fa` extended Arabic-Indic ones).
 */
export function formatNumber(
  value: number,
  locale: string,
  numberingSystem?: NumberingSystem,
  options?: Omit<Intl.NumberFormatOptions, 'numberingSystem'>,
): string {
  const withSystem = numberingSystem ? { ...options, numberingSystem } : options;
  return getNumberFormat(locale, withSystem).format(value);
}

/**
 * Plural forms of one message, as components read it and apps override it: `other` is required,
 * the rest optional. maqal's own catalogues are held to more: each must give exactly the
 * categories its language has (`Catalogue<L>` in messages/types.ts).
 */
export type PluralMessage = { other: (count: string) => string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, (count: string) => string>
>;

/**
 * Picks the plural form for `count` with `Intl.PluralRules` and gives it the count formatted in
 * the locale's digits. A language without a category (English has no `few`) falls to `other`.
 */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: string,
  numberingSystem?: NumberingSystem,
  options?: Omit<Intl.NumberFormatOptions, 'numberingSystem'>,
): string {
  const category = getPluralRules(locale).select(count);
  const form = message[category] ?? message.other;
  return form(formatNumber(count, locale, numberingSystem, options));
}

/** Joins items the way the locale joins a list ("أ وب وج", "A, B, and C"). */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return getListFormat(locale, { type, style: 'long' }).format(items);
}
