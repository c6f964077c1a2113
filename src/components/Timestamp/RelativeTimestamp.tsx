'use client';
import { forwardRef, useCallback, useMemo, useSyncExternalStore } from 'react';
import { readDate } from '../../core/dates.js';
import { useMaqal } from '../../core/context.js';
import { overridesFor } from '../../core/settings.js';
import { bylineMessages, pickMessages } from '../../core/messages/index.js';
import { subscribeClock } from './clock.js';
import { dateSettings, formatAbsolute, formatFull, formatRelative } from './format.js';
import type { TimestampProps } from './Timestamp.js';
import { timestampView } from './TimestampView.js';

/** What the static Timestamp passes across the server/client boundary: plain values only. */
export interface RelativeTimestampProps extends Omit<TimestampProps, 'dateTime' | 'format' | 'now' | 'secondaryCalendar' | 'era' | 'bothMonthNames'> {
  /** The instant: milliseconds since the epoch (already validated), or the string as given, read here in the time zone in force. */
  dateTime: string | number;
  /** The `now` prop, likewise; undefined when none was given. */
  now: string | number | undefined;
}

/**
 * The relative Timestamp, a client component so that it can keep its wording current and read
 * the nearest MaqalProvider: each of locale, time zone, digits, calendar and labels comes from
 * the prop when given, else the provider, else the defaults (Arabic, UTC with a warning).
 *
 * Hydration-safe: the server render of a client component sees the provider too, and
 * useSyncExternalStore renders the server snapshot (relative to `now`, or the absolute date)
 * while hydrating, then re-renders from the live clock right after, without a mismatch.
 */
export const RelativeTimestamp = forwardRef<HTMLSpanElement, RelativeTimestampProps>(function RelativeTimestamp(
  { dateTime, now, published = false, updated = false, locale, timeZone, numberingSystem, calendar, messages, className, ...rest },
  ref,
) {
  const provider = useMaqal();
  const settings = dateSettings({ locale, timeZone, numberingSystem, calendar }, provider);
  const kind = updated ? 'updated' : published ? 'published' : undefined;
  // Prop over provider over catalogue, key by key. The provider's overrides are written in its
  // language: they apply only when this timestamp speaks the same catalogue language.
  const labels = pickMessages(bylineMessages, settings.locale, { ...overridesFor(provider, settings.locale, 'byline'), ...messages });

  // Strings are read in the zone just resolved: "2026-11-30 21:30:00" is 21:30 there. Memoised,
  // since the clock re-renders this component every minute.
  const zone = settings.timeZone;
  const date = useMemo(() => readDate(dateTime, 'Timestamp dateTime', { required: true, timeZone: zone }), [dateTime, zone]);
  const nowMs = useMemo(() => readDate(now, 'Timestamp now', { timeZone: zone })?.getTime(), [now, zone]);
  const dateMs = date?.getTime();
  const initial =
    date === null
      ? ''
      : nowMs === undefined
        ? formatAbsolute(date, 'datetime', settings)
        : formatRelative(date.getTime(), nowMs, settings.locale, settings.numberingSystem);
  const subscribe = useCallback((notify: () => void) => (dateMs === undefined ? () => {} : subscribeClock(dateMs, notify)), [dateMs]);
  // A string snapshot compares by value, so React re-renders only when the wording changes.
  const text = useSyncExternalStore(
    subscribe,
    () => (dateMs === undefined ? '' : formatRelative(dateMs, Date.now(), settings.locale, settings.numberingSystem)),
    () => initial,
  );
  if (date === null) return null;

  return timestampView({
    ref,
    lang: settings.locale,
    format: 'relative',
    kind,
    label: kind ? labels[kind] : '',
    iso: date.toISOString(),
    title: formatFull(date, settings),
    className,
    rest,
    children: text,
  });
});
