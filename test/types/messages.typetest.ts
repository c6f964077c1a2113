// Compiled by `npm run typecheck` (tsc), never run: each @ts-expect-error below must be an error,
// or tsc fails with "Unused '@ts-expect-error' directive". This proves that a catalogue missing a
// key, or a plural form its language has, does not compile.
import type { MessageOverrides, Messages, RatingMessages } from '../../src';
import type { CatalogueLanguage } from '../../src/core/locale';
import * as ar from '../../src/core/messages/ar';
import * as en from '../../src/core/messages/en';
import * as fa from '../../src/core/messages/fa';
import * as he from '../../src/core/messages/he';
import type { Catalogue } from '../../src/core/messages/types';
import * as ur from '../../src/core/messages/ur';

// A language whose rating strings lack `empty` ("be the first to rate").
// @ts-expect-error — Property 'empty' is missing in type
export const incomplete: RatingMessages = {
  label: 'x',
  votes: { other: (n: string) => n },
  average: () => '',
  summary: () => '',
  outOfStars: { other: (n: string) => n },
  item: () => '',
  yours: () => '',
  thanks: '',
  error: '',
  rated: () => '',
  clear: '',
};

// A whole catalogue without the scroll-to-top namespace.
// @ts-expect-error — Property 'scrollToTop' is missing in type
export const missingNamespace: Messages = { rating: ar.rating, header: ar.header, byline: ar.byline, readingTime: ar.readingTime };

// A plural message must have its `other` form.
// @ts-expect-error — Property 'other' is missing in type
export const noOther: RatingMessages['votes'] = { one: () => 'one' };

// An Arabic plural message must have all six forms: one without `few` (3–10) does not compile.
// @ts-expect-error — Property 'few' is missing in type
export const arabicWithoutFew: Catalogue<'ar'>['rating']['votes'] = {
  zero: () => 'لا أصوات',
  one: () => 'صوت واحد',
  two: () => 'صوتان',
  many: (n: string) => `${n} صوتًا`,
  other: (n: string) => `${n} صوت`,
};

// The same holds inside a whole namespace: Arabic reading time without its `two` form.
export const arabicReadingTime: Catalogue<'ar'>['readingTime'] = {
  // @ts-expect-error — Property 'two' is missing in type
  minutes: { zero: () => '', one: () => '', few: (n: string) => n, many: (n: string) => n, other: (n: string) => n },
};

// Persian has one and other: leaving out `one` is an error, and so is a form Persian lacks.
// @ts-expect-error — Property 'one' is missing in type
export const persianWithoutOne: Catalogue<'fa'>['rating']['votes'] = { other: (n: string) => `${n} رأی` };
export const persianWithFew: Catalogue<'fa'>['rating']['votes'] = {
  one: (n: string) => `${n} رأی`,
  // @ts-expect-error — Object literal may only specify known properties, and 'few' does not exist
  few: (n: string) => `${n} رأی`,
  other: (n: string) => `${n} رأی`,
};

// Hebrew has one, two and other.
// @ts-expect-error — Property 'two' is missing in type
export const hebrewWithoutTwo: Catalogue<'he'>['readingTime']['minutes'] = { one: () => '', other: (n: string) => n };

// Each shipped catalogue meets its own language's rule.
export const catalogues: { [L in CatalogueLanguage]: Catalogue<L> } = { ar, he, fa, ur, en };

// Overrides are partial, but still typed: a misspelt key is an error.
// @ts-expect-error — Object literal may only specify known properties
export const typo: MessageOverrides = { rating: { emtpy: 'x' } };

// The complete Arabic catalogue, for contrast, type-checks.
export const complete: Messages = { ...ar };
