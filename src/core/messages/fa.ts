import type { BylineMessages, HeaderMessages, RatingMessages, ReadingTimeMessages, ScrollToTopMessages } from './types.js';

// Persian: a counted noun stays singular after a numeral (۳ رأی، ۵ ستاره), so one form serves all counts.

export const rating: RatingMessages = {
  label: 'امتیاز خوانندگان',
  empty: 'نخستین امتیازدهنده باشید!',
  votes: {
    other: (n) => `${n} رأی`,
  },
  average: ({ average, max }) => `${average} از ${max}`,
  summary: ({ average, max, votes }) => `امتیاز ${average} از ${max}، ${votes}`,
  outOfStars: {
    other: (n) => `${n} ستاره`,
  },
  item: ({ value, outOf }) => `${value} از ${outOf}`,
  yours: ({ value }) => `امتیاز شما: ${value}`,
  thanks: 'از امتیاز شما سپاسگزاریم!',
  error: 'ذخیرهٔ امتیاز شما ممکن نشد. لطفاً دوباره تلاش کنید.',
  rated: ({ item }) => `امتیاز شما ثبت شد: ${item}`,
  clear: 'پاک کردن امتیاز',
};

export const header: HeaderMessages = {
  breaking: 'فوری',
  live: 'زنده',
  opinion: 'دیدگاه',
};

export const byline: BylineMessages = {
  prefix: 'نوشتهٔ',
  published: 'انتشار',
  updated: 'آخرین به‌روزرسانی',
};

export const readingTime: ReadingTimeMessages = {
  minutes: {
    other: (n) => `${n} دقیقه مطالعه`,
  },
};

export const scrollToTop: ScrollToTopMessages = {
  label: 'بازگشت به بالای صفحه',
};
