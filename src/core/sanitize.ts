import type { NumberingSystem } from './locale.js';
import { warnOnce } from './warn.js';

/*
 * Props come from untyped callers, CMS fields and JSON. These helpers turn whatever arrived into
 * something safe to render, warning once in development, naming the component and the prop.
 */

// ASCII tab, newline and carriage return are deleted by URL parsers before the scheme is read,
// so "java\tscript:" is still javascript: (WHATWG URL, "basic URL parser").
const URL_IGNORED = /[\t\n\r]/g;
const SCHEME = /^([a-z][a-z\d+\-.]*):/i;

// Raster and SVG images inlined by bundlers (Vite inlines assets under 4 kB as data: URLs).
// Safe in <img src> only: an image context runs no script, not even an SVG's.
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)[;,]/i;

/**
 * The URL if it is safe to put in `href` or `src`: http(s), protocol-relative, root- or
 * path-relative, query or fragment; with `image`, also a `data:image/…` URL for an `<img src>`.
 * Anything else (`javascript:`, other `data:`, `vbscript:`, an unknown scheme, a non-string) is
 * dropped with a development warning.
 */
export function safeUrl(value: unknown, where: string, { image = false }: { image?: boolean } = {}): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be a string URL; got ${typeof value}. It was not rendered.`);
    return undefined;
  }
  // Leading C0 controls and spaces are stripped by the URL parser too.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const url = value.replace(URL_IGNORED, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '') return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return url;
  if (image && DATA_IMAGE.test(url)) return url;
  if (process.env.NODE_ENV !== 'production') warnOnce(`${where}: the URL scheme "${scheme}:" is not allowed (only http, https and relative URLs). It was not rendered.`);
  return undefined;
}

// U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates): in a name they can flip
// the text after it. Isolation (<bdi>) contains them; removing them as well leaves nothing to flip.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// NUL and the other C0/C1 controls but tab and newline, and lone surrogates, which render as
// tofu or break serialisation.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Any character either of the two patterns above could remove. Most text has none, and one scan
// for them costs a fifth of the surrogate lookarounds (bench/ssr: 10,000 paragraphs).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/;

/** Removes bidi embedding, override and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Text to render from a prop that should be a string: numbers become strings, anything else
 * (objects, functions, null) becomes '' with a warning; control junk and bidi controls go.
 */
export function cleanText(value: unknown, where: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be a string; got ${typeof value}. It was not rendered.`);
    return '';
  }
  return SUSPECT.test(value) ? stripBidiControls(value.replace(JUNK, '')) : value;
}

// Controls that are whitespace: VT and FF separate words and NEL ends a line, so deleting them as
// junk would glue two words together.
const SPACING_CONTROLS = /[\v\f\u0085]/g;

/**
 * cleanText for running prose whose caller contains bidi controls itself (ArticleText closes them
 * line by line): embeddings, overrides and isolates are kept, since CMS text uses them on purpose
 * (a phone number in LRI…PDI inside Arabic). VT and FF become spaces and NEL a line break; the
 * rest of the junk goes.
 */
export function cleanProse(value: unknown, where: string): string {
  if (typeof value !== 'string') return cleanText(value, where);
  return SUSPECT.test(value) ? value.replace(SPACING_CONTROLS, (c) => (c === '\v' || c === '\f' ? ' ' : '\n')).replace(JUNK, '') : value;
}

/**
 * A finite number from a prop, clamped to [min, max]; undefined for nothing or nonsense
 * (NaN, ±Infinity, strings that are not numbers, objects), with a warning naming the prop.
 * Numeric strings from untyped callers ("4.5") are accepted with a warning.
 */
export function readNumber(value: unknown, where: string, range: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined || value === null) return undefined;
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} should be a number; got the string "${value}".`);
    n = Number(value);
  } else {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be a finite number; got ${describe(value)}. It was ignored.`);
    return undefined;
  }
  if (!Number.isFinite(n)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be a finite number; got ${n}. It was ignored.`);
    return undefined;
  }
  const { min = -Infinity, max = Infinity } = range;
  if (n < min || n > max) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be between ${min} and ${max}; got ${n}. It was clamped.`);
    return Math.min(max, Math.max(min, n));
  }
  return n;
}

const NUMBERING_SYSTEMS: readonly string[] = ['latn', 'arab', 'arabext'];

/**
 * A numbering system maqal supports, or undefined (the locale's default) with a warning for
 * anything else, saying `fallback` happens instead. Exact values only: Intl throws a RangeError
 * for "x", "arab " and "latn-", and ignores a well-formed unknown one.
 */
export function readNumberingSystem(value: unknown, where: string, fallback?: string): NumberingSystem | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && NUMBERING_SYSTEMS.includes(value)) return value as NumberingSystem;
  if (process.env.NODE_ENV !== 'production') warnOnce(`${where} must be 'latn', 'arab' or 'arabext'; got ${describe(value)}. ${fallback ?? "The locale's default digits were used."}`);
  return undefined;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null ? 'null' : typeof value;
}
