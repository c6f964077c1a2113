import type { Catalogue } from './types.js';

// Modern Standard Arabic. Counted nouns follow the number rules: 1 and 2 take no numeral
// (صوت واحد، صوتان), 3–10 a plural (أصوات), 11–99 an accusative singular (صوتًا), 100+ a genitive singular (صوت).

export const rating: Catalogue<'ar'>['rating'] = {
  label: 'تقييم القرّاء',
  empty: 'كن أول من يقيّم!',
  votes: {
    zero: () => 'لا أصوات',
    one: () => 'صوت واحد',
    two: () => 'صوتان',
    few: (n) => `${n} أصوات`,
    many: (n) => `${n} صوتًا`,
    other: (n) => `${n} صوت`,
  },
  average: ({ average, max }) => `${average} من ${max}`,
  summary: ({ average, max, votes }) => `التقييم ${average} من ${max}، ${votes}`,
  outOfStars: {
    zero: (n) => `${n} نجمة`,
    one: () => 'نجمة واحدة',
    two: () => 'نجمتين',
    few: (n) => `${n} نجوم`,
    many: (n) => `${n} نجمة`,
    other: (n) => `${n} نجمة`,
  },
  item: ({ value, outOf }) => `${value} من ${outOf}`,
  yours: ({ value }) => `تقييمك: ${value}`,
  thanks: 'شكرًا لتقييمك!',
  error: 'تعذّر حفظ تقييمك. يُرجى المحاولة مرة أخرى.',
  saving: 'جارٍ حفظ تقييمك…',
  notRated: 'لم يُقيَّم بعد',
  required: 'اختر تقييمًا قبل الإرسال.',
  rated: ({ item }) => `سُجّل تقييمك: ${item}`,
  clear: 'مسح التقييم',
};

export const header: Catalogue<'ar'>['header'] = {
  breaking: 'عاجل',
  live: 'مباشر',
  opinion: 'رأي',
};

export const byline: Catalogue<'ar'>['byline'] = {
  prefix: 'بقلم',
  published: 'نُشر',
  updated: 'آخر تحديث',
};

// Credits that are not writing take a label of their own, ending in a colon as Arab news pages
// print them ("تصوير: …"), never "بقلم … (تصوير)".
export const credits: Catalogue<'ar'>['credits'] = {
  photos: 'تصوير:',
  video: 'فيديو:',
  graphics: 'رسوم:',
  translation: 'ترجمة:',
  editing: 'تحرير:',
};

export const readingTime: Catalogue<'ar'>['readingTime'] = {
  minutes: {
    zero: () => 'أقل من دقيقة للقراءة',
    one: () => 'دقيقة واحدة للقراءة',
    two: () => 'دقيقتان للقراءة',
    few: (n) => `${n} دقائق للقراءة`,
    many: (n) => `${n} دقيقة للقراءة`,
    other: (n) => `${n} دقيقة للقراءة`,
  },
};

export const scrollToTop: Catalogue<'ar'>['scrollToTop'] = {
  label: 'العودة إلى الأعلى',
};
