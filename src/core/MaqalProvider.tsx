'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { DEFAULT_LOCALE, catalogueLanguage, localeDirection, normalizeLocale, type Direction, type NumberingSystem } from './locale.js';
import { defaultNumberingSystem } from './intl.js';
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
  /** The app's message overrides in force here: this provider's, over its parent's when both speak the same catalogue language. */
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
  /**
   * Overrides for any message of the built-in catalogues, per component namespace, written in
   * this provider's language. A nested provider inherits its parent's overrides only while both
   * use the same catalogue (`ar` and `ar-EG` do; `ar` and `en` do not), merged message by message
   * with its own on top; one that switches language starts from its own overrides alone, so an
   * English island inside an Arabic page never shows the Arabic replacements.
   * @default the parent provider's, when it has the same catalogue language; else none
   */
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
 * The overrides of one namespace that apply to text in `locale`: the settings' own, which are
 * written in the provider's language, so none when `locale` speaks another catalogue language
 * (a component given `locale="en"` inside an Arabic provider keeps English words). Shared by the
 * client components and by nested providers.
 */
export function overridesFor<N extends keyof Messages>(settings: MaqalSettings, locale: unknown, namespace: N): Partial<Messages[N]> | undefined {
  return catalogueLanguage(locale) === catalogueLanguage(settings.locale) ? settings.messages?.[namespace] : undefined;
}

/** A nested provider's overrides on top of the inherited ones, message by message. */
function mergeOverrides(outer: MessageOverrides | undefined, inner: MessageOverrides | undefined): MessageOverrides | undefined {
  if (!outer || !inner) return inner ?? outer;
  const merged: Record<string, object | undefined> = { ...outer };
  for (const [namespace, own] of Object.entries(inner)) merged[namespace] = { ...merged[namespace], ...own };
  return merged as MessageOverrides;
}

/**
 * Sets locale, direction, digits, calendar, time zone and message overrides for the components
 * inside it. When `locale` or `dir` is given it scopes them to its own element (`display: contents`,
 * so layout is untouched); it never writes to `document`. Providers nest: the inner one wins, and
 * message overrides are inherited only between providers of the same catalogue language.
 */
export function MaqalProvider({ locale, dir, messages, numberingSystem, calendar, timeZone, children }: MaqalProviderProps) {
  const parent = useContext(MaqalContext);
  const resolvedLocale = locale !== undefined ? normalizeLocale(locale) : (parent?.locale ?? DEFAULT_LOCALE);
  const resolvedDir: Direction =
    dir === 'rtl' || dir === 'ltr' ? dir : locale !== undefined ? localeDirection(resolvedLocale) : (parent?.dir ?? 'rtl');
  const base = parent ?? DEFAULTS;
  // Overrides are strings in one language: they cross into a nested provider only if it speaks
  // the same catalogue language, or an `en` island would show an `ar` page's Arabic replacements.
  const sameLanguage = catalogueLanguage(resolvedLocale) === catalogueLanguage(base.locale);
  const inherited = sameLanguage ? base.messages : undefined;
  const value = useMemo<MaqalSettings>(
    () => ({
      locale: resolvedLocale,
      dir: resolvedDir,
      numberingSystem: numberingSystem ?? base.numberingSystem,
      calendar: calendar ?? base.calendar,
      timeZone: timeZone ?? base.timeZone,
      messages: mergeOverrides(inherited, messages),
    }),
    [resolvedLocale, resolvedDir, numberingSystem, calendar, timeZone, messages, inherited, base],
  );
  const scoped = locale !== undefined || dir !== undefined;
  // The digits in force, in the DOM too: static components (ArticleBody's list numbers) cannot
  // read context, so their CSS follows this attribute on the nearest provider element.
  const element = scoped || numberingSystem !== undefined;
  return (
    <MaqalContext.Provider value={value}>
      {element ? (
        <div
          className="maqal-Provider"
          lang={scoped ? resolvedLocale : undefined}
          dir={scoped ? resolvedDir : undefined}
          data-maqal-numbering={value.numberingSystem ?? defaultNumberingSystem(resolvedLocale)}
          style={{ display: 'contents' }}
        >
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
