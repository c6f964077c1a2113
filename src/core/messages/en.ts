import type { Catalogue } from './types.js';

export const rating: Catalogue<'en'>['rating'] = {
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
  saving: 'Saving your rating…',
  notRated: 'Not rated yet',
  required: 'Choose a rating before sending.',
  rated: ({ item }) => `Your rating was saved: ${item}`,
  clear: 'Clear rating',
};

export const header: Catalogue<'en'>['header'] = {
  breaking: 'Breaking',
  live: 'Live',
  opinion: 'Opinion',
};

export const byline: Catalogue<'en'>['byline'] = {
  prefix: '',
  published: 'Published',
  updated: 'Updated',
};

export const credits: Catalogue<'en'>['credits'] = {
  photos: 'Photos:',
  video: 'Video:',
  graphics: 'Graphics:',
  translation: 'Translation:',
  editing: 'Editing:',
};

export const readingTime: Catalogue<'en'>['readingTime'] = {
  minutes: {
    one: (n) => `${n} min read`,
    other: (n) => `${n} min read`,
  },
};

export const scrollToTop: Catalogue<'en'>['scrollToTop'] = {
  label: 'Back to top',
};
