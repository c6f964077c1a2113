import type { BylineMessages, HeaderMessages, RatingMessages, ReadingTimeMessages, ScrollToTopMessages } from './types.js';

// Urdu: "N میں سے M" puts the total first; nouns after میں سے take the oblique plural (ستاروں).

export const rating: RatingMessages = {
  label: 'قارئین کی درجہ بندی',
  empty: 'درجہ بندی کرنے والے پہلے فرد بنیں!',
  votes: {
    other: (n) => `${n} ووٹ`,
  },
  average: ({ average, max }) => `${max} میں سے ${average}`,
  summary: ({ average, max, votes }) => `درجہ بندی ${max} میں سے ${average}، ${votes}`,
  outOfStars: {
    one: () => 'ایک ستارے',
    other: (n) => `${n} ستاروں`,
  },
  item: ({ value, outOf }) => `${outOf} میں سے ${value}`,
  yours: ({ value }) => `آپ کی درجہ بندی: ${value}`,
  thanks: 'درجہ بندی کا شکریہ!',
  error: 'آپ کی درجہ بندی محفوظ نہیں ہو سکی۔ براہِ کرم دوبارہ کوشش کریں۔',
  rated: ({ item }) => `آپ کی درجہ بندی محفوظ ہو گئی: ${item}`,
  clear: 'درجہ بندی ختم کریں',
};

export const header: HeaderMessages = {
  breaking: 'تازہ ترین',
  live: 'براہِ راست',
  opinion: 'رائے',
};

export const byline: BylineMessages = {
  prefix: 'تحریر:',
  published: 'اشاعت',
  updated: 'آخری تازہ کاری',
};

export const readingTime: ReadingTimeMessages = {
  minutes: {
    other: (n) => `${n} منٹ کا مطالعہ`,
  },
};

export const scrollToTop: ScrollToTopMessages = {
  label: 'اوپر واپس جائیں',
};
