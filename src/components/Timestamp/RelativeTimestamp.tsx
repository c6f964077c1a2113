'use client';
import { forwardRef, useCallback, useSyncExternalStore } from 'react';
import { overridesFor, useMaqal } from '../../core/MaqalProvider.js';
import { formattingLocale } from '../../core/locale.js';
import { bylineMessages, pickMessages } from '../../core/messages/index.js';
import { readNumberingSystem } from '../../core/sanitize.js';
import { subscribeClock } from './clock.js';
import { formatAbsolute, formatFull, formatRelative, readCalendar, readTimeZone, type DateSettings } from './format.js';
import type { TimestampProps } from './Timestamp.js';
import { timestampView } from './TimestampView.js';

/** What the static Timestamp passes across the server/client boundary: plain values only. */
export interface RelativeTimestampProps extends Omit<TimestampProps, 'dateTime' | 'format' | 'now' | 'secondaryCalendar'> {
  /** The instant, in milliseconds since the epoch (already validated). */
  dateMs: number;
  /** The `now` prop in milliseconds, or undefined when none was given. */
  nowMs: number | undefined;
}

/** A prop counts as given unless it is missing or empty; an empty CMS field does not beat the provider. */
const given = <T,>(value: T | null | undefined | ''): value is T => value !== undefined && value !== null && value !== '';

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
  { dateMs, nowMs, published = false, updated = false, locale, timeZone, numberingSystem, calendar, messages, className, ...rest },
  ref,
) {
  const provider = useMaqal();
  const localeTag = given(locale) ? locale : provider.locale;
  const settings: DateSettings = {
    locale: formattingLocale(localeTag),
    timeZone: readTimeZone(given(timeZone) ? timeZone : provider.timeZone),
    numberingSystem: readNumberingSystem(given(numberingSystem) ? numberingSystem : provider.numberingSystem, 'Timestamp numberingSystem'),
    calendar: readCalendar(given(calendar) ? calendar : provider.calendar, 'Timestamp calendar'),
  };
  const kind = updated ? 'updated' : published ? 'published' : undefined;
  // Prop over provider over catalogue, key by key. The provider's overrides are written in its
  // language: they apply only when this timestamp speaks the same catalogue language.
  const labels = pickMessages(bylineMessages, localeTag, { ...overridesFor(provider, localeTag, 'byline'), ...messages });

  const date = new Date(dateMs);
  const initial =
    nowMs === undefined ? formatAbsolute(date, 'datetime', settings) : formatRelative(dateMs, nowMs, settings.locale, settings.numberingSystem);
  const subscribe = useCallback((notify: () => void) => subscribeClock(dateMs, notify), [dateMs]);
  // A string snapshot compares by value, so React re-renders only when the wording changes.
  const text = useSyncExternalStore(
    subscribe,
    () => formatRelative(dateMs, Date.now(), settings.locale, settings.numberingSystem),
    () => initial,
  );

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
