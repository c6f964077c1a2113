import { Fragment, forwardRef, isValidElement, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { cleanNode, isBlank } from '../../core/content.js';
import { localeDirection } from '../../core/locale.js';
import type { HeaderMessages } from '../../core/messages/types.js';
import { cleanText, readNumber, safeUrl } from '../../core/sanitize.js';
import { ownLanguage, SETTINGS_PROP, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';
import { ArticleMeta } from '../ArticleMeta/ArticleMeta.js';
import { Headline, type HeadlineLevel } from '../Headline/Headline.js';
import { Kicker, type KickerTone } from '../Kicker/Kicker.js';
import { Standfirst } from '../Standfirst/Standfirst.js';

/** The hero figure of an article header, as data. */
export interface ArticleHeaderMedia {
  /** Image URL; only http(s) and relative URLs are rendered. */
  src: string;
  /** Text alternative. Required: without it the image gets `alt=""` and a development warning. */
  alt: string;
  /** Caption under the image. */
  caption?: ReactNode;
  /** Credit line ("تصوير: سلمى القاسم / AFP"), isolated so a Latin agency name keeps its place. */
  credit?: ReactNode;
  /** Intrinsic width in pixels, so the browser reserves the space before the image loads. */
  width?: number;
  /** Intrinsic height in pixels. */
  height?: number;
}

export interface ArticleHeaderProps extends Omit<HTMLAttributes<HTMLElement>, 'dir'> {
  /**
   * The section label above the headline ("أخبار عربية وعالمية").
   * @default undefined
   */
  kicker?: ReactNode;
  /**
   * Link of the kicker; unsafe URLs (`javascript:`…) leave the kicker as plain text.
   * @default undefined
   */
  kickerHref?: string;
  /**
   * Tone of the kicker: `breaking`, `live` and `opinion` are badges, with the catalogue's word
   * when `kicker` is empty.
   * @default 'default'
   */
  kickerTone?: KickerTone;
  /**
   * The headline. Empty, or only spaces and invisible marks: the header renders without a
   * heading, with a development warning.
   * @default undefined
   */
  headline?: ReactNode;
  /**
   * The lead paragraph under the headline.
   * @default undefined
   */
  standfirst?: ReactNode;
  /**
   * The meta row: usually a Byline, a Timestamp, a ReadingTime and a StarRating, each a child of a
   * fragment, or an `<ArticleMeta>` of your own. Each top-level child becomes one item of the row.
   * @default undefined
   */
  meta?: ReactNode;
  /**
   * The hero figure: `{ src, alt, caption, credit, width, height }`, or your own element (a
   * `<figure>`, a framework's image component), rendered as given.
   * @default undefined
   */
  media?: ArticleHeaderMedia | ReactElement;
  /**
   * Level of the headline's heading element.
   * @default 1
   */
  headingLevel?: HeadlineLevel;
  /**
   * BCP 47 locale of the header, when it differs from the MaqalProvider's: sets `lang` (which
   * picks the script's size and leading tokens), `dir`, and the language of the kicker's badge
   * words, so an English header never shows "عاجل".
   * @default the MaqalProvider's locale (no attribute), else 'ar'
   */
  locale?: string;
  /**
   * Overrides of the kicker's badge words (`breaking`, `live`, `opinion`), over the provider's
   * `messages.header`.
   * @default undefined (the provider's overrides, else the catalogue's words)
   */
  messages?: Partial<HeaderMessages>;
  /**
   * @deprecated Use `locale`, the one name for a part's language in maqal; `lang` still works
   * the same way, with a development warning.
   */
  lang?: string;
  /**
   * Writing direction.
   * @default the direction of `lang` when given, else inherited
   */
  dir?: 'rtl' | 'ltr' | 'auto';
}

function Media({ media }: { media: ArticleHeaderMedia | ReactElement }) {
  if (isValidElement(media)) return <div className="maqal-ArticleHeader-media">{media}</div>;
  if (typeof media !== 'object' || media === null) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`ArticleHeader: media must be { src, alt } or an element; got ${typeof media}. It was not rendered.`);
    return null;
  }
  const { src, alt, caption, credit, width, height } = media as Partial<ArticleHeaderMedia>;
  const url = safeUrl(src, 'ArticleHeader: media.src', { image: true });
  let altText = cleanText(alt, 'ArticleHeader: media.alt');
  if (url !== undefined && (typeof alt !== 'string' || altText.trim() === '') && alt !== '') {
    if (process.env.NODE_ENV !== 'production') warnOnce('ArticleHeader: media.alt is missing. The image was rendered with alt="" (decorative); describe it for screen-reader users.');
    altText = '';
  }
  const hasCaption = !isBlank(caption);
  const hasCredit = !isBlank(credit);
  if (url === undefined && !hasCaption && !hasCredit) return null;
  return (
    <figure className="maqal-ArticleHeader-media">
      {url === undefined ? null : (
        <img
          className="maqal-ArticleHeader-image"
          src={url}
          alt={altText}
          width={readNumber(width, 'ArticleHeader: media.width', { min: 1 })}
          height={readNumber(height, 'ArticleHeader: media.height', { min: 1 })}
        />
      )}
      {hasCaption || hasCredit ? (
        <figcaption className="maqal-ArticleHeader-caption">
          {hasCaption ? <span className="maqal-ArticleHeader-captionText">{cleanNode(caption)}</span> : null}
          {hasCaption && hasCredit ? ' ' : null}
          {hasCredit ? (
            <bdi className="maqal-ArticleHeader-credit">{cleanNode(credit)}</bdi>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** The items of the meta prop: a fragment's children are the items, not one item. */
function metaItems(meta: ReactNode): ReactNode {
  return isValidElement<{ children?: ReactNode }>(meta) && meta.type === Fragment ? meta.props.children : meta;
}

/**
 * The top of an article: kicker, headline, standfirst, meta row and hero figure, in a `<header>`.
 * Composes Kicker, Headline, Standfirst and ArticleMeta, each usable alone.
 * Static: no state or effects, safe in React Server Components.
 */
export const ArticleHeader = /* @__PURE__ */ staticPart(
  forwardRef<HTMLElement, ArticleHeaderProps>(function ArticleHeader(
    { kicker, kickerHref, kickerTone, headline, standfirst, meta, media, headingLevel = 1, locale, messages, lang, dir, className, ...rest },
    ref,
  ) {
    const settings = useStaticSettings(rest, 'ArticleHeader');
    const language = ownLanguage(locale, lang, 'ArticleHeader');
    const direction = dir === 'rtl' || dir === 'ltr' || dir === 'auto' ? dir : language ? localeDirection(language) : undefined;
    const hasHeadline = !isBlank(headline);
    if (!hasHeadline) warnOnce('ArticleHeader: headline is empty. The header was rendered without a heading.');
    return (
      <header {...rest} ref={ref} lang={language} dir={direction} className={className ? `maqal-ArticleHeader ${className}` : 'maqal-ArticleHeader'}>
        <Kicker {...{ [SETTINGS_PROP]: settings }} href={kickerHref} tone={kickerTone} locale={language} messages={messages}>
          {kicker}
        </Kicker>
        {hasHeadline ? <Headline level={headingLevel}>{headline}</Headline> : null}
        <Standfirst>{standfirst}</Standfirst>
        {isValidElement(meta) && meta.type === ArticleMeta ? meta : <ArticleMeta>{metaItems(meta)}</ArticleMeta>}
        {media === undefined || media === null ? null : <Media media={media} />}
      </header>
    );
  }),
);
