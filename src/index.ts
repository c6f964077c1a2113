// The public API of maqal: components, hooks and types, nothing else.
export { MaqalProvider, useLocale, useDirection, useMessages } from './core/MaqalProvider.js';
export type { MaqalProviderProps } from './core/MaqalProvider.js';
export type { Direction, NumberingSystem } from './core/locale.js';
export type {
  Messages,
  MessageOverrides,
  PluralMessage,
  RatingMessages,
  HeaderMessages,
  BylineMessages,
  ReadingTimeMessages,
  ScrollToTopMessages,
} from './core/messages/types.js';

// Components. Each block is owned by the issue that builds the component.
// — StarRating (issue 3)
// — ArticleHeader, Kicker, Headline, Standfirst, ArticleMeta, ArticleJsonLd (issue 4)
// — Byline, Timestamp, ReadingTime (issue 5)
// — ArticleBody, ArticleText, PullQuote (issue 6)
// — ScrollToTop (issue 7)
