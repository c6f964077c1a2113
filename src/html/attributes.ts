import { cleanText, safeUrl } from '../core/sanitize.js';

/*
 * The attributes ArticleHtml keeps, element by element, each read into a value React renders as
 * it is. Everything not named here goes: every on* handler, style, class, id and name (DOM
 * clobbering: <img name="cookie"> shadows document.cookie), data-*, srcdoc, formaction, xlink:*.
 * URLs (href, src, every srcset candidate, cite) go through maqal's safe-URL rule: http(s) and
 * relative only, data:image/* for images. Values are already decoded by the parser, so
 * "jav&#x09;ascript:" arrives as "jav\tascript:" and is read as the browser would read it.
 */

export type Attrs = ReadonlyMap<string, string>;
export type Props = Record<string, string | number | boolean | undefined>;

const WHERE = 'ArticleHtml';

// BCP 47, loosely: letters and digits in subtags of up to 8 (enough to stop anything that is not a tag).
const LANG = /^[a-z]{2,8}(?:-[a-z\d]{1,8})*$/i;
const DIRS: readonly string[] = ['ltr', 'rtl', 'auto'];

/** lang and dir, on any element. */
export function common(attrs: Attrs, props: Props): void {
  const lang = attrs.get('lang')?.trim();
  if (lang !== undefined && LANG.test(lang)) props.lang = lang;
  const dir = attrs.get('dir')?.trim().toLowerCase();
  if (dir !== undefined && DIRS.includes(dir)) props.dir = dir;
}

/** A whole number in [min, max] written as HTML writes one, or undefined. */
export function integer(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\s*-?\d{1,9}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

// rel tokens that only say something about the link; others (a made-up "preload") are dropped.
const REL: readonly string[] = ['nofollow', 'noopener', 'noreferrer', 'ugc', 'sponsored', 'external', 'author', 'tag', 'license'];

/** href (safe URLs only), hreflang, rel; target="_blank" always with rel="noopener noreferrer". */
export function link(attrs: Attrs, props: Props): boolean {
  const href = safeUrl(attrs.get('href'), `${WHERE}: <a href>`);
  if (href === undefined) return false;
  props.href = href;
  const hreflang = attrs.get('hreflang')?.trim();
  if (hreflang !== undefined && LANG.test(hreflang)) props.hrefLang = hreflang;
  const rel = new Set((attrs.get('rel') ?? '').toLowerCase().split(/\s+/).filter((token) => REL.includes(token)));
  if (attrs.get('target')?.trim().toLowerCase() === '_blank') {
    props.target = '_blank';
    rel.add('noopener').add('noreferrer');
  }
  if (rel.size > 0) props.rel = [...rel].join(' ');
  return true;
}

// srcset descriptors: a width (800w), a density (2x, 1.5x) or the height some CMSs add (600h).
const DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x|\d+h)$/;

/**
 * A srcset with only its safe candidates, written back as "url descriptor, url descriptor", and
 * the first candidate's URL (the src of an image that has only a srcset).
 * Parsed as the HTML standard does ("parse a srcset attribute"): a URL is a run of non-space
 * characters, trailing commas end the candidate, descriptors run to the next comma.
 */
export function srcset(value: string | undefined): { value: string; first: string } | undefined {
  if (value === undefined) return undefined;
  const candidates: string[] = [];
  let first: string | undefined;
  let i = 0;
  const n = value.length;
  const space = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\f' || c === '\r';
  while (i < n) {
    while (i < n && (space(value[i]!) || value[i] === ',')) i += 1;
    if (i >= n) break;
    let start = i;
    while (i < n && !space(value[i]!)) i += 1;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      start = i;
      while (i < n && value[i] !== ',') i += 1;
      descriptor = value.slice(start, i).trim();
    }
    const safe = safeUrl(url, `${WHERE}: <img srcset>`, { image: true });
    // A comma inside a URL is fine (data:image/svg+xml,…), one at its end would end the candidate.
    if (safe === undefined || safe.endsWith(',')) continue;
    if (descriptor !== '' && !DESCRIPTOR.test(descriptor)) continue;
    first ??= safe;
    candidates.push(descriptor === '' ? safe : `${safe} ${descriptor}`);
  }
  return first === undefined ? undefined : { value: candidates.join(', '), first };
}

/**
 * An image's attributes: src and srcset (safe URLs), sizes, intrinsic width and height (so the
 * page does not move when it loads), alt, loading and decoding. False when no safe source is left.
 */
export function image(attrs: Attrs, props: Props): boolean {
  const src = safeUrl(attrs.get('src'), `${WHERE}: <img src>`, { image: true });
  const set = srcset(attrs.get('srcset'));
  if (src === undefined && set === undefined) return false;
  props.src = src ?? set!.first;
  if (set !== undefined) props.srcSet = set.value;
  // sizes is a list of media conditions and lengths: no URL, nothing that runs. Kept when it
  // looks like one (no quotes, brackets or semicolons).
  const sizes = attrs.get('sizes')?.trim();
  if (sizes && sizes.length <= 500 && /^[\w\s().,:%+\-*/]+$/.test(sizes)) props.sizes = sizes;
  const width = integer(attrs.get('width'), 1, 100_000);
  const height = integer(attrs.get('height'), 1, 100_000);
  if (width !== undefined) props.width = width;
  if (height !== undefined) props.height = height;
  // An image without alt is announced by its file name; WordPress always writes alt (maybe empty).
  props.alt = cleanText(attrs.get('alt') ?? '', `${WHERE}: <img alt>`);
  const loading = attrs.get('loading')?.trim().toLowerCase();
  if (loading === 'lazy' || loading === 'eager') props.loading = loading;
  const decoding = attrs.get('decoding')?.trim().toLowerCase();
  if (decoding === 'async' || decoding === 'sync' || decoding === 'auto') props.decoding = decoding;
  return true;
}

/** cite on blockquote and q: a URL, never shown, kept only when safe. */
export function quote(attrs: Attrs, props: Props): void {
  const cite = safeUrl(attrs.get('cite'), `${WHERE}: cite`);
  if (cite !== undefined) props.cite = cite;
}

const OL_TYPES: readonly string[] = ['1', 'a', 'A', 'i', 'I'];

/** ol: start, reversed, type. */
export function orderedList(attrs: Attrs, props: Props): void {
  const start = integer(attrs.get('start'), -1_000_000, 1_000_000);
  if (start !== undefined) props.start = start;
  if (attrs.has('reversed')) props.reversed = true;
  const type = attrs.get('type')?.trim();
  if (type !== undefined && OL_TYPES.includes(type)) props.type = type;
}

/** td and th: colspan, rowspan (the ranges the HTML standard clamps to), th's scope. */
export function cell(attrs: Attrs, props: Props, header: boolean): void {
  const colSpan = integer(attrs.get('colspan'), 1, 1000);
  if (colSpan !== undefined && colSpan > 1) props.colSpan = colSpan;
  const rowSpan = integer(attrs.get('rowspan'), 0, 65534);
  if (rowSpan !== undefined && rowSpan !== 1) props.rowSpan = rowSpan;
  const scope = attrs.get('scope')?.trim().toLowerCase();
  if (header && (scope === 'row' || scope === 'col' || scope === 'rowgroup' || scope === 'colgroup')) props.scope = scope;
}

/*
 * WordPress's layout classes (block editor and classic editor), as data attributes maqal's CSS
 * lays out. alignleft and alignright become start and end: WordPress's right-to-left stylesheets
 * (generated by RTLCSS) float alignleft to the right, so in both directions they mean "start".
 */
const ALIGN: Readonly<Record<string, string>> = {
  alignwide: 'wide',
  alignfull: 'full',
  aligncenter: 'center',
  alignleft: 'start',
  alignright: 'end',
};
const SIZE = /^size-(thumbnail|medium|medium_large|large|full)$/;

/** data-align and data-size from WordPress's classes; the class itself is not kept. */
export function layout(attrs: Attrs, props: Props): void {
  const classes = attrs.get('class');
  if (!classes) return;
  for (const name of classes.split(/\s+/)) {
    const align = Object.hasOwn(ALIGN, name) ? ALIGN[name] : undefined;
    if (align !== undefined) props['data-align'] = align;
    const size = SIZE.exec(name)?.[1];
    if (size !== undefined) props['data-size'] = size === 'medium_large' ? 'medium' : size;
  }
}

/** The abbreviation's expansion. */
export function title(attrs: Attrs, props: Props): void {
  const value = attrs.get('title');
  if (value !== undefined) {
    const text = cleanText(value, `${WHERE}: title`).trim();
    if (text !== '') props.title = text;
  }
}
