export { Article } from './Article.js';
export type { ArticleProps } from './Article.js';
