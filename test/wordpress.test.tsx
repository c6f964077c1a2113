// maqal/wordpress (issue 18): fixture posts written by the team in the shape the WordPress REST API
// documents for GET /wp/v2/posts/<id>?_embed (developer.wordpress.org/rest-api/reference/posts/):
// Arabic, Gutenberg markup, character references, an image block with srcset, a quote, embeds,
// an author the reader may not see (an error object in _embedded.author), date_gmt null.
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody, ArticleHeader, articleJsonLd, Byline } from '../src';
import { resetWarnings } from '../src/core/warn';
import { ArticleHtml, htmlToText as htmlText } from '../src/html';
import { fromWordPress, type WordPressPost } from '../src/wordpress';

import beachJson from './fixtures/wordpress/post-beach-cleanup.json';
import bookMarketJson from './fixtures/wordpress/post-book-market.json';
import examplePost from '../examples/next-app/app/(ar)/wordpress/post.json';

const bookMarket = bookMarketJson as WordPressPost;
const beach = beachJson as WordPressPost;

afterEach(() => {
  vi.restoreAllMocks();
  resetWarnings();
});

describe('fromWordPress: a block-editor post with everything embedded', () => {
  const article = fromWordPress(bookMarket, { locale: 'ar', publisher: { name: 'أخبار المدينة' } });

  it('decodes the title’s references into the headline', () => {
    expect(article.headline).toBe('“سوق الكتاب المستعمل” يعود إلى ساحة الساعة – كل شهر');
  });

  it('takes the kicker from the first category that is not “uncategorized”, decoded, with its link', () => {
    expect(article.kicker).toBe('ثقافة & فنون');
    expect(article.kickerHref).toBe('https://news.example/category/culture/');
  });

  it('takes the primary category given, when a plugin (Yoast, Rank Math) says which one it is', () => {
    expect(fromWordPress(bookMarket, { primaryCategory: 1 }).kicker).toBe('غير مصنف');
  });

  it('makes the standfirst from the excerpt as text, without its tags or the theme’s “continue reading” link', () => {
    expect(article.standfirst).toBe('افتتحت البلدية “سوق الكتاب المستعمل” بمشاركة 42 بائعًا، على أن يُقام في السبت الأول من كل شهر …');
  });

  it('reads date_gmt and modified_gmt as UTC, not as the reader’s or the server’s time', () => {
    expect(article.published).toBe('2026-11-28T06:30:00.000Z');
    expect(article.modified).toBe('2026-11-28T13:05:00.000Z');
  });

  it('gives the authors with their archive page and avatar', () => {
    expect(article.authors).toEqual([
      { name: 'هالة المصري', href: 'https://news.example/author/hala/', avatarSrc: 'https://secure.gravatar.com/avatar/0a1b?s=96&d=mm&r=g' },
    ]);
  });

  it('gives the featured image with its alt text, intrinsic size, caption and credit (IPTC credit)', () => {
    expect(article.media).toEqual({
      src: 'https://news.example/wp-content/uploads/2026/11/book-market.jpg',
      alt: 'طاولات خشبية عليها صفوف من الكتب المستعملة في ساحة مفتوحة',
      width: 1600,
      height: 900,
      caption: 'زوار يتصفّحون الكتب في ساحة الساعة.',
      credit: 'تصوير: يوسف حدّاد',
    });
  });

  it('gives JSON-LD input that ArticleJsonLd turns into a NewsArticle', () => {
    const ld = articleJsonLd(article.jsonLd!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.headline,
      datePublished: '2026-11-28T06:30:00.000Z',
      dateModified: '2026-11-28T13:05:00.000Z',
      articleSection: 'ثقافة & فنون',
      inLanguage: 'ar',
      author: [{ '@type': 'Person', name: 'هالة المصري', url: 'https://news.example/author/hala/' }],
    });
  });

  it('renders as a page: header, byline and the body through ArticleHtml', () => {
    render(
      <>
        <ArticleHeader kicker={article.kicker} kickerHref={article.kickerHref} headline={article.headline} standfirst={article.standfirst} media={article.media} meta={<Byline authors={article.authors} />} />
        <ArticleBody locale="ar">
          <ArticleHtml html={article.html} />
        </ArticleBody>
      </>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('“سوق الكتاب المستعمل”');
    expect(screen.getByRole('heading', { level: 2, name: 'أسعار في متناول الطلاب' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^طاولات خشبية عليها صفوف من الكتب المستعملة في ساحة مفتوحة، ويتصفّح/ })).toHaveAttribute('srcset');
    expect(screen.getByRole('link', { name: 'جولة في سوق الكتاب المستعمل' })).toHaveAttribute('href', 'https://www.youtube.com/embed/bk5Market01?feature=oembed');
    expect(screen.getByText(/نريد أن يعود الكتاب/).closest('blockquote')).not.toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(document.body.textContent).not.toMatch(/&#8220;|&amp;|&hellip;/);
  });
});

describe('fromWordPress: a post with Gutenberg comments, no date_gmt and a hidden author', () => {
  it('reads the site-time date in the site’s time zone when date_gmt is null', () => {
    const article = fromWordPress(beach, { timeZone: 'Asia/Riyadh' });
    expect(article.published).toBe('2026-10-03T15:00:00.000Z');
    // modified equals published here: no "updated" date.
    expect(article.modified).toBeUndefined();
  });

  it('skips an author embedded as an error object, and has no image without featured media', () => {
    const article = fromWordPress(beach);
    expect(article.authors).toEqual([]);
    expect(article.media).toBeUndefined();
    expect(article.kicker).toBe('بيئة');
  });

  it('shortens WordPress’s " [&hellip;]" excerpt ending to an ellipsis', () => {
    expect(fromWordPress(beach).standfirst).toBe('أعلنت جمعية حماية الشواطئ أن حملة التنظيف السنوية جمعت 1.2 طن من النفايات البلاستيكية خلال يومين.…');
  });

  it('renders the body without the block comments, with the classic image floated to the start and the social embed as a link', () => {
    const { container } = render(
      <ArticleBody locale="ar">
        <ArticleHtml html={fromWordPress(beach).html} />
      </ArticleBody>,
    );
    expect(container.innerHTML).not.toContain('wp:');
    expect(screen.getByRole('img', { name: 'متطوعون يجمعون النفايات على الشاطئ' }).dataset.align).toBe('start');
    expect(screen.getByRole('link', { name: 'https://social.example/beachclean/status/1860' })).toBeInTheDocument();
  });
});

describe('the Next.js example’s post (examples/next-app/app/(ar)/wordpress)', () => {
  it('is the fixture post with the app’s own images: same text, same props but the image URLs and sizes', () => {
    const example = fromWordPress(examplePost as WordPressPost);
    const fixture = fromWordPress(bookMarket);
    expect({ ...example, media: undefined, jsonLd: undefined, html: undefined, authors: undefined }).toEqual({ ...fixture, media: undefined, jsonLd: undefined, html: undefined, authors: undefined });
    expect(example.media).toMatchObject({ src: '/reading-room.svg', width: 1200, height: 675, credit: fixture.media!.credit });
    expect(htmlText(example.html)).toBe(htmlText(fixture.html));
  });
});

describe('fromWordPress: bad payloads', () => {
  it('gives empty, renderable props with a warning for no post at all', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const post of [undefined, null, 'post', 42, []]) {
      expect(fromWordPress(post as unknown as WordPressPost)).toEqual({ headline: '', authors: [], html: '' });
    }
    expect(warn).toHaveBeenCalled();
  });

  it('ignores fields of the wrong type, with warnings, and keeps the rest', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const article = fromWordPress({
      ...bookMarket,
      title: 'not an object' as never,
      date_gmt: 12 as never,
      date: 'yesterday',
      excerpt: { rendered: 5 as never },
      _embedded: { author: 'x' as never, 'wp:featuredmedia': [{ source_url: 'javascript:alert(1)' }], 'wp:term': [null as never, [{ name: 3 } as never]] },
    });
    expect(article.headline).toBe('');
    expect(article.published).toBeUndefined();
    expect(article.standfirst).toBeUndefined();
    expect(article.authors).toEqual([]);
    expect(article.media).toBeUndefined();
    expect(article.kicker).toBeUndefined();
    expect(article.jsonLd).toBeUndefined();
    expect(article.html).toBe(bookMarket.content!.rendered);
    expect(warn.mock.calls.length).toBeGreaterThan(3);
  });

  it('gives no body for a password-protected post', () => {
    expect(fromWordPress({ ...bookMarket, content: { rendered: '', protected: true } }).html).toBe('');
  });

  it('never throws, never yields undefined, NaN or Invalid Date text, whatever the payload', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fc.assert(
      fc.property(fc.object({ maxDepth: 3, values: [fc.anything()] }), fc.anything(), (noise, embedded) => {
        const article = fromWordPress({ ...noise, _embedded: embedded } as WordPressPost);
        const text = JSON.stringify(article);
        expect(text).not.toMatch(/undefined|NaN|Invalid Date/);
        expect(typeof article.headline).toBe('string');
        expect(Array.isArray(article.authors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
