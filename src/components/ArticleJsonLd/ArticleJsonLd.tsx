import { forwardRef, version } from 'react';
import { staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';
import { articleJsonLd, serializeJsonLd, type ArticleJsonLdInput } from './newsArticle.js';

export interface ArticleJsonLdProps extends ArticleJsonLdInput {
  /**
   * Nonce for a Content-Security-Policy that restricts inline scripts.
   * @default undefined
   */
  nonce?: string;
  /**
   * Id of the script element.
   * @default undefined
   */
  id?: string;
}

/**
 * The article's schema.org `NewsArticle` (see `articleJsonLd()`) in a
 * `<script type="application/ld+json">`, escaped so that no value can end the script element.
 * Static: safe in React Server Components; put it anywhere in the page.
 */
export const ArticleJsonLd = /* @__PURE__ */ staticPart(
  forwardRef<HTMLScriptElement, ArticleJsonLdProps>(function ArticleJsonLd({ nonce, id, ...input }, ref) {
    // Dates without an offset are read in the MaqalProvider's time zone when none is given here.
    const settings = useStaticSettings(input, 'ArticleJsonLd');
    if (input.timeZone === undefined && settings.timeZone !== undefined) input.timeZone = settings.timeZone;
    // React 19's server renderer writes script text as it is; React 18's escapes entities ("&quot;"),
    // which breaks the JSON, and the client's unescaped text then fails hydration for the whole root.
    // Only raw HTML injection avoids that, and the library never injects HTML (no path from a prop to
    // markup). So on React 18 nothing is rendered, on the server and the client alike; the README
    // (ArticleHeader section) gives the app its one-line script built with serializeJsonLd.
    if (version.startsWith('18.')) {
      if (process.env.NODE_ENV !== 'production') {
        warnOnce(
          'ArticleJsonLd: React 18 escapes script text on the server, which breaks JSON-LD and hydration, so nothing was rendered. Use React 19, or write the script in your app with serializeJsonLd(articleJsonLd(data)), as the ArticleHeader section of the README shows.',
        );
      }
      return null;
    }
    return (
      <script ref={ref} type="application/ld+json" nonce={nonce} id={id}>
        {serializeJsonLd(articleJsonLd(input))}
      </script>
    );
  }),
);
