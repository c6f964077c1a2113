import type { Catalogue } from './types.js';

// Persian: a counted noun stays singular after a numeral (۱ رأی، ۳ رأی، ۵ ستاره), so the `one` form
// reads like `other`. It keeps the numeral rather than the word یک ("یک رأی") because CLDR's
// Persian `one` is `i = 0 or n = 1`: it also serves 0 and 0.5, and "یک رأی" for no votes would lie.
// The numeral also follows the app's digits (۱ or 1), as every other count does.

export const rating: Catalogue<'fa'>['rating'] = {
  label: 'امتیاز خوانندگان',
  empty: 'نخستین امتیازدهنده باشید!',
  votes: {
    one: (n) => `${n} رأی`,
    other: (n) => `${n} رأی`,
  },
  average: ({ average, max }) => `${average} از ${max}`,
  summary: ({ average, max, votes }) => `امتیاز ${average} از ${max}، ${votes}`,
  outOfStars: {
    one: (n) => `${n} ستاره`,
    other: (n) => `${n} ستاره`,
  },
  item: ({ value, outOf }) => `${value} از ${outOf}`,
  yours: ({ value }) => `امتیاز شما: ${value}`,
  thanks: 'از امتیاز شما سپاسگزاریم!',
  error: 'ذخیرهٔ امتیاز شما ممکن نشد. لطفاً دوباره تلاش کنید.',
  saving: 'در حال ذخیرهٔ امتیاز شما…',
  notRated: 'هنوز امتیازی داده نشده است',
  required: 'پیش از ارسال، امتیازی انتخاب کنید.',
  rated: ({ item }) => `امتیاز شما ثبت شد: ${item}`,
  clear: 'پاک کردن امتیاز',
};

export const header: Catalogue<'fa'>['header'] = {
  breaking: 'فوری',
  live: 'زنده',
  opinion: 'دیدگاه',
};

// The date labels end in a colon, as Persian news pages print them ("تاریخ انتشار: ۲۵ اسفند ۱۴۰۴"):
// the bare noun before a date read as a fragment.
export const byline: Catalogue<'fa'>['byline'] = {
  prefix: 'نوشتهٔ',
  published: 'تاریخ انتشار:',
  updated: 'آخرین به‌روزرسانی:',
};

export const credits: Catalogue<'fa'>['credits'] = {
  photos: 'عکس:',
  video: 'ویدیو:',
  graphics: 'گرافیک:',
  translation: 'ترجمه:',
  editing: 'ویرایش:',
};

export const readingTime: Catalogue<'fa'>['readingTime'] = {
  minutes: {
    one: (n) => `${n} دقیقه مطالعه`,
    other: (n) => `${n} دقیقه مطالعه`,
  },
};

export const scrollToTop: Catalogue<'fa'>['scrollToTop'] = {
  label: 'بازگشت به بالای صفحه',
};
