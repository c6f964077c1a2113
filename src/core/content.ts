import { Fragment, isValidElement, type ReactNode } from 'react';
import { cleanText } from './sanitize.js';
import { warnOnce } from './warn.js';

/*
 * Children that hold text: a headline, a kicker, a standfirst, a pull quote, the items of a meta
 * row. Strings may come straight from a CMS, so they are cleaned wherever they sit in the children
 * (`<Headline>{cms.title}{suffix}</Headline>` is an array, `<>{cms.title}</>` a fragment). An
 * element other than a fragment is the app's own markup and is kept as it is.
 */

// Something a reader can see: not whitespace, not a format character (\p{Cf}: RLM, LRM, ALM,
// zero-width space, word joiner, BOM, soft hyphen, bidi controls). A search for one character,
// not a quantified run: a `^[…]*$` over megabytes of such characters overflows V8's regexp stack.
const VISIBLE = /[^\s\p{Cf}]/u;

/** True when the text has no character a reader can see (empty, spaces, RLM, zero-width…). */
export function isInvisible(text: string): boolean {
  return !VISIBLE.test(text);
}

/**
 * Walks strings and numbers through arrays and fragments (a fragment is replaced by its children,
 * which keep their keys and React's key checks), dropping NaN and ±Infinity: React would print
 * them ("NaN") with a console error.
 */
function mapText(node: ReactNode, text: (value: string) => string): ReactNode {
  if (typeof node === 'string') return text(node);
  if (typeof node === 'number') return Number.isFinite(node) ? text(String(node)) : null;
  if (Array.isArray(node)) return node.map((child: ReactNode) => mapText(child, text));
  if (isValidElement<{ children?: ReactNode }>(node)) return node.type === Fragment ? mapText(node.props.children, text) : node;
  // A plain object or a function (a CMS field passed whole, from an untyped caller) is not text:
  // React would throw on it. Dropped with a warning; promises and iterables are React's to render.
  if (typeof node === 'function' || (typeof node === 'object' && node !== null && !(Symbol.iterator in node) && typeof (node as PromiseLike<unknown>).then !== 'function')) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`maqal: a child that is ${typeof node === 'function' ? 'a function' : 'an object'}, not text or an element, was not rendered.`);
    return null;
  }
  return node;
}

/** Children with every string cleaned of control junk and bidi controls, and no NaN or ±Infinity. */
export function cleanNode(node: ReactNode): ReactNode {
  return mapText(node, (value) => cleanText(value, ''));
}

/** Children with no NaN or ±Infinity, strings left as they are (an article body's own text). */
export function finiteNode(node: ReactNode): ReactNode {
  return mapText(node, (value) => value);
}

/**
 * True when a node would render no visible text: nothing, booleans, NaN, strings of whitespace
 * and invisible marks, and arrays or fragments of those (`<>{cms.title}</>` with an empty title).
 * Any other element counts as content.
 */
export function isBlank(node: ReactNode): boolean {
  if (node === undefined || node === null || typeof node === 'boolean') return true;
  if (typeof node === 'string') return isInvisible(cleanText(node, ''));
  if (typeof node === 'number') return !Number.isFinite(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return node.type === Fragment && isBlank(node.props.children);
  // every() skips the holes of a sparse array, which render nothing.
  if (Array.isArray(node)) return node.every((child: ReactNode) => isBlank(child));
  // Objects React cannot render (a stray { } from a CMS): treated as nothing, never thrown.
  return typeof node === 'object' && !(Symbol.iterator in node);
}
