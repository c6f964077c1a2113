// Server rendering in plain Node, with no DOM globals: what a React Server Component or an SSR
// framework does with the article header's parts.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../src/core/warn';
import { ArticleHeader } from '../src/components/ArticleHeader';
import { ArticleJsonLd, articleJsonLd, serializeJsonLd } from '../src/components/ArticleJsonLd';
import { ArticleMeta } from '../src/components/ArticleMeta';
import { Headline } from '../src/components/Headline';
import { Kicker } from '../src/components/Kicker';
import { Standfirst } from '../src/components/Standfirst';
import { serverModules, usesHooks } from './helpers/staticModules';

const ENTRIES = ['Kicker', 'Headline', 'Standfirst', 'ArticleMeta', 'ArticleHeader', 'ArticleJsonLd'].map((name) => `src/components/${name}/index.ts`);


const HEADLINE = 'افتتاح أكبر مكتبة رقمية في المنطقة بدعم من UNESCO';

describe('the article header on the server', () => {
  it('runs with no DOM globals', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('has no "use client" and no hooks in the modules or anything they import', () => {
    const { server: graph, client } = serverModules(ENTRIES);
    expect(client).toEqual([]);
    expect(graph.size).toBeGreaterThanOrEqual(ENTRIES.length * 2);
    for (const [file, source] of graph) {
      expect(usesHooks(source), `${file} uses a hook`).toBe(false);
      expect(source, `${file} imports the client provider`).not.toMatch(/from\s+'[^']*MaqalProvider/);
    }
  });

  it('renders each of the five components to HTML', () => {
    expect(renderToStaticMarkup(<Kicker href="/world">أخبار عربية وعالمية</Kicker>)).toBe(
      '<p class="maqal-Kicker" data-tone="default"><a class="maqal-Kicker-label" href="/world">أخبار عربية وعالمية</a></p>',
    );
    expect(renderToStaticMarkup(<Kicker tone="breaking" />)).toBe('<p class="maqal-Kicker" data-tone="breaking"><span class="maqal-Kicker-label">عاجل</span></p>');
    expect(renderToStaticMarkup(<Kicker tone="live" locale="fa" />)).toContain('>زنده</span>');
    expect(renderToStaticMarkup(<Headline level={2}>{HEADLINE}</Headline>)).toBe(`<h2 class="maqal-Headline" data-level="2">${HEADLINE}</h2>`);
    expect(renderToStaticMarkup(<Standfirst>مقدمة قصيرة</Standfirst>)).toBe('<p class="maqal-Standfirst">مقدمة قصيرة</p>');
    expect(renderToStaticMarkup(<ArticleMeta>{[<span key="a">سلمى القاسم</span>, <time key="t" dateTime="2026-03-14">١٤ مارس</time>]}</ArticleMeta>)).toBe(
      '<div class="maqal-ArticleMeta"><div class="maqal-ArticleMeta-item"><span>سلمى القاسم</span></div><div class="maqal-ArticleMeta-item"><time dateTime="2026-03-14">١٤ مارس</time></div></div>',
    );
    const html = renderToString(
      <ArticleHeader
        lang="ar"
        kicker="ثقافة"
        kickerHref="javascript:alert(1)"
        headline={HEADLINE}
        standfirst="مقدمة"
        meta={<span>سلمى القاسم</span>}
        media={{ src: '/library.jpg', alt: 'قاعة القراءة', credit: 'AFP' }}
      />,
    );
    // (React 19 puts a <link rel="preload"> for the hero image before it.)
    expect(html).toMatch(/<header lang="ar" dir="rtl" class="maqal-ArticleHeader"><p class="maqal-Kicker" data-tone="default"><span class="maqal-Kicker-label">ثقافة<\/span><\/p><h1 class="maqal-Headline" data-level="1">/);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<img class="maqal-ArticleHeader-image" src="/library.jpg" alt="قاعة القراءة"/>');
    expect(html).toContain('<bdi class="maqal-ArticleHeader-credit">AFP</bdi>');
  });

  it('renders the JSON-LD script on the server', () => {
    const html = renderToStaticMarkup(<ArticleJsonLd headline={HEADLINE} datePublished="2026-03-14T09:30:00Z" authors={['سلمى القاسم']} image="https://example.com/a.jpg" />);
    if (process.env.MAQAL_EXPECT_REACT === '18') {
      // React 18's server renderer escapes script text, so the component renders nothing there and
      // warns; the README's recipe below is what a React 18 app uses instead.
      resetWarnings();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const html18 = renderToStaticMarkup(<ArticleJsonLd headline={HEADLINE} datePublished="2026-03-14T09:30:00Z" />);
      expect(html18).toBe('');
      expect(html).toBe('');
      expect(warn.mock.calls.some((call) => String(call[0]).includes('ArticleJsonLd: React 18'))).toBe(true);
      warn.mockRestore();
      return;
    }
    expect(html).toMatch(/^<script type="application\/ld\+json">/);
    expect(JSON.parse(html.replace(/^<script[^>]*>|<\/script>$/g, '')).headline).toBe(HEADLINE);
  });

  it("keeps the README's React 18 recipe (serializeJsonLd in the app's own script) whole and closed, on React 18 and 19", () => {
    const attack = 'عنوان</script><script>alert(1)</script> & “اقتباس”';
    const data = articleJsonLd({ headline: attack, datePublished: '2026-03-14T09:30:00Z', authors: ['سلمى القاسم'] });
    // The app's code, not the library's: the library itself never uses dangerouslySetInnerHTML.
    const html = renderToStaticMarkup(<script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('&quot;');
    expect(JSON.parse(html.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual(data);
  });
});
