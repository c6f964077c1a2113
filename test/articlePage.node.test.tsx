// The whole article page rendered the way a server renders it: plain Node, no window, no document.
import { Writable } from 'node:stream';
import { version, type ReactElement } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MaqalProvider, ScrollToTop } from '../src';
import { ArticlePage, type ArticlePageProps } from '../stories/fixtures/ArticlePage';
import { ARTICLES, type ArticlePageContent } from '../stories/fixtures/articlePageContent';

type Locale = keyof typeof ARTICLES;

/** The page as the stories and the hydration test build it: its own locale's provider, the back-to-top button after it. */
const page = (props: Partial<ArticlePageProps> = {}) => {
  const content = props.content ?? ARTICLES.ar;
  return (
    <MaqalProvider locale={content.locale} timeZone="Asia/Riyadh">
      <ArticlePage content={content} imageSrc="/hero.svg" rating={{ average: 4.2, count: 37 }} after={<ScrollToTop threshold={300} />} {...props} />
    </MaqalProvider>
  );
};

/** The least a CMS may send: no standfirst, no authors or agency, no image, no rating. */
const minimalContent: ArticlePageContent = { ...ARTICLES.ar, standfirst: undefined, authors: undefined, source: undefined };
const minimalPage = () => page({ content: minimalContent, imageSrc: undefined, rating: undefined });

// renderToPipeableStream, Node's streaming renderer in React 18 and 19 alike.
function renderToStream(element: ReactElement): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    // Chunks may split a multi-byte Arabic letter: decode once, at the end.
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
      final(done) {
        resolve(Buffer.concat(chunks).toString('utf8'));
        done();
      },
    });
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(sink), onError: reject });
  });
}

// React 18.3's Node stream sends the whole 2048-byte buffer of a chunk when a multi-byte letter
// does not fit at its end, so the unwritten bytes go out as NUL (React 18.3 bug:
// https://github.com/facebook/react/issues/31134, fixed for React 19 by
// https://github.com/facebook/react/pull/26228, never backported to 18). Browsers drop NUL in body
// text (HTML "in body" insertion mode), so readers never see it; the comparison drops it too, and
// nothing else.
const withoutNul = (html: string) => html.split('\u0000').join('');

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

// React 18's server renderer escapes script text, which would break the JSON, so ArticleJsonLd
// leaves the JSON-LD to the app there (and says so in development); React 19 renders it.
const REACT_18 = version.startsWith('18.');

/** The page's JSON-LD, undefined where React 18 renders none (entities undone in case it ever does). */
const jsonLd = (html: string): Record<string, unknown> | undefined => {
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!REACT_18) expect(script).toBeDefined();
  return script === undefined ? undefined : (JSON.parse(script.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&')) as Record<string, unknown>);
};

const bodyParagraphs = (html: string) => html.match(/<p dir="auto"/g)?.length ?? 0;

const BAD = ['NaN', 'undefined', 'Invalid Date', 'Infinity'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the article page on the server', () => {
  it('has no DOM to lean on', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders to a string with every part of the page, the back-to-top button included', () => {
    const html = renderToString(page());
    expect(html).toContain('<header');
    expect(html).toMatch(/<h1[^>]*>[^<]*مكتبة وادي الريحان/);
    expect(html).toContain('role="radiogroup"');
    if (!REACT_18) expect(jsonLd(html)).toMatchObject({ headline: ARTICLES.ar.headline, image: ['https://news.example/hero.svg'] });
    expect(html.match(/<time /g)?.length).toBeGreaterThanOrEqual(2);
    expect(bodyParagraphs(html)).toBe(12);
    expect(text(html)).toContain('37 صوتًا');
    expect(text(html)).toContain('هـ'); // the Hijri date
    // The body figure is the façade drawing with its own description, not the hero again.
    expect(html).toContain(`alt="${ARTICLES.ar.figureAlt}"`);
    expect(html.match(/<img /g)).toHaveLength(2);
    // Back to top: on the page from the first byte, hidden until the reader scrolls.
    expect(html).toMatch(/<button type="button" aria-label="العودة إلى الأعلى" hidden="" data-state="hidden" class="maqal-ScrollToTop"/);
    for (const bad of BAD) expect(text(html)).not.toContain(bad);
  });

  it('logs no console error while rendering the page, to a string or a stream', async () => {
    const error = vi.spyOn(console, 'error');
    renderToString(page());
    await renderToStream(page());
    expect(error).not.toHaveBeenCalled();
  });

  it('streams the same markup as renderToString', async () => {
    const streamed = await renderToStream(page());
    expect(withoutNul(streamed)).toBe(renderToString(page()));
    // The NUL bytes are React 18's alone: React 19 sends none.
    if (!version.startsWith('18.')) expect(streamed).not.toContain('\u0000');
  });

  // What a reader sees that only that locale says: the provider's locale reaches the client
  // components (the back-to-top button's name), the article's locale the static ones.
  const LOCALE_TEXT: Record<Locale, { dir: 'rtl' | 'ltr'; votes: string; backToTop: string }> = {
    ar: { dir: 'rtl', votes: '37 صوتًا', backToTop: 'العودة إلى الأعلى' },
    he: { dir: 'rtl', votes: '37 קולות', backToTop: 'חזרה לראש הדף' },
    fa: { dir: 'rtl', votes: '۳۷ رأی', backToTop: 'بازگشت به بالای صفحه' },
    ur: { dir: 'rtl', votes: '37 ووٹ', backToTop: 'اوپر واپس جائیں' },
    en: { dir: 'ltr', votes: '37 votes', backToTop: 'Back to top' },
  };

  it.each(Object.keys(ARTICLES) as Locale[])('renders the %s page inside its own locale, in that locale’s words', (locale) => {
    const content = ARTICLES[locale];
    const expected = LOCALE_TEXT[locale];
    const html = renderToString(page({ content }));
    expect(html).toContain(`<div class="maqal-Provider" lang="${content.locale}" dir="${expected.dir}"`);
    expect(html).toContain(content.headline.replace(/'/g, '&#x27;'));
    expect(bodyParagraphs(html)).toBe(12);
    expect(text(html)).toContain(expected.votes);
    expect(html).toContain(`aria-label="${expected.backToTop}"`);
    if (locale !== 'ar') {
      expect(text(html)).not.toContain(LOCALE_TEXT.ar.votes);
      expect(html).not.toContain(LOCALE_TEXT.ar.backToTop);
    }
    for (const bad of BAD) expect(text(html)).not.toContain(bad);
  });

  it('renders the "be the first to rate" state on the server, with no votes and no rating in the JSON-LD', () => {
    const html = renderToString(page({ rating: {} }));
    expect(html).toContain('role="radiogroup"');
    expect(text(html)).toContain('كن أول من يقيّم!');
    expect(text(html)).not.toMatch(/صوت/);
    expect(html.match(/<input [^>]*type="radio"/g)).toHaveLength(5);
    expect(jsonLd(html) ?? {}).not.toHaveProperty('aggregateRating');
    expect(text(renderToString(page({ content: ARTICLES.en, rating: {} })))).toContain('Be the first to rate!');
  });

  it('renders with no standfirst, image, rating or authors, to a string and to a stream', async () => {
    const html = renderToString(minimalPage());
    expect(html).toMatch(/<h1[^>]*>[^<]*مكتبة وادي الريحان/);
    expect(text(html)).toContain(ARTICLES.ar.paragraphs[0]);
    expect(text(html)).toContain(ARTICLES.ar.paragraphs[11]);
    expect(bodyParagraphs(html)).toBe(12);
    expect(html).toContain('aria-label="العودة إلى الأعلى"');
    // The absent parts leave nothing behind.
    for (const absent of ['maqal-Standfirst', 'maqal-ArticleHeader-media', '<img', 'rel="preload"', '<figure>', ARTICLES.ar.figureCaption, 'role="radiogroup"', 'maqal-Byline']) {
      expect(html).not.toContain(absent);
    }
    const data = jsonLd(html);
    if (data) {
      expect(data.headline).toBe(ARTICLES.ar.headline);
      for (const field of ['description', 'image', 'author', 'aggregateRating']) expect(data).not.toHaveProperty(field);
    }
    for (const bad of [...BAD, 'null']) expect(text(html)).not.toContain(bad);

    expect(withoutNul(await renderToStream(minimalPage()))).toBe(html);
  });

  it('survives malformed data', () => {
    const html = renderToString(page({ rating: { average: Number.NaN, count: 'many' }, publishedOverride: 'not a date' }));
    expect(html).toMatch(/<h1/);
    for (const bad of BAD) expect(text(html)).not.toContain(bad);
    expect(renderToString(page({ rating: null }))).not.toContain('radiogroup');
  });
});
