import { defaultTreeAdapter, html as spec, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { cleanText } from '../core/sanitize.js';
import { warnOnce } from '../core/warn.js';

/*
 * Plain-text fields that arrive HTML-escaped: WordPress's title.rendered ("&#8220;…&#8221;",
 * "&#8217;", "&amp;") and excerpt.rendered. Decoded by the same parser as the body, so a
 * character reference means here exactly what it means in a browser (named, decimal, hex, the
 * legacy ones without a semicolon, the code points the standard replaces).
 */

type Node = DefaultTreeAdapterTypes.ChildNode;

// RCDATA (the parsing of <textarea>'s content): character references are decoded, tags are not
// recognised, so "<b>" stays the text "<b>". In fragment parsing no end tag can close it.
const RCDATA = defaultTreeAdapter.createElement('textarea', spec.NS.HTML, []);

function read(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (value !== undefined && value !== null && process.env.NODE_ENV !== 'production') warnOnce(`${where} must be a string; got ${typeof value}. '' was used.`);
  return '';
}

/**
 * Decodes HTML character references in plain text ("&#8220;سلام&#8221; &amp; أهلاً" → "“سلام” & أهلاً")
 * as a browser would, and nothing else: tags stay text, and the result is a string, for a text
 * prop (a headline, a kicker), never markup. Control junk and bidi controls are removed, as maqal
 * does for every text prop. Anything but a string gives ''.
 */
export function decodeEntities(text: string): string {
  const value = read(text, 'decodeEntities: text');
  if (!value.includes('&')) return cleanText(value, 'decodeEntities');
  const fragment = parseFragment(RCDATA, value, {});
  return cleanText(fragment.childNodes.map((node) => (node.nodeName === '#text' ? (node as DefaultTreeAdapterTypes.TextNode).value : '')).join(''), 'decodeEntities');
}

// Elements whose content is not text a reader sees.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select', 'title', 'head']);
// Elements after which words must not run together.
const BREAKS = new Set(['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'tr', 'td', 'th', 'hr', 'section', 'article']);

/**
 * The text of an HTML fragment (WordPress's excerpt.rendered, a caption): tags removed,
 * character references decoded, scripts and styles dropped with their content, whitespace
 * collapsed, with a space where blocks or line breaks met. A string for a text prop, never markup.
 */
export function htmlToText(html: string): string {
  const value = read(html, 'htmlToText: html');
  if (value === '') return '';
  const parts: string[] = [];
  // Iterative, as the body's walk: deep nesting cannot overflow the stack.
  const stack: Node[] = [...parseFragment(value).childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    else if ('tagName' in node && !HIDDEN.has(node.tagName)) {
      if (BREAKS.has(node.tagName)) parts.push(' ');
      for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
    }
  }
  return cleanText(parts.join(''), 'htmlToText')
    .replace(/\s+/g, ' ')
    .trim();
}
