import { render } from '@testing-library/react';
import fc from 'fast-check';
import { createElement, version } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleJsonLd, articleJsonLd, serializeJsonLd, type ArticleJsonLdInput } from '../src';
import { resetWarnings } from '../src/core/warn';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const article: ArticleJsonLdInput = {
  headline: 'افتتاح أكبر مكتبة رقمية في المنطقة بدعم من UNESCO',
  description: 'تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة متاحة مجانًا.',
  authors: [{ name: 'سلمى القاسم', url: '/authors/salma' }, 'يوسف الحداد'],
  datePublished: '2026-03-14T12:30:00+03:00',
  dateModified: new Date(Date.UTC(2026, 2, 14, 11, 5)),
  section: 'ثقافة',
  image: ['/images/library-16x9.jpg', 'https://cdn.example.com/library-1x1.jpg'],
  url: 'https://news.example.com/culture/library',
  rating: { value: 4.26, votes: 128 },
  inLanguage: 'ar',
  publisher: { name: 'صحيفة المثال', logo: '/logo.png' },
};

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The fields Google's Article rich results need, checked the way its validator reports them. */
function richResultProblems(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (data['@context'] !== 'https://schema.org') problems.push('@context');
  if (data['@type'] !== 'NewsArticle') problems.push('@type');
  if (typeof data.headline !== 'string' || data.headline === '') problems.push('headline');
  const images = data.image as unknown;
  if (!Array.isArray(images) || images.length === 0 || !images.every((url) => typeof url === 'string' && /^https?:\/\//.test(url))) problems.push('image');
  if (typeof data.datePublished !== 'string' || !ISO.test(data.datePublished)) problems.push('datePublished');
  if (data.dateModified !== undefined && (typeof data.dateModified !== 'string' || !ISO.test(data.dateModified))) problems.push('dateModified');
  const authors = data.author as unknown;
  if (!Array.isArray(authors) || authors.length === 0 || !authors.every((a) => a && typeof a.name === 'string' && a.name !== '' && /^(Person|Organization)$/.test(a['@type']))) {
    problems.push('author.name');
  }
  return problems;
}

describe('articleJsonLd()', () => {
  it('returns a NewsArticle with every field rich results require', () => {
    const data = articleJsonLd(article);
    expect(richResultProblems(data)).toEqual([]);
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.headline,
      description: article.description,
      image: ['https://news.example.com/images/library-16x9.jpg', 'https://cdn.example.com/library-1x1.jpg'],
      datePublished: '2026-03-14T09:30:00.000Z',
      dateModified: '2026-03-14T11:05:00.000Z',
      author: [
        { '@type': 'Person', name: 'سلمى القاسم', url: 'https://news.example.com/authors/salma' },
        { '@type': 'Person', name: 'يوسف الحداد' },
      ],
      articleSection: 'ثقافة',
      inLanguage: 'ar',
      url: article.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
      publisher: { '@type': 'Organization', name: 'صحيفة المثال', logo: { '@type': 'ImageObject', url: 'https://news.example.com/logo.png' } },
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.26, ratingCount: 128, bestRating: 5, worstRating: 1 },
    });
    expect(warn).not.toHaveBeenCalled();
  });

  it('accepts dates as Date, ISO string or milliseconds and always writes ISO 8601 in UTC', () => {
    const ms = Date.UTC(2025, 11, 31, 23, 59, 59);
    for (const value of [new Date(ms), new Date(ms).toISOString(), ms, '2026-01-01T02:59:59+03:00']) {
      expect(articleJsonLd({ ...article, datePublished: value }).datePublished).toBe('2025-12-31T23:59:59.000Z');
    }
  });

  it('leaves invalid dates out, with a warning, and never writes "Invalid Date"', () => {
    const data = articleJsonLd({ ...article, datePublished: 'أمس', dateModified: NaN });
    expect(data.datePublished).toBeUndefined();
    expect(data.dateModified).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/Invalid Date|NaN|null/);
    expect(warn.mock.calls.map((call: unknown[]) => String(call[0])).join('\n')).toMatch(/datePublished/);
  });

  it('adds an AggregateRating only when the rating has votes', () => {
    expect(articleJsonLd({ ...article, rating: { value: 4, votes: 0 } }).aggregateRating).toBeUndefined();
    expect(articleJsonLd({ ...article, rating: undefined }).aggregateRating).toBeUndefined();
    expect(articleJsonLd({ ...article, rating: { value: NaN, votes: 10 } }).aggregateRating).toBeUndefined();
    expect(articleJsonLd({ ...article, rating: { value: 9, votes: 3.7, best: 10, worst: 0 } }).aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 9,
      ratingCount: 3,
      bestRating: 10,
      worstRating: 0,
    });
    // Out of range: clamped, with a warning.
    expect(articleJsonLd({ ...article, rating: { value: 7, votes: 5 } }).aggregateRating).toMatchObject({ ratingValue: 5 });
  });

  it('drops unsafe URLs and cleans text fields', () => {
    const data = articleJsonLd({
      ...article,
      headline: 'عنوان\u202E مقلوب\u0000',
      image: ['javascript:alert(1)', 'data:image/png;base64,AAAA', '/ok.jpg'],
      authors: [{ name: 'سلمى', url: 'javascript:alert(1)' }, { name: '  ' }, null as never],
      url: 'javascript:alert(1)',
    });
    expect(data.headline).toBe('عنوان مقلوب');
    expect(data.image).toEqual(['/ok.jpg']);
    expect(data.author).toEqual([{ '@type': 'Person', name: 'سلمى' }]);
    expect(data.url).toBeUndefined();
    expect(JSON.stringify(data)).not.toMatch(/javascript:|data:/);
  });

  it('never throws and always returns JSON-serialisable data, whatever it is given', () => {
    const anything = fc.oneof(fc.string(), fc.double(), fc.constantFrom(undefined, null, {}, [], true), fc.date({ noInvalidDate: false }));
    fc.assert(
      fc.property(fc.record({ headline: anything, datePublished: anything, dateModified: anything, image: anything, url: anything, authors: anything, rating: anything }), (input) => {
        const text = serializeJsonLd(articleJsonLd(input as never));
        expect(text).not.toMatch(/Invalid Date|NaN|Infinity|undefined/);
        const parsed = JSON.parse(text);
        for (const key of ['datePublished', 'dateModified']) if (parsed[key] !== undefined) expect(parsed[key]).toMatch(ISO);
      }),
      { numRuns: 200 },
    );
  });
});

describe('<ArticleJsonLd>', () => {
  const attack = 'عنوان </script><script>alert(1)</script> <!-- & “اقتباس”';

  it('serialises with <, > and & escaped, so the text holds no "</script" or "<!--"', () => {
    const text = serializeJsonLd(articleJsonLd({ ...article, headline: attack }));
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text).headline).toBe(attack);
  });

  it('renders one application/ld+json script whose text parses back to the data (client rendering; none on React 18)', () => {
    const { container } = render(createElement(ArticleJsonLd, { ...article, headline: attack, nonce: 'abc' }));
    const scripts = container.querySelectorAll('script');
    // On React 18 it renders nothing on the client either, so hydration matches the server.
    expect(scripts).toHaveLength(version.startsWith('18.') ? 0 : 1);
    if (version.startsWith('18.')) return;
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json');
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(articleJsonLd({ ...article, headline: attack }));
  });

  // React 18's server renderer escapes script text as HTML ("&quot;"), which no JSON parser reads
  // and which fails hydration: there the component renders nothing (see the next test).
  it('cannot be broken out of when rendered on the server: a "</script>" headline stays inside one script', () => {
    const html = renderToStaticMarkup(createElement('div', null, createElement(ArticleJsonLd, { ...article, headline: attack })));
    if (version.startsWith('18.')) {
      expect(html).toBe('<div></div>');
      return;
    }
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(doc.body.textContent).not.toContain('alert(1)</');
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data.headline).toBe(attack);
    expect(richResultProblems(data)).toEqual([]);
  });
});
