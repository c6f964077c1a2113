export { ArticleJsonLd } from './ArticleJsonLd.js';
export type { ArticleJsonLdProps } from './ArticleJsonLd.js';
export { articleJsonLd, serializeJsonLd } from './articleJsonLd.js';
export type { ArticleJsonLdInput, ArticleJsonLdAuthor, ArticleJsonLdRating, JsonLd } from './articleJsonLd.js';
