import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { createElement, type ReactNode } from 'react';
import { cleanProse, cleanText, safeUrl } from '../core/sanitize.js';
import { warnOnce } from '../core/warn.js';
import { cell, common, image, integer, layout, link, orderedList, quote, title, type Attrs, type Props } from './attributes.js';
import { BlockBidi } from './bidi.js';

/*
 * HTML → React elements, for article bodies from a CMS.
 *
 * The string is parsed by parse5, an implementation of the WHATWG parsing algorithm, on the server
 * and in the browser alike, so malformed HTML becomes the same tree in both. That tree is walked
 * straight into React elements and never serialised back into HTML: re-parsing a sanitised
 * serialisation is where mutation XSS comes from (a tree that serialises into markup that parses
 * into a different tree). What comes out is an allowlist of elements and attributes; every other
 * element is unwrapped with its text kept, and the ones whose content is not article text
 * (script, style, template, noscript, iframe, object, svg, math…) are dropped with their content.
 *
 * React's server renderer serialises these elements and the browser parses that HTML again, so
 * the output must also be a tree the HTML parser rebuilds unchanged, or hydration would find
 * another DOM. Hence the nesting rules below: no block inside a paragraph or inline element, no
 * link inside a link, list items only in lists, table parts only in their places, no whitespace
 * text inside table rows, and a depth limit (unwrapping, text kept) that also keeps React's
 * server renderer, which recurses, far from the call stack limit.
 *
 * The walk is iterative, an explicit stack of frames, so 10,000 levels of nesting cannot
 * overflow the call stack, and it visits each node once: linear in the size of the input.
 */

type Node = DefaultTreeAdapterTypes.ChildNode;
type Element = DefaultTreeAdapterTypes.Element;

const WHERE = 'ArticleHtml';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Nesting depth of the output beyond which elements are unwrapped (their text kept). */
export const MAX_DEPTH = 32;

/** The elements kept. */
const ELEMENTS = new Set([
  'p', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'q', 'cite', 'em', 'strong', 'b', 'i', 'u', 's', 'a', 'br', 'hr',
  'figure', 'figcaption', 'img', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'code', 'pre', 'kbd',
  'abbr', 'sub', 'sup', 'small', 'mark', 'del', 'ins', 'bdi',
]);

/** Headings outside h2–h4 take the nearest kept level: the page has its own h1. */
const RENAMED: Readonly<Record<string, string>> = { h1: 'h2', h5: 'h4', h6: 'h4' };

/** Dropped with everything inside: not article text, or text no reader was meant to see. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'object', 'embed', 'applet', 'noembed', 'noframes', 'svg', 'math',
  'textarea', 'select', 'datalist', 'option', 'optgroup', 'button', 'input', 'title', 'head', 'meta', 'link', 'base',
  'frameset', 'frame', 'audio', 'video', 'canvas', 'map', 'area', 'param', 'source', 'track', 'col', 'colgroup', 'dialog',
]);

/** Void elements: no children, so no depth. */
const VOID = new Set(['br', 'hr', 'img']);

/** Blocks: the HTML parser closes an open <p> before them, so they cannot sit in phrasing content. */
const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'ul', 'ol', 'blockquote', 'figure', 'figcaption', 'pre', 'table', 'hr']);

/** Elements whose content is phrasing only. */
const PHRASING = new Set([
  'p', 'h2', 'h3', 'h4', 'pre', 'q', 'cite', 'em', 'strong', 'b', 'i', 'u', 's', 'a', 'code', 'kbd', 'abbr', 'sub', 'sup',
  'small', 'mark', 'del', 'ins', 'bdi',
]);

/** Where each element may stand (its output parent); elsewhere it is unwrapped. */
const PARENTS: Readonly<Record<string, readonly string[]>> = {
  li: ['ul', 'ol'],
  figcaption: ['figure'],
  caption: ['table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['thead', 'tbody', 'tfoot'],
  td: ['tr'],
  th: ['tr'],
};

/** Table parts, which hold no text of their own (React and the parser both reject it). */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/** Blocks whose text is one unit for bidi: controls opened in them close at their end. */
const BIDI_BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'li', 'blockquote', 'figure', 'figcaption', 'pre', 'td', 'th', 'caption']);

/** Blocks that take the direction of their own text (as ArticleText's paragraphs do), unless they have dir. */
const AUTO_DIR = new Set(['p', 'h2', 'h3', 'h4', 'li', 'figcaption', 'td', 'th', 'caption']);

/** Where text and elements go, and what they are inside. */
interface Context {
  /** The nearest kept element (null at the top). */
  type: string | null;
  children: ReactNode[];
  phrasing: boolean;
  link: boolean;
  depth: number;
  bidi: BlockBidi;
}

interface Frame {
  nodes: readonly Node[];
  index: number;
  context: Context;
  /** The element this frame renders when its nodes are done; none for an unwrapped element. */
  element?: { type: string; props: Props; into: ReactNode[] };
}

const isElement = (node: Node): node is Element => 'tagName' in node;

function attributes(element: Element): Attrs {
  const map = new Map<string, string>();
  // Namespaced attributes (xlink:href on foreign content) have a prefix and are never kept.
  for (const attr of element.attrs) if (!attr.prefix && !map.has(attr.name)) map.set(attr.name, attr.value);
  return map;
}

function push(into: ReactNode[], type: string, props: Props, children?: ReactNode[]): void {
  into.push(createElement(type, { ...props, key: into.length }, ...(children === undefined ? [] : [children])));
}

/** An embed's URL: the URL WordPress leaves in the wrapper, else the iframe's src, else the last link. */
function embedUrl(figure: Element): { url?: string; label?: string } {
  let wrapperUrl: string | undefined;
  let iframe: { url?: string; label?: string } | undefined;
  let lastLink: string | undefined;
  // Breadth first and bounded: an embed is a few nodes, and the walk stays linear on hostile input.
  const queue: Node[] = [...figure.childNodes];
  for (let i = 0; i < queue.length && i < 500; i += 1) {
    const node = queue[i]!;
    if (!isElement(node)) continue;
    const attrs = attributes(node);
    if (node.tagName === 'figcaption') continue;
    if (wrapperUrl === undefined && /(?:^|\s)wp-block-embed__wrapper(?:\s|$)/.test(attrs.get('class') ?? '')) {
      const text = node.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : '')).join('').trim();
      if (/^https?:\/\/\S+$/i.test(text)) wrapperUrl = safeUrl(text, `${WHERE}: embed URL`);
    }
    if (node.tagName === 'iframe' && iframe === undefined) iframe = { url: safeUrl(attrs.get('src'), `${WHERE}: <iframe src>`), label: attrs.get('title') };
    if (node.tagName === 'a' && attrs.has('href')) lastLink = safeUrl(attrs.get('href'), `${WHERE}: <a href>`) ?? lastLink;
    queue.push(...node.childNodes);
  }
  if (wrapperUrl !== undefined) return { url: wrapperUrl, label: iframe?.label };
  if (iframe?.url !== undefined) return iframe;
  return { url: lastLink };
}

/** The link that stands for an embed (a video, a post on a social network) that is not loaded. */
function embedLink(url: string, label: string | undefined, key: number): ReactNode {
  const text = label === undefined ? '' : cleanText(label, `${WHERE}: embed title`).trim();
  return createElement('a', { key, href: url, className: 'maqal-ArticleHtml-embedLink' }, text === '' ? url : text);
}

/** Whether an element may be rendered here, unwrapped (text kept) or dropped. */
function placement(tag: string, context: Context): 'keep' | 'unwrap' | 'drop' {
  const parent = context.type;
  const allowed = PARENTS[tag];
  if (parent !== null && TABLE_PARTS.has(parent)) return allowed?.includes(parent) ? 'keep' : 'drop';
  if (allowed !== undefined && (parent === null || !allowed.includes(parent))) return 'unwrap';
  if (context.phrasing && BLOCKS.has(tag)) return tag === 'hr' ? 'drop' : 'unwrap';
  if (tag === 'a' && context.link) return 'unwrap';
  if (!VOID.has(tag) && context.depth >= MAX_DEPTH) return 'unwrap';
  return 'keep';
}

function text(context: Context, value: string): void {
  if (context.type !== null && TABLE_PARTS.has(context.type)) return;
  let cleaned = cleanProse(value, WHERE);
  // The parser drops one newline right after <pre>; a second one would be dropped by the browser
  // reading React's server HTML, and the client's tree would have it: a hydration mismatch.
  if (context.type === 'pre' && context.children.length === 0) cleaned = cleaned.replace(/^\n/, '');
  cleaned = context.bidi.text(cleaned);
  if (cleaned !== '') context.children.push(cleaned);
}

function warnDropped(tag: string): void {
  if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: <${tag}> and its content were removed.`);
}

/**
 * React nodes for an HTML string: the allowlisted elements and attributes, with safe URLs only,
 * and all the text of the rest. Never throws; anything but a string renders nothing.
 */
export function renderHtml(html: unknown): ReactNode[] {
  if (html === undefined || html === null || html === '') return [];
  if (typeof html !== 'string') {
    if (process.env.NODE_ENV !== 'production') warnOnce(`${WHERE}: html must be a string; got ${typeof html}. Nothing was rendered.`);
    return [];
  }
  const fragment = parseFragment(html);
  const root: Context = { type: null, children: [], phrasing: false, link: false, depth: 0, bidi: new BlockBidi() };
  const stack: Frame[] = [{ nodes: fragment.childNodes, index: 0, context: root }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const context = frame.context;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (frame.element !== undefined) {
        const parent = stack[stack.length - 1]!.context;
        if (context.bidi !== parent.bidi) {
          const closers = context.bidi.close();
          if (closers !== '') context.children.push(closers);
        }
        push(frame.element.into, frame.element.type, frame.element.props, context.children.length > 0 ? context.children : undefined);
      }
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    if (node.nodeName === '#text') {
      text(context, (node as DefaultTreeAdapterTypes.TextNode).value);
      continue;
    }
    // Comments and doctypes are not content.
    if (!isElement(node)) continue;
    // Foreign content (inside svg or math, both dropped) never gets here but through odd nesting.
    if (node.namespaceURI !== HTML_NS) continue;
    const tag = RENAMED[node.tagName] ?? node.tagName;
    if (tag === 'iframe') {
      // An embed that was not wrapped in WordPress's figure: a link to what it would have shown.
      const attrs = attributes(node);
      const url = safeUrl(attrs.get('src'), `${WHERE}: <iframe src>`);
      if (url !== undefined && !context.link && (context.type === null || !TABLE_PARTS.has(context.type))) context.children.push(embedLink(url, attrs.get('title'), context.children.length));
      continue;
    }
    if (DROPPED.has(tag)) {
      warnDropped(tag);
      continue;
    }
    const where = ELEMENTS.has(tag) ? placement(tag, context) : context.type !== null && TABLE_PARTS.has(context.type) ? 'drop' : 'unwrap';
    if (where === 'drop') continue;
    const attrs = attributes(node);
    const props: Props = {};
    let keep = where === 'keep';
    if (keep) {
      common(attrs, props);
      switch (tag) {
        case 'a':
          keep = link(attrs, props);
          break;
        case 'img':
          if (!image(attrs, props)) continue;
          layout(attrs, props);
          break;
        case 'blockquote':
        case 'q':
          quote(attrs, props);
          break;
        case 'ol':
          orderedList(attrs, props);
          break;
        case 'li': {
          const value = integer(attrs.get('value'), -1_000_000, 1_000_000);
          if (value !== undefined) props.value = value;
          break;
        }
        case 'td':
        case 'th':
          cell(attrs, props, tag === 'th');
          break;
        case 'figure':
          layout(attrs, props);
          break;
        case 'abbr':
          title(attrs, props);
          break;
      }
      if (AUTO_DIR.has(tag) && props.dir === undefined) props.dir = 'auto';
    }
    if (!keep) {
      // Unwrapped: its children go where it stood, in the same context.
      if (tag !== 'img') stack.push({ nodes: node.childNodes, index: 0, context });
      continue;
    }
    if (VOID.has(tag)) {
      push(context.children, tag, props);
      continue;
    }
    const inner: Context = {
      type: tag,
      children: [],
      phrasing: context.phrasing || PHRASING.has(tag),
      link: context.link || tag === 'a',
      depth: context.depth + 1,
      bidi: BIDI_BLOCKS.has(tag) ? new BlockBidi() : context.bidi,
    };
    let nodes: readonly Node[] = node.childNodes;
    if (tag === 'figure' && /(?:^|\s)wp-block-embed(?:\s|$)/.test(attrs.get('class') ?? '')) {
      // WordPress's embed block: a documented placeholder, a link to the embedded page, and the
      // block's own caption. The embed's markup (iframe, script, a copy of the post) is not kept.
      const { url, label } = embedUrl(node);
      const provider = /(?:^|\s)is-provider-([a-z\d-]+)/.exec(attrs.get('class') ?? '')?.[1];
      props.className = 'maqal-ArticleHtml-embed';
      if (provider !== undefined) props['data-embed'] = provider;
      if (url !== undefined) inner.children.push(createElement('p', { key: 0, dir: 'auto' }, embedLink(url, label, 0)));
      nodes = node.childNodes.filter((child) => isElement(child) && child.tagName === 'figcaption');
    }
    stack.push({ nodes, index: 0, context: inner, element: { type: tag, props, into: context.children } });
  }
  const closers = root.bidi.close();
  if (closers !== '') root.children.push(closers);
  return root.children;
}
