import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { formattingLocale, type NumberingSystem } from '../../core/locale.js';
import { bylineMessages, pickMessages } from '../../core/messages/index.js';
import { readDate, readNumberingSystem } from '../../core/sanitize.js';
import {
  formatAbsolute,
  formatFull,
  formatRelative,
  formatSecondary,
  readCalendar,
  readFormat,
  readTimeZone,
  type DateSettings,
  type TimestampFormat,
} from './format.js';
import { RelativeTime } from './RelativeTime.js';

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
   * @default 'ar'
   */
  locale?: string;
  /**
   * IANA time zone, such as `Asia/Riyadh`. Give one: server and browser must agree on it.
   * @default 'UTC' (with a development warning)
   */
  timeZone?: string;
  /**
   * Digits: `latn` (0–9), `arab` (٠–٩) or `arabext` (۰–۹).
   * @default the locale's CLDR default (`ar`: Latin, `ar-EG`: Arabic-Indic, `fa`: extended)
   */
  numberingSystem?: NumberingSystem;
  /**
   * Calendar of the main date, such as `gregory` or `islamic-umalqura`.
   * @default the locale's CLDR default (`ar`: Gregorian, `fa`: Persian)
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
}

/**
 * A `<time>` with a machine-readable ISO 8601 `dateTime`, in the reader's language, digits, time
 * zone and calendar. Static: absolute formats render on the server and ship no client JavaScript;
 * only `format="relative"` renders the small client component that keeps the wording current.
 */
export const Timestamp = forwardRef<HTMLSpanElement, TimestampProps>(function Timestamp(
  {
    dateTime,
    published = false,
    updated = false,
    format: formatProp,
    locale = 'ar',
    timeZone,
    numberingSystem,
    calendar,
    secondaryCalendar,
    now,
    className,
    ...rest
  },
  ref,
) {
  const date = readDate(dateTime, 'Timestamp dateTime');
  if (!date) return null;

  const format = readFormat(formatProp);
  const settings: DateSettings = {
    locale: formattingLocale(locale),
    timeZone: readTimeZone(timeZone),
    numberingSystem: readNumberingSystem(numberingSystem, 'Timestamp numberingSystem'),
    calendar: readCalendar(calendar, 'Timestamp calendar'),
  };
  const messages = pickMessages(bylineMessages, locale);
  const kind = updated ? 'updated' : published ? 'published' : undefined;
  const label = kind ? messages[kind] : '';
  const iso = date.toISOString();

  let content;
  let title: string | undefined;
  if (format === 'relative') {
    const nowDate = readDate(now, 'Timestamp now');
    const initial = nowDate
      ? formatRelative(date.getTime(), nowDate.getTime(), settings.locale, settings.numberingSystem)
      : formatAbsolute(date, 'datetime', settings);
    title = formatFull(date, settings);
    content = (
      <RelativeTime dateMs={date.getTime()} locale={settings.locale} numberingSystem={settings.numberingSystem} initial={initial} />
    );
  } else {
    const secondary = formatSecondary(date, format, readCalendar(secondaryCalendar, 'Timestamp secondaryCalendar'), settings);
    content = (
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
    );
  }

  return (
    <span
      ref={ref}
      lang={settings.locale}
      className={className ? `maqal-Timestamp ${className}` : 'maqal-Timestamp'}
      data-format={format}
      data-kind={kind}
      {...rest}
    >
      {label && (
        <>
          <span className="maqal-Timestamp-label">{label}</span>{' '}
        </>
      )}
      {/* dir="auto": the date reads in its own language's direction whatever the page's is. */}
      <time dateTime={iso} title={title} dir="auto">
        {content}
      </time>
    </span>
  );
});
