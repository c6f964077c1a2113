// The parts composed into a page (issue 14, "Layout that composes"), measured in Chromium: the
// article column and its measure, the rhythm between the parts, no sideways scrolling in either
// direction or nesting, the meta row's alignment and line breaks, the headline's size in its
// column, and pull quotes in another language.
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { Article, ArticleBody, ArticleHeader, ArticleMeta, Byline, MaqalProvider, PullQuote, ReadingTime, ScrollToTop, Timestamp } from '../src';
import { ARTICLES } from '../stories/fixtures/articlePageContent';
import { sampleEnglishQuote, sampleExtras, sampleHeadline, sampleParagraphs } from '../stories/fixtures/sampleArticle';
import { articleElement, type ArticleLocale } from './fixtures/articleElement';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Sets the page's own lang and dir on <html>, as an app's root layout would. */
function setPage(dir: 'rtl' | 'ltr', lang: string) {
  document.documentElement.dir = dir;
  document.documentElement.lang = lang;
}

const extraStyles: HTMLStyleElement[] = [];
/** An unlayered app stylesheet, removed after the test. */
function addStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  extraStyles.push(style);
}

afterEach(async () => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
  for (const style of extraStyles.splice(0)) style.remove();
  await page.viewport(1280, 800);
});

async function renderPage(locale: ArticleLocale) {
  const screen = await render(articleElement(locale));
  await document.fonts.ready;
  await frames();
  return screen;
}

/** The client rects of an element's text, one per line box it is laid out on (or more). */
function textRects(element: Element): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return [...range.getClientRects()].filter((rect) => rect.width > 0);
}

/**
 * The lines an element's text is laid out on, each as the vertical centre of its first piece of
 * text. Pieces in different fonts on one line (Arabic letters, Latin parentheses) have different
 * tops; their centres lie well within half a line of each other.
 */
function lines(element: Element): number[] {
  const half = parseFloat(getComputedStyle(element).lineHeight) / 2;
  const centres: number[] = [];
  for (const rect of textRects(element)) {
    const centre = (rect.top + rect.bottom) / 2;
    if (!centres.some((c) => Math.abs(c - centre) < half)) centres.push(centre);
  }
  return centres;
}

/** Whether a y position lies on one of these lines. */
const onLine = (y: number, lineCentres: number[], element: Element) =>
  lineCentres.some((c) => Math.abs(c - y) < parseFloat(getComputedStyle(element).lineHeight) / 2);

/** The box of one character of a text node. */
function charRect(node: Node, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(node, index);
  range.setEnd(node, index + 1);
  return range.getBoundingClientRect();
}

/**
 * The baseline of the line an element's text starts on: a zero-size inline-block probe, put
 * before its first letter, has its bottom edge on that baseline (CSS 2 §10.8.1).
 */
function firstBaseline(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const text = walker.nextNode()!;
  const probe = document.createElement('span');
  probe.style.cssText = 'display: inline-block; inline-size: 0; block-size: 0';
  text.parentNode!.insertBefore(probe, text);
  const baseline = probe.getBoundingClientRect().bottom;
  probe.remove();
  return baseline;
}

/** Characters on each full line of a paragraph (its last line left out), from each character's line. */
function charactersPerLine(paragraph: Element): number[] {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const lines: number[] = [];
  let top: number | undefined;
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent!.length; i++) {
      const rect = charRect(node, i);
      if (rect.width === 0 && rect.height === 0) continue;
      if (top !== undefined && Math.abs(rect.top - top) > rect.height / 2) {
        lines.push(count);
        count = 0;
      }
      top = rect.top;
      count++;
    }
  }
  return lines;
}

const NESTINGS = [
  { name: 'an Arabic article in an RTL page', dir: 'rtl', lang: 'ar', locale: 'ar' },
  { name: 'an English article in an LTR page', dir: 'ltr', lang: 'en', locale: 'en' },
  { name: 'an English article inside an RTL page', dir: 'rtl', lang: 'ar', locale: 'en' },
  { name: 'an RTL MaqalProvider (Arabic article) inside an LTR page', dir: 'ltr', lang: 'en', locale: 'ar' },
] as const;

describe('no horizontal overflow, ever', () => {
  // WCAG 2.2 SC 1.4.10 Reflow: at 320 CSS px wide, content is read "without requiring scrolling
  // in two dimensions". Issue 14: ArticleMeta's hidden separator dot made the page 1292 px wide
  // in a 1280 px viewport (and 372 in 360) whenever the row met the page edge of the other
  // direction. Each page is checked in maqal's column, and with the column switched off by an
  // app stylesheet so the parts meet the viewport's edges, as in a bare <article>.
  for (const width of [320, 360, 768, 1280]) {
    for (const nesting of NESTINGS) {
      it(`keeps the page ${width} px wide: ${nesting.name}`, async () => {
        await page.viewport(width, 800);
        setPage(nesting.dir, nesting.lang);
        await renderPage(nesting.locale);
        expect(window.innerWidth).toBe(width);
        expect(document.documentElement.scrollWidth, 'in the column').toBe(width);
        addStyle('.maqal-Article { max-inline-size: none; padding-inline: 0; }');
        await frames();
        expect(document.querySelector('.maqal-ArticleMeta')!.getBoundingClientRect().width, 'the row meets both edges').toBe(width);
        expect(document.documentElement.scrollWidth, 'edge to edge').toBe(width);
      });
    }
  }
});

describe('the article column', () => {
  // The classic measure for continuous text is 45–75 characters, ~66 ideal (Bringhurst, The
  // Elements of Typographic Style, 2.1.2); the issue asks for 65–75 for Arabic body text.
  it.each(['ar', 'fa', 'ur', 'he', 'en'] as const)('sets %s body text at 65–75 characters a line on a desktop', async (locale) => {
    const dir = locale === 'en' ? 'ltr' : 'rtl';
    setPage(dir, locale);
    await renderPage(locale);
    const lines = [...document.querySelectorAll('.maqal-ArticleBody > p')].flatMap(charactersPerLine);
    expect(lines.length).toBeGreaterThan(10);
    const average = lines.reduce((sum, n) => sum + n, 0) / lines.length;
    expect(average).toBeGreaterThanOrEqual(65);
    expect(average).toBeLessThanOrEqual(75);
    // Centred in the page.
    const column = document.querySelector('.maqal-Article')!.getBoundingClientRect();
    expect(Math.abs(column.left - (window.innerWidth - column.right))).toBeLessThan(1);
  });

  it.each(['rtl', 'ltr'] as const)('keeps text 16 px off both edges of a 360 px phone (%s)', async (dir) => {
    await page.viewport(360, 800);
    setPage(dir, dir === 'rtl' ? 'ar' : 'en');
    await renderPage(dir === 'rtl' ? 'ar' : 'en');
    for (const selector of ['.maqal-Headline', '.maqal-Standfirst', '.maqal-ArticleMeta', '.maqal-ArticleBody > p', '.maqal-ArticleHeader-media']) {
      const box = document.querySelector(selector)!.getBoundingClientRect();
      expect(box.left, selector).toBeCloseTo(16, 0);
      expect(360 - box.right, selector).toBeCloseTo(16, 0);
    }
  });

  it('is a static <article> that forwards its ref and props, and the class works alone', async () => {
    let ref: HTMLElement | null = null;
    const screen = await render(
      <div dir="rtl" lang="ar">
        <Article ref={(element) => void (ref = element)} id="story" className="app" lang="en" dir="ltr" data-testid="a">
          <p>text</p>
        </Article>
        <article className="maqal-Article" data-testid="b">
          <p>نص</p>
        </article>
      </div>,
    );
    const article = screen.getByTestId('a').element();
    expect(ref).toBe(article);
    expect(article.tagName).toBe('ARTICLE');
    expect(article.className).toBe('maqal-Article app');
    expect(article.getAttribute('lang')).toBe('en');
    expect(getComputedStyle(article).direction).toBe('ltr');
    const own = getComputedStyle(screen.getByTestId('b').element());
    expect(own.containerType).toBe('inline-size');
    expect(own.paddingInlineStart).toBe('16px');
    // Latin measure here (34 em of 16 px) and Arabic there (28 em of 17 px), plus the padding.
    expect(getComputedStyle(article).maxInlineSize).toBe(`${34 * 16 + 32}px`);
    expect(own.maxInlineSize).toBe(`${28 * 17 + 32}px`);
  });
});

describe('vertical rhythm between the parts', () => {
  const gap = (above: Element, below: Element) => below.getBoundingClientRect().top - above.getBoundingClientRect().bottom;

  it('puts --maqal-space-8 (32 px) between the header and the body in the column, overridable', async () => {
    await renderPage('ar');
    const header = document.querySelector('.maqal-ArticleHeader')!;
    const body = document.querySelector('.maqal-ArticleBody')!;
    expect(gap(header, body)).toBeCloseTo(32, 1);
    (document.querySelector('.maqal-Article') as HTMLElement).style.setProperty('--maqal-article-gap', '3rem');
    expect(gap(header, body)).toBeCloseTo(48, 1);
  });

  // Issue 14: "the header's bottom and the body's top touch (0 px)" in the README's own snippet.
  it('puts the same gap between a header and a body in a bare <article>, the JSON-LD between them or not', async () => {
    const screen = await render(
      <article dir="rtl" lang="ar">
        <ArticleHeader headline={sampleHeadline} meta={<ReadingTime minutes={4} />} />
        <ArticleBody>
          <p>{sampleParagraphs[0]}</p>
        </ArticleBody>
        <script type="application/ld+json">{'{}'}</script>
        <ArticleBody data-testid="second">
          <p>{sampleParagraphs[1]}</p>
        </ArticleBody>
      </article>,
    );
    const [header, body] = [document.querySelector('.maqal-ArticleHeader')!, document.querySelector('.maqal-ArticleBody')!];
    expect(gap(header, body)).toBeCloseTo(32, 1);
    expect(gap(body, screen.getByTestId('second').element())).toBeCloseTo(32, 1);
  });

  it('adds nothing when a pull quote, figure or list opens or closes the body (no double margins)', async () => {
    const edges = [
      () => <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>,
      () => (
        <figure>
          <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width={400} height={200} />
        </figure>
      ),
      () => (
        <ul>
          <li>{sampleExtras.numbers[0]}</li>
        </ul>
      ),
    ];
    for (const Edge of edges) {
      const screen = await render(
        <Article dir="rtl" lang="ar" data-testid="column">
          <ArticleHeader headline={sampleHeadline} />
          <ArticleBody>
            <Edge />
            <p>{sampleParagraphs[0]}</p>
            <Edge />
          </ArticleBody>
        </Article>,
      );
      const column = screen.getByTestId('column').element();
      const body = column.querySelector('.maqal-ArticleBody')!;
      const [first, last] = [body.firstElementChild!, body.lastElementChild!];
      expect(gap(column.querySelector('header')!, first), `above ${first.tagName}`).toBeCloseTo(32, 1);
      expect(body.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom, `below ${last.tagName}`).toBeCloseTo(0, 1);
      expect(column.getBoundingClientRect().bottom - last.getBoundingClientRect().bottom, `below ${last.tagName}`).toBeCloseTo(0, 1);
      await screen.unmount();
    }
  });

  it('sets figures and pull quotes 1.5em off the text, lists and paragraphs 1em, list items 0.4em, each overridable', async () => {
    const screen = await render(
      <Article dir="rtl" lang="ar">
        <ArticleBody>
          <p data-testid="p1">{sampleParagraphs[0]}</p>
          <figure data-testid="figure">
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width={400} height={200} />
          </figure>
          <p data-testid="p2">{sampleParagraphs[1]}</p>
          <PullQuote data-testid="quote">{sampleExtras.pullQuote}</PullQuote>
          <p data-testid="p3">{sampleParagraphs[2]}</p>
          <ol data-testid="list">
            <li data-testid="li1">
              <p>{sampleExtras.membershipSteps[0]}</p>
            </li>
            <li data-testid="li2">
              <p>{sampleExtras.membershipSteps[1]}</p>
            </li>
          </ol>
          <p data-testid="p4">{sampleParagraphs[3]}</p>
        </ArticleBody>
      </Article>,
    );
    const el = (id: string) => screen.getByTestId(id).element();
    const em = parseFloat(getComputedStyle(el('p1')).fontSize);
    expect(em).toBe(17);
    expect(gap(el('p1'), el('figure'))).toBeCloseTo(1.5 * em, 1);
    expect(gap(el('figure'), el('p2'))).toBeCloseTo(1.5 * em, 1);
    expect(gap(el('p2'), el('quote'))).toBeCloseTo(1.5 * em, 1);
    expect(gap(el('quote'), el('p3'))).toBeCloseTo(1.5 * em, 1);
    expect(gap(el('p3'), el('list'))).toBeCloseTo(em, 1);
    expect(gap(el('list'), el('p4'))).toBeCloseTo(em, 1);
    // A paragraph inside an item adds no margin of its own to the items' spacing.
    expect(gap(el('li1'), el('li2'))).toBeCloseTo(0.4 * em, 1);
    expect(el('li1').querySelector('p')!.getBoundingClientRect().top).toBeCloseTo(el('li1').getBoundingClientRect().top, 1);
    const body = document.querySelector('.maqal-ArticleBody') as HTMLElement;
    body.style.setProperty('--maqal-body-block-spacing', '2em');
    body.style.setProperty('--maqal-body-spacing', '0.5em');
    expect(gap(el('p1'), el('figure'))).toBeCloseTo(2 * em, 1);
    expect(gap(el('p3'), el('list'))).toBeCloseTo(0.5 * em, 1);
  });
});

describe('the meta row', () => {
  // Issue 14: "today the date sits halfway down a two-line byline".
  it.each(['rtl', 'ltr'] as const)('aligns items on their first baseline, a two-line item included (%s)', async (dir) => {
    const screen = await render(
      <div dir={dir} lang="ar" style={{ inlineSize: 720 }}>
        <ArticleMeta>
          <div data-testid="two-lines">
            بقلم ليلى حداد
            <br />
            مراسلة الشؤون الثقافية
          </div>
          <Timestamp data-testid="date" dateTime="2026-11-28T06:30:00Z" format="date" timeZone="Asia/Riyadh" />
          <ReadingTime data-testid="time" minutes={4} />
        </ArticleMeta>
      </div>,
    );
    await document.fonts.ready;
    const twoLines = screen.getByTestId('two-lines').element();
    expect(lines(twoLines)).toHaveLength(2);
    const baseline = firstBaseline(twoLines);
    for (const id of ['date', 'time']) {
      const element = screen.getByTestId(id).element();
      expect(lines(element), id).toHaveLength(1);
      expect(firstBaseline(element), id).toBeCloseTo(baseline, 0);
    }
    // All on one row.
    const tops = [twoLines, screen.getByTestId('time').element()].map((element) => element.closest('.maqal-ArticleMeta-item')!.getBoundingClientRect().top);
    expect(Math.abs(tops[0]! - tops[1]!)).toBeLessThan(20);
  });

  // Issue 14: "نور الهدى بن / علي" and "وTom / Baker" at 320–360 px. A name that fits on a line
  // moves to the next line whole, with the list's "و" or "and" before it.
  const BYLINES: { locale: string; dir: 'rtl' | 'ltr'; authors: { name: string; role?: string }[]; source?: string }[] = [
    { locale: 'ar', dir: 'rtl', authors: [{ name: 'ليلى حداد' }, { name: 'نور الهدى بن علي' }, { name: 'Tom Baker' }, { name: 'عمر بن سليمان الفاسي', role: 'تصوير' }], source: 'وكالات' },
    { locale: 'ar', dir: 'rtl', authors: [{ name: 'سلمى القاسم' }, { name: 'Tom Baker' }, { name: 'نور الهدى بن علي' }] },
    { locale: 'en', dir: 'ltr', authors: [{ name: 'Leila Haddad' }, { name: 'نور الهدى بن علي' }, { name: 'Tom Baker', role: 'photographs' }], source: 'Reuters' },
  ];
  for (const width of [320, 330, 340, 350, 360]) {
    it(`never breaks a name that fits on a line at ${width} px, nor parts a name from its "و" or "and"`, async () => {
      await page.viewport(width, 800);
      for (const { locale, dir, authors, source } of BYLINES) {
        setPage(dir, locale);
        const screen = await render(
          <MaqalProvider locale={locale}>
            <Article>
              <ArticleMeta>
                <Byline locale={locale} authors={authors} source={source} />
                <ReadingTime locale={locale} minutes={4} />
              </ArticleMeta>
            </Article>
          </MaqalProvider>,
        );
        await document.fonts.ready;
        const byline = document.querySelector('.maqal-Byline')!;
        for (const name of byline.querySelectorAll('.maqal-Byline-name')) {
          expect(lines(name), `"${name.textContent}" in ${locale}`).toHaveLength(1);
          // The list's word before it ("و", "and") is on the name's line.
          const before = name.closest('.maqal-Byline-author')!.firstChild!;
          if (before.nodeType === Node.TEXT_NODE && before.textContent!.trim()) {
            const rect = charRect(before, 0);
            expect(onLine((rect.top + rect.bottom) / 2, lines(name), name), `the word before "${name.textContent}"`).toBe(true);
          }
        }
        for (const role of byline.querySelectorAll('.maqal-Byline-role')) expect(lines(role)).toHaveLength(1);
        expect(document.documentElement.scrollWidth).toBe(width);
        await screen.unmount();
      }
    });
  }

  // Issue 14: "(تصوير)" or "وكالات" alone on a line at desktop width.
  it.each(['ar', 'en'] as const)('keeps a role with its name and the source beside the names at 1280 px (%s)', async (locale) => {
    setPage(locale === 'ar' ? 'rtl' : 'ltr', locale);
    // The article page credits its photographer as one ("تصوير: …", issue 16), so the roles here are desks.
    const authors =
      locale === 'ar'
        ? [
            { name: 'ليلى حداد', role: 'مراسلة الشؤون الثقافية' },
            { name: 'عمر بن سليمان الفاسي', role: 'مكتب الرباط' },
          ]
        : [
            { name: 'Nadia Ben Salem', role: 'Environment correspondent' },
            { name: 'Tom Baker', role: 'photographs' },
          ];
    const source = locale === 'ar' ? ARTICLES.ar.source : 'Reuters';
    await render(
      <MaqalProvider locale={locale}>
        <Article>
          <ArticleHeader
            locale={locale}
            headline={ARTICLES[locale].headline}
            meta={
              <>
                <Byline locale={locale} authors={authors} source={source} />
                <Timestamp locale={locale} dateTime="2026-11-28T06:30:00Z" published format="date" timeZone="Asia/Riyadh" />
              </>
            }
          />
        </Article>
      </MaqalProvider>,
    );
    await document.fonts.ready;
    const byline = document.querySelector('.maqal-Byline')!;
    const names = byline.querySelector('.maqal-Byline-authors')!;
    const roles = [...byline.querySelectorAll('.maqal-Byline-role')];
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) {
      const name = role.closest('.maqal-Byline-author')!.querySelector('.maqal-Byline-name')!;
      expect(lines(role), role.textContent!).toHaveLength(1);
      expect(onLine(lines(role)[0]!, [lines(name).at(-1)!], name), `${role.textContent} on the line of ${name.textContent}`).toBe(true);
    }
    const agency = byline.querySelector('.maqal-Byline-source')!;
    expect(lines(agency)).toHaveLength(1);
    expect(onLine(lines(agency)[0]!, lines(names), names), 'the source on a line of the names').toBe(true);
  });
});

describe('the headline follows its column', () => {
  const ratio = (style: CSSStyleDeclaration) => parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  const lines = (h1: Element) => Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight));

  async function headerIn(width: number, lang: 'ar' | 'en') {
    const screen = await render(
      <div dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang} style={{ inlineSize: width }}>
        <ArticleHeader locale={lang} headline={ARTICLES[lang].headline} />
      </div>,
    );
    await document.fonts.ready;
    return { screen, h1: document.querySelector('h1')! };
  }

  // Issue 14: "40 px type in a 320 px box today gives 8 lines", in a 1280 px viewport. Sizes:
  // BBC GEL Arabic type (h1 26 px on a phone, 40/54 on a desktop); Latin 28 → 44.
  it.each([
    ['ar', 320, 26],
    ['ar', 500, 33],
    ['ar', 640, 40],
    ['ar', 900, 40],
    ['en', 320, 28],
    ['en', 640, 44],
  ] as const)('sets a %s headline in a %i px box at %i px, whatever the viewport', async (lang, width, size) => {
    for (const viewport of [1280, 768]) {
      await page.viewport(viewport, 800);
      const { screen, h1 } = await headerIn(width, lang);
      const style = getComputedStyle(h1);
      expect(parseFloat(style.fontSize)).toBeCloseTo(size, 0);
      // Arabic-script leading kept (GEL: 54/40); Latin 1.1.
      expect(ratio(style)).toBeCloseTo(lang === 'ar' ? 1.35 : 1.1, 2);
      if (width === 320) expect(lines(h1)).toBeLessThanOrEqual(lang === 'ar' ? 3 : 4);
      await screen.unmount();
    }
  });

  it('sets the Arabic headline in the article column at about 32 px on 1.35 on a desktop', async () => {
    setPage('rtl', 'ar');
    await renderPage('ar');
    const style = getComputedStyle(document.querySelector('h1')!);
    expect(parseFloat(style.fontSize)).toBeGreaterThan(30);
    expect(parseFloat(style.fontSize)).toBeLessThan(34);
    expect(ratio(style)).toBeGreaterThanOrEqual(1.3);
  });

  // The containers change layout (CSS Containment 3, container-type: inline-size): sized by their
  // surroundings, never by their content. These are the places where that shows.
  it('keeps the header and the column sized by their surroundings where they would shrink to fit', async () => {
    const screen = await render(
      <div dir="rtl" lang="ar" style={{ inlineSize: 600 }}>
        <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }} data-testid="centred">
          <ArticleHeader headline={sampleHeadline} />
        </div>
        <div style={{ display: 'flex' }} data-testid="row">
          <ArticleHeader headline={sampleHeadline} />
          <aside style={{ inlineSize: 200, flex: 'none' }}>هامش</aside>
        </div>
        <div style={{ position: 'relative', blockSize: 200 }} data-testid="absolute">
          <div style={{ position: 'absolute', insetBlockEnd: 0, insetInlineStart: 0 }}>
            <ArticleHeader headline={sampleHeadline} />
          </div>
        </div>
        <div style={{ display: 'inline-block' }} data-testid="inline-block">
          <Article>
            <ArticleHeader headline={sampleHeadline} />
          </Article>
        </div>
        <div data-testid="margins">
          <ArticleHeader headline={sampleHeadline} style={{ marginInline: 40 }} />
        </div>
      </div>,
    );
    await document.fonts.ready;
    const width = (id: string) => screen.getByTestId(id).element().querySelector('header')!.getBoundingClientRect().width;
    expect(width('centred')).toBe(600);
    expect(width('row')).toBe(400);
    expect(width('margins')).toBe(520);
    // Shrink-to-fit with nothing to size it by: a phone-wide minimum (20rem), not zero.
    expect(width('absolute')).toBeGreaterThanOrEqual(320);
    expect(width('inline-block')).toBe(320 - 32);
    expect(screen.getByTestId('inline-block').element().getBoundingClientRect().width).toBe(320);
    for (const header of document.querySelectorAll('header')) expect(lines(header.querySelector('h1')!)).toBeLessThanOrEqual(4);
  });

  it('leaves a fixed ScrollToTop inside the column on the viewport (no layout containment)', async () => {
    await render(
      <Article dir="rtl" lang="ar">
        <ArticleBody>
          {sampleParagraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </ArticleBody>
        <ScrollToTop threshold={0} />
      </Article>,
    );
    window.scrollTo({ top: 400, behavior: 'instant' });
    const button = document.querySelector('.maqal-ScrollToTop') as HTMLElement;
    await expect.poll(() => button.hidden).toBe(false);
    // Bottom-left in RTL, 16 px from the viewport's corner, not the column's (once it has risen in).
    await expect.poll(() => button.getBoundingClientRect().left).toBeCloseTo(16, 0);
    await expect.poll(() => window.innerHeight - button.getBoundingClientRect().bottom).toBeCloseTo(16, 0);
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
});

describe('a pull quote in another language', () => {
  function sides(figure: Element) {
    const quote = figure.querySelector('blockquote')!;
    const range = document.createRange();
    range.selectNodeContents(quote);
    const text = [...range.getClientRects()].filter((r) => r.width > 0);
    const style = getComputedStyle(figure);
    return {
      textLeft: Math.min(...text.map((r) => r.left)),
      textRight: Math.max(...text.map((r) => r.right)),
      cite: figure.querySelector('figcaption bdi')!.getBoundingClientRect(),
      rule: parseFloat(style.borderRightWidth) > 0 ? 'right' : parseFloat(style.borderLeftWidth) > 0 ? 'left' : 'none',
      fontSize: getComputedStyle(quote.querySelector('[lang]') ?? quote).fontSize,
    };
  }

  // Issue 14: "the text, rule and attribution stay on the same side, same size as other quotes".
  it.each([
    ['rtl', 'ar', 'an English quote in an Arabic article', sampleExtras.pullQuote, sampleEnglishQuote, 'Emily Carter, restoration architect'],
    ['ltr', 'en', 'an Arabic quote in an English article', ARTICLES.en.pullQuote, sampleExtras.pullQuote, sampleExtras.pullQuoteCite],
  ] as const)('%s: %s', async (dir, lang, _name, own, foreign, foreignCite) => {
    const other = lang === 'ar' ? 'en' : 'ar';
    const quotes: [string, ReactNode, Record<string, string>][] = [
      ['own', own, {}],
      ['text', foreign, {}],
      ['span', <span lang={other}>{foreign}</span>, {}],
      ['paragraph', <p lang={other}>{foreign}</p>, {}],
      ['lang', foreign, { lang: other }],
    ];
    const screen = await render(
      <div dir={dir} lang={lang} style={{ inlineSize: 600 }}>
        <ArticleBody>
          {quotes.map(([id, children, props]) => (
            <PullQuote key={id} data-testid={id} cite={id === 'own' ? ARTICLES[lang].pullQuoteCite : foreignCite} {...props}>
              {children}
            </PullQuote>
          ))}
        </ArticleBody>
      </div>,
    );
    await document.fonts.ready;
    const reference = sides(screen.getByTestId('own').element());
    expect(reference.rule).toBe(dir === 'rtl' ? 'right' : 'left');
    for (const [id] of quotes.slice(1)) {
      const quote = sides(screen.getByTestId(id).element());
      expect(quote.rule, id).toBe(reference.rule);
      expect(quote.fontSize, id).toBe(reference.fontSize);
      if (dir === 'rtl') {
        expect(quote.textRight, id).toBeCloseTo(reference.textRight, 0);
        expect(quote.cite.right, id).toBeCloseTo(reference.cite.right, 0);
      } else {
        expect(quote.textLeft, id).toBeCloseTo(reference.textLeft, 0);
        expect(quote.cite.left, id).toBeCloseTo(reference.cite.left, 0);
      }
    }
  });
});
