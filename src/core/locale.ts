/** The languages maqal ships a catalogue for. */
export type CatalogueLanguage = 'ar' | 'he' | 'fa' | 'ur' | 'en';

/** Reading direction of a language or a subtree. */
export type Direction = 'rtl' | 'ltr';

/** Digits maqal formats numbers with: Latin, Arabic-Indic (Arabic), extended Arabic-Indic (Persian, Urdu). */
export type NumberingSystem = 'latn' | 'arab' | 'arabext';

export const DEFAULT_LOCALE = 'ar';

const CATALOGUE_LANGUAGES: readonly string[] = ['ar', 'he', 'fa', 'ur', 'en'];

/**
 * Languages written right to left. Used when the engine lacks `Intl.Locale#getTextInfo`
 * (Firefox before 2025, Node before 22) — https://tc39.es/proposal-intl-locale-info/
 */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ckb', 'dv', 'ug', 'yi', 'ji']);

/** Languages whose catalogue is close enough to stand in for them (Arabic script, same region). */
const NEAREST: Record<string, CatalogueLanguage> = { iw: 'he', yi: 'he', ps: 'fa', ckb: 'fa', prs: 'fa', sd: 'ur', ug: 'ar', dv: 'ar', ku: 'ar' };

/*
 * Parsed tags, keyed on the string as given, failures (null) included. One render asks for the
 * same tag several times (normalizeLocale, catalogueLanguage, formattingLocale, localeDirection),
 * and building an Intl.Locale each time is the per-render Intl work the foundation rules out.
 * Bounded because the tag can come from outside the app's code: a server that passes each
 * request's Accept-Language through would otherwise keep every distinct string it was ever sent.
 * A page uses a handful of tags, so 64 is never reached in practice; past it the oldest entry
 * goes (a Map iterates in insertion order), which keeps the cost O(1) and needs no bookkeeping.
 */
export const LOCALE_CACHE_LIMIT = 64;

/**
 * What maqal reads from one tag, worked out once: the Intl.Locale getters and `getTextInfo()` are
 * calls into the engine that build strings and objects, and a page's render asks the same few
 * tags the same questions hundreds of times (a server render of an article asks ~150).
 */
interface TagFacts {
  readonly locale: Intl.Locale;
  readonly tag: string;
  readonly language: string;
  readonly catalogue: CatalogueLanguage;
  readonly digits: NumberingSystem | undefined;
  readonly direction: Direction;
  readonly formatting: string;
}
const localeCache = new Map<string, TagFacts | null>();

function factsOf(locale: Intl.Locale): TagFacts {
  const { language } = locale;
  const tag = locale.toString();
  const catalogue: CatalogueLanguage = CATALOGUE_LANGUAGES.includes(language) ? (language as CatalogueLanguage) : (NEAREST[language] ?? DEFAULT_LOCALE);
  const info = locale as TextInfoLocale;
  const text = typeof info.getTextInfo === 'function' ? info.getTextInfo() : info.textInfo;
  const direction: Direction =
    text?.direction === 'rtl' || text?.direction === 'ltr' ? text.direction : RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
  return {
    locale,
    tag,
    language,
    catalogue,
    digits: locale.numberingSystem ? undefined : DEFAULT_DIGITS[language],
    direction,
    formatting: language === catalogue ? tag : catalogue,
  };
}

/** The facts of a tag, or null for anything that is not a BCP 47 tag (wrong type included). */
function facts(tag: unknown): TagFacts | null {
  if (typeof tag !== 'string') return null;
  const hit = localeCache.get(tag);
  if (hit !== undefined) return hit;
  let found: TagFacts | null = null;
  if (tag.trim() !== '') {
    try {
      found = factsOf(new Intl.Locale(tag.trim()));
    } catch {
      found = null;
    }
  }
  if (localeCache.size >= LOCALE_CACHE_LIMIT) localeCache.delete(localeCache.keys().next().value as string);
  localeCache.set(tag, found);
  return found;
}

/**
 * Parses a BCP 47 tag, returning null for anything that is not one (wrong type included). The
 * result is cached and shared: treat it as read-only (Intl.Locale has no mutating methods).
 */
export function parseLocale(tag: unknown): Intl.Locale | null {
  return facts(tag)?.locale ?? null;
}

/** Number of tags parsed and kept; lets tests prove the cache reuses and stays bounded. */
export const localeCacheSize = () => localeCache.size;

/** The canonical locale tag maqal formats with: the given tag if valid, else Arabic. */
export function normalizeLocale(tag: unknown): string {
  return facts(tag)?.tag ?? DEFAULT_LOCALE;
}

/** Which catalogue serves a locale: its language, else the nearest one we ship, else Arabic. */
export function catalogueLanguage(tag: unknown): CatalogueLanguage {
  return facts(tag)?.catalogue ?? DEFAULT_LOCALE;
}

/*
 * Digits maqal writes when nothing asks for others, by language, where they differ from CLDR's.
 * CLDR (48) gives Arabic-Indic digits (٠–٩) to ar-EG, ar-SA, the Levant, Iraq, most of the Gulf,
 * Yemen and Sudan, but Western ones to `ar`, ar-AE, Libya and the Maghreb. Pan-Arab and regional news sites (Al Jazeera, BBC Arabic,
 * Sky News Arabia, Asharq Al-Awsat, and Saudi and Egyptian dailies online) print Western digits in
 * dates, counts and body text alike, and the article body from a CMS is in Western digits, so a
 * Saudi page would otherwise show "١٦ مارس" in the meta line beside "1938" in the body. Every
 * Arabic locale therefore writes 0–9 unless the app sets `numberingSystem="arab"` (or the tag
 * carries `-u-nu-arab`). Persian keeps CLDR's ۰–۹, as Iranian news sites print; Urdu already has
 * Western digits in CLDR for `ur` and `ur-PK`, as Pakistani news sites print (`ur-IN` keeps CLDR's).
 */
const DEFAULT_DIGITS: Readonly<Record<string, NumberingSystem>> = { ar: 'latn' };

/**
 * The digits maqal writes for `tag` when no numbering system is set: Western for every Arabic
 * locale, else undefined (the locale's CLDR default). Undefined too when the tag names its own
 * digits (`ar-EG-u-nu-arab`): an explicit choice wins over the default.
 */
export function defaultDigits(tag: unknown): NumberingSystem | undefined {
  return facts(tag)?.digits;
}

/**
 * The locale to format words and numbers with: the tag itself when maqal has a catalogue for its
 * language (so `ar-SA` keeps its calendar and `ar-EG` its month names), else the
 * catalogue's nearest language, then Arabic. Two reasons not to hand an unknown tag to Intl:
 * the words around a formatted value come from that nearest catalogue, so the two would mix
 * languages; and Intl falls back to the runtime's default locale, which differs between a server
 * and a browser and would break hydration.
 */
export function formattingLocale(locale: unknown): string {
  return facts(locale)?.formatting ?? DEFAULT_LOCALE;
}

type TextInfoLocale = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** The writing direction of a locale, from CLDR text info where the engine has it. */
export function localeDirection(tag: unknown): Direction {
  return facts(tag)?.direction ?? 'rtl';
}

/**
 * The direction an element is laid out in right now. Read at the moment of a key press or pointer
 * event, never cached: `dir` may be set on <html>, any ancestor, or a nested island, and may change.
 */
export function elementDirection(element: Element | null | undefined): Direction {
  if (!element) return 'ltr';
  const view = element.ownerDocument?.defaultView;
  return view?.getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr';
}
