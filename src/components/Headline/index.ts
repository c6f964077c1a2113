export { Headline } from './Headline.js';
export type { HeadlineProps, HeadlineLevel } from './Headline.js';
