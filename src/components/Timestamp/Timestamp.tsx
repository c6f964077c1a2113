import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { NumberingSystem } from '../../core/locale.js';
import { bylineMessages, pickMessages } from '../../core/messages/index.js';
import type { BylineMessages } from '../../core/messages/types.js';
import { readCalendar, readDate } from '../../core/dates.js';
import { overridesFor } from '../../core/settings.js';
import { partLanguage, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { dateSettings, formatAbsoluteParts, readFormat, type TimestampFormat } from './format.js';
import { RelativeTimestamp } from './RelativeTimestamp.js';
import { timestampView } from './TimestampView.js';

export type { TimestampFormat };

export interface TimestampProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /**
   * The instant: a Date, milliseconds since the epoch, or an ISO 8601 / RFC 3339 string. A string
   * without an offset ("2026-11-30T21:30:00", WordPress's "2026-11-30 21:30:00") is wall-clock time
   * in `timeZone` (for `relative`, the provider's when the prop is not given), else UTC, with a
   * development warning. Other string forms, which engines read differently ("30 Nov 2026 21:30",
   * "11/30/2026"), and invalid dates render nothing and warn.
   */
  dateTime: Date | string | number;
  /**
   * Labels the time as the publication time ("نُشر").
   * @default false
   */
  published?: boolean;
  /**
   * Labels the time as the last update ("آخر تحديث"); wins over `published`.
   * @default false
   */
  updated?: boolean;
  /**
   * `date`, `datetime`, `time`, or `relative` ("قبل 3 ساعات", kept current in the browser).
   * @default 'datetime'
   */
  format?: TimestampFormat;
  /**
   * BCP 47 locale tag; unknown languages fall back to the nearest catalogue, then Arabic.
   * @default the MaqalProvider's locale, else 'ar'
   */
  locale?: string;
  /**
   * IANA time zone, such as `Asia/Riyadh`, to format in and to read `dateTime` and `now` strings
   * without an offset in. Give one: server and browser must agree on it. A whole-hour UTC offset
   * ("+03:00", "UTC+3") is read as the matching `Etc/GMT` zone with a warning; an unknown zone is UTC
   * with a warning.
   * @default the MaqalProvider's time zone, else 'UTC' with a development warning
   */
  timeZone?: string;
  /**
   * Digits: `latn` (0–9), `arab` (٠–٩) or `arabext` (۰–۹).
   * @default the MaqalProvider's, else the locale's: Western for every Arabic locale (`ar-EG` and `ar-SA` too, as Arab news sites print), extended for `fa`, CLDR's for the rest
   */
  numberingSystem?: NumberingSystem;
  /**
   * Calendar of the main date, such as `gregory` or `islamic-umalqura`.
   * @default the MaqalProvider's, else the locale's CLDR default (`ar`: Gregorian, `fa`: Persian)
   */
  calendar?: string;
  /**
   * A second calendar shown in parentheses right after the main date, before the time; `islamic-umalqura`
   * adds the Hijri date ("28 نوفمبر 2026 (18 جمادى الآخرة 1448 هـ)، 4:35 م").
   * Not shown for `time` and `relative`. The `dateTime` attribute stays ISO Gregorian.
   * @default undefined (none)
   */
  secondaryCalendar?: 'islamic-umalqura' | (string & {});
  /**
   * Writes the era after each year ("2026 م", "1448 هـ"), for pages that print two calendars and
   * mark both. Not used by `time` and `relative`.
   * @default false
   */
  era?: boolean;
  /**
   * Arabic, Gregorian dates: writes both sets of month names, the locale's first
   * ("نوفمبر/تشرين الثاني" for `ar`, "تشرين الثاني/نوفمبر" for `ar-LB`), as pan-Arab outlets do.
   * Ignored in other languages and calendars, and by `time` and `relative`.
   * @default false
   */
  bothMonthNames?: boolean;
  /**
   * For `relative`: the moment to measure from on the server and in the first client render
   * (pass the request time). Without it those renders show the absolute date. After hydration
   * the browser's clock takes over. Read like `dateTime`.
   * @default undefined
   */
  now?: Date | string | number;
  /**
   * Overrides of the catalogue's labels (`published`, `updated`), e.g. `{ updated: 'حُدّث' }`; `''` removes one.
   * @default undefined (the provider's `messages.byline`, else the catalogue's words)
   */
  messages?: Partial<BylineMessages>;
}

/**
 * A `<time>` with a machine-readable ISO 8601 `dateTime`, in the reader's language, digits, time
 * zone and calendar; each setting not given as a prop comes from the MaqalProvider around it.
 * Static: absolute formats render on the server and ship no client JavaScript. Only
 * `format="relative"` renders a client component, which keeps the wording current.
 */
export const Timestamp = /* @__PURE__ */ staticPart(
  forwardRef<HTMLSpanElement, TimestampProps>(function Timestamp(
    { dateTime, format: formatProp, now, secondaryCalendar, era = false, bothMonthNames = false, ...props },
    ref,
  ) {
    // First, so that the provider's prop never crosses to the relative (client) timestamp.
    const provided = useStaticSettings(props, 'Timestamp');
    const format = readFormat(formatProp);

    if (format === 'relative') {
      // Across the server/client boundary only plain values travel. A string is read on the other
      // side, where the provider's time zone is known: without an offset it means wall-clock time
      // there. Anything else is an instant whatever the zone, so it is checked here, as milliseconds.
      const plain = (value: unknown, where: string, required: boolean) =>
        typeof value === 'string' ? value : readDate(value, where, { required })?.getTime();
      const dateValue = plain(dateTime, 'Timestamp dateTime', true);
      if (dateValue === undefined) return null;
      return <RelativeTimestamp ref={ref} {...props} dateTime={dateValue} now={plain(now, 'Timestamp now', false)} />;
    }

    const { published = false, updated = false, locale: localeProp, timeZone, numberingSystem, calendar, messages, className, ...rest } = props;
    const { locale, dir } = partLanguage(provided, localeProp);
    const settings = dateSettings({ locale, timeZone, numberingSystem, calendar }, provided);
    const date = readDate(dateTime, 'Timestamp dateTime', { required: true, timeZone: settings.timeZone });
    if (!date) return null;
    const kind = updated ? 'updated' : published ? 'published' : undefined;
    const text = formatAbsoluteParts(date, format, settings, readCalendar(secondaryCalendar, 'Timestamp secondaryCalendar'), {
      era: era === true,
      bothMonthNames: bothMonthNames === true,
    });
    return timestampView({
      ref,
      lang: settings.locale,
      format,
      kind,
      label: kind ? pickMessages(bylineMessages, locale, { ...overridesFor(provided, locale, 'byline'), ...messages })[kind] : '',
      iso: date.toISOString(),
      title: undefined,
      className,
      rest: dir ? { dir, ...rest } : rest,
      children: text.secondary ? (
        <>
          {text.secondary.before}{' '}
          <span className="maqal-Timestamp-secondary" data-calendar={secondaryCalendar}>
            ({text.secondary.date})
          </span>
          {text.secondary.after}
        </>
      ) : (
        text.text
      ),
    });
  }),
);
