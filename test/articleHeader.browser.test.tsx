import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ArticleHeader, ArticleMeta, Byline, Headline } from '../src';

const HEADLINE = 'افتتاح أكبر مكتبة رقمية في المنطقة بدعم من UNESCO بعد عامين من العمل';
const STANDFIRST = 'تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة، وتتيحها للقراء مجانًا عبر الإنترنت.';
const ratio = (style: CSSStyleDeclaration) => parseFloat(style.lineHeight) / parseFloat(style.fontSize);

/** The box of the first word of an element's text (in logical order: where the line starts). */
function firstWordBox(element: Element): DOMRect {
  const text = element.firstChild!;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, text.textContent!.indexOf(' '));
  return range.getBoundingClientRect();
}

async function renderIn(ui: React.ReactNode, { width = 800, dir = 'rtl', lang = 'ar' } = {}) {
  const screen = await render(
    <div dir={dir} lang={lang} style={{ inlineSize: `${width}px` }} data-testid="column">
      {ui}
    </div>,
  );
  await document.fonts.ready;
  return { screen, column: screen.getByTestId('column').element() as HTMLElement };
}

describe('Arabic-script typography in Chromium', () => {
  it('sets an Arabic headline with letter-spacing normal, no text-transform, no synthetic italic and leading ≥ 1.3', async () => {
    const { column } = await renderIn(<ArticleHeader headline={HEADLINE} standfirst={STANDFIRST} />);
    // A page that letter-spaces and upper-cases its headings must not reach Arabic script.
    column.style.letterSpacing = '0.12em';
    column.style.textTransform = 'uppercase';
    for (const level of [1, 2, 3]) {
      column.querySelector('h1')!.dataset.level = String(level);
      const style = getComputedStyle(column.querySelector('h1')!);
      expect(style.letterSpacing).toBe('normal');
      expect(style.textTransform).toBe('none');
      expect(style.fontSynthesisStyle).toBe('none');
      expect(ratio(style)).toBeGreaterThanOrEqual(1.3);
    }
  });

  it('sets the Arabic standfirst (body text) with leading ≥ 1.6, no letter-spacing or transform', async () => {
    const { column } = await renderIn(<ArticleHeader headline={HEADLINE} standfirst={STANDFIRST} kicker="ثقافة" />);
    column.style.letterSpacing = '2px';
    column.style.textTransform = 'uppercase';
    for (const selector of ['.maqal-Standfirst', '.maqal-Kicker']) {
      const style = getComputedStyle(column.querySelector(selector)!);
      expect(style.letterSpacing, selector).toBe('normal');
      expect(style.textTransform, selector).toBe('none');
    }
    expect(ratio(getComputedStyle(column.querySelector('.maqal-Standfirst')!))).toBeGreaterThanOrEqual(1.6);
  });

  // Every Arabic-script language maqal reads right to left, not only the three it has catalogues for.
  it.each(['fa', 'ur', 'ps', 'ckb', 'sd', 'ug'])('gives %s Arabic-script leading and no synthetic italic', async (lang) => {
    const { column } = await renderIn(<ArticleHeader headline={HEADLINE} standfirst={STANDFIRST} />, { lang });
    const headline = getComputedStyle(column.querySelector('h1')!);
    const standfirst = getComputedStyle(column.querySelector('.maqal-Standfirst')!);
    expect(ratio(headline)).toBeGreaterThanOrEqual(1.3);
    expect(ratio(standfirst)).toBeGreaterThanOrEqual(1.6);
    expect(headline.fontSynthesisStyle).toBe('none');
    expect(standfirst.fontSynthesisStyle).toBe('none');
  });

  it('follows the design sizes: Arabic h1 40px on 54px and Latin 44px at 1280px, 26px and 28px at 360px', async () => {
    const { column, screen } = await renderIn(
      <>
        <Headline>{HEADLINE}</Headline>
        <Headline lang="en">Library opens after two years of work</Headline>
      </>,
    );
    const [arabic, latin] = [...column.querySelectorAll('h1')].map((h) => getComputedStyle(h));
    expect(window.innerWidth).toBe(1280);
    expect(parseFloat(arabic!.fontSize)).toBeCloseTo(40, 0);
    expect(parseFloat(arabic!.lineHeight)).toBeCloseTo(54, 0);
    expect(parseFloat(latin!.fontSize)).toBeCloseTo(44, 0);
    expect(ratio(latin!)).toBeCloseTo(1.1, 2);
    await screen.unmount();
    // A Latin span inside the Arabic headline takes the Latin size too.
    const { column: mixed } = await renderIn(
      <Headline>
        مراسل <span lang="en">CBS News</span> يروي التفاصيل
      </Headline>,
    );
    expect(parseFloat(getComputedStyle(mixed.querySelector('span[lang="en"]')!).fontSize)).toBeCloseTo(44, 0);
    // At 360px the sizes are the fluid minimums, 26px and 28px.
    await page.viewport(360, 800);
    expect(parseFloat(getComputedStyle(mixed.querySelector('h1')!).fontSize)).toBeCloseTo(26, 0);
    expect(parseFloat(getComputedStyle(mixed.querySelector('span[lang="en"]')!).fontSize)).toBeCloseTo(28, 0);
    await page.viewport(1280, 800);
  });

  it('gives a lang="en" span inside an Arabic headline and standfirst Latin metrics', async () => {
    const { column } = await renderIn(
      <ArticleHeader
        headline={
          <>
            مراسل <span lang="en">CBS News</span> يروي “تفاصيل” 3 أيام
          </>
        }
        standfirst={
          <>
            قال المدير: <span lang="en">“a library for everyone”</span>
          </>
        }
      />,
    );
    const h1 = getComputedStyle(column.querySelector('h1')!);
    const span = getComputedStyle(column.querySelector('h1 span[lang="en"]')!);
    expect(ratio(h1)).toBeCloseTo(1.35, 2);
    expect(ratio(span)).toBeCloseTo(1.1, 2);
    expect(span.letterSpacing).toBe('normal');
    const standfirst = getComputedStyle(column.querySelector('.maqal-Standfirst')!);
    const latin = getComputedStyle(column.querySelector('.maqal-Standfirst span[lang="en"]')!);
    expect(ratio(standfirst)).toBeCloseTo(1.625, 2);
    expect(ratio(latin)).toBeCloseTo(1.375, 2);
  });

  it('keeps mixed Arabic, Latin, digits and quotes in visual RTL order: the Arabic opening word is rightmost', async () => {
    const { column } = await renderIn(<Headline>مراسل CBS: “الاتفاق” يشمل 3 دول</Headline>);
    const h1 = column.querySelector('h1')!;
    const text = h1.firstChild!;
    const box = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, end);
      return range.getBoundingClientRect();
    };
    const content = text.textContent!;
    const first = box(0, 'مراسل'.length);
    const cbs = box(content.indexOf('CBS'), content.indexOf('CBS') + 3);
    const digit = box(content.indexOf('3'), content.indexOf('3') + 1);
    expect(first.right).toBeGreaterThan(cbs.right);
    expect(cbs.right).toBeGreaterThan(digit.right);
  });
});

describe('layout in Chromium', () => {
  it('starts the kicker and the headline at the right edge in RTL', async () => {
    const { column } = await renderIn(<ArticleHeader kicker="أخبار عربية وعالمية" kickerHref="/world" headline={HEADLINE} />);
    const header = column.querySelector('header')!.getBoundingClientRect();
    const kicker = column.querySelector('.maqal-Kicker-label')!.getBoundingClientRect();
    const headline = firstWordBox(column.querySelector('h1')!);
    expect(Math.abs(kicker.right - header.right)).toBeLessThan(1);
    expect(Math.abs(headline.right - header.right)).toBeLessThan(2);
    expect(headline.left - header.left).toBeGreaterThan(20);
  });

  it('starts the kicker and the headline at the left edge in LTR', async () => {
    const { column } = await renderIn(<ArticleHeader kicker="World" kickerHref="/world" headline="Region's largest digital library opens after two years of work" locale="en" />, {
      dir: 'ltr',
      lang: 'en',
    });
    const header = column.querySelector('header')!.getBoundingClientRect();
    const kicker = column.querySelector('.maqal-Kicker-label')!.getBoundingClientRect();
    const headline = firstWordBox(column.querySelector('h1')!);
    expect(Math.abs(kicker.left - header.left)).toBeLessThan(1);
    expect(Math.abs(headline.left - header.left)).toBeLessThan(2);
    expect(header.right - headline.right).toBeGreaterThan(20);
  });

  it('wraps a 500-character headline without overflow at 320px, with spaces or without', async () => {
    const words = Array.from({ length: 100 }, (_, i) => ['مكتبة', 'رقمية', 'UNESCO', '2026', 'للقراء'][i % 5]).join(' ').slice(0, 500);
    for (const headline of [words, 'م'.repeat(500), 'A'.repeat(500)]) {
      const { column, screen } = await renderIn(<ArticleHeader headline={headline} standfirst={headline} />, { width: 320 });
      const header = column.querySelector('header')!;
      for (const element of [column, header, header.querySelector('h1')!, header.querySelector('p')!]) {
        expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth);
      }
      expect(header.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      await screen.unmount();
    }
  });

  for (const dir of ['rtl', 'ltr'] as const) {
    it(`wraps the meta row at 320px without overlap, in reading order, and hides the dot before a wrapped item (${dir})`, async () => {
      const { column } = await renderIn(
        <ArticleMeta>
          <span>بقلم سلمى القاسم ويوسف الحداد</span>
          <time dateTime="2026-03-14T09:30:00Z">١٤ مارس ٢٠٢٦، ١٢:٣٠</time>
          <span>قراءة في ٤ دقائق</span>
          <span>تقييم القراء ٤٫٣ من ٥</span>
        </ArticleMeta>,
        { width: 320, dir },
      );
      const meta = column.querySelector('.maqal-ArticleMeta')!;
      expect(meta.scrollWidth).toBeLessThanOrEqual(meta.clientWidth);
      expect(column.scrollWidth).toBeLessThanOrEqual(column.clientWidth);
      expect(meta.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      const columnBox = column.getBoundingClientRect();
      const items = [...meta.querySelectorAll('.maqal-ArticleMeta-item')].map((item) => ({ item, box: item.getBoundingClientRect() }));
      expect(new Set(items.map(({ box }) => Math.round(box.top))).size).toBeGreaterThan(1);
      for (const [i, a] of items.entries()) {
        expect(a.box.left).toBeGreaterThanOrEqual(columnBox.left - 0.5);
        expect(a.box.right).toBeLessThanOrEqual(columnBox.right + 0.5);
        for (const b of items.slice(i + 1)) {
          const overlap = a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom;
          expect(overlap, `${a.item.textContent} overlaps ${b.item.textContent}`).toBe(false);
        }
      }
      // Reading order: on a line, each next item lies further along the inline axis.
      for (let i = 1; i < items.length; i++) {
        const [previous, next] = [items[i - 1]!.box, items[i]!.box];
        if (Math.round(previous.top) !== Math.round(next.top)) continue;
        expect(dir === 'rtl' ? next.right <= previous.left : next.left >= previous.right).toBe(true);
      }
      // The dot before an item sits in the gap; an item that starts a line has it outside the
      // meta row's clip-path (the row plus the focus-ring room at its sides), so it is not painted.
      // (The dot is the shadow of a box at the item's inline-start, as wide as the dot: issue 14.)
      const metaBox = meta.getBoundingClientRect();
      const metaStyle = getComputedStyle(meta);
      const room = parseFloat(metaStyle.getPropertyValue('--maqal-focus-ring-width')) + parseFloat(metaStyle.getPropertyValue('--maqal-focus-ring-offset')) + 1;
      expect(metaStyle.clipPath).toMatch(/^inset\(/);
      const lineStarts = items.slice(1).filter(({ box }) => (dir === 'rtl' ? Math.abs(box.right - columnBox.right) < 1 : Math.abs(box.left - columnBox.left) < 1));
      expect(lineStarts.length).toBeGreaterThan(0);
      for (const { item, box } of lineStarts) {
        const dot = getComputedStyle(item, '::before');
        const shift = parseFloat(dot.boxShadow.match(/(-?[\d.]+)px/)![1]!); // physical x offset of the shadow
        const width = parseFloat(dot.width);
        // How far the dot's edge nearest the item lies outside the item's inline-start edge.
        const outside = dir === 'rtl' ? shift - width : -(shift + width);
        const clipEdge = (dir === 'rtl' ? metaBox.right - box.right : box.left - metaBox.left) + room; // from the item
        expect(outside).toBeGreaterThanOrEqual(clipEdge);
      }
    });
  }

  it('leaves no gap or dot for an item whose component rendered nothing (a Byline with no authors)', async () => {
    const { column } = await renderIn(
      <ArticleMeta>
        <Byline authors={[]} />
        <span>قراءة في ٤ دقائق</span>
        <Byline authors={[{ name: '' }]} />
        <span>تقييم القراء ٤٫٣ من ٥</span>
      </ArticleMeta>,
    );
    const items = [...column.querySelectorAll('.maqal-ArticleMeta-item')];
    expect(items).toHaveLength(4);
    const shown = items.filter((item) => getComputedStyle(item).display !== 'none');
    expect(shown.map((item) => item.textContent)).toEqual(['قراءة في ٤ دقائق', 'تقييم القراء ٤٫٣ من ٥']);
    // The first shown item starts at the row's right edge (RTL): nothing empty before it.
    expect(Math.abs(shown[0]!.getBoundingClientRect().right - column.getBoundingClientRect().right)).toBeLessThan(1);
  });

  it('keeps the standfirst and headline inside a 360px header with a hero figure', async () => {
    const { column } = await renderIn(
      <ArticleHeader
        headline={HEADLINE}
        standfirst={STANDFIRST}
        media={{ src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: 'صورة' }}
      />,
      { width: 360 },
    );
    const header = column.querySelector('header')!;
    expect(header.scrollWidth).toBeLessThanOrEqual(header.clientWidth);
    // The inlined image is kept and scaled to the column, never wider than it.
    const img = header.querySelector('img')!;
    expect(img.getBoundingClientRect().width).toBeLessThanOrEqual(header.clientWidth);
  });
});
