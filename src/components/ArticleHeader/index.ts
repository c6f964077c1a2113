export { ArticleHeader } from './ArticleHeader.js';
export type { ArticleHeaderProps, ArticleHeaderMedia } from './ArticleHeader.js';
