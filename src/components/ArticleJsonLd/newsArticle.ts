import { readDate, readTimeZoneSetting } from '../../core/dates.js';
import { cleanText, readNumber, safeUrl } from '../../core/sanitize.js';
import { recentResults } from '../../core/recent.js';
import { warnOnce } from '../../core/warn.js';

/** An author of the article: a name, or a person or organisation with a page. */
export type ArticleJsonLdAuthor = string | { name: string; url?: string; type?: 'Person' | 'Organization' };

/** The readers' rating, for an `AggregateRating` (only given when there are votes). */
export interface ArticleJsonLdRating {
  /** The average, between `worst` and `best`. */
  value: number;
  /** How many readers voted; no rating is emitted for 0 votes. */
  votes: number;
  /**
   * The highest possible rating.
   * @default 5
   */
  best?: number;
  /**
   * The lowest possible rating.
   * @default 1
   */
  worst?: number;
}

/** What `articleJsonLd()` and `<ArticleJsonLd>` describe. */
export interface ArticleJsonLdInput {
  /** The headline (required by Google's NewsArticle rich results). */
  headline: string;
  /** A one- or two-sentence summary, usually the standfirst. */
  description?: string;
  /** The authors, in byline order (`author.name` is required by rich results). */
  authors?: ArticleJsonLdAuthor | readonly ArticleJsonLdAuthor[];
  /**
   * When it was first published: a Date, a timestamp in ms, or an ISO 8601 / RFC 3339 string. A
   * string without an offset (WordPress's `date`, "2026-11-30T21:30:00") is wall-clock time in
   * `timeZone`; other string forms are left out with a warning.
   */
  datePublished: Date | string | number;
  /** When it was last changed; read like `datePublished`. */
  dateModified?: Date | string | number;
  /**
   * IANA time zone that date strings without an offset were written in (a WordPress site's
   * timezone setting, for its `date` and `modified` fields). Strings with an offset and `Z` ignore it.
   * @default 'UTC'
   */
  timeZone?: string;
  /** The section ("أخبار عربية وعالمية"), as `articleSection`. */
  section?: string;
  /** Image URL(s); relative ones are resolved against `url`. Unsafe URLs are dropped. */
  image?: string | readonly string[];
  /** Canonical URL of the article (`url` and `mainEntityOfPage`). */
  url?: string;
  /** The readers' rating; an `AggregateRating` when it has votes. */
  rating?: ArticleJsonLdRating;
  /** BCP 47 language of the article, as `inLanguage`. */
  inLanguage?: string;
  /** The publisher, an organisation with an optional logo URL. */
  publisher?: { name: string; logo?: string };
}

/** A JSON value, as JSON-LD holds. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A schema.org object ready for JSON.stringify. */
export type JsonLd = { [key: string]: JsonValue };

const WHERE = 'articleJsonLd';

/** An absolute URL where possible: relative ones resolve against the article's URL. */
// URLs resolved lately, by base: parsing a URL is the costliest step here, and a server writes the
// same article's data on every request. A relative URL with no base throws, and is not kept.
const resolved = /* @__PURE__ */ recentResults<string>(256, 2_000);

function absolute(value: unknown, base: string | undefined, where: string): string | undefined {
  const url = safeUrl(value, where);
  if (url === undefined) return undefined;
  try {
    return resolved(base ?? '', url, () => new URL(url, base).href);
  } catch {
    // Relative without an absolute base: kept as given (Google needs it absolute; say so).
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where}: "${url.slice(0, 60)}" is relative and there is no absolute \`url\` to resolve it against.`);
    return url;
  }
}

/** ISO 8601 in UTC; dates whose year needs more than four digits (±275760) are left out. */
function isoDate(value: unknown, where: string, timeZone: string): string | undefined {
  const date = readDate(value, where, { timeZone });
  if (date === null) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where}: the year ${year} cannot be written as an ISO 8601 date. It was left out.`);
    return undefined;
  }
  return date.toISOString();
}

function text(value: unknown, where: string): string | undefined {
  const cleaned = cleanText(value, where).replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

function readAuthors(authors: unknown, base: string | undefined): JsonValue[] {
  const list: unknown[] = authors === undefined || authors === null ? [] : Array.isArray(authors) ? authors : [authors];
  const result: JsonValue[] = [];
  for (const author of list) {
    const fields = typeof author === 'string' ? { name: author } : author && typeof author === 'object' ? (author as Record<string, unknown>) : {};
    const name = text(fields.name, `${WHERE}: authors[].name`);
    if (name === undefined) continue;
    const url = absolute(fields.url, base, `${WHERE}: authors[].url`);
    const type = fields.type === 'Organization' ? 'Organization' : 'Person';
    result.push(url === undefined ? { '@type': type, name } : { '@type': type, name, url });
  }
  return result;
}

function readRating(rating: unknown): JsonValue | undefined {
  if (rating === undefined || rating === null) return undefined;
  if (typeof rating !== 'object') {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: rating must be { value, votes }; got ${typeof rating}. It was left out.`);
    return undefined;
  }
  const fields = rating as Record<string, unknown>;
  const best = readNumber(fields.best, `${WHERE}: rating.best`, { min: 1 }) ?? 5;
  const worst = readNumber(fields.worst, `${WHERE}: rating.worst`, { min: 0, max: best }) ?? 1;
  const votes = readNumber(fields.votes, `${WHERE}: rating.votes`, { min: 0 });
  const value = readNumber(fields.value, `${WHERE}: rating.value`, { min: worst, max: best });
  // Rich results reject an AggregateRating without a positive count.
  if (votes === undefined || Math.floor(votes) < 1 || value === undefined) return undefined;
  return {
    '@type': 'AggregateRating',
    ratingValue: Math.round(value * 100) / 100,
    ratingCount: Math.floor(votes),
    bestRating: best,
    worstRating: worst,
  };
}

/**
 * A schema.org `NewsArticle` for the article, with the fields Google's Article rich results read
 * (headline, image, datePublished, dateModified, author with name and url) and an
 * `AggregateRating` when a rating with votes is given. Dates are ISO 8601 in UTC, whatever the
 * host's time zone: a string without an offset is read in `timeZone` (default UTC). Fields that are
 * missing or invalid are left out (with a development warning), never emitted as "Invalid Date".
 */
export function articleJsonLd(input: ArticleJsonLdInput): JsonLd {
  const fields = (input && typeof input === 'object' ? input : {}) as Partial<Record<keyof ArticleJsonLdInput, unknown>>;
  const url = absolute(fields.url, undefined, `${WHERE}: url`);
  const base = url !== undefined && /^https?:/i.test(url) ? url : undefined;
  const data: JsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle' };

  const headline = text(fields.headline, `${WHERE}: headline`);
  if (headline !== undefined) data.headline = headline;
  else if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: headline is empty; NewsArticle rich results require one.`);

  const description = text(fields.description, `${WHERE}: description`);
  if (description !== undefined) data.description = description;

  const images = (Array.isArray(fields.image) ? fields.image : fields.image === undefined ? [] : [fields.image])
    .map((image: unknown) => absolute(image, base, `${WHERE}: image`))
    .filter((image): image is string => image !== undefined);
  if (images.length > 0) data.image = images;

  const timeZone = readTimeZoneSetting(fields.timeZone, `${WHERE}: timeZone`, 'Dates without an offset were read in UTC.') ?? 'UTC';
  const published = isoDate(fields.datePublished, `${WHERE}: datePublished`, timeZone);
  if (published !== undefined) data.datePublished = published;
  else if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: datePublished is missing; NewsArticle rich results require it.`);
  const modified = isoDate(fields.dateModified, `${WHERE}: dateModified`, timeZone);
  if (modified !== undefined) data.dateModified = modified;

  const authors = readAuthors(fields.authors, base);
  if (authors.length > 0) data.author = authors;

  const section = text(fields.section, `${WHERE}: section`);
  if (section !== undefined) data.articleSection = section;

  if (typeof fields.inLanguage === 'string' && fields.inLanguage.trim() !== '') data.inLanguage = fields.inLanguage.trim();

  if (url !== undefined) {
    data.url = url;
    data.mainEntityOfPage = { '@type': 'WebPage', '@id': url };
  }

  const publisher = fields.publisher as { name?: unknown; logo?: unknown } | undefined;
  const publisherName = publisher && typeof publisher === 'object' ? text(publisher.name, `${WHERE}: publisher.name`) : undefined;
  if (publisherName !== undefined) {
    const logo = absolute(publisher!.logo, base, `${WHERE}: publisher.logo`);
    data.publisher = logo === undefined ? { '@type': 'Organization', name: publisherName } : { '@type': 'Organization', name: publisherName, logo: { '@type': 'ImageObject', url: logo } };
  }

  const rating = readRating(fields.rating);
  if (rating !== undefined) data.aggregateRating = rating;
  return data;
}

/**
 * JSON for the inside of a `<script type="application/ld+json">`: `<`, `>` and `&` are written as
 * \u003c, \u003e and \u0026, so no value can close the script element or open a comment, and the
 * line and paragraph separators are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, (c) => ESCAPED[c]!);
}

// One pass over the JSON for the five characters below.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;
const ESCAPED: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };
