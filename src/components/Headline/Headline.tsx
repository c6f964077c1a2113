import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { warnOnce } from '../../core/warn.js';
import { cleanNode, isBlank } from '../../core/content.js';

/** Heading levels a headline may take. */
export type HeadlineLevel = 1 | 2 | 3;

export interface HeadlineProps extends HTMLAttributes<HTMLHeadingElement> {
  /**
   * The heading element: `1` for the article's own headline, `2` or `3` where the page already
   * has an `h1` (a teaser, a live-blog entry). Sizes step down with the level.
   * @default 1
   */
  level?: HeadlineLevel;
  /**
   * The headline. Mixed content (a Latin acronym such as "CBS", digits, “quotation marks”) keeps
   * its order; wrap a Latin phrase in `<span lang="en">` to give it Latin metrics.
   * Strings in it (in arrays and fragments too) lose control characters and bidi controls, so a
   * CMS title cannot reverse what follows it. Empty, or only spaces and invisible marks (RLM,
   * zero-width space): nothing is rendered, with a development warning.
   * @default undefined
   */
  children?: ReactNode;
}

const LEVELS: readonly unknown[] = [1, 2, 3];

/**
 * The article's headline: an `h1` by default, wrapping in balanced lines, set with the script's
 * headline size and leading (keyed on `lang`), never letter-spaced, upper-cased or slanted.
 * Static: no state or effects, safe in React Server Components.
 */
export const Headline = forwardRef<HTMLHeadingElement, HeadlineProps>(function Headline({ level = 1, className, children, ...rest }, ref) {
  if (!LEVELS.includes(level)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`Headline: level must be 1, 2 or 3; got ${JSON.stringify(level)}. 1 was used.`);
    level = 1;
  }
  if (isBlank(children)) {
    // An empty h1 is announced as "heading level 1" with no name and breaks the outline.
    if (process.env.NODE_ENV !== 'production') warnOnce('Headline: the headline is empty. No heading was rendered.');
    return null;
  }
  const Tag = `h${level}` as const;
  return (
    <Tag {...rest} ref={ref} className={className ? `maqal-Headline ${className}` : 'maqal-Headline'} data-level={level}>
      {cleanNode(children)}
    </Tag>
  );
});
