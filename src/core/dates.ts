import { formatToPartsWith, getDateTimeFormat } from './intl.js';
import { recentResults } from './recent.js';
import { describeValue as describe, warnOnce } from './warn.js';

/*
 * Dates and time zones, read the same way on every server and in every browser.
 *
 * `new Date(string)` depends on two things a server and a browser do not share: the process's
 * time zone, which decides what an ISO string *without* an offset means (ECMA-262 reads
 * "2026-11-30T21:30:00" as local time), and the engine, which may read any other form however it
 * likes ("30 Nov 2026 21:30", "11/30/2026": ECMA-262's Date.parse leaves them implementation-defined).
 * So maqal never hands a string to `Date`. It reads ISO 8601 / RFC 3339 itself, takes a string
 * without an offset as wall-clock time in the component's `timeZone` (else UTC), and rejects
 * everything else with a development warning instead of guessing.
 */

const MS_PER_DAY = 86_400_000;
// ECMA-262 (Time Values and Time Range): a time value is at most 8.64e15 ms either side of the epoch.
const MAX_TIME = 8.64e15;

/*
 * ECMA-262's Date Time String Format (YYYY, YYYY-MM or YYYY-MM-DD, then optionally
 * THH:mm, THH:mm:ss or THH:mm:ss.sss and Z or ±HH:mm; expanded years ±YYYYYY), widened to what
 * RFC 3339 §5.6 and CMSes write: a space for the T ("2026-11-30 21:30:00", WordPress's and MySQL's
 * DATETIME), lower-case t and z, any number of fraction digits, a comma as the decimal sign
 * (ISO 8601), ±HHMM and ±HH offsets (ISO 8601 basic format), and one space before the offset
 * ("2026-11-30 21:30:00 +0300", PHP's `Y-m-d H:i:s O`). An offset needs a time, as in ECMA-262.
 */
const ISO_DATE =
  /^([+-]\d{6}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?: ?([Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** The fields of a date string, before any time zone is applied. */
interface DateFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC, or undefined when the string had no offset. */
  offset: number | undefined;
}

const daysInMonth = (year: number, month: number) => new Date(utcMs(year, month + 1, 0, 0, 0, 0, 0)).getUTCDate();

/**
 * Milliseconds since the epoch of a wall-clock time read as UTC. Not Date.UTC: that maps the years
 * 0–99 to 1900–1999 (ECMA-262 MakeFullYear), and a CMS can send "0099-01-01" as easily as 2026.
 */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, millisecond: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

/** The fields of an ISO 8601 / RFC 3339 string, or null if it is not one or names no real time. */
function parseIsoFields(text: string): DateFields | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, yearText, monthText = '01', dayText = '01', hourText = '00', minuteText = '00', secondText = '00', fraction = '', offsetText] = match;
  // ECMA-262: "-000000" is not a valid year (there is no negative zero year).
  if (yearText === '-000000') return null;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText);
  // Fractions are cut to milliseconds, the precision of a time value (not rounded: a rounded
  // 23:59:59.9999 would move to the next day).
  const millisecond = Number(fraction.padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // 24:00 is the end of the day (ECMA-262 and ISO 8601 allow it); a leap second (RFC 3339 allows
  // :60) has no time value, and guessing which second is meant would be a guess.
  if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute > 0 || second > 0 || millisecond > 0))) return null;
  let offset: number | undefined;
  if (offsetText !== undefined && offsetText.toUpperCase() !== 'Z') {
    const digits = offsetText.slice(1).replace(':', '');
    const offsetHours = Number(digits.slice(0, 2));
    const offsetMinutes = Number(digits.slice(2) || '0');
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offset = (offsetText[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  } else if (offsetText !== undefined) {
    offset = 0;
  }
  return { year, month, day, hour, minute, second, millisecond, offset };
}

/** Wall-clock fields in a time zone, through Intl: the only zone data both Node and browsers have. */
const partsFormat = (timeZone: string) =>
  getDateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

/**
 * How far `timeZone` is ahead of UTC at the instant `epochMs`, in milliseconds, found by asking
 * Intl for the wall-clock time there (formatToParts) and reading it back as if it were UTC. Never
 * depends on the process's own time zone.
 */
function offsetAt(epochMs: number, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const fields: Record<string, string> = {};
  for (const { type, value } of formatToPartsWith(partsFormat(timeZone), seconds)) fields[type] = value;
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - Number(fields.year) : Number(fields.year);
  // % 24: engines that predate hourCycle write midnight as 24.
  const wall = utcMs(year, Number(fields.month), Number(fields.day), Number(fields.hour) % 24, Number(fields.minute), Number(fields.second), 0);
  return wall - seconds;
}

/**
 * The instant at which the clocks in `timeZone` show `wall` (a wall-clock time written as UTC
 * milliseconds), or NaN outside the range of Date.
 *
 * Daylight-saving changes make some wall-clock times happen twice and others never. maqal does
 * what ECMA-262 does for local time (the abstract operation UTC(t)) and Temporal's default
 * `disambiguation: 'compatible'` does, so the answer never depends on the engine or the host:
 * - a time that happens twice (the autumn hour, 01:30 on 1 November 2026 in New York) is the
 *   earlier of the two, still in summer time (05:30Z);
 * - a time that never happens (the spring gap, 02:30 on 8 March 2026 in New York) is read with
 *   the offset in force before the change, which lands after the gap (07:30Z, 03:30 EDT).
 */
export function wallClockToInstant(wall: number, timeZone: string): number {
  if (!Number.isFinite(wall)) return NaN;
  if (timeZone === 'UTC') return Math.abs(wall) <= MAX_TIME ? wall : NaN;
  // Probing a day either side needs instants Date can hold.
  if (Math.abs(wall) > MAX_TIME - 2 * MS_PER_DAY) return NaN;
  // The offsets a day before and a day after bracket any single transition near `wall`.
  const before = offsetAt(wall - MS_PER_DAY, timeZone);
  const after = offsetAt(wall + MS_PER_DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((instant) => instant + offsetAt(instant, timeZone) === wall).sort((a, b) => a - b);
  return candidates[0] ?? wall - before;
}

/** A time zone as maqal uses it: the name to give Intl, and whether it was written as a UTC offset. */
export interface CanonicalTimeZone {
  /** An IANA name that Node 20 and every current browser accept (`Asia/Riyadh`, `Etc/GMT-3`, `UTC`). */
  timeZone: string;
  /** True when the value was a UTC offset ("+03:00", "UTC+3") and was rewritten as an `Etc/GMT` zone. */
  fromOffset: boolean;
}

// "+03:00", "+0300", "+03", "+3", "-05:00", "UTC+3", "GMT-05:00", "Z".
const OFFSET_ZONE = /^(?:(?:UTC|GMT) ?)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

// Zones already checked, failures (null) included: checking builds an Intl formatter.
const timeZoneCache = /* @__PURE__ */ recentResults<CanonicalTimeZone | null>(64, 100);

/**
 * The time zone to give Intl for `value`, or null when there is none both sides would accept.
 *
 * Engines disagree on UTC offsets: ECMA-402 (2024) added offset time zones ("+03:00"), which
 * Chromium accepts and Node 20 rejects with a RangeError, so a server on Node 20 would format in
 * one zone and the browser in another and hydration would fail. Whole-hour offsets are therefore
 * rewritten as the IANA `Etc/GMT` zones every engine has; their sign is inverted (POSIX style:
 * `Etc/GMT-3` is three hours *ahead* of UTC, per the IANA tz database's `etcetera` file), and they
 * exist from `Etc/GMT-14` to `Etc/GMT+12`. An offset with minutes ("+05:30") has no such zone and
 * gives null, as does any offset zone an engine accepts in a form not matched here. Anything else
 * is checked by Intl itself; the name is kept as written (trimmed), not as the engine canonicalises
 * it, since engines canonicalise differently ("Asia/Kolkata" resolves to "Asia/Calcutta" in
 * Node 20's ICU) and a value the two sides print differently would break hydration.
 */
export function canonicalTimeZone(value: unknown): CanonicalTimeZone | null {
  return typeof value === 'string' ? timeZoneCache('', value, (zone) => checkTimeZone(zone.trim())) : null;
}

function checkTimeZone(zone: string): CanonicalTimeZone | null {
  if (zone === '') return null;
  if (zone === 'Z' || zone === 'z') return { timeZone: 'UTC', fromOffset: true };
  const offset = OFFSET_ZONE.exec(zone);
  if (offset) {
    const [, sign, hoursText, minutesText = '00'] = offset;
    const hours = Number(hoursText);
    if (minutesText !== '00') return null;
    if (hours === 0) return { timeZone: 'UTC', fromOffset: true };
    if (sign === '+' ? hours > 14 : hours > 12) return null;
    return { timeZone: `Etc/GMT${sign === '+' ? '-' : '+'}${hours}`, fromOffset: true };
  }
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // An offset form this engine accepts and OFFSET_ZONE does not match: Node 20 would reject it.
  if (/^[+-]/.test(resolved)) return null;
  return { timeZone: zone, fromOffset: false };
}

/**
 * A time zone for dates, or undefined when none was given or it was unusable. Accepts what
 * `canonicalTimeZone` accepts (IANA names, whole-hour offsets rewritten as `Etc/GMT` zones, with a
 * development warning), and warns for anything else, saying `fallback` happens instead.
 */
export function readTimeZoneSetting(value: unknown, where: string, fallback: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const canonical = canonicalTimeZone(value);
  if (canonical === null) {
    if (process.env.NODE_ENV !== 'production') {
      const hint = typeof value === 'string' && /^\s*(?:UTC|GMT)?\s*[+-]\d/i.test(value) ? ' An offset with minutes has no zone every engine accepts: use the IANA name (e.g. "Asia/Kolkata" for +05:30).' : '';
      warnOnce(`${where} ${describe(value)} is not an IANA time zone.${hint} ${fallback}`);
    }
    return undefined;
  }
  if (canonical.fromOffset && process.env.NODE_ENV !== 'production') {
    warnOnce(
      `${where} ${describe(value)} is a UTC offset, which Node 20 rejects and Chromium accepts; it was read as "${canonical.timeZone}" (the same offset, with no daylight saving). Prefer the place's IANA zone (e.g. "Asia/Riyadh").`,
    );
  }
  return canonical.timeZone;
}

/**
 * The time zone a Timestamp formats in. Without one, server and browser would each use their own
 * zone and disagree (a hydration mismatch, and the wrong day near midnight), so UTC it is, with a
 * warning; an unknown zone is UTC with a warning too. Never throws.
 */
export function readTimeZone(value: unknown, where = 'Timestamp timeZone'): string {
  if (value === undefined || value === null || value === '') {
    if (process.env.NODE_ENV !== 'production') warnOnce('Timestamp has no timeZone: dates are formatted in UTC. Pass timeZone (e.g. "Asia/Riyadh") so server and browser agree on the reader\'s time.');
    return 'UTC';
  }
  return readTimeZoneSetting(value, where, 'UTC was used.') ?? 'UTC';
}

/**
 * A calendar the engine really uses, in its canonical name (`islamicc` becomes `islamic-civil`),
 * or undefined with a warning, saying `fallback` happens instead. Intl throws for a malformed one
 * ("x") and silently formats an unknown well-formed one ("foo") in the Gregorian calendar, so the
 * check is that the engine resolved to the calendar asked for, not to its default.
 */
export function readCalendar(value: unknown, where: string, fallback?: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const calendar = typeof value === 'string' ? knownCalendar(value) : null;
  if (calendar !== null) return calendar;
  if (process.env.NODE_ENV !== 'production') warnOnce(`${where} ${describe(value)} is not a calendar identifier. ${fallback ?? 'It was ignored.'}`);
  return undefined;
}

// Calendars already checked, failures (null) included: checking builds an Intl formatter.
const calendarCache = /* @__PURE__ */ recentResults<string | null>(64, 100);

function knownCalendar(value: string): string | null {
  return calendarCache('', value, () => {
    try {
      const wanted = value.trim().toLowerCase();
      const resolved = new Intl.DateTimeFormat('en', { calendar: wanted }).resolvedOptions().calendar;
      return resolved === wanted || resolved !== 'gregory' ? resolved : null;
    } catch {
      return null;
    }
  });
}

/** Options of `readDate`. */
export interface ReadDateOptions {
  /**
   * Warn for an empty string too: an optional prop reads '' as "no date", a required one as an invalid date.
   * @default false
   */
  required?: boolean;
  /**
   * The time zone a string without an offset was written in (already read by `readTimeZone`).
   * @default 'UTC'
   */
  timeZone?: string;
}

/** An ISO 8601 / RFC 3339 string's instant, and whether it was wall-clock time (no offset); null if it is no such string. */
function readDateString(value: string, timeZone: string): { time: number; wallClock: boolean } | null {
  const fields = parseIsoFields(value.trim());
  if (fields === null) return null;
  const { year, month, day, hour, minute, second, millisecond, offset } = fields;
  const wall = utcMs(year, month, day, hour, minute, second, millisecond);
  return offset !== undefined ? { time: wall - offset * 60_000, wallClock: false } : { time: wallClockToInstant(wall, timeZone), wallClock: true };
}
// The dates of recent renders (a CMS sends the same few strings for an article on every request).
const recentStrings = /* @__PURE__ */ recentResults<{ time: number; wallClock: boolean } | null>(256, 100);

/**
 * A valid Date from a Date, a timestamp in milliseconds, or an ISO 8601 / RFC 3339 string; null
 * (with a warning) for anything that would print "Invalid Date" and for any other string form.
 * A string without an offset ("2026-11-30T21:30:00", WordPress's "2026-11-30 21:30:00", a bare
 * "2026-11-30") is wall-clock time in `timeZone`, UTC by default, with a development warning.
 * An empty string means "no date" for an optional prop, and is an invalid date (with the warning)
 * for a `required` one.
 */
export function readDate(value: unknown, where: string, { required = false, timeZone = 'UTC' }: ReadDateOptions = {}): Date | null {
  if (value === undefined || value === null || (value === '' && !required)) return null;
  let time = NaN;
  let rejectedString = false;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'number') time = value;
  else if (typeof value === 'string') {
    const read = recentStrings(timeZone, value, (text) => readDateString(text, timeZone));
    if (read === null) rejectedString = value.trim() !== '';
    else {
      time = read.time;
      if (read.wallClock && Number.isFinite(time) && process.env.NODE_ENV !== 'production') {
        warnOnce(
          `${where}: a date string without a UTC offset was read as wall-clock time in ${timeZone}. Add "Z" or an offset such as "+03:00" (WordPress: date_gmt + "Z"), or set timeZone to the zone the CMS writes local times in.`,
        );
      }
    }
  }
  // new Date() of a number beyond ±8.64e15 is an invalid date; NaN stays NaN.
  const date = new Date(Math.abs(time) <= MAX_TIME ? time : NaN);
  if (Number.isFinite(date.getTime())) return date;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(
      rejectedString
        ? `${where} is not a valid date: ${describe(value)}. Only ISO 8601 / RFC 3339 strings are read ("2026-11-30T21:30:00+03:00", "2026-11-30 21:30:00"): JavaScript engines read other forms differently, so they are not guessed. Nothing was rendered for it.`
        : `${where} is not a valid date: ${describe(value)}. Nothing was rendered for it.`,
    );
  }
  return null;
}
