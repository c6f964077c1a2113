export { PullQuote } from './PullQuote.js';
export type { PullQuoteProps } from './PullQuote.js';
