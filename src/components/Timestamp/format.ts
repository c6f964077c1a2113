import { readCalendar, readTimeZone } from '../../core/dates.js';
import { formatToPartsWith, formatWith, getDateTimeFormat, getRelativeTimeFormat, remembered, resolvedOptionsOf } from '../../core/intl.js';
import { catalogueLanguage, formattingLocale, type CatalogueLanguage, type NumberingSystem } from '../../core/locale.js';
import { readNumberingSystem } from '../../core/sanitize.js';
import type { MaqalSettings } from '../../core/settings.js';
import { warnOnce } from '../../core/warn.js';

/** How a Timestamp shows its instant. */
export type TimestampFormat = 'date' | 'datetime' | 'time' | 'relative';

const FORMATS = new Set<string>(['date', 'datetime', 'time', 'relative']);

const ABSOLUTE: Record<Exclude<TimestampFormat, 'relative'>, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'long' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};
/** The full date shown in the title of a relative time. */
const FULL: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeStyle: 'short' };
const FULL_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'full' };

export function readFormat(value: unknown): TimestampFormat {
  if (value === undefined || value === null) return 'datetime';
  if (typeof value === 'string' && FORMATS.has(value)) return value as TimestampFormat;
  if (process.env.NODE_ENV !== 'production') warnOnce(`Timestamp format must be 'date', 'datetime', 'time' or 'relative'; got ${String(value)}. 'datetime' was used.`);
  return 'datetime';
}

export interface DateSettings {
  locale: string;
  timeZone: string;
  numberingSystem: NumberingSystem | undefined;
  calendar: string | undefined;
}

/** A prop counts as given unless it is missing or empty; an empty CMS field does not beat the provider. */
const given = <T,>(value: T | null | undefined | ''): value is T => value !== undefined && value !== null && value !== '';

/**
 * What a Timestamp formats with: each of locale, time zone, digits and calendar from its prop when
 * given, else the provider's, else the defaults (Arabic, UTC with a warning). One reading for the
 * static Timestamp and the relative one, so the same props mean the same thing in both.
 */
export function dateSettings(
  props: { locale?: unknown; timeZone?: unknown; numberingSystem?: unknown; calendar?: unknown },
  provider: MaqalSettings,
): DateSettings {
  return {
    locale: formattingLocale(given(props.locale) ? props.locale : provider.locale),
    timeZone: readTimeZone(given(props.timeZone) ? props.timeZone : provider.timeZone),
    numberingSystem: readNumberingSystem(given(props.numberingSystem) ? props.numberingSystem : provider.numberingSystem, 'Timestamp numberingSystem'),
    calendar: readCalendar(given(props.calendar) ? props.calendar : provider.calendar, 'Timestamp calendar'),
  };
}

/*
 * Time options per language where CLDR's clock is not what that language's news sites print. CLDR
 * gives Urdu a 12-hour clock with the Latin "AM"/"PM" ("4:35 PM" inside Urdu text); Pakistani news
 * sites print either Urdu day-period words or a 24-hour clock, and the 24-hour clock is the one
 * Intl can give in every engine without a word of ours ("16:35").
 */
const CLOCK: Partial<Record<CatalogueLanguage, Intl.DateTimeFormatOptions>> = { ur: { hourCycle: 'h23' } };

/*
 * The formatters dateFormat gave, by options object (always one of this module's constants) and
 * settings: a page prints the same few dates with the same settings on every render, and this
 * skips building the merged options, and the intl cache's key for them, each time. Bounded per
 * options object like a formatter's outputs: the settings can come from each request.
 */
const dateFormats: WeakMap<object, Map<string, Intl.DateTimeFormat>> = new WeakMap();

function dateFormat(settings: DateSettings, options: Intl.DateTimeFormatOptions, calendar = settings.calendar) {
  const { locale, timeZone, numberingSystem } = settings;
  return remembered(dateFormats, options, `${locale}|${timeZone}|${numberingSystem ?? ''}|${calendar ?? ''}`, () => {
    const clock = options.timeStyle || options.hour ? CLOCK[catalogueLanguage(locale)] : undefined;
    return getDateTimeFormat(locale, {
      ...options,
      ...clock,
      timeZone,
      ...(numberingSystem ? { numberingSystem } : null),
      ...(calendar ? { calendar } : null),
    });
  });
}

/** How the date is written beyond the locale's defaults; each is off unless asked for. */
export interface DateExtras {
  /** Era after the year ("2026 م", "1448 هـ"), for pages that print two calendars. */
  era?: boolean;
  /** The Levantine month name after the other one ("نوفمبر/تشرين الثاني"); Arabic and Gregorian only. */
  bothMonthNames?: boolean;
}

// What dateStyle 'long' asks for, as components, so that an era can be added (Intl allows no era
// with dateStyle). The two give the same pattern in every locale maqal ships.
const LONG_DATE_WITH_ERA: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', era: 'short' };

/*
 * Arabic has two sets of Gregorian month names. CLDR gives Egypt, the Gulf and `ar` the names taken
 * from Latin (نوفمبر), the Maghreb its own forms (نونبر), and the Levant and Iraq the Syriac ones
 * (تشرين الثاني); pan-Arab outlets print two ("نوفمبر/تشرين الثاني"), the reader's own first.
 */
const monthName = (tag: string, date: Date, timeZone: string) =>
  formatWith(getDateTimeFormat(tag, { month: 'long', timeZone, calendar: 'gregory' }), date);

/** The date alone, as `format="date"` shows it, with the extras asked for. */
function formatDate(date: Date, settings: DateSettings, extras: DateExtras, calendar = settings.calendar): string {
  const format = dateFormat(settings, extras.era ? LONG_DATE_WITH_ERA : ABSOLUTE.date, calendar);
  if (!extras.bothMonthNames || catalogueLanguage(settings.locale) !== 'ar' || resolvedOptionsOf(format).calendar !== 'gregory') {
    return formatWith(format, date);
  }
  const syriac = monthName('ar-SY', date, settings.timeZone);
  return formatToPartsWith(format, date)
    .map(({ type, value }) => {
      if (type !== 'month') return value;
      const other = value === syriac ? monthName('ar', date, settings.timeZone) : syriac;
      return other === value ? value : `${value}/${other}`;
    })
    .join('');
}

/*
 * The words between a date and its time when maqal joins them itself (a Hijri date placed between
 * them): CLDR's own glue in each language's medium date-time pattern ("{1}، {0}" in Arabic,
 * Persian and Urdu, "{1}, {0}" in Hebrew and English; test/language.test.ts checks the two agree).
 */
const DATE_TIME_GLUE: Record<CatalogueLanguage, string> = { ar: '، ', fa: '، ', ur: '، ', he: ', ', en: ', ' };

/** The pieces of an absolute Timestamp: the date, a second calendar's date beside it, the time. */
export interface AbsoluteParts {
  /** The whole text when nothing goes between date and time (no second calendar, or format="time"). */
  text: string;
  /** With a second calendar: the text before it, the second date (without parentheses), and the text after. */
  secondary?: { before: string; date: string; after: string };
}

/**
 * The instant in one of the absolute formats. A second calendar's date goes right after the main
 * date, before the time, where Arab news sites print it ("28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)،
 * 4:35 م"): after the time it would read as belonging to it.
 */
export function formatAbsoluteParts(
  date: Date,
  format: Exclude<TimestampFormat, 'relative'>,
  settings: DateSettings,
  secondaryCalendar?: string,
  extras: DateExtras = {},
): AbsoluteParts {
  const secondary = formatSecondary(date, format, secondaryCalendar, settings, extras);
  const plain = !extras.era && !extras.bothMonthNames;
  if (format === 'time' || (secondary === null && plain)) return { text: formatAbsolute(date, format, settings) };
  const day = formatDate(date, settings, extras);
  if (format === 'date') return secondary === null ? { text: day } : { text: day, secondary: { before: day, date: secondary, after: '' } };
  if (secondary === null) {
    // era / both month names with a time: CLDR's long date-time pattern, with maqal's date in it.
    const long = formatAbsolute(date, 'date', settings);
    const whole = formatAbsolute(date, 'datetime', settings);
    return { text: whole.includes(long) ? whole.replace(long, day) : `${day}${DATE_TIME_GLUE[catalogueLanguage(settings.locale)]}${formatAbsolute(date, 'time', settings)}` };
  }
  const after = `${DATE_TIME_GLUE[catalogueLanguage(settings.locale)]}${formatAbsolute(date, 'time', settings)}`;
  return { text: `${day} (${secondary})${after}`, secondary: { before: day, date: secondary, after } };
}

/** The instant in one of the absolute formats, as CLDR writes it for the locale. */
export function formatAbsolute(date: Date, format: Exclude<TimestampFormat, 'relative'>, settings: DateSettings): string {
  return formatWith(dateFormat(settings, ABSOLUTE[format]), date);
}

/** The date-time fields a full-date pattern is given, each already formatted by Intl. */
interface FullDateFields {
  weekday: string;
  day: string;
  month: string;
  year: string;
  /** The era when the calendar's full date writes one; '' otherwise. */
  era: string;
  time: string;
}

/*
 * Full-date patterns where CLDR's is wrong. Persian in the Persian calendar (fa's default) has no
 * full pattern in CLDR 48 and gets the root fallback with a Latin comma, year first and the weekday
 * last ("۱۴۰۵ آذر ۷, شنبه ساعت ۱۶:۳۵"); asking for weekday, day, month and year as separate options
 * gives the same. Iranian news sites print weekday, day, month, year, then the time after a
 * Persian comma and "ساعت". So the fields come from Intl (formatToParts: the digits, calendar and
 * month names stay Intl's) and only their order and the words between them are ours.
 */
const FULL_PATTERNS: Partial<Record<CatalogueLanguage, (fields: FullDateFields) => string>> = {
  fa: ({ weekday, day, month, year, era, time }) => `${weekday} ${day} ${month} ${year}${era && ` ${era}`}، ساعت ${time}`,
};

/** The full date and time, for the title of a relative time. */
export function formatFull(date: Date, settings: DateSettings): string {
  const pattern = FULL_PATTERNS[catalogueLanguage(settings.locale)];
  const fields: Record<string, string> = { time: formatAbsolute(date, 'time', settings) };
  if (pattern) for (const { type, value } of formatToPartsWith(dateFormat(settings, FULL_DATE), date)) fields[type] ??= value;
  const { weekday, day, month, year } = fields;
  // No pattern, or a calendar whose full date lacks one of the fields (none Intl ships): CLDR's own.
  return pattern && weekday && day && month && year ? pattern({ ...fields, era: fields.era ?? '' } as FullDateFields) : formatWith(dateFormat(settings, FULL), date);
}

/**
 * The date in a second calendar ("26 رمضان 1447 هـ"), or null when the primary calendar is
 * already that one (calendar="islamic-umalqura" twice) or the format shows no date.
 */
export function formatSecondary(
  date: Date,
  format: TimestampFormat,
  calendar: string | undefined,
  settings: DateSettings,
  extras: DateExtras = {},
): string | null {
  if (!calendar || format === 'time' || format === 'relative') return null;
  if (resolvedOptionsOf(dateFormat(settings, ABSOLUTE.date)).calendar === calendar) return null;
  return formatDate(date, settings, { era: extras.era }, calendar);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Largest unit first. A relative time counts whole units that have passed (floor): 59 minutes
// stay minutes, 60 become "an hour ago".
const UNITS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

function unitOf(distance: number): readonly [Intl.RelativeTimeFormatUnit, number] | undefined {
  return UNITS.find(([, size]) => distance >= size);
}

/** One narrow change to CLDR's relative-time wording in one language (RELATIVE_CORRECTIONS). */
interface RelativeCorrection {
  /** Only for this count (whatever the digits), else any. */
  count?: number;
  /** Only for this unit, else any. */
  unit?: Intl.RelativeTimeFormatUnit;
  /** Only in the past ("… ago"), else both directions. */
  past?: boolean;
  /** Matched in the pattern's own words (the literal parts), never in the number. */
  from: RegExp;
  to: string;
}

/*
 * Where CLDR's relative times differ from what news sites in the language print: each entry names
 * the exact CLDR wording it corrects, and test/language.test.ts asserts both that wording (so a CLDR
 * change in Node or a browser shows up) and the result. An entry that finds nothing to match (a
 * newer CLDR, another engine) changes nothing. Anything not listed here is CLDR's, word for word.
 *
 * Arabic: "قبل", not "منذ". Both are common on Arab news sites, but a timestamp names a point in the
 * past, which is what "قبل" means ("نُشر قبل ساعة", published an hour ago); "منذ" with a length of
 * time means "for, since" and also reads as a span lasting until now ("منذ ساعة", for the past
 * hour), the sense careful editors keep it for. "قبل" is also CLDR's word, so every engine already
 * prints it and no word is replaced. What is corrected is the numeral adjective CLDR adds after one
 * unit: "قبل دقيقة واحدة", "قبل ساعة واحدة", "قبل يوم واحد". The singular already says one (as the dual
 * "قبل يومين" says two, where CLDR adds nothing), and news sites print "قبل دقيقة", "قبل ساعة",
 * "قبل يوم"; "واحد" after the noun is emphasis ("just one day").
 *
 * Hebrew: likewise "לפני יום אחד" (after the echoed "(1)" goes, below) is "לפני יום", as CLDR itself
 * writes the other units ("לפני דקה", "לפני שעה", "לפני שבוע") and the future ("בעוד יום").
 *
 * Urdu: after a numeral a noun before پہلے ("ago") stays in the direct case, "2 دن پہلے", "3 دن پہلے",
 * as Pakistani news sites print; CLDR has the oblique plural "2 دنوں پہلے", which belongs before a
 * postposition ("2 دنوں میں", in two days, left as CLDR has it). Hours, weeks, months and years
 * already take the direct case in CLDR ("2 گھنٹے پہلے").
 *
 * Persian ("۱ روز پیش", "۲ روز پیش") and English ("1 day ago") are as news sites print them.
 */
const RELATIVE_CORRECTIONS: Partial<Record<CatalogueLanguage, readonly RelativeCorrection[]>> = {
  ar: [{ count: 1, from: / واحدة?(?=\s|$)/u, to: '' }],
  he: [{ count: 1, unit: 'day', from: / אחד(?=\s|$)/u, to: '' }],
  ur: [{ unit: 'day', past: true, from: /دنوں(?= پہلے)/u, to: 'دن' }],
};

/**
 * "قبل ٣ ساعات", "الآن", "in 2 days": the distance from `now` in the largest whole unit, worded
 * by CLDR through Intl.RelativeTimeFormat, with RELATIVE_CORRECTIONS applied to the pattern's
 * words. Under a minute either way is "now".
 */
export function formatRelative(dateMs: number, nowMs: number, locale: string, numberingSystem?: NumberingSystem): string {
  const diff = dateMs - nowMs;
  const unit = unitOf(Math.abs(diff));
  const system = numberingSystem ? { numberingSystem } : null;
  if (!unit) return getRelativeTimeFormat(locale, { numeric: 'auto', ...system }).format(0, 'second');
  // numeric 'always': 'auto' would say "yesterday" for 25 hours ago, which may be two days back.
  const count = Math.floor(Math.abs(diff) / unit[1]);
  const parts = withoutEchoedCount(getRelativeTimeFormat(locale, { numeric: 'always', ...system }).formatToParts(diff < 0 ? -count : count, unit[0]));
  const corrections = (RELATIVE_CORRECTIONS[catalogueLanguage(locale)] ?? []).filter(
    (c) => (c.count === undefined || c.count === count) && (c.unit === undefined || c.unit === unit[0]) && (!c.past || diff < 0),
  );
  let text = '';
  for (const part of parts) text += part.type === 'literal' ? corrections.reduce((words, c) => words.replace(c.from, c.to), part.value) : part.value;
  return text;
}

const OPENS_PAREN = /\s*\($/;

/**
 * The parts without a count that the pattern repeats in parentheses after a word that already
 * says it. CLDR's Hebrew patterns for one and two do this ("לפני שעתיים (2)", "לפני יום אחד (1)",
 * "לפני שבועיים (2)": CLDR 48, ICU 78), and no Hebrew publication prints it. The shape is matched,
 * not the language: a literal ending in " (", the number, a literal starting with ")".
 */
function withoutEchoedCount(parts: readonly Intl.RelativeTimeFormatPart[]): Intl.RelativeTimeFormatPart[] {
  const result: Intl.RelativeTimeFormatPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'literal' && OPENS_PAREN.test(part.value)) {
      let end = i + 1;
      while (parts[end]?.type === 'integer' || parts[end]?.type === 'group') end++;
      const close = parts[end];
      if (end > i + 1 && close?.type === 'literal' && close.value.startsWith(')')) {
        result.push({ type: 'literal', value: part.value.replace(OPENS_PAREN, '') + close.value.slice(1) });
        i = end;
        continue;
      }
    }
    result.push(part);
  }
  return result;
}

/**
 * Milliseconds until the relative wording of `dateMs` next changes: the next whole minute in the
 * first hour, the next whole hour after that, and never more than an hour (so a page left open
 * for days still moves on), never less than a second.
 */
export function msUntilChange(dateMs: number, nowMs: number): number {
  const diff = dateMs - nowMs;
  const distance = Math.abs(diff);
  const size = unitOf(distance)?.[1] ?? MINUTE;
  // In the past the distance grows to the next multiple; in the future it shrinks to the previous.
  const next = diff <= 0 ? size - (distance % size) : (distance % size) + 1;
  return Math.min(HOUR, Math.max(SECOND, next));
}
