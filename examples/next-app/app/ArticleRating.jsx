'use client';
// The rating needs a vote handler, and functions cannot cross from a Server Component to a
// Client Component, so the page renders this small client wrapper.
import { StarRating } from 'maqal';

const rate = (stars) => new Promise((resolve) => setTimeout(() => resolve(stars), 300));

export function ArticleRating(props) {
  return <StarRating {...props} onRate={rate} />;
}
