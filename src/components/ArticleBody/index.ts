export { ArticleBody } from './ArticleBody.js';
export type { ArticleBodyProps, ArticleBodySize } from './ArticleBody.js';
export { ArticleText } from './ArticleText.js';
export type { ArticleTextProps } from './ArticleText.js';
