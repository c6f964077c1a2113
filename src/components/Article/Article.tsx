import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';

export interface ArticleProps extends HTMLAttributes<HTMLElement> {
  /**
   * The parts of the article, top to bottom: usually an ArticleHeader and an ArticleBody, with
   * anything of the app's own between them (a figure, a share bar). Each part after the first
   * starts `--maqal-article-gap` below the one before it.
   * @default undefined
   */
  children?: ReactNode;
}

/**
 * The article column: a native `<article>` as wide as about 70 characters of body text in the
 * page's script (`--maqal-measure`), centred, with inline padding so text never touches the edge
 * of a phone's screen, and the vertical rhythm between its parts. It is an inline-size container,
 * so the headline inside follows the column, not the viewport. The class `maqal-Article` on an
 * element of your own does the same. `lang` and `dir` pass through, for an article in another
 * language than the page. Static: no state or effects, safe in React Server Components.
 */
export const Article = forwardRef<HTMLElement, ArticleProps>(function Article({ className, children, ...rest }, ref) {
  return (
    <article {...rest} ref={ref} className={className ? `maqal-Article ${className}` : 'maqal-Article'}>
      {children}
    </article>
  );
});
