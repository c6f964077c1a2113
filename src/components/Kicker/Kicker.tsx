import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cleanNode, isBlank } from '../../core/content.js';
import { headerMessages, pickMessages } from '../../core/messages/index.js';
import type { HeaderMessages } from '../../core/messages/types.js';
import { safeUrl } from '../../core/sanitize.js';
import { overridesFor } from '../../core/settings.js';
import { partLanguage, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';

/** How a kicker looks: a plain section label, or a breaking / live / opinion badge. */
export type KickerTone = 'default' | 'breaking' | 'live' | 'opinion';

export interface KickerProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * Link to the section's page. Only http(s), relative and fragment URLs become a link; anything
   * else (`javascript:`, `data:`…) renders the kicker as plain text, with a development warning.
   * @default undefined (plain text)
   */
  href?: string;
  /**
   * `default` for a section label, `breaking`, `live` or `opinion` for a badge. A badge without
   * children shows the catalogue's word ("عاجل", "مباشر", "رأي").
   * @default 'default'
   */
  tone?: KickerTone;
  /**
   * BCP 47 locale of the badge words.
   * @default the MaqalProvider's locale, else 'ar'
   */
  locale?: string;
  /**
   * Overrides of the catalogue's badge words (`breaking`, `live`, `opinion`), e.g. `{ breaking: 'خبر عاجل' }`, over the provider's `messages.header`.
   * @default undefined (the provider's overrides, else the catalogue's words)
   */
  messages?: Partial<HeaderMessages>;
  /**
   * The label ("أخبار عربية وعالمية"). Replaces the badge word of a breaking, live or opinion tone.
   * @default undefined
   */
  children?: ReactNode;
}

const TONES: readonly unknown[] = ['default', 'breaking', 'live', 'opinion'];

/**
 * The section or category label above a headline, optionally a link, optionally a badge.
 * Renders a `<p>` (with an `<a>` inside when `href` is safe), or nothing when it has no text.
 * Static: no state or effects, safe in React Server Components.
 */
export const Kicker = /* @__PURE__ */ staticPart(
  forwardRef<HTMLParagraphElement, KickerProps>(function Kicker(
    { href, tone = 'default', locale: localeProp, messages, className, children, ...rest },
    ref,
  ) {
    const settings = useStaticSettings(rest, 'Kicker');
    const { locale, dir } = partLanguage(settings, localeProp);
    if (!TONES.includes(tone)) {
      if (process.env.NODE_ENV !== 'production') warnOnce(`Kicker: tone must be 'default', 'breaking', 'live' or 'opinion'; got ${JSON.stringify(tone)}. 'default' was used.`);
      tone = 'default';
    }
    const label = isBlank(children) ? (tone === 'default' ? null : pickMessages(headerMessages, locale, { ...overridesFor(settings, locale, 'header'), ...messages })[tone]) : cleanNode(children);
    // '' too: an override may blank a badge word, and an empty <p> is nothing to show.
    if (label === null || label === '') return null;
    const url = safeUrl(href, 'Kicker: href');
    return (
      <p dir={dir} {...rest} ref={ref} className={className ? `maqal-Kicker ${className}` : 'maqal-Kicker'} data-tone={tone}>
        {url === undefined ? (
          <span className="maqal-Kicker-label">{label}</span>
        ) : (
          <a className="maqal-Kicker-label" href={url}>
            {label}
          </a>
        )}
      </p>
    );
  }),
);
