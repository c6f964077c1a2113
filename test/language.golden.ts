/*
 * Golden strings of issue 16 (language pass): what a reader of Arabic, Hebrew, Persian, Urdu and
 * English news copy expects to see, reviewed by a person. Shared by test/language.test.tsx (jsdom,
 * Node's ICU) and test/language.browser.test.tsx (Chromium's own ICU): browsers ship their own CLDR
 * data, and these strings must come out the same in both.
 *
 * Sources, for each table:
 * - CLDR 48 (Node 20's ICU 78): the wording maqal starts from, quoted where maqal departs from it.
 * - What news sites in each language print, described, never copied: Arab news sites (pan-Arab
 *   channels' sites, Saudi, Egyptian and Levantine dailies online) write Western digits and "قبل"
 *   plus a bare singular for one unit ("an hour ago" as preposition + "hour"); Israeli sites write
 *   "לפני" plus a bare singular or a dual; Iranian sites write the numeral with a singular noun and
 *   "پیش" in Persian digits, and date lines as weekday, day, month name, year, then "ساعت" and the
 *   time; Pakistani Urdu sites write the numeral, the direct-case noun and "پہلے", Western digits,
 *   and a 24-hour clock or Urdu day-period words, never a Latin "PM".
 */

/** The instant every golden date is written for: 16:35 UTC on Saturday 28 November 2026 (7 Azar 1405, 18 Jumada II 1448). */
export const INSTANT = '2026-11-28T16:35:00Z';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Distances into the past for the relative-time table, in its column order. */
export const DISTANCES = { '1 minute': MINUTE, '1 hour': HOUR, '1 day': DAY, '2 days': 2 * DAY } as const;

/** Relative times into the past: 1 minute, 1 hour, 1 day, 2 days. */
export const RELATIVE: Record<'ar' | 'he' | 'fa' | 'ur' | 'en', readonly [string, string, string, string]> = {
  // CLDR: "قبل دقيقة واحدة", "قبل ساعة واحدة", "قبل يوم واحد", "قبل يومين". News sites: no "واحد(ة)".
  ar: ['قبل دقيقة', 'قبل ساعة', 'قبل يوم', 'قبل يومين'],
  // CLDR: "לפני דקה (1)", "לפני שעה (1)", "לפני יום אחד (1)", "לפני יומיים (2)".
  he: ['לפני דקה', 'לפני שעה', 'לפני יום', 'לפני יומיים'],
  // CLDR, unchanged: Persian digits, singular noun after a numeral.
  fa: ['۱ دقیقه پیش', '۱ ساعت پیش', '۱ روز پیش', '۲ روز پیش'],
  // CLDR: "2 دنوں پہلے" (oblique plural). Direct case before پہلے.
  ur: ['1 منٹ پہلے', '1 گھنٹہ پہلے', '1 دن پہلے', '2 دن پہلے'],
  en: ['1 minute ago', '1 hour ago', '1 day ago', '2 days ago'],
};

/** Digits each locale writes by default: a count (12,500) and a date (28 November 2026, UTC). */
export const DIGITS: ReadonlyArray<readonly [locale: string, number: string, date: string]> = [
  // CLDR gives ar-EG, ar-SA and ar-LB Arabic-Indic digits (١٢٬٥٠٠); Arab news sites print 12,500.
  ['ar', '12,500', '28 نوفمبر 2026'],
  ['ar-EG', '12,500', '28 نوفمبر 2026'],
  ['ar-SA', '12,500', '28 نوفمبر 2026'],
  // The Levant keeps its Syriac month names, and Lebanon CLDR's separators for Western digits (12.500).
  ['ar-LB', '12.500', '28 تشرين الثاني 2026'],
  // Persian keeps Persian digits and the Persian calendar (CLDR; Iranian news sites).
  ['fa', '۱۲٬۵۰۰', '۷ آذر ۱۴۰۵'],
  // Urdu: Western digits (CLDR for ur and ur-PK; Pakistani news sites). CLDR's comma after the month.
  ['ur', '12,500', '28 نومبر، 2026'],
  ['ur-PK', '12,500', '28 نومبر، 2026'],
];

/** The full date and time: a relative Timestamp's tooltip (title), in UTC. */
export const FULL_DATE: Record<'ar' | 'he' | 'fa' | 'ur' | 'en', string> = {
  ar: 'السبت، 28 نوفمبر 2026 في 4:35 م',
  he: 'יום שבת, 28 בנובמבר 2026 בשעה 16:35',
  // CLDR: "۱۴۰۵ آذر ۷, شنبه ساعت ۱۶:۳۵" (root fallback: Latin comma, year first, weekday last).
  fa: 'شنبه ۷ آذر ۱۴۰۵، ساعت ۱۶:۳۵',
  // CLDR: "… کو 4:35 PM". A 24-hour clock.
  ur: 'ہفتہ، 28 نومبر، 2026 کو 16:35',
  en: 'Saturday, November 28, 2026 at 4:35 PM',
};

/** Absolute Timestamps with a second calendar and the date options, in UTC. */
export const DATES: ReadonlyArray<readonly [what: string, props: Record<string, unknown>, text: string]> = [
  // CLDR's date-time pattern puts the Hijri date after the time; it belongs beside the Gregorian one.
  ['ar datetime + Hijri', { locale: 'ar', secondaryCalendar: 'islamic-umalqura' }, '28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)، 4:35 م'],
  ['ar date + Hijri', { locale: 'ar', format: 'date', secondaryCalendar: 'islamic-umalqura' }, '28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)'],
  ['ar datetime + Hijri, era marks', { locale: 'ar', secondaryCalendar: 'islamic-umalqura', era: true }, '28 نوفمبر 2026 م (18 جمادى الآخرة 1448 هـ)، 4:35 م'],
  ['ar date, both month names', { locale: 'ar', format: 'date', bothMonthNames: true }, '28 نوفمبر/تشرين الثاني 2026'],
  ['ar-LB date, both month names', { locale: 'ar-LB', format: 'date', bothMonthNames: true }, '28 تشرين الثاني/نوفمبر 2026'],
  ['ar datetime, both month names', { locale: 'ar', bothMonthNames: true }, '28 نوفمبر/تشرين الثاني 2026 في 4:35 م'],
  ['ar datetime, Arabic-Indic digits one setting away', { locale: 'ar-EG', numberingSystem: 'arab' }, '٢٨ نوفمبر ٢٠٢٦ في ٤:٣٥ م'],
  ['he datetime + Hijri', { locale: 'he', secondaryCalendar: 'islamic-umalqura' }, '28 בנובמבר 2026 (18 בג׳ומאדא א-ת׳אניה 1448 הג׳רה), 16:35'],
  ['fa datetime', { locale: 'fa' }, '۷ آذر ۱۴۰۵ ساعت ۱۶:۳۵'],
  ['ur datetime', { locale: 'ur' }, '28 نومبر، 2026 کو 16:35'],
  ['ur time', { locale: 'ur', format: 'time' }, '16:35'],
  ['en datetime + Hijri', { locale: 'en', secondaryCalendar: 'islamic-umalqura' }, 'November 28, 2026 (Jumada II 18, 1448 AH), 4:35 PM'],
  // Both month names are Arabic only: nothing changes elsewhere.
  ['en date, both month names (ignored)', { locale: 'en', format: 'date', bothMonthNames: true }, 'November 28, 2026'],
];

/** Names joined in a byline, 1 to 4, mixing scripts: the authors' text as a reader sees it. */
export const LISTS: Record<'ar' | 'he' | 'fa' | 'ur' | 'en', { names: readonly string[]; text: readonly [string, string, string, string] }> = {
  // CLDR joins "و" to every name ("وOmar Al-Fassi"); before a name not in Arabic script, a space.
  ar: {
    names: ['ليلى حداد', 'Omar Al-Fassi', 'نور الهدى بن علي', 'Sara Cohen'],
    text: [
      'بقلم ليلى حداد',
      'بقلم ليلى حداد و Omar Al-Fassi',
      'بقلم ليلى حداد و Omar Al-Fassi ونور الهدى بن علي',
      'بقلم ليلى حداد و Omar Al-Fassi ونور الهدى بن علي و Sara Cohen',
    ],
  },
  // CLDR's Hebrew already writes "ו-" before a name not in Hebrew script, and "ו" joined before one that is.
  he: {
    names: ['נועה לוי', 'Omar Al-Fassi', 'דוד כהן', 'ليلى حداد'],
    text: ['מאת נועה לוי', 'מאת נועה לוי ו-Omar Al-Fassi', 'מאת נועה לוי, Omar Al-Fassi ודוד כהן', 'מאת נועה לוי, Omar Al-Fassi, דוד כהן ו-ليلى حداد'],
  },
  // CLDR: "…، و سارا احمدی" (a comma before "و"); Persian usage has none. CLDR's RLM after each comma stays.
  fa: {
    names: ['مریم رضایی', 'Omar Al-Fassi', 'سارا احمدی', 'Leila Haddad'],
    text: [
      'نوشتهٔ مریم رضایی',
      'نوشتهٔ مریم رضایی و Omar Al-Fassi',
      'نوشتهٔ مریم رضایی،\u200f Omar Al-Fassi و سارا احمدی',
      'نوشتهٔ مریم رضایی،\u200f Omar Al-Fassi،\u200f سارا احمدی و Leila Haddad',
    ],
  },
  // CLDR: "…، اور بلال احمد"; Urdu usage has no comma before "اور".
  ur: {
    names: ['عائشہ خان', 'Omar Al-Fassi', 'بلال احمد', 'Leila Haddad'],
    text: ['تحریر: عائشہ خان', 'تحریر: عائشہ خان اور Omar Al-Fassi', 'تحریر: عائشہ خان، Omar Al-Fassi اور بلال احمد', 'تحریر: عائشہ خان، Omar Al-Fassi، بلال احمد اور Leila Haddad'],
  },
  // CLDR's American English, serial comma included: unchanged.
  en: {
    names: ['Leila Haddad', 'عمر الفاسي', 'Noor Ali', 'נועה לוי'],
    text: ['Leila Haddad', 'Leila Haddad and عمر الفاسي', 'Leila Haddad, عمر الفاسي, and Noor Ali', 'Leila Haddad, عمر الفاسي, Noor Ali, and נועה לוי'],
  },
};

/** The label each catalogue gives a photographer's credit (news sites: a noun and a colon before the name). */
export const PHOTO_CREDIT: Record<'ar' | 'he' | 'fa' | 'ur' | 'en', string> = {
  ar: 'تصوير:',
  he: 'צילום:',
  fa: 'عکس:',
  ur: 'تصاویر:',
  en: 'Photos:',
};
