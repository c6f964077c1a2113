import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { articleJsonLd } from '../src';
import { canonicalTimeZone, readCalendar, readDate, readTimeZone, readTimeZoneSetting, wallClockToInstant } from '../src/core/dates';
import { resetWarnings } from '../src/core/warn';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const warnings = () => warn.mock.calls.map((call: unknown[]) => String(call[0]));
const iso = (value: unknown, timeZone?: string) => readDate(value, 'd', { timeZone })?.toISOString() ?? null;

/*
 * A post as the WordPress REST API returns it (GET /wp-json/wp/v2/posts/<id>): `date` and
 * `modified` in the site's time zone, `date_gmt` and `modified_gmt` in UTC, none with an offset.
 * Site timezone setting: Asia/Riyadh (UTC+3 all year).
 */
const WORDPRESS_POST = {
  date: '2026-11-30T21:30:00',
  date_gmt: '2026-11-30T18:30:00',
  modified: '2026-12-01T00:15:00',
  modified_gmt: '2026-11-30T21:15:00',
};

describe('readDate: instants that carry their own zone', () => {
  it('reads Dates, timestamps and strings with an offset the same whatever the time zone option', () => {
    for (const timeZone of [undefined, 'UTC', 'Asia/Riyadh', 'America/New_York']) {
      expect(iso('2026-11-29T08:00:00Z', timeZone)).toBe('2026-11-29T08:00:00.000Z');
      expect(iso('2026-11-29T11:00:00+03:00', timeZone)).toBe('2026-11-29T08:00:00.000Z');
      expect(iso(0, timeZone)).toBe('1970-01-01T00:00:00.000Z');
      expect(iso(new Date(Date.UTC(2026, 0, 1)), timeZone)).toBe('2026-01-01T00:00:00.000Z');
    }
    expect(warnings()).toEqual([]);
  });

  // ECMA-262 Date Time String Format, and RFC 3339 §5.6 date-time.
  it.each([
    ['2026-11-30T21:30:00.000Z', '2026-11-30T21:30:00.000Z'],
    ['2026-11-30T21:30Z', '2026-11-30T21:30:00.000Z'],
    ['2026-11-30t21:30:00z', '2026-11-30T21:30:00.000Z'], // RFC 3339: "t" and "z" may be lower case
    ['2026-11-30 21:30:00Z', '2026-11-30T21:30:00.000Z'], // RFC 3339: a space may separate date and time
    ['2026-11-30T21:30:00.123456789Z', '2026-11-30T21:30:00.123Z'], // any number of fraction digits, cut to ms
    ['2026-11-30T21:30:00,5Z', '2026-11-30T21:30:00.500Z'], // ISO 8601: comma as the decimal sign
    ['2026-11-30T21:30:00-05:00', '2026-12-01T02:30:00.000Z'],
    ['2026-11-30T21:30:00+0530', '2026-11-30T16:00:00.000Z'], // ISO 8601 basic offset
    ['2026-11-30T21:30:00+03', '2026-11-30T18:30:00.000Z'],
    ['2026-11-30 21:30:00 +0300', '2026-11-30T18:30:00.000Z'], // PHP date('Y-m-d H:i:s O')
    ['2026-11-30T21:30:00-00:00', '2026-11-30T21:30:00.000Z'], // RFC 3339: unknown local offset
    ['2026-11-30T24:00:00Z', '2026-12-01T00:00:00.000Z'], // ECMA-262: 24:00 ends the day
    ['+275760-09-13T00:00:00Z', '+275760-09-13T00:00:00.000Z'], // the last day a Date can hold
    ['-000001-01-01T00:00:00Z', '-000001-01-01T00:00:00.000Z'],
    ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'], // not 1999 (Date.UTC's two-digit years)
  ])('reads %s', (input, expected) => {
    expect(iso(input, 'Asia/Riyadh')).toBe(expected);
    expect(warnings()).toEqual([]);
  });
});

describe('readDate: strings without an offset are wall-clock time in the time zone given, else UTC', () => {
  it('reads WordPress `date` in the site zone and `date_gmt` as UTC, in both shapes WordPress writes', () => {
    expect(iso(WORDPRESS_POST.date, 'Asia/Riyadh')).toBe('2026-11-30T18:30:00.000Z');
    // The shape of wp_posts.post_date (MySQL DATETIME), which some themes and feeds pass on.
    expect(iso('2026-11-30 21:30:00', 'Asia/Riyadh')).toBe('2026-11-30T18:30:00.000Z');
    expect(iso(WORDPRESS_POST.modified, 'Asia/Riyadh')).toBe('2026-11-30T21:15:00.000Z');
    expect(iso(WORDPRESS_POST.date_gmt, 'UTC')).toBe('2026-11-30T18:30:00.000Z');
    expect(iso(`${WORDPRESS_POST.date_gmt}Z`, 'Asia/Riyadh')).toBe('2026-11-30T18:30:00.000Z');
  });

  it('defaults to UTC, not the host time zone (ECMA-262 would read local time)', () => {
    expect(readDate('2026-11-30T21:30:00', 'd')?.toISOString()).toBe('2026-11-30T21:30:00.000Z');
    expect(readDate('2026-11-30 21:30', 'd')?.toISOString()).toBe('2026-11-30T21:30:00.000Z');
  });

  it('reads a date alone as midnight in the zone, so it prints as that day there', () => {
    // ECMA-262 reads "2026-11-30" as UTC midnight, which is 29 November in New York.
    expect(iso('2026-11-30', 'America/New_York')).toBe('2026-11-30T05:00:00.000Z');
    expect(iso('2026-11', 'Asia/Riyadh')).toBe('2026-10-31T21:00:00.000Z');
    expect(iso('2026', 'UTC')).toBe('2026-01-01T00:00:00.000Z');
  });

  it('uses each zone’s rules at that date: half-hour zones, standard and summer time, the past', () => {
    expect(iso('2026-11-30T21:30:00', 'Asia/Kolkata')).toBe('2026-11-30T16:00:00.000Z');
    expect(iso('2026-07-01T12:00:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z');
    expect(iso('2026-01-01T12:00:00', 'America/New_York')).toBe('2026-01-01T17:00:00.000Z');
    expect(iso('2026-01-01T12:00:00', 'Etc/GMT-3')).toBe('2026-01-01T09:00:00.000Z');
    // Tehran kept summer time until 2022 (IANA tz database, asia file).
    expect(iso('2021-07-01T12:00:00', 'Asia/Tehran')).toBe('2021-07-01T07:30:00.000Z');
    expect(iso('2026-07-01T12:00:00', 'Asia/Tehran')).toBe('2026-07-01T08:30:00.000Z');
  });

  it('warns once per prop and zone that a string had no offset, naming the zone', () => {
    readDate('2026-11-30T21:30:00', 'Timestamp dateTime', { timeZone: 'Asia/Riyadh' });
    readDate('2026-11-29T21:30:00', 'Timestamp dateTime', { timeZone: 'Asia/Riyadh' });
    readDate('2026-11-30T21:30:00Z', 'Timestamp dateTime', { timeZone: 'Asia/Riyadh' });
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/Timestamp dateTime: a date string without a UTC offset was read as wall-clock time in Asia\/Riyadh/);
  });
});

describe('readDate: daylight-saving gaps and overlaps, decided as ECMA-262 UTC(t) and Temporal "compatible" do', () => {
  it('reads a time that happens twice as the earlier one (still summer time)', () => {
    // 1 November 2026, New York: 01:00–02:00 EDT, then 01:00–02:00 EST again.
    expect(iso('2026-11-01T01:30:00', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    // 5 April 2026, Sydney: 02:00–03:00 AEDT, then again in AEST.
    expect(iso('2026-04-05T02:30:00', 'Australia/Sydney')).toBe('2026-04-04T15:30:00.000Z');
  });

  it('reads a time that never happens with the offset before the change, landing after the gap', () => {
    // 8 March 2026, New York: 02:00 EST jumps to 03:00 EDT; 02:30 is read as 03:30 EDT.
    expect(iso('2026-03-08T02:30:00', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    // 4 October 2026, Sydney: 02:00 AEST jumps to 03:00 AEDT.
    expect(iso('2026-10-04T02:30:00', 'Australia/Sydney')).toBe('2026-10-03T16:30:00.000Z');
    // Samoa skipped 30 December 2011 altogether (UTC−10 to UTC+14).
    expect(iso('2011-12-30T12:00:00', 'Pacific/Apia')).toBe('2011-12-30T22:00:00.000Z');
  });

  it('round-trips any wall-clock time in any zone and picks the earliest instant that shows it', () => {
    const zones = ['Asia/Riyadh', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Tehran', 'America/Santiago', 'Pacific/Chatham', 'Asia/Kolkata', 'UTC'];
    const wall = (instant: number, timeZone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
        .format(instant)
        .replace(', ', 'T');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2037, 11, 31) }), fc.constantFrom(...zones), (seconds, timeZone) => {
        const instant = Math.floor(seconds / 1000) * 1000;
        const text = wall(instant, timeZone);
        const read = readDate(text, 'd', { timeZone })!.getTime();
        expect(wall(read, timeZone)).toBe(text);
        // Equal, or the first of two instants showing the same time (an autumn overlap).
        expect(read <= instant && instant - read <= 3 * 3_600_000).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('answers NaN, not a throw, at the edges of the range of Date', () => {
    expect(wallClockToInstant(8.64e15, 'Asia/Riyadh')).toBeNaN();
    expect(wallClockToInstant(NaN, 'Asia/Riyadh')).toBeNaN();
    expect(iso('+275760-09-13T00:00:00', 'Asia/Riyadh')).toBeNull();
  });
});

describe('readDate: forms that engines read differently are rejected, not guessed', () => {
  it.each([
    // Outside ECMA-262's Date Time String Format, Date.parse may use "implementation-specific
    // heuristics": each engine decides, and the issue's reporter saw them disagree.
    '30 Nov 2026 21:30',
    '11/30/2026', // month first in V8; day first to most Arabic readers
    '30/11/2026',
    'Mon, 30 Nov 2026 21:30:00 GMT', // RFC 7231 IMF-fixdate: implementation-defined in ECMA-262
    'November 30, 2026',
    '2026/11/30 21:30',
    '20261130T213000Z', // ISO 8601 basic format, which ECMA-262 does not define
    '2026-11-30T21:30:00 Asia/Riyadh',
    '1764538200000', // milliseconds as a string
    'أمس',
  ])('rejects %s with a warning', (input) => {
    expect(iso(input, 'Asia/Riyadh')).toBeNull();
    expect(warnings().join('\n')).toMatch(/d is not a valid date: .*Only ISO 8601 \/ RFC 3339 strings are read/);
  });

  it.each([
    '2026-02-29T00:00:00Z', // not a leap year
    '2026-13-01',
    '2026-11-31',
    '2026-11-30T25:00:00Z',
    '2026-11-30T24:30:00Z',
    '2026-11-30T23:59:60Z', // a leap second: RFC 3339 allows it, a Date cannot hold it
    '2026-11-30T21:30:00+24:00',
    '-000000-01-01T00:00:00Z', // ECMA-262: negative zero year
    '2026-11-30Z', // an offset needs a time
  ])('rejects the impossible %s', (input) => {
    expect(iso(input, 'UTC')).toBeNull();
    expect(warnings().join('\n')).toMatch(/not a valid date/);
  });

  it('answers null for anything that would print Invalid Date', () => {
    for (const bad of ['not a date', NaN, Infinity, 8.64e15 + 1, new Date('x'), {}, true, [], ' ']) expect(readDate(bad, 'd')).toBeNull();
    expect(readDate('', 'd')).toBeNull();
    expect(readDate(undefined, 'd')).toBeNull();
  });

  it('never throws and only ever returns a valid Date or null, whatever the input and zone', () => {
    const zone = fc.oneof(fc.constantFrom('UTC', 'Asia/Riyadh', 'America/New_York', 'Pacific/Apia'), fc.string());
    const input = fc.oneof(
      fc.string(),
      fc.date({ noInvalidDate: false }),
      fc.double(),
      // ISO strings without their Z, in both of WordPress's shapes.
      fc.tuple(fc.date({ noInvalidDate: true }), fc.constantFrom('T', ' ')).map(([d, t]) => d.toISOString().replace('Z', '').replace('T', t)),
    );
    fc.assert(
      fc.property(input, zone, (value, timeZone) => {
        const date = readDate(value, 'd', { timeZone: readTimeZone(timeZone) });
        if (date !== null) expect(Number.isFinite(date.getTime())).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('time zones: the same answer in Node 20 and in browsers', () => {
  it('rewrites whole-hour UTC offsets (Node 20 rejects "+03:00", Chromium accepts it) as Etc/GMT zones, sign inverted', () => {
    const cases: Array<[string, string]> = [
      ['+03:00', 'Etc/GMT-3'],
      ['+0300', 'Etc/GMT-3'],
      ['+03', 'Etc/GMT-3'],
      ['UTC+3', 'Etc/GMT-3'],
      ['GMT+03:00', 'Etc/GMT-3'],
      ['-05:00', 'Etc/GMT+5'],
      ['+14:00', 'Etc/GMT-14'],
      ['-12:00', 'Etc/GMT+12'],
      ['+00:00', 'UTC'],
      ['Z', 'UTC'],
    ];
    for (const [offset, zone] of cases) {
      expect(canonicalTimeZone(offset)).toEqual({ timeZone: zone, fromOffset: true });
      // The zone really is that offset: 21:30 UTC in it.
      const hours = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format(Date.UTC(2026, 0, 1, 12));
      const sign = offset.includes('-') ? -1 : 1;
      const size = Number(/(\d{1,2})(?::?\d\d)?$/.exec(offset)?.[1] ?? 0);
      expect(Number(hours)).toBe((12 + sign * size + 24) % 24);
    }
  });

  it('warns when an offset was rewritten, and when one cannot be (minutes, or past ±14 h)', () => {
    expect(readTimeZone('+03:00')).toBe('Etc/GMT-3');
    expect(warnings()[0]).toMatch(/Timestamp timeZone "\+03:00" is a UTC offset.*"Etc\/GMT-3"/);
    for (const bad of ['+05:30', '+05:45', '-03:30', '+15:00', '-13:00']) expect(readTimeZone(bad)).toBe('UTC');
    expect(warnings().join('\n')).toMatch(/"\+05:30" is not an IANA time zone\. An offset with minutes.*Asia\/Kolkata/);
  });

  it('keeps IANA names as written (engines canonicalise links differently: Asia/Kolkata, Asia/Calcutta)', () => {
    for (const zone of ['Asia/Riyadh', 'asia/riyadh', 'Asia/Kolkata', 'Asia/Calcutta', 'UTC', 'Etc/UTC', 'America/Argentina/Buenos_Aires']) {
      expect(canonicalTimeZone(zone)).toEqual({ timeZone: zone, fromOffset: false });
    }
    expect(canonicalTimeZone('  Asia/Riyadh ')).toEqual({ timeZone: 'Asia/Riyadh', fromOffset: false });
  });

  it('falls back to UTC with a warning for an unknown zone or a non-string, and never throws', () => {
    for (const bad of ['Mars/Olympus', 'Asia/Riyadh ,', '+03:00:00', 42, {}, true]) {
      expect(readTimeZone(bad)).toBe('UTC');
      expect(canonicalTimeZone(bad)).toBeNull();
    }
    expect(warnings().join('\n')).toMatch(/"Mars\/Olympus" is not an IANA time zone\. UTC was used/);
    fc.assert(
      fc.property(fc.string(), (value) => {
        const zone = readTimeZone(value);
        expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
        expect(zone).not.toMatch(/^[+-]/);
      }),
    );
  });

  it('says nothing about an absent zone when the caller has its own default', () => {
    expect(readTimeZoneSetting(undefined, 'x', 'y')).toBeUndefined();
    expect(readTimeZoneSetting('', 'x', 'y')).toBeUndefined();
    expect(warnings()).toEqual([]);
  });
});

describe('readCalendar', () => {
  it('accepts calendars the engine uses, by their canonical name', () => {
    expect(readCalendar('islamic-umalqura', 'c')).toBe('islamic-umalqura');
    expect(readCalendar('gregory', 'c')).toBe('gregory');
    expect(readCalendar('persian', 'c')).toBe('persian');
    // CLDR aliases (UTS #35, calendar.xml): islamicc is islamic-civil.
    expect(readCalendar('islamicc', 'c')).toBe('islamic-civil');
    expect(warnings()).toEqual([]);
  });

  it('rejects a malformed calendar (Intl throws) and an unknown one (Intl silently uses Gregorian)', () => {
    for (const bad of ['x', 'foo', 'gregorian', 'islamic umalqura', 42]) expect(readCalendar(bad, 'MaqalProvider calendar')).toBeUndefined();
    expect(warnings().join('\n')).toMatch(/MaqalProvider calendar "foo" is not a calendar identifier/);
  });
});

describe('articleJsonLd: dates', () => {
  const base = { headline: 'عنوان', datePublished: WORDPRESS_POST.date, dateModified: WORDPRESS_POST.modified };

  it('reads WordPress `date` and `modified` in the site zone given as timeZone', () => {
    const data = articleJsonLd({ ...base, timeZone: 'Asia/Riyadh' });
    expect(data.datePublished).toBe('2026-11-30T18:30:00.000Z');
    expect(data.dateModified).toBe('2026-11-30T21:15:00.000Z');
  });

  it('reads them as UTC without a timeZone, with a warning for each field', () => {
    const data = articleJsonLd(base);
    expect(data.datePublished).toBe('2026-11-30T21:30:00.000Z');
    expect(warnings().join('\n')).toMatch(/datePublished: a date string without a UTC offset was read as wall-clock time in UTC/);
    expect(warnings().join('\n')).toMatch(/dateModified: a date string without a UTC offset/);
  });

  it('leaves out a date in a form engines disagree on, with a warning', () => {
    const data = articleJsonLd({ ...base, datePublished: '30 Nov 2026 21:30', timeZone: 'Asia/Riyadh' });
    expect(data.datePublished).toBeUndefined();
    expect(warnings().join('\n')).toMatch(/datePublished is not a valid date: "30 Nov 2026 21:30"/);
  });

  it('takes a whole-hour offset as its time zone, and UTC for an unknown one, without throwing', () => {
    expect(articleJsonLd({ ...base, timeZone: '+03:00' }).datePublished).toBe('2026-11-30T18:30:00.000Z');
    expect(articleJsonLd({ ...base, timeZone: 'Mars/Olympus' }).datePublished).toBe('2026-11-30T21:30:00.000Z');
    expect(warnings().join('\n')).toMatch(/timeZone "Mars\/Olympus" is not an IANA time zone\. Dates without an offset were read in UTC/);
  });
});
