import type { ArticleHeaderMedia } from '../components/ArticleHeader/ArticleHeader.js';
import type { ArticleJsonLdInput } from '../components/ArticleJsonLd/newsArticle.js';
import type { BylineAuthor } from '../components/Byline/Byline.js';
import { readDate } from '../core/dates.js';
import { safeUrl } from '../core/sanitize.js';
import { describeValue, warnOnce } from '../core/warn.js';
import { decodeEntities, htmlToText } from '../html/text.js';
import type { WordPressAuthor, WordPressMedia, WordPressPost, WordPressTerm } from './types.js';

/** What `fromWordPress` makes of a post: maqal's props, as plain data. */
export interface WordPressArticle {
  /** The primary category's name, for `ArticleHeader kicker`. */
  kicker?: string;
  /** The primary category's archive page, for `ArticleHeader kickerHref`. */
  kickerHref?: string;
  /** `title.rendered` as text: tags removed, character references decoded. '' when missing. */
  headline: string;
  /** `excerpt.rendered` as text, WordPress's " [&hellip;]" ending shortened to "…". */
  standfirst?: string;
  /** The embedded authors, for `Byline authors`. */
  authors: BylineAuthor[];
  /** First publication, ISO 8601 in UTC (`date_gmt`), for `Timestamp dateTime`. */
  published?: string;
  /** Last modification, ISO 8601 in UTC (`modified_gmt`); only when later than `published`. */
  modified?: string;
  /** The featured image with its alt text, caption and credit, for `ArticleHeader media`. */
  media?: ArticleHeaderMedia & { caption?: string; credit?: string };
  /** The body, `content.rendered`, for `ArticleHtml html` (maqal/html). '' when protected or missing. */
  html: string;
  /** The post's URL (`link`). */
  url?: string;
  /** Input for `ArticleJsonLd`; absent without a headline or a publication date. */
  jsonLd?: ArticleJsonLdInput;
}

export interface FromWordPressOptions {
  /**
   * Id of the primary category (Yoast SEO and Rank Math keep one in post meta; core WordPress has
   * none). Without it: the first of the post's categories that is not "uncategorized".
   */
  primaryCategory?: number;
  /**
   * The site's time zone (Settings → General), used only when `date_gmt` is missing and the
   * offset-less `date` has to be read instead.
   * @default 'UTC'
   */
  timeZone?: string;
  /** BCP 47 language of the site, for the JSON-LD `inLanguage`. */
  locale?: string;
  /** The publisher, for the JSON-LD. */
  publisher?: { name: string; logo?: string };
}

const WHERE = 'fromWordPress';

type Loose = Record<string, unknown>;

function warn(message: string): void {
  if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: ${message}`);
}

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field that should be a string: the string, else undefined with a warning when something else was there. */
function string(object: Loose, key: string, where: string): string | undefined {
  const value = object[key];
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null) warn(`${where} must be a string; got ${describeValue(value)}. It was ignored.`);
  return undefined;
}

/** `{ rendered }` of a rendered field, or undefined. */
function rendered(object: Loose, key: string): string | undefined {
  const field = object[key];
  if (field === undefined || field === null) return undefined;
  if (!isObject(field)) {
    warn(`${key} must be { rendered }; got ${describeValue(field)}. It was ignored.`);
    return undefined;
  }
  if (field.protected === true) return undefined;
  return string(field, 'rendered', `${key}.rendered`);
}

/** An array field, else [] with a warning. */
function list(value: unknown, where: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  warn(`${where} must be an array; got ${describeValue(value)}. It was ignored.`);
  return [];
}

/** A positive pixel size, else undefined. */
function pixels(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

// WordPress writes GMT dates without an offset: "2026-11-28T06:30:00".
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}$/;

/** `date_gmt`/`modified_gmt` as ISO 8601 UTC; else the site-time field read in `timeZone`. */
function utc(post: Loose, gmtKey: string, localKey: string, timeZone: string): string | undefined {
  const gmt = string(post, gmtKey, gmtKey);
  if (gmt !== undefined && gmt !== '') {
    const date = readDate(NO_OFFSET.test(gmt) ? `${gmt.replace(' ', 'T')}Z` : gmt, `${WHERE}: ${gmtKey}`);
    if (date !== null) return date.toISOString();
  }
  const local = string(post, localKey, localKey);
  if (local === undefined || local === '') return undefined;
  const date = readDate(local, `${WHERE}: ${localKey}`, { timeZone });
  return date === null ? undefined : date.toISOString();
}

function terms(post: Loose, embedded: Loose): WordPressTerm[] {
  return list(embedded['wp:term'], '_embedded["wp:term"]')
    .flatMap((taxonomy) => list(taxonomy, '_embedded["wp:term"][]'))
    .filter((term): term is WordPressTerm => isObject(term) && typeof (term as Loose).name === 'string');
}

function primaryCategory(post: Loose, embedded: Loose, chosen: number | undefined): WordPressTerm | undefined {
  const categories = terms(post, embedded).filter((term) => term.taxonomy === 'category');
  if (chosen !== undefined) {
    const found = categories.find((term) => term.id === chosen);
    if (found) return found;
    warn(`the primaryCategory ${chosen} is not among the embedded categories; the first category was used.`);
  }
  // The post's own order (categories ids) first, then the embedded order.
  const ids = list(post.categories, 'categories').filter((id): id is number => typeof id === 'number');
  const ordered = [...ids.map((id) => categories.find((term) => term.id === id)).filter((term) => term !== undefined), ...categories];
  return ordered.find((term) => term.slug !== 'uncategorized') ?? ordered[0];
}

function author(entry: unknown): BylineAuthor | undefined {
  // An author the reader may not see is embedded as an error object, without a name.
  if (!isObject(entry)) return undefined;
  const fields = entry as WordPressAuthor;
  const name = typeof fields.name === 'string' ? decodeEntities(fields.name).trim() : '';
  if (name === '') return undefined;
  const result: BylineAuthor = { name };
  const href = safeUrl(fields.link, `${WHERE}: author link`);
  if (href !== undefined) result.href = href;
  const avatars = isObject(fields.avatar_urls) ? fields.avatar_urls : {};
  const avatar = safeUrl(avatars['96'] ?? avatars['48'], `${WHERE}: author avatar_urls`);
  if (avatar !== undefined) result.avatarSrc = avatar;
  return result;
}

function featuredImage(post: Loose, embedded: Loose): WordPressArticle['media'] {
  const items = list(embedded['wp:featuredmedia'], '_embedded["wp:featuredmedia"]').filter(isObject) as WordPressMedia[];
  const media = items.find((item) => item.id === post.featured_media) ?? items[0];
  if (media === undefined) return undefined;
  const src = safeUrl(media.source_url, `${WHERE}: featured media source_url`, { image: true });
  if (src === undefined) return undefined;
  if (media.media_type !== undefined && media.media_type !== 'image') return undefined;
  const alt = typeof media.alt_text === 'string' ? decodeEntities(media.alt_text).trim() : '';
  if (alt === '') warn(`the featured image ${describeValue(src)} has no alt_text; it was given alt="".`);
  const result: NonNullable<WordPressArticle['media']> = { src, alt };
  const details = isObject(media.media_details) ? media.media_details : {};
  const width = pixels(details.width);
  const height = pixels(details.height);
  if (width !== undefined && height !== undefined) Object.assign(result, { width, height });
  const caption = isObject(media.caption) && typeof media.caption.rendered === 'string' ? htmlToText(media.caption.rendered) : '';
  if (caption !== '') result.caption = caption;
  const meta = isObject(details.image_meta) ? details.image_meta : {};
  const credit = [meta.credit, meta.copyright].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  if (credit !== undefined) result.credit = decodeEntities(credit).trim();
  return result;
}

// Themes append a "Continue reading" link (class "more-link") to excerpts: not part of the summary.
const MORE_LINK = /<a\s[^>]*class\s*=\s*["'][^"']*\bmore-link\b[^>]*>[^<]*<\/a>/gi;

function withoutMoreLink(html: string): string {
  // Excerpts are a few hundred characters; a regexp over megabytes of unclosed tags could backtrack.
  return html.length < 20_000 && html.includes('more-link') ? html.replace(MORE_LINK, '') : html;
}

/**
 * maqal's props from a WordPress REST API post fetched with `_embed`: kicker (the primary
 * category), headline, standfirst (the excerpt), authors, publication and modification dates in
 * UTC, the featured image with alt, caption and credit, the body HTML and JSON-LD input. Plain
 * data: pass `html` to `ArticleHtml` from maqal/html. A payload with missing or mistyped fields
 * gives what can be read, with a development warning for each problem; it never throws.
 */
export function fromWordPress(post: WordPressPost, options: FromWordPressOptions = {}): WordPressArticle {
  if (!isObject(post)) {
    warn(`the post must be an object from the REST API; got ${describeValue(post)}.`);
    return { headline: '', authors: [], html: '' };
  }
  const fields = post as unknown as Loose;
  const embedded = isObject(fields._embedded) ? fields._embedded : {};
  if (fields._embedded === undefined) warn('the post has no _embedded field: fetch it with ?_embed to get authors, categories and the featured image.');
  const article: WordPressArticle = {
    headline: htmlToText(rendered(fields, 'title') ?? ''),
    authors: list(embedded.author, '_embedded.author').map(author).filter((entry) => entry !== undefined),
    html: rendered(fields, 'content') ?? '',
  };
  if (article.headline === '') warn('the post has no title.rendered: the headline is empty.');
  const category = primaryCategory(fields, embedded, options.primaryCategory);
  if (category?.name !== undefined) {
    const kicker = decodeEntities(category.name).trim();
    if (kicker !== '') article.kicker = kicker;
    const href = safeUrl(category.link, `${WHERE}: category link`);
    if (href !== undefined) article.kickerHref = href;
  }
  const excerpt = htmlToText(withoutMoreLink(rendered(fields, 'excerpt') ?? '')).replace(/\s*\[…\]$/, '…');
  if (excerpt !== '') article.standfirst = excerpt;
  const timeZone = options.timeZone ?? 'UTC';
  const published = utc(fields, 'date_gmt', 'date', timeZone);
  if (published !== undefined) article.published = published;
  const modified = utc(fields, 'modified_gmt', 'modified', timeZone);
  if (modified !== undefined && (published === undefined || modified > published)) article.modified = modified;
  const media = featuredImage(fields, embedded);
  if (media !== undefined) article.media = media;
  const url = safeUrl(fields.link, `${WHERE}: link`);
  if (url !== undefined) article.url = url;
  if (article.headline !== '' && published !== undefined) {
    const jsonLd: ArticleJsonLdInput = {
      headline: article.headline,
      datePublished: published,
      authors: article.authors.map((entry) => (entry.href === undefined ? entry.name : { name: entry.name, url: entry.href })),
    };
    if (article.standfirst !== undefined) jsonLd.description = article.standfirst;
    if (article.modified !== undefined) jsonLd.dateModified = article.modified;
    if (article.kicker !== undefined) jsonLd.section = article.kicker;
    if (media !== undefined) jsonLd.image = media.src;
    if (url !== undefined) jsonLd.url = url;
    if (options.locale !== undefined) jsonLd.inLanguage = options.locale;
    if (options.publisher !== undefined) jsonLd.publisher = options.publisher;
    article.jsonLd = jsonLd;
  }
  return article;
}
