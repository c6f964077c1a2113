import type { Catalogue } from './types.js';

// Urdu: "N میں سے M" puts the total first; nouns after میں سے take the oblique case, singular
// ستارے for one and plural ستاروں for more. In the direct case ووٹ and منٹ do not change with the
// number, so their `one` form is `other`'s with the numeral kept ("1 ووٹ" rather than "ایک ووٹ"):
// it reads as a count beside the others and follows the app's digits (1 or ۱).

export const rating: Catalogue<'ur'>['rating'] = {
  label: 'قارئین کی درجہ بندی',
  empty: 'درجہ بندی کرنے والے پہلے فرد بنیں!',
  votes: {
    one: (n) => `${n} ووٹ`,
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
  saving: 'آپ کی درجہ بندی محفوظ کی جا رہی ہے…',
  notRated: 'ابھی تک درجہ بندی نہیں ہوئی',
  required: 'بھیجنے سے پہلے درجہ بندی منتخب کریں۔',
  rated: ({ item }) => `آپ کی درجہ بندی محفوظ ہو گئی: ${item}`,
  clear: 'درجہ بندی ہٹائیں',
};

// "Breaking": اہم خبر ("important news"), in Urdu words. تازہ ترین means "latest" and labels a
// feed, not an urgent story. The loanword بریکنگ نیوز is also seen, mostly from television, but it
// is two English words in a badge the other languages keep to one, and an app can still choose it
// (messages.header.breaking).
export const header: Catalogue<'ur'>['header'] = {
  breaking: 'اہم خبر',
  live: 'براہِ راست',
  opinion: 'رائے',
};

// The date labels end in a colon, as Urdu news pages print them ("تاریخِ اشاعت: 16 مارچ، 2026"):
// the bare noun before a date read as a fragment.
export const byline: Catalogue<'ur'>['byline'] = {
  prefix: 'تحریر:',
  published: 'تاریخِ اشاعت:',
  updated: 'آخری تازہ کاری:',
};

export const credits: Catalogue<'ur'>['credits'] = {
  photos: 'تصاویر:',
  video: 'ویڈیو:',
  graphics: 'گرافکس:',
  translation: 'ترجمہ:',
  editing: 'ادارت:',
};

export const readingTime: Catalogue<'ur'>['readingTime'] = {
  minutes: {
    one: (n) => `${n} منٹ کا مطالعہ`,
    other: (n) => `${n} منٹ کا مطالعہ`,
  },
};

export const scrollToTop: Catalogue<'ur'>['scrollToTop'] = {
  label: 'اوپر واپس جائیں',
};
