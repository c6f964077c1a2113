export { ArticleJsonLd } from './ArticleJsonLd.js';
export type { ArticleJsonLdProps } from './ArticleJsonLd.js';
export { articleJsonLd, serializeJsonLd } from './newsArticle.js';
export type { ArticleJsonLdInput, ArticleJsonLdAuthor, ArticleJsonLdRating, JsonLd, JsonValue } from './newsArticle.js';
