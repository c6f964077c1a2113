import type { ReactNode } from 'react';
import { readCalendar, readTimeZoneSetting } from './dates.js';
import { DEFAULT_LOCALE, catalogueLanguage, localeDirection, parseLocale, type Direction, type NumberingSystem } from './locale.js';
import type { MessageOverrides, Messages } from './messages/types.js';
import { readNumberingSystem } from './sanitize.js';
import { describeValue as describe, warnOnce } from './warn.js';

/*
 * The settings a MaqalProvider gives its subtree, and how a provider's props become them: plain
 * functions, with no React context, so that the client provider, the provider in a React Server
 * Component and the static components all read settings the same way.
 */

export interface MaqalSettings {
  /** BCP 47 locale tag the components format and translate with. */
  locale: string;
  /** Direction derived from the locale, or the one the app gave. */
  dir: Direction;
  /** Digits for numbers and dates; undefined means the locale's default (Western for every Arabic locale, else CLDR's). */
  numberingSystem: NumberingSystem | undefined;
  /** Calendar for dates (`gregory`, `islamic-umalqura`…), in the engine's canonical name; undefined means the locale's default. */
  calendar: string | undefined;
  /** IANA time zone for dates, one that Node and browsers all accept; undefined means UTC with a development warning. */
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
   * Writing direction of the subtree, `rtl` or `ltr`. Derived from the locale when omitted.
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
   * @default the locale's: Western for every Arabic locale (`ar-EG` and `ar-SA` too, as Arab news sites print), extended for `fa`, CLDR's for the rest
   */
  numberingSystem?: NumberingSystem;
  /** Calendar for dates, such as `gregory` or `islamic-umalqura`. @default the parent provider's, else the locale's default */
  calendar?: string;
  /**
   * IANA time zone for dates, such as `Asia/Riyadh`: relative Timestamps format in it and read date
   * strings without an offset in it. Needed for identical server and client renders. A whole-hour
   * UTC offset ("+03:00") is read as the matching `Etc/GMT` zone, with a development warning.
   * @default the parent provider's, else 'UTC'
   */
  timeZone?: string;
  /** The subtree. */
  children?: ReactNode;
}

export const DEFAULTS: MaqalSettings = {
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
export function mergeOverrides(outer: MessageOverrides | undefined, inner: MessageOverrides | undefined): MessageOverrides | undefined {
  if (!outer || !inner) return inner ?? outer;
  const merged: Record<string, object | undefined> = { ...outer };
  for (const [namespace, own] of Object.entries(inner)) merged[namespace] = { ...merged[namespace], ...own };
  return merged as MessageOverrides;
}

/** The settings a provider was given, each valid or undefined ("not given"). */
export interface OwnSettings {
  locale: string | undefined;
  dir: Direction | undefined;
  numberingSystem: NumberingSystem | undefined;
  calendar: string | undefined;
  timeZone: string | undefined;
}

const INHERITED = "The parent provider's setting (or the default) was used.";

/**
 * Checks the provider's settings, once for all its children: each is what Intl and the DOM accept
 * on the server and in every browser, or it is dropped with a development warning and the provider
 * behaves as if it had not been given (the parent provider's setting, else the default). A bad
 * setting must not reach a child: Intl throws a RangeError for `numberingSystem="x"`, and would
 * fall back to the runtime's own locale or zone, which differ between server and browser.
 */
export function readSettings(locale: unknown, dir: unknown, numberingSystem: unknown, calendar: unknown, timeZone: unknown): OwnSettings {
  // A provider rendered on the server reads the same few settings on every request: a set read
  // before comes back. Only a set taken exactly as given is kept, so a bad or rewritten setting is
  // checked, and warned about, every time.
  const given = [locale, dir, numberingSystem, calendar, timeZone];
  const key = given.every((value) => value === undefined || typeof value === 'string') ? given.map((value) => (value === undefined ? '-' : `+${value}`)).join('\u0000') : undefined;
  const seen = key === undefined ? undefined : settingsSeen.get(key);
  if (seen) return seen;
  const own = checkSettings(locale, dir, numberingSystem, calendar, timeZone);
  if (key !== undefined && own.locale === locale && own.dir === dir && own.numberingSystem === numberingSystem && own.calendar === calendar && own.timeZone === timeZone) {
    if (settingsSeen.size >= 64) settingsSeen.clear();
    settingsSeen.set(key, own);
  }
  return own;
}

const settingsSeen = new Map<string, OwnSettings>();

function checkSettings(locale: unknown, dir: unknown, numberingSystem: unknown, calendar: unknown, timeZone: unknown): OwnSettings {
  let ownLocale: string | undefined;
  if (locale !== undefined) {
    ownLocale = parseLocale(locale)?.toString();
    if (ownLocale === undefined && process.env.NODE_ENV !== 'production') {
      warnOnce(`MaqalProvider locale ${describe(locale)} is not a BCP 47 language tag (such as 'ar', 'ar-EG' or 'en'). ${INHERITED}`);
    }
  }
  let ownDir: Direction | undefined;
  if (dir === 'rtl' || dir === 'ltr') ownDir = dir;
  else if (dir !== undefined && process.env.NODE_ENV !== 'production') {
    warnOnce(`MaqalProvider dir must be 'rtl' or 'ltr'; got ${describe(dir)}. The locale's direction was used.`);
  }
  return {
    locale: ownLocale,
    dir: ownDir,
    numberingSystem: readNumberingSystem(numberingSystem, 'MaqalProvider numberingSystem', INHERITED),
    calendar: readCalendar(calendar, 'MaqalProvider calendar', INHERITED),
    timeZone: readTimeZoneSetting(timeZone, 'MaqalProvider timeZone', INHERITED),
  };
}

/**
 * The settings in force inside a provider with these props, under `parent` (the enclosing
 * provider's settings, or null at the top). Shared by the client provider and the server one so
 * that both resolve a nested provider exactly alike.
 */
export function resolveSettings(parent: MaqalSettings | null, own: OwnSettings, messages: MessageOverrides | undefined): MaqalSettings {
  const locale = own.locale ?? parent?.locale ?? DEFAULT_LOCALE;
  const dir: Direction = own.dir ?? (own.locale !== undefined ? localeDirection(locale) : (parent?.dir ?? 'rtl'));
  const base = parent ?? DEFAULTS;
  // Overrides are strings in one language, and digits belong to a script: both cross into a
  // nested provider only if it speaks the same catalogue language, or an `en` island would show an
  // `ar` page's Arabic replacements and Arabic-Indic digits ("٣ min read").
  const sameLanguage = catalogueLanguage(locale) === catalogueLanguage(base.locale);
  return {
    locale,
    dir,
    numberingSystem: own.numberingSystem ?? (sameLanguage ? base.numberingSystem : undefined),
    calendar: own.calendar ?? base.calendar,
    timeZone: own.timeZone ?? base.timeZone,
    messages: mergeOverrides(sameLanguage ? base.messages : undefined, messages),
  };
}
