import { readCalendar, readTimeZone } from '../../core/dates.js';
import { getDateTimeFormat, getRelativeTimeFormat } from '../../core/intl.js';
import { formattingLocale, type NumberingSystem } from '../../core/locale.js';
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

function dateFormat(settings: DateSettings, options: Intl.DateTimeFormatOptions, calendar = settings.calendar) {
  const { locale, timeZone, numberingSystem } = settings;
  return getDateTimeFormat(locale, {
    ...options,
    timeZone,
    ...(numberingSystem ? { numberingSystem } : null),
    ...(calendar ? { calendar } : null),
  });
}

/** The instant in one of the absolute formats. */
export function formatAbsolute(date: Date, format: Exclude<TimestampFormat, 'relative'>, settings: DateSettings): string {
  return dateFormat(settings, ABSOLUTE[format]).format(date);
}

/** The full date and time, for the title of a relative time. */
export function formatFull(date: Date, settings: DateSettings): string {
  return dateFormat(settings, FULL).format(date);
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
): string | null {
  if (!calendar || format === 'time' || format === 'relative') return null;
  if (dateFormat(settings, ABSOLUTE.date).resolvedOptions().calendar === calendar) return null;
  return dateFormat(settings, ABSOLUTE.date, calendar).format(date);
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

/**
 * "قبل ٣ ساعات", "الآن", "in 2 days": the distance from `now` in the largest whole unit, worded
 * by CLDR through Intl.RelativeTimeFormat. Under a minute either way is "now".
 */
export function formatRelative(dateMs: number, nowMs: number, locale: string, numberingSystem?: NumberingSystem): string {
  const diff = dateMs - nowMs;
  const unit = unitOf(Math.abs(diff));
  const system = numberingSystem ? { numberingSystem } : null;
  if (!unit) return getRelativeTimeFormat(locale, { numeric: 'auto', ...system }).format(0, 'second');
  // numeric 'always': 'auto' would say "yesterday" for 25 hours ago, which may be two days back.
  const count = Math.floor(Math.abs(diff) / unit[1]);
  const parts = getRelativeTimeFormat(locale, { numeric: 'always', ...system }).formatToParts(diff < 0 ? -count : count, unit[0]);
  return withoutEchoedCount(parts);
}

const OPENS_PAREN = /\s*\($/;

/**
 * Joins the parts, dropping a count that the pattern repeats in parentheses after a word that
 * already says it. CLDR's Hebrew patterns for one and two do this ("לפני שעתיים (2)", "לפני יום
 * אחד (1)", "לפני שבועיים (2)": CLDR 48, ICU 78), and no Hebrew publication prints it. The shape
 * is matched, not the language: a literal ending in " (", the number, a literal starting with ")".
 */
function withoutEchoedCount(parts: readonly Intl.RelativeTimeFormatPart[]): string {
  let text = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.type === 'literal' && OPENS_PAREN.test(part.value)) {
      let end = i + 1;
      while (parts[end]?.type === 'integer' || parts[end]?.type === 'group') end++;
      const close = parts[end];
      if (end > i + 1 && close?.type === 'literal' && close.value.startsWith(')')) {
        text += part.value.replace(OPENS_PAREN, '') + close.value.slice(1);
        i = end;
        continue;
      }
    }
    text += part.value;
  }
  return text;
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
