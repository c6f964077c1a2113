import type { Catalogue } from './types.js';

// Hebrew: "one" and "two" read as words (קול אחד, שני קולות); plural imperatives address readers
// in the inclusive plural (נסו, היו), as Hebrew news sites do.

export const rating: Catalogue<'he'>['rating'] = {
  label: 'דירוג הקוראים',
  empty: 'היו הראשונים לדרג!',
  votes: {
    one: () => 'קול אחד',
    two: () => 'שני קולות',
    other: (n) => `${n} קולות`,
  },
  average: ({ average, max }) => `${average} מתוך ${max}`,
  summary: ({ average, max, votes }) => `דירוג ${average} מתוך ${max}, ${votes}`,
  outOfStars: {
    one: () => 'כוכב אחד',
    two: () => 'שני כוכבים',
    other: (n) => `${n} כוכבים`,
  },
  item: ({ value, outOf }) => `${value} מתוך ${outOf}`,
  yours: ({ value }) => `הדירוג שלך: ${value}`,
  thanks: 'תודה על הדירוג!',
  error: 'לא הצלחנו לשמור את הדירוג. נסו שוב.',
  saving: 'שומרים את הדירוג שלך…',
  notRated: 'טרם דורג',
  required: 'יש לבחור דירוג לפני השליחה.',
  rated: ({ item }) => `הדירוג שלך נשמר: ${item}`,
  clear: 'ניקוי הדירוג',
};

export const header: Catalogue<'he'>['header'] = {
  breaking: 'מבזק',
  live: 'בשידור חי',
  opinion: 'דעה',
};

export const byline: Catalogue<'he'>['byline'] = {
  prefix: 'מאת',
  published: 'פורסם',
  updated: 'עודכן',
};

// Credits that are not writing: a noun and a colon, as Hebrew news sites print them ("צילום: …").
export const credits: Catalogue<'he'>['credits'] = {
  photos: 'צילום:',
  video: 'וידאו:',
  graphics: 'גרפיקה:',
  translation: 'תרגום:',
  editing: 'עריכה:',
};

export const readingTime: Catalogue<'he'>['readingTime'] = {
  minutes: {
    one: () => 'דקת קריאה אחת',
    two: () => 'שתי דקות קריאה',
    other: (n) => `${n} דקות קריאה`,
  },
};

export const scrollToTop: Catalogue<'he'>['scrollToTop'] = {
  label: 'חזרה לראש הדף',
};
