import { Fragment, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { formattingLocale } from '../../core/locale.js';
import { formatListToParts, getSegmenter } from '../../core/intl.js';
import { bylineMessages, creditMessages, pickMessages } from '../../core/messages/index.js';
import type { BylineContribution, BylineMessages, CreditMessages } from '../../core/messages/types.js';
import { cleanText, safeUrl } from '../../core/sanitize.js';
import { overridesFor } from '../../core/settings.js';
import { partLanguage, staticPart, useStaticSettings } from '../../core/staticSettings.js';
import { warnOnce } from '../../core/warn.js';

/** One author of an article. */
export interface BylineAuthor {
  /** The author's name, as written in their language. Bidi control characters are removed. */
  name: string;
  /**
   * Link to the author's page; only http(s) and relative URLs are rendered.
   * @default undefined (the name is not a link)
   */
  href?: string;
  /**
   * Role or desk, shown after the name ("مراسلة الشؤون الاقتصادية"). For what the person did,
   * when it was not the writing, use `contribution`, not a role such as "تصوير".
   * @default undefined (no role)
   */
  role?: string;
  /**
   * What the person contributed. `text` (writing, reporting) puts the name after the prefix
   * ("بقلم"); `photos`, `video`, `graphics`, `translation` and `editing` put it after a label of
   * its own, with the others who did the same, after the writers ("تصوير: …"), so a photographer
   * is never introduced as having written the piece.
   * @default 'text'
   */
  contribution?: 'text' | BylineContribution;
  /**
   * Photo URL; a circle with the name's first letter shows beneath it until (or unless) it loads.
   * @default undefined (no avatar)
   */
  avatarSrc?: string;
}

export interface BylineProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'prefix'> {
  /**
   * The authors, joined as the locale joins lists ("أ وب وج", "A, B and C"). Entries without a name are skipped.
   * Optional in the type, though a byline needs it, because it often comes from a CMS field that
   * may be missing: without authors (or a `source`) the Byline renders nothing instead of failing.
   * @default []
   */
  authors?: readonly BylineAuthor[];
  /**
   * A news agency or source line under the names ("وكالات", "رويترز").
   * @default undefined
   */
  source?: string;
  /**
   * The word before the names; `null` or `''` for none.
   * @default the catalogue's prefix ("بقلم" in Arabic, none in English)
   */
  prefix?: string | null;
  /**
   * BCP 47 locale tag for the list joining and the prefix.
   * @default the MaqalProvider's locale, else 'ar'
   */
  locale?: string;
  /**
   * Overrides of the catalogue's words, e.g. `{ prefix: 'إعداد' }` or `{ photos: 'عدسة:' }`, over
   * the provider's `messages.byline` and `messages.credits`; the `prefix` prop wins over both.
   * @default undefined (the provider's overrides, else the catalogue's words)
   */
  messages?: Partial<BylineMessages & CreditMessages>;
}

interface Author {
  name: string;
  contribution: 'text' | BylineContribution;
  href: string | undefined;
  role: string;
  avatarSrc: string | undefined;
  hasAvatar: boolean;
}

/** The credits after the writers, in the order they are shown. */
const CONTRIBUTIONS: readonly BylineContribution[] = ['photos', 'video', 'graphics', 'translation', 'editing'];

function readContribution(value: unknown): Author['contribution'] {
  if (value === undefined || value === null || value === '' || value === 'text') return 'text';
  if (CONTRIBUTIONS.includes(value as BylineContribution)) return value as BylineContribution;
  if (process.env.NODE_ENV !== 'production') {
    warnOnce(`Byline author contribution must be 'text', ${CONTRIBUTIONS.map((c) => `'${c}'`).join(', ')}; got ${JSON.stringify(value)}. 'text' was used.`);
  }
  return 'text';
}

function readAuthors(authors: unknown): Author[] {
  if (authors === undefined || authors === null) return [];
  if (!Array.isArray(authors)) {
    if (process.env.NODE_ENV !== 'production') warnOnce(`Byline authors must be an array of { name }; got ${typeof authors}. Nothing was rendered.`);
    return [];
  }
  const result: Author[] = [];
  for (const author of authors as unknown[]) {
    if (!author || typeof author !== 'object') continue;
    const { name, href, role, avatarSrc, contribution } = author as Record<string, unknown>;
    const cleanName = cleanText(name, 'Byline author name').trim();
    if (!cleanName) continue;
    result.push({
      name: cleanName,
      contribution: readContribution(contribution),
      href: safeUrl(href, 'Byline author href'),
      role: cleanText(role, 'Byline author role').trim(),
      avatarSrc: safeUrl(avatarSrc, 'Byline author avatarSrc', { image: true }),
      hasAvatar: avatarSrc !== undefined && avatarSrc !== null && avatarSrc !== '',
    });
  }
  return result;
}

/** The first user-perceived character, so a letter and its marks (أ, إ, شّ) are never cut apart. */
function firstGrapheme(name: string, locale: string): string {
  const first = getSegmenter(locale, { granularity: 'grapheme' }).segment(name)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment;
}

function AuthorName({ author, before, after, tail }: { author: Author; before: string; after: string; tail?: ReactNode }) {
  // <bdi>: a Latin name, a name ending in punctuation or digits cannot reorder the text around it.
  const name = <bdi className="maqal-Byline-name">{author.name}</bdi>;
  return (
    <span className="maqal-Byline-author">
      {before}
      {author.href ? (
        <a className="maqal-Byline-link" href={author.href} rel="author">
          {name}
        </a>
      ) : (
        name
      )}
      {author.role && (
        <>
          {' '}
          <span className="maqal-Byline-role">
            (<bdi>{author.role}</bdi>)
          </span>
        </>
      )}
      {after}
      {tail && (
        <>
          <span className="maqal-Byline-gap">{'\u00a0'}</span>
          {tail}
        </>
      )}
    </span>
  );
}

/**
 * The list's words around each name go into that name's unit (CSS keeps a unit on one line when
 * it fits): a literal splits at its first space, what comes before it ("," in "A, B") ending the
 * name before and what follows ("و" in "أ وب", "and " in "A and B") starting the name after, so
 * a line breaks only at that space and an Arabic "و" never ends a line apart from its name.
 */
function authorUnits(parts: readonly { type: string; value: string }[], list: Author[], tail: ReactNode): ReactNode[] {
  const units: { author: Author; before: string; after: string }[] = [];
  const spaces: string[] = [];
  let before = '';
  for (const part of parts) {
    if (part.type === 'element') {
      units.push({ author: list[units.length]!, before, after: '' });
      before = '';
      continue;
    }
    const space = /\s+/u.exec(part.value);
    if (space === null || units.length === 0) {
      before += part.value;
      continue;
    }
    units[units.length - 1]!.after += part.value.slice(0, space.index);
    spaces[units.length - 1] = space[0];
    before = part.value.slice(space.index + space[0].length);
  }
  const last = units.length - 1;
  return units.flatMap((unit, key) => [<AuthorName key={key} {...unit} tail={key === last && tail} />, spaces[key] ?? '']);
}

/**
 * Who wrote the article: a prefix from the catalogue, the names joined as the locale joins a
 * list, each isolated from the text around it, optional avatars and an agency line. Static: no
 * state, no effect and no client JavaScript (a failed avatar image falls back to the initial
 * beneath it); the MaqalProvider's settings reach it on the client, on the server and in React
 * Server Components alike.
 */
export const Byline = /* @__PURE__ */ staticPart(
  forwardRef<HTMLDivElement, BylineProps>(function Byline(
    { authors, source, prefix, locale: localeProp, messages, className, ...rest },
    ref,
  ) {
    const settings = useStaticSettings(rest, 'Byline');
    const { locale, dir } = partLanguage(settings, localeProp);
    const list = readAuthors(authors);
    const sourceText = cleanText(source, 'Byline source').trim();
    if (list.length === 0 && !sourceText) return null;

    const intlLocale = formattingLocale(locale);
    const words = pickMessages(bylineMessages, locale, { ...overridesFor(settings, locale, 'byline'), ...messages });
    const prefixText = cleanText(prefix === undefined ? words.prefix : prefix, 'Byline prefix').trim();
    const withAvatars = list.filter((author) => author.hasAvatar);
    // Names joined as the locale's news sites join them (formatListToParts: "و Omar", no comma before Persian "و").
    const join = (group: Author[], tail: ReactNode) => authorUnits(formatListToParts(group.map((a) => a.name), intlLocale), group, tail);
    const writers = list.filter((author) => author.contribution === 'text');
    const creditLabels = pickMessages(creditMessages, locale, { ...overridesFor(settings, locale, 'credits'), ...messages });
    const credits = CONTRIBUTIONS.map((contribution) => ({ contribution, group: list.filter((a) => a.contribution === contribution) })).filter(
      ({ group }) => group.length > 0,
    );
    /*
     * The source ("وكالات") ends the last name's unit, after a no-break space that CSS widens and
     * draws a rule in: the unit is an inline-block (Byline.css), so the source moves to the next
     * line with that name, never alone under a one-line byline (issue 14), and a unit longer than
     * the line wraps inside itself. (A line may always break after an inline-block, so a sibling of
     * the unit could not be held to it.) The space is text, so copied text and reader modes keep it.
     */
    const sourceSpan = sourceText ? (
      <span className="maqal-Byline-source">
        <bdi>{sourceText}</bdi>
      </span>
    ) : null;

    return (
      <div
        ref={ref}
        lang={intlLocale}
        dir={dir}
        className={className ? `maqal-Byline ${className}` : 'maqal-Byline'}
        data-authors={list.length}
        {...rest}
      >
        {withAvatars.length > 0 && (
          // Decorative: every name is written right beside the pictures.
          <span className="maqal-Byline-avatars" aria-hidden="true">
            {withAvatars.map((author, key) => {
              const initial = firstGrapheme(author.name, intlLocale);
              return (
                <span key={key} className="maqal-Byline-avatar">
                  <span className="maqal-Byline-initial">{initial}</span>
                  {author.avatarSrc && (
                    <img className="maqal-Byline-image" src={author.avatarSrc} alt="" loading="lazy" decoding="async" data-initial={initial} />
                  )}
                </span>
              );
            })}
          </span>
        )}
        <span className="maqal-Byline-text">
          {writers.length > 0 && (
            <span className="maqal-Byline-authors">
              {prefixText && (
                <>
                  <span className="maqal-Byline-prefix">{prefixText}</span>{' '}
                </>
              )}
              {join(writers, !credits.length && sourceSpan)}
            </span>
          )}
          {credits.map(({ contribution, group }, index) => {
            const label = cleanText(creditLabels[contribution], 'Byline messages').trim();
            return (
              <Fragment key={contribution}>
                {(writers.length > 0 || index > 0) && ' '}
                <span className="maqal-Byline-credit" data-contribution={contribution}>
                  {label && (
                    <>
                      <span className="maqal-Byline-label">{label}</span>{' '}
                    </>
                  )}
                  {join(group, index === credits.length - 1 && sourceSpan)}
                </span>
              </Fragment>
            );
          })}
          {!list.length && sourceSpan}
        </span>
      </div>
    );
  }),
);
