import type { BylineMessages, HeaderMessages, RatingMessages, ReadingTimeMessages, ScrollToTopMessages } from './types.js';

export const rating: RatingMessages = {
  label: 'Readers’ rating',
  empty: 'Be the first to rate!',
  votes: {
    one: (n) => `${n} vote`,
    other: (n) => `${n} votes`,
  },
  average: ({ average, max }) => `${average} out of ${max}`,
  summary: ({ average, max, votes }) => `Rated ${average} out of ${max}, ${votes}`,
  outOfStars: {
    one: (n) => `${n} star`,
    other: (n) => `${n} stars`,
  },
  item: ({ value, outOf }) => `${value} out of ${outOf}`,
  yours: ({ value }) => `Your rating: ${value}`,
  thanks: 'Thanks for rating!',
  error: 'Your rating could not be saved. Please try again.',
  rated: ({ item }) => `Your rating was saved: ${item}`,
  clear: 'Clear rating',
};

export const header: HeaderMessages = {
  breaking: 'Breaking',
  live: 'Live',
  opinion: 'Opinion',
};

export const byline: BylineMessages = {
  prefix: '',
  published: 'Published',
  updated: 'Updated',
};

export const readingTime: ReadingTimeMessages = {
  minutes: {
    one: (n) => `${n} min read`,
    other: (n) => `${n} min read`,
  },
};

export const scrollToTop: ScrollToTopMessages = {
  label: 'Back to top',
};
