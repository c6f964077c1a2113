export { Byline } from './Byline.js';
export type { BylineProps, BylineAuthor } from './Byline.js';
