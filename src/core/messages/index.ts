import type { CatalogueLanguage } from '../locale.js';
import { catalogueLanguage } from '../locale.js';
import * as ar from './ar.js';
import * as en from './en.js';
import * as fa from './fa.js';
import * as he from './he.js';
import * as ur from './ur.js';
import type { MessageOverrides, Messages } from './types.js';

type Table<N extends keyof Messages> = Record<CatalogueLanguage, Messages[N]>;

// One table per namespace (not per language), so a bundler keeps only the namespaces a
// component reads: StarRating ships the rating strings of five languages and nothing else.
export const ratingMessages: Table<'rating'> = { ar: ar.rating, he: he.rating, fa: fa.rating, ur: ur.rating, en: en.rating };
export const headerMessages: Table<'header'> = { ar: ar.header, he: he.header, fa: fa.header, ur: ur.header, en: en.header };
export const bylineMessages: Table<'byline'> = { ar: ar.byline, he: he.byline, fa: fa.byline, ur: ur.byline, en: en.byline };
export const creditMessages: Table<'credits'> = { ar: ar.credits, he: he.credits, fa: fa.credits, ur: ur.credits, en: en.credits };
export const readingTimeMessages: Table<'readingTime'> = {
  ar: ar.readingTime,
  he: he.readingTime,
  fa: fa.readingTime,
  ur: ur.readingTime,
  en: en.readingTime,
};
export const scrollToTopMessages: Table<'scrollToTop'> = {
  ar: ar.scrollToTop,
  he: he.scrollToTop,
  fa: fa.scrollToTop,
  ur: ur.scrollToTop,
  en: en.scrollToTop,
};

/** The messages of one namespace for a locale, with an app's overrides on top. */
export function pickMessages<T extends object>(
  table: Record<CatalogueLanguage, T>,
  locale: unknown,
  overrides?: Partial<T>,
): T {
  const base = table[catalogueLanguage(locale)];
  return overrides ? { ...base, ...overrides } : base;
}

/** A whole catalogue for a locale, with overrides: what `useMessages()` returns. */
export function getMessages(locale: unknown, overrides?: MessageOverrides): Messages {
  return {
    rating: pickMessages(ratingMessages, locale, overrides?.rating),
    header: pickMessages(headerMessages, locale, overrides?.header),
    byline: pickMessages(bylineMessages, locale, overrides?.byline),
    credits: pickMessages(creditMessages, locale, overrides?.credits),
    readingTime: pickMessages(readingTimeMessages, locale, overrides?.readingTime),
    scrollToTop: pickMessages(scrollToTopMessages, locale, overrides?.scrollToTop),
  };
}
