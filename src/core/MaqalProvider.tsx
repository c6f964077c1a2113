'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LOCALE, localeDirection, normalizeLocale, type Direction, type NumberingSystem } from './locale.js';
import { getMessages } from './messages/index.js';
import type { MessageOverrides, Messages } from './messages/types.js';

export interface MaqalSettings {
  /** BCP 47 locale tag the components format and translate with. */
  locale: string;
  /** Direction derived from the locale, or the one the app gave. */
  dir: Direction;
  /** Digits for numbers and dates; undefined means the locale's CLDR default. */
  numberingSystem: NumberingSystem | undefined;
  /** Calendar for dates (`gregory`, `islamic-umalqura`…); undefined means the locale's default. */
  calendar: string | undefined;
  /** IANA time zone for dates; undefined means UTC with a development warning. */
  timeZone: string | undefined;
  /** The app's message overrides. */
  messages: MessageOverrides | undefined;
}

export interface MaqalProviderProps {
  /**
   * BCP 47 locale tag: `ar`, `ar-EG`, `he`, `fa`, `ur`, `en`… Also sets `lang` on the provider's element.
   * @default 'ar'
   */
  locale?: string;
  /**
   * Writing direction of the subtree. Derived from the locale when omitted.
   * @default the locale's direction
   */
  dir?: Direction;
  /** Overrides for any message of the built-in catalogues, per component namespace. */
  messages?: MessageOverrides;
  /**
   * Digits for numbers and dates: `latn` (0–9), `arab` (٠–٩) or `arabext` (۰–۹).
   * @default the locale's CLDR default
   */
  numberingSystem?: NumberingSystem;
  /** Calendar for dates, such as `gregory` or `islamic-umalqura`. @default the locale's default */
  calendar?: string;
  /** IANA time zone for dates, such as `Asia/Riyadh`. Needed for identical server and client renders. @default 'UTC' */
  timeZone?: string;
  /** The subtree. */
  children?: ReactNode;
}

const MaqalContext = createContext<MaqalSettings | null>(null);

const DEFAULTS: MaqalSettings = {
  locale: DEFAULT_LOCALE,
  dir: 'rtl',
  numberingSystem: undefined,
  calendar: undefined,
  timeZone: undefined,
  messages: undefined,
};

/**
 * Sets locale, direction, digits, calendar, time zone and message overrides for the components
 * inside it. When `locale` or `dir` is given it scopes them to its own element (`display: contents`,
 * so layout is untouched); it never writes to `document`. Providers nest: the inner one wins.
 */
export function MaqalProvider({ locale, dir, messages, numberingSystem, calendar, timeZone, children }: MaqalProviderProps) {
  const parent = useContext(MaqalContext);
  const resolvedLocale = locale !== undefined ? normalizeLocale(locale) : (parent?.locale ?? DEFAULT_LOCALE);
  const resolvedDir: Direction =
    dir === 'rtl' || dir === 'ltr' ? dir : locale !== undefined ? localeDirection(resolvedLocale) : (parent?.dir ?? 'rtl');
  const base = parent ?? DEFAULTS;
  const value = useMemo<MaqalSettings>(
    () => ({
      locale: resolvedLocale,
      dir: resolvedDir,
      numberingSystem: numberingSystem ?? base.numberingSystem,
      calendar: calendar ?? base.calendar,
      timeZone: timeZone ?? base.timeZone,
      messages: messages ?? base.messages,
    }),
    [resolvedLocale, resolvedDir, numberingSystem, calendar, timeZone, messages, base],
  );
  const scoped = locale !== undefined || dir !== undefined;
  return (
    <MaqalContext.Provider value={value}>
      {scoped ? (
        <div className="maqal-Provider" lang={resolvedLocale} dir={resolvedDir} style={{ display: 'contents' }}>
          {children}
        </div>
      ) : (
        children
      )}
    </MaqalContext.Provider>
  );
}

/** Everything the nearest provider set, or the defaults (Arabic) without one. */
export function useMaqal(): MaqalSettings {
  return useContext(MaqalContext) ?? DEFAULTS;
}

/** The locale of the nearest provider; `ar` without one. */
export function useLocale(): string {
  return useMaqal().locale;
}

/**
 * The direction the nearest provider declares; `rtl` without one. For layout use CSS logical
 * properties; for event maths read the element's computed direction at the time of the event.
 */
export function useDirection(): Direction {
  return useMaqal().dir;
}

/** The whole message catalogue of the nearest provider's locale, with its overrides. */
export function useMessages(): Messages {
  const { locale, messages } = useMaqal();
  return useMemo(() => getMessages(locale, messages), [locale, messages]);
}
