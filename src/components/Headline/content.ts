import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { cleanText } from '../../core/sanitize.js';

/*
 * Text-or-node props of the article header (headline, kicker, standfirst). Strings are cleaned like
 * any text prop; an element is the app's own markup and is kept as it is. Shared by the header's
 * parts; a general "is this node empty" helper may belong in core one day.
 */

/** A string or number prop cleaned of control junk and bidi overrides; anything else unchanged. */
export function cleanNode(node: ReactNode, where: string): ReactNode {
  if (typeof node === 'string' || typeof node === 'number') return cleanText(node, where);
  return node;
}

/**
 * True when a node would render no visible text: nothing, booleans, whitespace-only strings, and
 * fragments of those (`<>{cms.title}</>` with an empty title). Any other element counts as content.
 */
export function isBlank(node: ReactNode): boolean {
  if (node === undefined || node === null || typeof node === 'boolean') return true;
  if (typeof node === 'string') return cleanText(node, '').trim() === '';
  if (typeof node === 'number') return !Number.isFinite(node);
  if (isValidElement<{ children?: ReactNode }>(node)) return node.type === Fragment && isBlank(node.props.children);
  if (Array.isArray(node)) return Children.toArray(node).every((child) => isBlank(child as ReactNode));
  // Objects React cannot render (a stray { } from a CMS): treated as nothing, never thrown.
  return typeof node === 'object' && !(Symbol.iterator in node);
}
