export { ArticleMeta } from './ArticleMeta.js';
export type { ArticleMetaProps } from './ArticleMeta.js';
