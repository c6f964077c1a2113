// maqal/wordpress: a WordPress REST API post (with _embed) → maqal's props. Plain data, no
// components; the body goes to ArticleHtml from maqal/html.
export { fromWordPress } from './wordpress/adapter.js';
export type { FromWordPressOptions, WordPressArticle } from './wordpress/adapter.js';
export type { WordPressAuthor, WordPressImageSize, WordPressMedia, WordPressPost, WordPressRendered, WordPressTerm } from './wordpress/types.js';
// The shapes fromWordPress returns, so an app can type its props without a second import.
export type { BylineAuthor, ArticleJsonLdInput, ArticleHeaderMedia } from './index.js';
