import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cleanNode, isBlank } from '../../core/content.js';
import { cleanText } from '../../core/sanitize.js';

export interface PullQuoteProps extends HTMLAttributes<HTMLElement> {
  /**
   * Who said it: a name, and a role if you like ("هالة الفارسي، مديرة المكتبة"). Shown under the
   * quote, isolated (`<bdi>`) so a Latin name or a number in it cannot reorder the text around it.
   * This is the attribution, not HTML's `cite` URL attribute.
   * @default none: no caption is rendered
   */
  cite?: ReactNode;
  /**
   * The quoted words. Its direction follows its own text (`dir="auto"`). Strings in it lose
   * control characters and bidi controls, like the attribution.
   */
  children?: ReactNode;
}

/**
 * A quotation lifted out of the article and set large, with a rule on the inline-start side.
 * Renders `<figure>` with a `<blockquote>` and, when `cite` is given, a `<figcaption>`. Static:
 * safe in React Server Components.
 *
 * Screen readers read it where it stands, like any other text. maqal does not hide it: a pull
 * quote is often words the article does not print elsewhere, and hiding those would lose them.
 * When yours repeats a sentence of the article word for word, pass `aria-hidden` (it reaches the
 * figure) so it is not read twice.
 */
export const PullQuote = forwardRef<HTMLElement, PullQuoteProps>(function PullQuote({ cite, children, className, ...rest }, ref) {
  // Strings in the attribution go through the same cleaning as any other text; one of only
  // spaces or invisible marks is no attribution.
  const attribution = isBlank(cite) ? null : typeof cite === 'string' ? cleanText(cite, 'PullQuote: cite').trim() : cleanNode(cite);
  return (
    <figure {...rest} ref={ref} className={className ? `maqal-PullQuote ${className}` : 'maqal-PullQuote'}>
      <blockquote className="maqal-PullQuote-quote" dir="auto">
        {cleanNode(children)}
      </blockquote>
      {attribution === null ? null : (
        <figcaption className="maqal-PullQuote-cite">
          <bdi>{attribution}</bdi>
        </figcaption>
      )}
    </figure>
  );
});
