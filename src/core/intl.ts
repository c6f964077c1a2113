import { DEFAULT_LOCALE, catalogueLanguage, defaultDigits, parseLocale, type CatalogueLanguage, type NumberingSystem } from './locale.js';
import { recentResults } from './recent.js';
import { describeValue, warnOnce } from './warn.js';

/*
 * Intl formatters are expensive to build (tens of microseconds each) and cheap to reuse, so every
 * one maqal uses comes from this cache, keyed on its constructor, locale and options.
 */
const cache = new Map<string, unknown>();
export const FORMATTER_CACHE_LIMIT = 256;

type IntlConstructor<T, O> = new (locale: string, options?: O) => T;

// The formatters that write digits, and so take maqal's default digits (defaultDigits, locale.ts).
const WRITES_DIGITS = new Set(['NumberFormat', 'DateTimeFormat', 'RelativeTimeFormat']);

/**
 * `options` with maqal's default digits when they name none: Western for every Arabic locale,
 * where CLDR would give ar-EG or ar-SA Arabic-Indic ones. Applied here, beneath every formatter,
 * so that numbers, dates and relative times agree whichever component prints them.
 */
function withDefaultDigits<O>(name: string, locale: unknown, options: O | undefined): O | undefined {
  if (!WRITES_DIGITS.has(name) || (options as { numberingSystem?: unknown } | undefined)?.numberingSystem) return options;
  const digits = defaultDigits(locale);
  return digits ? ({ ...options, numberingSystem: digits } as O) : options;
}

function cached<T, O>(name: string, Ctor: IntlConstructor<T, O>, locale: string, givenOptions?: O): T {
  // Keyed on the options as given: the default digits follow from the locale, so they are worked
  // out only when a formatter is built. String(): a caller without types may pass a number or an
  // object as the locale.
  const key = `${name}|${String(locale)}|${givenOptions ? JSON.stringify(givenOptions) : ''}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = build(name, Ctor, locale, withDefaultDigits(name, locale, givenOptions));
    // Bounded like the locale cache (locale.ts), for the same reason: a tag can come from each
    // request. A page uses a few dozen formatters; past the limit the oldest one goes.
    if (cache.size >= FORMATTER_CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * Builds a formatter and never throws. Intl throws a RangeError for a malformed locale ("!!", ""),
 * numbering system ("x", "arab ", "latn-"), calendar ("x") or time zone, and a value that reaches
 * here from a prop or a CMS field must not take the page down. Nor may Intl fall back to the
 * runtime's own locale or time zone (to Intl a number as the locale means "the default locale"),
 * since those differ between a server and the reader's browser: a bad locale becomes Arabic, then
 * the numbering system and calendar are dropped, then a bad time zone becomes UTC, with a
 * development warning. Time zones are checked before they get here (dates.ts), so this is the
 * last line, not the rule.
 */
function build<T, O>(name: string, Ctor: IntlConstructor<T, O>, locale: unknown, options: O | undefined): T {
  const parsed = parseLocale(locale)?.toString();
  if (parsed === undefined && process.env.NODE_ENV !== 'production') warnOnce(`Intl.${name}: ${describeValue(locale)} is not a BCP 47 locale tag. '${DEFAULT_LOCALE}' was used.`);
  const tag = parsed ?? DEFAULT_LOCALE;
  try {
    return new Ctor(tag, options);
  } catch (error) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`Intl.${name} rejected ${JSON.stringify(options)}: ${(error as Error).message}. It was built without them.`);
    // What comes from outside: the digits and the calendar, then the time zone (UTC, never the host's).
    // Dropping the digits asked for leaves maqal's default ones, not CLDR's.
    const { numberingSystem: _digits, calendar: _calendar, ...given } = options as Record<string, unknown>;
    const rest = withDefaultDigits(name, tag, given);
    try {
      return new Ctor(tag, rest as O);
    } catch {
      return new Ctor(tag, { ...rest, timeZone: 'UTC' } as O);
    }
  }
}

export const getNumberFormat = (locale: string, options?: Intl.NumberFormatOptions) =>
  cached('NumberFormat', Intl.NumberFormat, locale, options);
export const getPluralRules = (locale: string, options?: Intl.PluralRulesOptions) =>
  cached('PluralRules', Intl.PluralRules, locale, options);
export const getListFormat = (locale: string, options?: Intl.ListFormatOptions) =>
  cached('ListFormat', Intl.ListFormat, locale, options);
export const getDateTimeFormat = (locale: string, options?: Intl.DateTimeFormatOptions) =>
  cached('DateTimeFormat', Intl.DateTimeFormat, locale, options);
export const getRelativeTimeFormat = (locale: string, options?: Intl.RelativeTimeFormatOptions) =>
  cached('RelativeTimeFormat', Intl.RelativeTimeFormat, locale, options);
export const getSegmenter = (locale: string, options?: Intl.SegmenterOptions) =>
  cached('Segmenter', Intl.Segmenter, locale, options);

/*
 * A formatter's output for one input, remembered beside the formatter. A server renders the same
 * article on every request and a page formats the same few numbers and instants over and over
 * (five star labels, the vote count, the publication date), and `format` on an Intl formatter
 * costs about a microsecond each time (a date's formatToParts several). Bounded per formatter, so
 * a page that formats a stream of different values keeps only the latest ones.
 */
type Outputs<T, K = number> = WeakMap<object, Map<K, T>>;
const formatted: Outputs<string> = new WeakMap();
const formattedParts: Outputs<readonly Intl.DateTimeFormatPart[]> = new WeakMap();
const OUTPUTS_PER_FORMATTER = 64;

/** `compute()`, remembered for `owner` and `input`; the oldest of an owner's 64 goes first. */
export function remembered<T, K>(outputs: Outputs<T, K>, owner: object, input: K, compute: () => T): T {
  let table = outputs.get(owner);
  if (!table) outputs.set(owner, (table = new Map()));
  let output = table.get(input);
  if (output === undefined) {
    output = compute();
    if (table.size >= OUTPUTS_PER_FORMATTER) table.delete(table.keys().next().value as K);
    table.set(input, output);
  }
  return output;
}

/** `formatter.format(value)`, remembered (a date by its time value). */
export function formatWith(formatter: Intl.NumberFormat | Intl.DateTimeFormat, value: number | Date): string {
  const input = typeof value === 'number' ? value : value.getTime();
  // Both kinds of formatter take a number or a Date; the union of their signatures does not say so.
  return remembered(formatted, formatter, input, () => (formatter as { format(value: number | Date): string }).format(value));
}

/** `formatter.formatToParts(date)`, remembered by the date's time value. Read-only: the array is shared. */
export function formatToPartsWith(formatter: Intl.DateTimeFormat, date: Date | number): readonly Intl.DateTimeFormatPart[] {
  const input = typeof date === 'number' ? date : date.getTime();
  return remembered(formattedParts, formatter, input, () => formatter.formatToParts(date));
}

const selected: Outputs<Intl.LDMLPluralRule> = new WeakMap();
/** `rules.select(count)`, remembered. */
const selectWith = (rules: Intl.PluralRules, count: number) => remembered(selected, rules, count, () => rules.select(count));

const resolved = new WeakMap<object, object>();
/** `formatter.resolvedOptions()`, read once per formatter (each call builds a new object). Read-only. */
export function resolvedOptionsOf<F extends { resolvedOptions(): object }>(formatter: F): Readonly<ReturnType<F['resolvedOptions']>> {
  let options = resolved.get(formatter);
  if (!options) resolved.set(formatter, (options = formatter.resolvedOptions()));
  return options as ReturnType<F['resolvedOptions']>;
}

/** Number of formatters built so far; lets tests prove that rendering twice builds nothing new. */
export const formatterCacheSize = () => cache.size;

/**
 * The digits a locale writes by default: Western (`latn`) for every Arabic locale, `ar-EG` and
 * `ar-SA` included (defaultDigits in locale.ts says why), else CLDR's: `arabext` for `fa`, `latn`
 * for `ur`, `he` and `en`. Undefined for a language the runtime has no data for: Intl would fall back to the runtime's
 * own locale, which differs between server and browser.
 */
export function defaultNumberingSystem(locale: string): string | undefined {
  if (typeof locale !== 'string') return undefined;
  const options = resolvedOptionsOf(getNumberFormat(locale));
  return options.locale.split('-')[0] === locale.split('-')[0] ? options.numberingSystem : undefined;
}

/**
 * Formats a number in a locale, with the numbering system given or else the locale's default
 * (every Arabic locale writes Western digits, `fa` extended Arabic-Indic ones).
 */
export function formatNumber(
  value: number,
  locale: string,
  numberingSystem?: NumberingSystem,
  options?: Omit<Intl.NumberFormatOptions, 'numberingSystem'>,
): string {
  const withSystem = numberingSystem ? { ...options, numberingSystem } : options;
  return formatWith(getNumberFormat(locale, withSystem), value);
}

/**
 * Plural forms of one message, as components read it and apps override it: `other` is required,
 * the rest optional. maqal's own catalogues are held to more: each must give exactly the
 * categories its language has (`Catalogue<L>` in messages/types.ts).
 */
export type PluralMessage = { other: (count: string) => string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, (count: string) => string>
>;

/**
 * Picks the plural form for `count` with `Intl.PluralRules` and gives it the count formatted in
 * the locale's digits. A language without a category (English has no `few`) falls to `other`.
 */
export function formatPlural(
  message: PluralMessage,
  count: number,
  locale: string,
  numberingSystem?: NumberingSystem,
  options?: Omit<Intl.NumberFormatOptions, 'numberingSystem'>,
): string {
  const category = selectWith(getPluralRules(locale), count);
  const form = message[category] ?? message.other;
  return form(formatNumber(count, locale, numberingSystem, options));
}

/*
 * Where CLDR's list patterns differ from what Arabic-script news sites print.
 *
 * - Arabic writes the conjunction "و" joined to the next word ("ليلى حداد وعمر الفاسي"), and CLDR's
 *   pattern does so for every name. Before a name that does not begin with an Arabic-script letter
 *   ("Omar Al-Fassi", "3ajel") the joined "و" reads as part of a foreign word and bidi can set it
 *   apart from it, so Arabic, Persian and Urdu sites leave a space: "ليلى حداد و Omar Al-Fassi".
 *   Matched by shape (a literal ending in the letter waw, U+0648), so it holds in any locale.
 * - Persian and Urdu put no comma before the last conjunction ("الف، ب و ج", "الف، ب اور ج"),
 *   although CLDR 48 gives one ("الف، ب، و ج", "الف، ب، اور ج").
 */
const STARTS_ARABIC_LETTER = /^(?=\p{L})\p{Script=Arabic}/u;
const COMMA_BEFORE_CONJUNCTION: Partial<Record<CatalogueLanguage, RegExp>> = {
  fa: /^،\u200f?\s+(?=و\s)/u,
  ur: /^،\u200f?\s+(?=اور\s)/u,
};

/**
 * A list's parts ("element" and "literal") as `Intl.ListFormat#formatToParts` gives them, with
 * the corrections above applied to the literals. Every component that joins names goes through it.
 */
export function formatListToParts(
  items: readonly string[],
  locale: string,
  type: Intl.ListFormatType = 'conjunction',
): readonly ListPart[] {
  // JSON: an unambiguous key for a list of strings, whatever characters the names hold.
  return recentLists(`${String(locale)}|${type}`, JSON.stringify(items), () => listParts(items, locale, type));
}

type ListPart = { readonly type: 'element' | 'literal'; readonly value: string };
// The bylines of recent renders: 256 lists of names, each a few hundred characters at most.
const recentLists = /* @__PURE__ */ recentResults<readonly ListPart[]>(256, 2_000);

function listParts(items: readonly string[], locale: string, type: Intl.ListFormatType): ListPart[] {
  const parts = getListFormat(locale, { type, style: 'long' }).formatToParts(items);
  const comma = type === 'conjunction' ? COMMA_BEFORE_CONJUNCTION[catalogueLanguage(locale)] : undefined;
  const lastLiteral = parts.length - 2;
  return parts.map((part, index) => {
    if (part.type !== 'literal') return part;
    let value = part.value;
    if (comma && index === lastLiteral && items.length >= 3) value = value.replace(comma, ' ');
    const next = parts[index + 1]?.value;
    if (value.endsWith('\u0648') && next !== undefined && !STARTS_ARABIC_LETTER.test(next)) value += ' ';
    return { type: 'literal', value };
  });
}

/** Joins items the way the locale's news sites join a list ("أ وب وج", "ليلى و Omar", "A, B, and C"). */
export function formatList(items: readonly string[], locale: string, type: Intl.ListFormatType = 'conjunction'): string {
  return formatListToParts(items, locale, type)
    .map((part) => part.value)
    .join('');
}
