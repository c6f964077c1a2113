// maqal/html: article bodies and text fields from HTML (a CMS's output). Its own entry point, so
// apps that do not render HTML never load the parser (parse5).
export { ArticleHtml } from './html/ArticleHtml.js';
export type { ArticleHtmlProps } from './html/ArticleHtml.js';
export { decodeEntities, htmlToText } from './html/text.js';
