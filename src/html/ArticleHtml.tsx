import { renderHtml } from './render.js';

export interface ArticleHtmlProps {
  /**
   * The article body as HTML, from a CMS (WordPress's `content.rendered`). Parsed with parse5 and
   * rendered as React elements through an allowlist; never set as raw HTML.
   */
  html: string;
}

/**
 * An article body from HTML, as maqal typography and without `dangerouslySetInnerHTML`. Put it
 * inside `ArticleBody`, which styles what it renders.
 *
 * Kept: p, h2–h4 (h1 becomes h2, h5 and h6 h4), ul, ol, li, blockquote, q, cite, em, strong, b,
 * i, u, s, a, br, hr, figure, figcaption, img, table (caption, thead, tbody, tfoot, tr, th, td),
 * code, pre, kbd, abbr, sub, sup, small, mark, del, ins and bdi, with lang and dir, and: href,
 * hreflang, rel and target="_blank" (with rel="noopener noreferrer") on links; src, srcset,
 * sizes, width, height, alt, loading and decoding on images; cite on quotes; start, reversed and
 * type on ol; value on li; colspan, rowspan and scope on cells; title on abbr. URLs are http(s)
 * or relative only (images also data:image/…). WordPress's alignwide, alignfull, aligncenter,
 * alignleft and alignright become `data-align` wide, full, center, start and end, and its size-*
 * classes `data-size`, which maqal's CSS lays out.
 *
 * Dropped, text kept: every other element (div, span, section, font…). Dropped with their
 * content: script, style, template, noscript, object, embed, svg, math, form controls, media
 * elements. Gone everywhere: on* handlers, style, class, id, name, data-*. Comments are removed.
 *
 * Embeds: WordPress's embed block (`figure.wp-block-embed`) becomes a placeholder, a
 * `figure.maqal-ArticleHtml-embed` with `data-embed` set to the provider ("youtube") holding a
 * link to the embedded page (the iframe's title as its text, else the URL) and the block's
 * caption. A bare `<iframe>` becomes the same link. Nothing from another site is loaded.
 *
 * Like `ArticleText`: paragraphs, headings, list items, captions and cells take the direction of
 * their own text (`dir="auto"`) unless they have `dir`; bidi controls are closed at the end of
 * each block; `q` gets the article language's quotation marks from ArticleBody's CSS; images keep
 * their width and height, so nothing moves when they load. Static: no state or effects, a React
 * Server Component that sends no JavaScript to the browser.
 */
export function ArticleHtml({ html }: ArticleHtmlProps) {
  return <>{renderHtml(html)}</>;
}
