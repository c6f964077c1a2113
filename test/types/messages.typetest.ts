// Compiled by `npm run typecheck` (tsc), never run: each @ts-expect-error below must be an error,
// or tsc fails with "Unused '@ts-expect-error' directive". This proves that a catalogue missing a
// key does not compile.
import type { MessageOverrides, Messages, RatingMessages } from '../../src';
import * as ar from '../../src/core/messages/ar';

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

// Overrides are partial, but still typed: a misspelt key is an error.
// @ts-expect-error — Object literal may only specify known properties
export const typo: MessageOverrides = { rating: { emtpy: 'x' } };

// The complete Arabic catalogue, for contrast, type-checks.
export const complete: Messages = { ...ar };
