export { ReadingTime } from './ReadingTime.js';
export type { ReadingTimeProps } from './ReadingTime.js';
