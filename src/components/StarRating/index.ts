export { StarRating } from './StarRating.js';
export type { StarRatingProps } from './StarRating.js';
export type { StarPrecision } from './values.js';
export type { VoteStatus } from './useVote.js';
