import { Children, forwardRef, isValidElement, type HTMLAttributes, type ReactNode } from 'react';
import { finiteNode, isBlank } from '../../core/content.js';

export interface ArticleMetaProps extends HTMLAttributes<HTMLDivElement> {
  /**
   * The items of the row, usually a Byline, a Timestamp, a ReadingTime and a StarRating. Each
   * child becomes one item; separators between them are drawn in CSS, so bidi cannot reorder them.
   * @default undefined
   */
  children?: ReactNode;
}

const withoutObjects = (node: ReactNode): ReactNode =>
  Array.isArray(node) ? node.map(withoutObjects) : isValidElement(node) ? node : finiteNode(node);

/**
 * The row under the headline for byline, times, reading time and rating. Items run in the reading
 * direction and wrap on narrow screens; the separator dot before an item that starts a new line is
 * clipped away. Renders a `<div>`, or nothing when it has no items.
 * Static: no state or effects, safe in React Server Components.
 */
export const ArticleMeta = forwardRef<HTMLDivElement, ArticleMetaProps>(function ArticleMeta({ className, children, ...rest }, ref) {
  // toArray drops null, undefined and booleans and keys each child; blank strings and fragments go
  // too, and NaN or ±Infinity (a count that failed upstream), which React would print as "NaN".
  // Objects that are not elements would make toArray throw: finiteNode drops them first, leaving
  // elements (a fragment is one item) to toArray.
  const items = Children.toArray(withoutObjects(children)).filter((child) => !isBlank(child));
  if (items.length === 0) return null;
  return (
    <div {...rest} ref={ref} className={className ? `maqal-ArticleMeta ${className}` : 'maqal-ArticleMeta'}>
      {items.map((item, index) => (
        // A div, not a span: a Byline or a rating may be block content.
        <div key={isValidElement(item) && item.key !== null ? item.key : index} className="maqal-ArticleMeta-item">
          {finiteNode(item)}
        </div>
      ))}
    </div>
  );
});
