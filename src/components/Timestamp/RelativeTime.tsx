'use client';
import { useCallback, useSyncExternalStore } from 'react';
import type { NumberingSystem } from '../../core/locale.js';
import { subscribeClock } from './clock.js';
import { formatRelative } from './format.js';

/** Props the static Timestamp passes across the server/client boundary: plain strings and numbers. */
export interface RelativeTimeProps {
  /** The instant, in milliseconds since the epoch. */
  dateMs: number;
  /** Resolved locale to word the distance in. */
  locale: string;
  /** Digits of the count; undefined for the locale's default. */
  numberingSystem?: NumberingSystem;
  /**
   * The text the server rendered: relative to the `now` prop, or the absolute date. Hydration
   * renders it again, so server and first client render match; then the live clock takes over.
   */
  initial: string;
}

/**
 * The client half of a relative Timestamp: text only (the static Timestamp renders the <time>).
 * useSyncExternalStore is the hydration-safe way to read a clock: React renders the server
 * snapshot while hydrating and re-renders with the live one right after, without a mismatch.
 */
export function RelativeTime({ dateMs, locale, numberingSystem, initial }: RelativeTimeProps) {
  const subscribe = useCallback((notify: () => void) => subscribeClock(dateMs, notify), [dateMs]);
  // A string snapshot compares by value, so React re-renders only when the wording changes.
  const getSnapshot = () => formatRelative(dateMs, Date.now(), locale, numberingSystem);
  const getServerSnapshot = () => initial;
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
