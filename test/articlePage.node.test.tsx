// The whole article page rendered the way a server renders it: plain Node, no window, no document.
import { Writable } from 'node:stream';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MaqalProvider } from '../src';
import { ArticlePage } from '../stories/fixtures/ArticlePage';
import { ARTICLES } from '../stories/fixtures/articlePageContent';

const page = (props: Partial<Parameters<typeof ArticlePage>[0]> = {}) => (
  <MaqalProvider locale="ar" timeZone="Asia/Riyadh">
    <ArticlePage content={ARTICLES.ar} imageSrc="/hero.svg" rating={{ average: 4.2, count: 37 }} {...props} />
  </MaqalProvider>
);

const text = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the article page on the server', () => {
  it('has no DOM to lean on', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders to a string with every part of the page', () => {
    const html = renderToString(page());
    expect(html).toContain('<header');
    expect(html).toMatch(/<h1[^>]*>[^<]*مكتبة وادي الريحان/);
    expect(html).toContain('role="radiogroup"');
    expect(html).toContain('type="application/ld+json"');
    expect(html.match(/<time /g)?.length).toBeGreaterThanOrEqual(2);
    expect(text(html)).toContain('37 صوتًا');
    expect(text(html)).toContain('هـ'); // the Hijri date
    for (const bad of ['NaN', 'undefined', 'Invalid Date', 'Infinity']) expect(text(html)).not.toContain(bad);
  });

  // renderToPipeableStream, Node's streaming renderer in React 18 and 19 alike.
  it('streams the same page with renderToPipeableStream', async () => {
    const streamed = await new Promise<string>((resolve, reject) => {
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
      const { pipe } = renderToPipeableStream(page(), { onAllReady: () => pipe(sink), onError: reject });
    });
    // React 18.3's Node stream pads a 2048-byte chunk with NUL bytes when a multi-byte letter does
    // not fit at its end (React 19 does not). Browsers drop NUL in body text (HTML "in body"
    // insertion mode), so readers never see it; the comparison drops it too.
    expect(text(streamed.split('\u0000').join(''))).toBe(text(renderToString(page())));
  });

  it('renders every locale, and survives missing and malformed data', () => {
    for (const content of Object.values(ARTICLES)) {
      expect(renderToString(page({ content }))).toContain(content.headline.replace(/'/g, '&#x27;'));
    }
    const html = renderToString(page({ rating: { average: Number.NaN, count: 'many' }, publishedOverride: 'not a date' }));
    expect(html).toMatch(/<h1/);
    for (const bad of ['NaN', 'undefined', 'Invalid Date']) expect(text(html)).not.toContain(bad);
    expect(renderToString(page({ rating: null }))).not.toContain('radiogroup');
  });
});
