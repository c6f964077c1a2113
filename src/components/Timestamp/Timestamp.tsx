import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { formattingLocale, type NumberingSystem } from '../../core/locale.js';
import { bylineMessages, pickMessages } from '../../core/messages/index.js';
import type { BylineMessages } from '../../core/messages/types.js';
import { readDate, readNumberingSystem } from '../../core/sanitize.js';
import {
  formatAbsolute,
  formatSecondary,
  readCalendar,
  readFormat,
  readTimeZone,
  type DateSettings,
  type TimestampFormat,
} from './format.js';
import { RelativeTimestamp } from './RelativeTimestamp.js';
import { timestampView } from './TimestampView.js';

export type { TimestampFormat };

export interface TimestampProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The instant: a Date, an ISO 8601 string or milliseconds since the epoch. Invalid dates render nothing. */
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
   * `date`, `datetime`, `time`, or `relative` ("قبل ٣ ساعات", kept current in the browser).
   * @default 'datetime'
   */
  format?: TimestampFormat;
  /**
   * BCP 47 locale tag; unknown languages fall back to the nearest catalogue, then Arabic.
   * @default 'ar' (for `relative`: the nearest MaqalProvider's locale, else 'ar')
   */
  locale?: string;
  /**
   * IANA time zone, such as `Asia/Riyadh`. Give one: server and browser must agree on it.
   * @default 'UTC' with a development warning (for `relative`: the provider's time zone first)
   */
  timeZone?: string;
  /**
   * Digits: `latn` (0–9), `arab` (٠–٩) or `arabext` (۰–۹).
   * @default the locale's CLDR default (`ar`: Latin, `ar-EG`: Arabic-Indic, `fa`: extended); for `relative`, the provider's first
   */
  numberingSystem?: NumberingSystem;
  /**
   * Calendar of the main date, such as `gregory` or `islamic-umalqura`.
   * @default the locale's CLDR default (`ar`: Gregorian, `fa`: Persian); for `relative`, the provider's first
   */
  calendar?: string;
  /**
   * A second calendar shown after the main date; `islamic-umalqura` adds the Hijri date ("26 رمضان 1447 هـ").
   * Not shown for `time` and `relative`. The `dateTime` attribute stays ISO Gregorian.
   * @default undefined (none)
   */
  secondaryCalendar?: 'islamic-umalqura' | (string & {});
  /**
   * For `relative`: the moment to measure from on the server and in the first client render
   * (pass the request time). Without it those renders show the absolute date. After hydration
   * the browser's clock takes over.
   * @default undefined
   */
  now?: Date | string | number;
  /**
   * Overrides of the catalogue's labels (`published`, `updated`), e.g. `{ updated: 'حُدّث' }`; `''` removes one.
   * @default undefined (the catalogue's words; for `relative`, the provider's `messages.byline` first)
   */
  messages?: Partial<BylineMessages>;
}

/**
 * A `<time>` with a machine-readable ISO 8601 `dateTime`, in the reader's language, digits, time
 * zone and calendar. Static: absolute formats render on the server and ship no client JavaScript
 * and take their settings from props only (a Server Component cannot read context). Only
 * `format="relative"` renders a client component, which keeps the wording current and falls back
 * to the nearest MaqalProvider for any setting not given as a prop.
 */
export const Timestamp = forwardRef<HTMLSpanElement, TimestampProps>(function Timestamp(
  { dateTime, format: formatProp, now, secondaryCalendar, ...props },
  ref,
) {
  const date = readDate(dateTime, 'Timestamp dateTime', { required: true });
  if (!date) return null;
  const format = readFormat(formatProp);

  if (format === 'relative') {
    // Across the server/client boundary only plain values travel: the instants as milliseconds,
    // the other props as given (undefined ones are then taken from the provider).
    const nowMs = readDate(now, 'Timestamp now')?.getTime();
    return <RelativeTimestamp ref={ref} {...props} dateMs={date.getTime()} nowMs={nowMs} />;
  }

  const { published = false, updated = false, locale = 'ar', timeZone, numberingSystem, calendar, messages, className, ...rest } = props;
  const settings: DateSettings = {
    locale: formattingLocale(locale),
    timeZone: readTimeZone(timeZone),
    numberingSystem: readNumberingSystem(numberingSystem, 'Timestamp numberingSystem'),
    calendar: readCalendar(calendar, 'Timestamp calendar'),
  };
  const kind = updated ? 'updated' : published ? 'published' : undefined;
  const secondary = formatSecondary(date, format, readCalendar(secondaryCalendar, 'Timestamp secondaryCalendar'), settings);
  return timestampView({
    ref,
    lang: settings.locale,
    format,
    kind,
    label: kind ? pickMessages(bylineMessages, locale, messages)[kind] : '',
    iso: date.toISOString(),
    title: undefined,
    className,
    rest,
    children: (
      <>
        {formatAbsolute(date, format, settings)}
        {secondary && (
          <>
            {' '}
            <span className="maqal-Timestamp-secondary" data-calendar={secondaryCalendar}>
              ({secondary})
            </span>
          </>
        )}
      </>
    ),
  });
});
