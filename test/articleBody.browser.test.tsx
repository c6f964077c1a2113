import { afterEach, describe, expect, it } from 'vitest';
import { page, server } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ArticleBody, ArticleText, MaqalProvider, PullQuote } from '../src';
import { sampleArticleText, sampleEnglish, sampleExtras, sampleFigureSrc, sampleParagraphs } from '../stories/fixtures/sampleArticle';

const ratio = (style: CSSStyleDeclaration) => parseFloat(style.lineHeight) / parseFloat(style.fontSize);

/** The box of the first word of a paragraph's text. */
function firstWordBox(p: Element): DOMRect {
  // The first text node with a word in it, wherever it is (the lead span holds the first one).
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.textContent!.trim() === '') node = walker.nextNode();
  const text = node!.textContent!;
  const start = text.search(/\S/);
  const space = text.indexOf(' ', start);
  const end = space === -1 ? text.length : space;
  const range = document.createRange();
  range.setStart(node!, start);
  range.setEnd(node!, end);
  return range.getBoundingClientRect();
}

let previous: { unmount: () => Promise<void> } | undefined;

/** Renders an ArticleBody in a 640px Arabic column, replacing the one a loop rendered before. */
async function renderArabic(children: React.ReactNode, props: Partial<React.ComponentProps<typeof ArticleBody>> = {}) {
  await previous?.unmount();
  const screen = await render(
    <MaqalProvider locale="ar">
      <div style={{ inlineSize: '640px' }}>
        <ArticleBody data-testid="body" {...props}>
          {children}
        </ArticleBody>
      </div>
    </MaqalProvider>,
  );
  previous = screen;
  await document.fonts.ready;
  return { screen, body: screen.getByTestId('body').element() as HTMLElement };
}

describe('ArticleBody typography in Chromium', () => {
  // vitest-browser-react unmounts before each test; this forgets the handle so a loop's renderArabic
  // does not unmount a root that is already gone.
  afterEach(() => {
    previous = undefined;
  });

  it('sets Arabic paragraphs with a line-height of at least 1.6 at every size', async () => {
    for (const size of ['sm', 'md', 'lg'] as const) {
      const { body } = await renderArabic(<ArticleText text={sampleArticleText} />, { size });
      for (const p of body.querySelectorAll('p')) expect(ratio(getComputedStyle(p))).toBeGreaterThanOrEqual(1.6);
    }
  });

  it('scales the text with size and with --maqal-body-scale', async () => {
    const sizes: number[] = [];
    for (const size of ['sm', 'md', 'lg'] as const) {
      const { body } = await renderArabic(<p>نص</p>, { size });
      sizes.push(parseFloat(getComputedStyle(body).fontSize));
    }
    expect(sizes[1]).toBe(17); // the Arabic body token, 1.0625rem
    expect(sizes[0]! / sizes[1]!).toBeCloseTo(0.9, 2);
    expect(sizes[2]! / sizes[1]!).toBeCloseTo(1.15, 2);
    const { body } = await renderArabic(<p>نص</p>, { style: { '--maqal-body-scale': '2' } as React.CSSProperties });
    expect(parseFloat(getComputedStyle(body).fontSize)).toBeCloseTo(2 * sizes[1]!, 1);
  });

  it('keeps letter-spacing normal and text untransformed, even when the page letter-spaces', async () => {
    const { body } = await renderArabic(<ArticleText text={sampleParagraphs[0]!} />, { style: {} });
    body.parentElement!.style.letterSpacing = '0.1em';
    body.parentElement!.style.textTransform = 'uppercase';
    const p = body.querySelector('p')!;
    expect(getComputedStyle(p).letterSpacing).toBe('normal');
    expect(getComputedStyle(p).textTransform).toBe('none');
  });

  it('does not slant em in Arabic, but keeps it italic in a lang="en" span', async () => {
    const { body } = await renderArabic(
      <p>
        نص فيه <em data-testid="ar-em">تأكيد</em> واقتباس{' '}
        <span lang="en">
          with <em data-testid="en-em">emphasis</em>
        </span>
      </p>,
    );
    const ar = getComputedStyle(body.querySelector('[data-testid="ar-em"]')!);
    const en = getComputedStyle(body.querySelector('[data-testid="en-em"]')!);
    expect(ar.fontStyle).toBe('normal');
    expect(ar.fontSynthesisStyle).toBe('none');
    expect(Number(ar.fontWeight)).toBeGreaterThanOrEqual(700);
    expect(en.fontStyle).toBe('italic');
    expect(en.fontSynthesisStyle).toBe('auto');
  });

  it('gives each paragraph dir="auto": an English paragraph starts at the left edge, Arabic ones at the right', async () => {
    const { body } = await renderArabic(<ArticleText text={[sampleParagraphs[1], sampleEnglish[0], sampleParagraphs[2]].join('\n\n')} />);
    const [arabic, english] = body.querySelectorAll('p');
    expect(arabic).toHaveAttribute('dir', 'auto');
    expect(english).toHaveAttribute('dir', 'auto');
    expect(getComputedStyle(arabic!).direction).toBe('rtl');
    expect(getComputedStyle(english!).direction).toBe('ltr');
    const column = body.getBoundingClientRect();
    const englishWord = firstWordBox(english!);
    expect(Math.abs(englishWord.left - column.left)).toBeLessThan(1);
    const arabicWord = firstWordBox(arabic!);
    expect(Math.abs(arabicWord.right - column.right)).toBeLessThan(1);
  });

  it('contains a bidi override within its paragraph (the next paragraph still starts at the right)', async () => {
    // cleanText removes the controls; dir="auto" isolation would contain them even if it did not.
    const { body } = await renderArabic(<ArticleText text={'\u202Dفقرة فيها محرف تجاوز\n\nفقرة تالية سليمة'} />);
    const next = body.querySelectorAll('p')[1]!;
    expect(Math.abs(firstWordBox(next).right - body.getBoundingClientRect().right)).toBeLessThan(1);
  });

  it('aligns to the start by default and justifies, except the last line, with justify', async () => {
    const start = await renderArabic(<ArticleText text={sampleParagraphs[0]!} />);
    expect(getComputedStyle(start.body.querySelector('p')!).textAlign).toBe('start');
    const justified = await renderArabic(<ArticleText text={sampleParagraphs[0]!} />, { justify: true });
    const style = getComputedStyle(justified.body.querySelector('p')!);
    expect(style.textAlign).toBe('justify');
    expect(style.textAlignLast).toBe('start');
  });

  it('keeps a comfortable measure of about 70 characters', async () => {
    const screen = await render(
      <MaqalProvider locale="ar">
        <ArticleBody data-testid="body">
          <ArticleText text={sampleArticleText} />
        </ArticleBody>
      </MaqalProvider>,
    );
    const body = screen.getByTestId('body').element();
    const style = getComputedStyle(body);
    const width = body.getBoundingClientRect().width;
    expect(width).toBeLessThan(1280);
    expect(width / parseFloat(style.fontSize)).toBeLessThan(45);
  });

  it('draws block and pull quote rules and list indents on the inline-start side in both directions', async () => {
    for (const [locale, side] of [
      ['ar', 'Right'],
      ['en', 'Left'],
    ] as const) {
      const screen = await render(
        <MaqalProvider locale={locale}>
          <ArticleBody data-testid="body">
            <blockquote>نص</blockquote>
            <PullQuote cite="س">نص</PullQuote>
            <ul>
              <li>بند</li>
            </ul>
          </ArticleBody>
        </MaqalProvider>,
      );
      const body = screen.getByTestId('body').element();
      for (const element of [body.querySelector('blockquote:not(.maqal-PullQuote-quote)')!, body.querySelector('.maqal-PullQuote')!]) {
        const style = getComputedStyle(element) as unknown as Record<string, string>;
        expect(parseFloat(style[`border${side}Width`]!)).toBeGreaterThan(0);
        expect(parseFloat(style[`border${side === 'Right' ? 'Left' : 'Right'}Width`]!)).toBe(0);
      }
      const list = getComputedStyle(body.querySelector('ul')!) as unknown as Record<string, string>;
      expect(parseFloat(list[`padding${side}`]!)).toBeGreaterThan(0);
      expect(parseFloat(list[`padding${side === 'Right' ? 'Left' : 'Right'}`]!)).toBe(0);
      await screen.unmount();
    }
  });

  it('numbers ordered lists in the requested digits', async () => {
    for (const [numberingSystem, type] of [
      ['latn', 'decimal'],
      ['arab', 'arabic-indic'],
      ['arabext', 'persian'],
    ] as const) {
      const { body } = await renderArabic(
        <ol>
          <li>أولًا</li>
        </ol>,
        { numberingSystem },
      );
      expect(getComputedStyle(body.querySelector('ol')!).listStyleType).toBe(type);
    }
  });

  it('underlines links clear of Arabic descenders, skipping ink', async () => {
    const { body } = await renderArabic(
      <p>
        زر <a href="#site">موقع المكتبة</a>
      </p>,
    );
    const style = getComputedStyle(body.querySelector('a')!);
    expect(parseFloat(style.textUnderlineOffset)).toBeGreaterThanOrEqual(0.3 * parseFloat(style.fontSize));
    expect(style.textDecorationSkipInk).toBe('auto');
  });

  it('opens with a large first word when dropCap is set, and not otherwise', async () => {
    const plain = await renderArabic(<ArticleText text={sampleArticleText} />);
    const plainLead = plain.body.querySelector('.maqal-ArticleBody-lead')!;
    expect(getComputedStyle(plainLead).fontSize).toBe(getComputedStyle(plainLead.parentElement!).fontSize);
    const drop = await renderArabic(<ArticleText text={sampleArticleText} />, { dropCap: true });
    const lead = drop.body.querySelector('.maqal-ArticleBody-lead')!;
    expect(lead.textContent).toBe('أعادت');
    expect(parseFloat(getComputedStyle(lead).fontSize)).toBeGreaterThan(1.5 * parseFloat(getComputedStyle(lead.parentElement!).fontSize));
    expect(getComputedStyle(lead).fontWeight).toBe('700');
  });

  it('never lets a figure image overflow the column', async () => {
    const { body } = await renderArabic(
      <figure>
        <img src={sampleFigureSrc} alt="واجهة المكتبة" width={1200} height={600} />
        <figcaption>
          الواجهة بعد الترميم. <small>رسم توضيحي</small>
        </figcaption>
      </figure>,
    );
    const img = body.querySelector('img')!;
    await expect.poll(() => img.complete).toBe(true);
    const column = body.getBoundingClientRect();
    const box = img.getBoundingClientRect();
    expect(box.width).toBeLessThanOrEqual(column.width + 0.5);
    // The aspect ratio survives the shrinking.
    expect(box.width / box.height).toBeCloseTo(2, 1);
    const caption = getComputedStyle(body.querySelector('figcaption')!);
    expect(parseFloat(caption.fontSize)).toBeLessThan(parseFloat(getComputedStyle(body).fontSize));
  });

  it('renders 10,000 paragraphs in the browser', async () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `${sampleParagraphs[i % 10]} (${i + 1})`).join('\n\n');
    const { body } = await renderArabic(<ArticleText text={text} />);
    expect(body.querySelectorAll('p')).toHaveLength(10_000);
    expect(body.lastElementChild!.textContent).toMatch(/\(10000\)$/);
  });

  it('applies Hebrew, Persian and Urdu leading by lang', async () => {
    for (const [lang, min] of [
      ['he', 1.6],
      ['fa', 1.6],
      ['ur', 1.85],
    ] as const) {
      const { body } = await renderArabic(<p>نص</p>, { lang });
      expect(getComputedStyle(body).direction).toBe('rtl');
      // (1.6 × 17px is rounded in the computed value: allow a thousandth.)
      expect(ratio(getComputedStyle(body.querySelector('p')!))).toBeGreaterThanOrEqual(min - 0.001);
    }
  });
});

// Baselines are rendered by Linux Chromium with maqal's own fonts (see screenshots.browser.test.tsx).
const linux = server.platform === 'linux';

describe.skipIf(!linux)('ArticleBody screenshots', () => {
  it.each(['light', 'dark'] as const)('draws an Arabic article opening with drop cap, pull quote and list (%s) as the committed baseline', async (theme) => {
    await page.viewport(560, 900);
    const screen = await render(
      <MaqalProvider locale="ar">
        <div data-testid="shot" data-maqal-theme={theme} style={{ padding: 16, inlineSize: 520, boxSizing: 'border-box', background: 'var(--maqal-color-surface)' }}>
          <ArticleBody dropCap numberingSystem="arab">
            <ArticleText text={sampleParagraphs.slice(0, 2).join('\n\n')} />
            <h2>{sampleExtras.headingMemory}</h2>
            <p dir="auto">
              {sampleParagraphs[2]!.slice(0, 60)}… <em>تأكيد</em> و<a href="#site">{sampleExtras.linkText}</a>{' '}
              <span lang="en">
                <em>in italics</em>
              </span>
            </p>
            <PullQuote cite={sampleExtras.pullQuoteCite}>{sampleExtras.pullQuote}</PullQuote>
            <ol>
              {sampleExtras.membershipSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </ArticleBody>
        </div>
      </MaqalProvider>,
    );
    await document.fonts.ready;
    await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`article-body-ar-${theme}`);
  });
});
