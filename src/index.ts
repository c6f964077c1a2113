// The public API of maqal: components, hooks and types, nothing else.
export { MaqalProvider } from './core/MaqalProvider.js';
export { useLocale, useDirection, useMessages } from './core/context.js';
export type { MaqalProviderProps } from './core/settings.js';
export type { Direction, NumberingSystem } from './core/locale.js';
export type {
  Messages,
  MessageOverrides,
  PluralMessage,
  RatingMessages,
  HeaderMessages,
  BylineMessages,
  CreditMessages,
  BylineContribution,
  ReadingTimeMessages,
  ScrollToTopMessages,
} from './core/messages/types.js';

// Components. Each block is owned by the issue that builds the component.
// — StarRating (issue 3)
export { StarRating } from './components/StarRating/index.js';
export type { StarRatingProps, StarPrecision, VoteStatus } from './components/StarRating/index.js';
// — ArticleHeader, Kicker, Headline, Standfirst, ArticleMeta, ArticleJsonLd (issue 4)
export { ArticleHeader } from './components/ArticleHeader/index.js';
export type { ArticleHeaderProps, ArticleHeaderMedia } from './components/ArticleHeader/index.js';
export { Kicker } from './components/Kicker/index.js';
export type { KickerProps, KickerTone } from './components/Kicker/index.js';
export { Headline } from './components/Headline/index.js';
export type { HeadlineProps, HeadlineLevel } from './components/Headline/index.js';
export { Standfirst } from './components/Standfirst/index.js';
export type { StandfirstProps } from './components/Standfirst/index.js';
export { ArticleMeta } from './components/ArticleMeta/index.js';
export type { ArticleMetaProps } from './components/ArticleMeta/index.js';
export { ArticleJsonLd, articleJsonLd, serializeJsonLd } from './components/ArticleJsonLd/index.js';
export type { ArticleJsonLdProps, ArticleJsonLdInput, ArticleJsonLdAuthor, ArticleJsonLdRating, JsonLd, JsonValue } from './components/ArticleJsonLd/index.js';
// — Byline, Timestamp, ReadingTime (issue 5)
export { Byline } from './components/Byline/index.js';
export type { BylineProps, BylineAuthor } from './components/Byline/index.js';
export { Timestamp } from './components/Timestamp/index.js';
export type { TimestampProps, TimestampFormat } from './components/Timestamp/index.js';
export { ReadingTime } from './components/ReadingTime/index.js';
export type { ReadingTimeProps } from './components/ReadingTime/index.js';
// — ArticleBody, ArticleText, PullQuote (issue 6)
export { ArticleBody, ArticleText } from './components/ArticleBody/index.js';
export type { ArticleBodyProps, ArticleBodySize, ArticleTextProps } from './components/ArticleBody/index.js';
export { PullQuote } from './components/PullQuote/index.js';
export type { PullQuoteProps } from './components/PullQuote/index.js';
// — ScrollToTop (issue 7)
export { ScrollToTop } from './components/ScrollToTop/index.js';
export type { ScrollToTopProps, ElementSource } from './components/ScrollToTop/index.js';
// — Article, the column (issue 14)
export { Article } from './components/Article/index.js';
export type { ArticleProps } from './components/Article/index.js';
