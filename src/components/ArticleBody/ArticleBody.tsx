import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { finiteNode } from '../../core/content.js';
import { defaultNumberingSystem } from '../../core/intl.js';
import { localeDirection, parseLocale, type NumberingSystem } from '../../core/locale.js';
import { readNumberingSystem } from '../../core/sanitize.js';
import { ownLanguage, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';
import { ArticleText } from './ArticleText.js';

/** Text size steps of the article body; `--maqal-body-scale` scales all of them. */
export type ArticleBodySize = 'sm' | 'md' | 'lg';

export interface ArticleBodyProps extends Omit<HTMLAttributes<HTMLDivElement>, 'dir'> {
  /**
   * BCP 47 locale of the article, when it differs from the MaqalProvider's (`he`, `fa`, `ur`,
   * `en`…). Sets `lang`, which picks the script's size and leading tokens, the direction when `dir`
   * is not given, and the default digits of list markers.
   * @default the MaqalProvider's locale (no attribute)
   */
  locale?: string;
  /**
   * @deprecated Use `locale`, the one name for a part's language in maqal; `lang` still works
   * the same way, with a development warning.
   */
  lang?: string;
  /**
   * Writing direction of the article.
   * @default the direction of `lang` when given, else inherited
   */
  dir?: 'rtl' | 'ltr' | 'auto';
  /**
   * Text size: `sm`, `md` or `lg`, for reader settings or narrow columns.
   * @default 'md'
   */
  size?: ArticleBodySize;
  /**
   * Justify paragraphs (`text-justify: inter-word`); the last line of each stays at the start.
   * @default false
   */
  justify?: boolean;
  /**
   * Open with a large first word (a whole word, since Arabic letters join): the first word of
   * `ArticleBody.Text`, or a word you wrap in `<span class="maqal-ArticleBody-lead">` in the first
   * paragraph. Does nothing to hand-written paragraphs without that span.
   * @default false
   */
  dropCap?: boolean;
  /**
   * Digits of ordered-list markers: `latn` (1, 2, 3), `arab` (١، ٢، ٣) or `arabext` (۱، ۲، ۳).
   * Without it, the default digits of `locale` when given (CLDR: `ar-EG` arab, `fa` arabext, `ar`
   * latn), else the MaqalProvider's, else those of the nearest ancestor with
   * `data-maqal-numbering`, else Latin.
   * @default from locale, else the provider's
   */
  numberingSystem?: NumberingSystem;
  /**
   * The article: `ArticleBody.Text` for plain text, and/or your own p, h2, h3, blockquote, ul, ol,
   * figure, hr and `PullQuote` elements. Hand-written p, h2, h3 and figcaption take the direction
   * of their own text (CSS `unicode-bidi: plaintext`) unless they have `dir`; give a list item in
   * the other direction `dir` yourself.
   */
  children?: ReactNode;
}

const SIZES: readonly string[] = ['sm', 'md', 'lg'];

const ArticleBodyRoot = forwardRef<HTMLDivElement, ArticleBodyProps>(function ArticleBody(
  { locale, lang, dir, size = 'md', justify = false, dropCap = false, numberingSystem, className, children, ...rest },
  ref,
) {
  if (!SIZES.includes(size)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`ArticleBody: size must be 'sm', 'md' or 'lg'; got ${JSON.stringify(size)}. 'md' was used.`);
    size = 'md';
  }
  const settings = useStaticSettings(rest, 'ArticleBody');
  const language = ownLanguage(locale, lang, 'ArticleBody');
  // Without any, no attribute: the CSS follows an ancestor's data-maqal-numbering.
  const tag = parseLocale(language)?.toString();
  const numbering =
    readNumberingSystem(numberingSystem, 'ArticleBody numberingSystem') ?? (tag ? defaultNumberingSystem(tag) : settings.numberingSystem);
  const direction = dir === 'rtl' || dir === 'ltr' || dir === 'auto' ? dir : language ? localeDirection(language) : undefined;
  return (
    <div
      {...rest}
      ref={ref}
      lang={language}
      dir={direction}
      className={className ? `maqal-ArticleBody ${className}` : 'maqal-ArticleBody'}
      data-size={size}
      data-justify={justify ? '' : undefined}
      data-drop-cap={dropCap ? '' : undefined}
      data-numbering={numbering}
    >
      {finiteNode(children)}
    </div>
  );
});

/**
 * The body of an article: styles the ordinary elements inside it (p, h2, h3, blockquote, lists,
 * links, emphasis, figures, hr, q, abbr) in a prose style designed for Arabic script first.
 * `ArticleBody.Text` turns plain text into paragraphs. Static: no state or effects, safe in React
 * Server Components.
 */
export const ArticleBody = /* @__PURE__ */ staticPart(
  Object.assign(ArticleBodyRoot, {
    /** Plain text → paragraphs; the same component as `ArticleText`. */
    Text: ArticleText,
  }),
);
