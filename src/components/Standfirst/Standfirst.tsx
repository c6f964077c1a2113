import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cleanNode, isBlank } from '../../core/content.js';

export interface StandfirstProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * The lead sentence or two under the headline; strings in it lose control characters and bidi
   * controls. Empty, or only spaces and invisible marks: nothing is rendered.
   * @default undefined
   */
  children?: ReactNode;
}

/**
 * The standfirst (dek): the lead paragraph under the headline, larger than body text, with the
 * script's body leading (≥ 1.6 for Arabic script). Renders a `<p>`, or nothing when empty.
 * Static: no state or effects, safe in React Server Components.
 */
export const Standfirst = forwardRef<HTMLParagraphElement, StandfirstProps>(function Standfirst({ className, children, ...rest }, ref) {
  if (isBlank(children)) return null;
  return (
    <p {...rest} ref={ref} className={className ? `maqal-Standfirst ${className}` : 'maqal-Standfirst'}>
      {cleanNode(children)}
    </p>
  );
});
