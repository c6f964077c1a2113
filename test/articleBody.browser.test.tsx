import { afterEach, describe, expect, it } from 'vitest';
import { page, server } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ArticleBody, ArticleText, MaqalProvider, PullQuote } from '../src';
import { sampleArticleText, sampleEnglish, sampleExtras, sampleFigureSrc, sampleParagraphs } from '../stories/fixtures/sampleArticle';
import { screenshotSuiteName } from './helpers/screenshots';

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

/** The box of the first occurrence of `text` in an element's text nodes. */
function textBox(element: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at === -1) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${text}" is not in the element`);
}

/** The colour a custom property resolves to, as computed style writes colours. */
function resolvedColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
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

  it('takes the sm and lg steps from --maqal-body-step-sm and --maqal-body-step-lg', async () => {
    const steps = { '--maqal-body-step-sm': '0.8', '--maqal-body-step-lg': '1.5' } as React.CSSProperties;
    const sizes: number[] = [];
    for (const size of ['sm', 'md', 'lg'] as const) {
      await previous?.unmount();
      const screen = await render(
        <MaqalProvider locale="ar">
          <div style={steps}>
            <ArticleBody data-testid="body" size={size}>
              <p>نص</p>
            </ArticleBody>
          </div>
        </MaqalProvider>,
      );
      previous = screen;
      sizes.push(parseFloat(getComputedStyle(screen.getByTestId('body').element()).fontSize));
    }
    expect(sizes[0]! / sizes[1]!).toBeCloseTo(0.8, 2);
    expect(sizes[2]! / sizes[1]!).toBeCloseTo(1.5, 2);
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

  it('shows Arabic emphasis by weight, never in the accent red: regular inside bold text (sub-headings, strong, pull quotes)', async () => {
    const { body } = await renderArabic(
      <>
        <h2>
          عنوان فيه <em>تأكيد</em>
        </h2>
        <p>
          <strong>
            نص عريض فيه <em>تأكيد</em>
          </strong>{' '}
          و<em data-testid="plain">تأكيد</em> في نص عادي
        </p>
        <PullQuote cite="س">
          اقتباس فيه <em>تأكيد</em>
        </PullQuote>
      </>,
    );
    // Issue 15: the kicker's red on emphasis put red emphasis, a blue link and bold on one line.
    const accent = resolvedColor('var(--maqal-color-accent)');
    for (const em of body.querySelectorAll('h2 em, strong em, .maqal-PullQuote em')) {
      const style = getComputedStyle(em);
      const parent = getComputedStyle(em.parentElement!);
      expect(style.color).not.toBe(accent);
      expect(style.color).toBe(parent.color);
      expect(style.fontStyle).toBe('normal');
      // In bold text, emphasis goes to the regular weight (as Latin emphasis in italic text turns roman).
      expect(Number(parent.fontWeight)).toBeGreaterThanOrEqual(700);
      expect(Number(style.fontWeight)).toBe(400);
    }
    // In ordinary text, weight marks it; the colour stays the text's.
    const plain = getComputedStyle(body.querySelector('[data-testid="plain"]')!);
    expect(plain.color).toBe(getComputedStyle(body.querySelector('p')!).color);
    expect(Number(plain.fontWeight)).toBeGreaterThanOrEqual(700);
    // The other Arabic-script languages too (Pashto here).
    const { body: pashto } = await renderArabic(
      <h2 lang="ps">
        سرلیک <em>ټینګار</em>
      </h2>,
    );
    const ps = getComputedStyle(pashto.querySelector('em')!);
    expect(ps.fontStyle).toBe('normal');
    expect(ps.color).not.toBe(accent);
    expect(Number(ps.fontWeight)).toBe(400);
  });

  it('does not slant em in a pull quote outside ArticleBody either', async () => {
    const screen = await render(
      <MaqalProvider locale="ar">
        <PullQuote cite="س">
          اقتباس فيه <em>تأكيد</em>
        </PullQuote>
      </MaqalProvider>,
    );
    const em = getComputedStyle(screen.container.querySelector('em')!);
    expect(em.fontStyle).toBe('normal');
    expect(em.fontSynthesisStyle).toBe('none');
  });

  it('quotes <q> with « » in Arabic and Persian, and with the marks of Urdu and Hebrew', async () => {
    const { body } = await renderArabic(
      <>
        <p>
          قالت: <q data-testid="q">المكتبة بيت لكل من يقرأ</q>
        </p>
        <p>
          <span data-testid="literal">«المكتبة بيت لكل من يقرأ»</span>
        </p>
        <p>
          <span data-testid="curly">“المكتبة بيت لكل من يقرأ”</span>
        </p>
        <p lang="fa">
          <q data-testid="fa">نص</q>
        </p>
        <p lang="ur">
          <q data-testid="ur">نص</q>
        </p>
        <p lang="he">
          <q data-testid="he">טקסט</q>
        </p>
      </>,
    );
    const $ = (id: string) => body.querySelector(`[data-testid="${id}"]`)!;
    expect(getComputedStyle($('q')).quotes).toBe('"«" "»" "“" "”"');
    // The marks actually drawn: the generated quote is as wide as the text with « » typed in, and
    // not as wide as with the curly marks Chromium's own Arabic default would draw.
    const width = (id: string) => $(id).getBoundingClientRect().width;
    expect(Math.abs(width('q') - width('literal'))).toBeLessThan(0.5);
    expect(Math.abs(width('q') - width('curly'))).toBeGreaterThan(0.5);
    expect(getComputedStyle($('fa')).quotes).toBe('"«" "»" "“" "”"');
    expect(getComputedStyle($('ur')).quotes).toBe('"”" "“" "’" "‘"');
    expect(getComputedStyle($('he')).quotes).toBe('"”" "”" "’" "’"');
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

  it('keeps an isolated phone number and contains an unclosed override in its paragraph: the English paragraph after it still starts at the left', async () => {
    const text = `اتصلوا على \u2066+1 555 0100\u2069 \u202Eقبل التاسعة مساءً\n\n${sampleEnglish[0]}`;
    const { body } = await renderArabic(<ArticleText text={text} />);
    const [arabic, english] = body.querySelectorAll('p');
    expect(arabic!.textContent).toContain('\u2066+1 555 0100\u2069');
    // The isolate keeps the number left to right inside the Arabic sentence.
    expect(textBox(arabic!, '+1').left).toBeLessThan(textBox(arabic!, '555').left);
    expect(getComputedStyle(english!).direction).toBe('ltr');
    expect(Math.abs(firstWordBox(english!).left - body.getBoundingClientRect().left)).toBeLessThan(1);
    const firstWord = sampleEnglish[0]!.split(' ')[0]!;
    const second = sampleEnglish[0]!.split(' ')[1]!;
    // Not reversed by the override above it: the first word is left of the second.
    expect(textBox(english!, firstWord).left).toBeLessThan(textBox(english!, second).left);
  });

  it('keeps an isolate that starts in the drop-cap word whole: "+1" stays left of the rest of the number', async () => {
    const { body } = await renderArabic(<ArticleText text={'\u2066+1 555 0100\u2069 هو رقم المكتبة الجديد'} />, { dropCap: true });
    const p = body.querySelector('p')!;
    const lead = p.querySelector('.maqal-ArticleBody-lead')!;
    expect(lead.textContent).toBe('\u2066+1');
    expect(parseFloat(getComputedStyle(lead).fontSize)).toBeGreaterThan(1.5 * parseFloat(getComputedStyle(p).fontSize));
    expect(lead.getBoundingClientRect().right).toBeLessThanOrEqual(textBox(p, '555').left + 0.5);
    expect(textBox(p, '555').left).toBeLessThan(textBox(p, '0100').left);
  });

  it.each([
    ['rtl', 'ar', 'English'],
    ['ltr', 'en', 'Arabic'],
  ] as const)('gives hand-written blocks the direction of their own text in a %s article, aligned to that start', async (dir, lang, other) => {
    const english = 'The library reopens on Saturday.';
    const arabic = 'أعادت المكتبة فتح أبوابها.';
    const [own, foreign] = dir === 'rtl' ? [arabic, english] : [english, arabic];
    const { body } = await renderArabic(
      <>
        <p data-testid="own">{own}</p>
        <p data-testid="foreign">{foreign}</p>
        <h2 data-testid="heading">{foreign}</h2>
        <figure>
          <figcaption data-testid="caption">{foreign}</figcaption>
        </figure>
        <blockquote>
          <p data-testid="quoted">{foreign}</p>
        </blockquote>
        <p data-testid="digits">2026</p>
        <p data-testid="marked" dir={dir}>
          {foreign}
        </p>
      </>,
      { lang, dir },
    );
    const column = body.getBoundingClientRect();
    const $ = (id: string) => body.querySelector(`[data-testid="${id}"]`)!;
    // Where a line of the other direction starts: its first word at the left edge for English.
    const startsAtOtherSide = (element: Element) => {
      const word = textBox(element, foreign.split(' ')[0]!);
      return dir === 'rtl' ? Math.abs(word.left - column.left) < 1 : Math.abs(word.right - column.right) < 1;
    };
    expect(startsAtOtherSide($('foreign')), `${other} paragraph`).toBe(true);
    expect(startsAtOtherSide($('heading')), `${other} heading`).toBe(true);
    expect(startsAtOtherSide($('caption')), `${other} caption`).toBe(true);
    const quoted = $('quoted');
    const quoteWord = textBox(quoted, foreign.split(' ')[0]!);
    const quoteBox = quoted.getBoundingClientRect();
    expect(dir === 'rtl' ? quoteWord.left - quoteBox.left : quoteBox.right - quoteWord.right).toBeLessThan(1);
    // The box keeps the article's direction: rules, indents and markers do not move.
    expect(getComputedStyle($('foreign')).direction).toBe(dir);
    // A paragraph of the article's own language, and one with no letter at all, stay at its start.
    const ownWord = textBox($('own'), own.split(' ')[0]!);
    expect(dir === 'rtl' ? Math.abs(ownWord.right - column.right) : Math.abs(ownWord.left - column.left)).toBeLessThan(1);
    const digits = textBox($('digits'), '2026');
    expect(dir === 'rtl' ? Math.abs(digits.right - column.right) : Math.abs(digits.left - column.left)).toBeLessThan(1);
    // That is the work of a direction mark at the end, with empty alternative text for assistive technology.
    expect(getComputedStyle($('digits'), '::after').content).toBe(`"${dir === 'rtl' ? '\u200F' : '\u200E'}" / ""`);
    // An explicit dir wins.
    expect(getComputedStyle($('marked')).unicodeBidi).not.toBe('plaintext');
    expect(startsAtOtherSide($('marked'))).toBe(false);
  });

  it('leaves list items, image-only paragraphs and pull quotes out of the text-direction detection', async () => {
    const { body } = await renderArabic(
      <>
        <ul>
          <li>English item</li>
        </ul>
        <p data-testid="image">
          <img src={sampleFigureSrc} alt="" width={120} height={60} />
        </p>
        <PullQuote cite="Emily Carter">
          <p>English words in a pull quote</p>
        </PullQuote>
      </>,
    );
    // An English item stays next to its marker (on the right), rather than across the column from it.
    expect(getComputedStyle(body.querySelector('li')!).unicodeBidi).not.toBe('plaintext');
    // An image-only paragraph has no letter to follow: it stays at the start of the Arabic article.
    const img = body.querySelector('img')!;
    expect(Math.abs(img.getBoundingClientRect().right - body.getBoundingClientRect().right)).toBeLessThan(1);
    expect(getComputedStyle(body.querySelector('.maqal-PullQuote-cite')!).unicodeBidi).not.toBe('plaintext');
  });

  it('keeps a pull quote start-aligned in a justified body (regression: its <p> children were justified)', async () => {
    const { body } = await renderArabic(
      <>
        <p>{sampleParagraphs[0]}</p>
        <PullQuote cite="س">
          <p>{sampleExtras.pullQuote}</p>
        </PullQuote>
      </>,
      { justify: true },
    );
    expect(getComputedStyle(body.querySelector('p')!).textAlign).toBe('justify');
    expect(getComputedStyle(body.querySelector('.maqal-PullQuote p')!).textAlign).toBe('start');
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

  it("follows the nearest ancestor's data-maqal-numbering when it has no digits of its own", async () => {
    const list = (
      <ol>
        <li>أولًا</li>
      </ol>
    );
    const screen = await render(
      <div data-maqal-numbering="arab">
        <ArticleBody data-testid="arab">{list}</ArticleBody>
        <div data-maqal-numbering="latn">
          <ArticleBody data-testid="nested-latn">{list}</ArticleBody>
        </div>
        <ArticleBody data-testid="own-latn" numberingSystem="latn">
          {list}
        </ArticleBody>
        <ArticleBody data-testid="lang-fa" locale="fa">
          {list}
        </ArticleBody>
        <ArticleBody data-testid="typed">
          <ol type="a">
            <li>أولًا</li>
          </ol>
        </ArticleBody>
        <div data-maqal-numbering="arabext">
          <ArticleBody data-testid="arabext">{list}</ArticleBody>
        </div>
      </div>,
    );
    const type = (id: string) => getComputedStyle(screen.getByTestId(id).element().querySelector('ol')!).listStyleType;
    expect(type('arab')).toBe('arabic-indic');
    expect(type('nested-latn')).toBe('decimal');
    expect(type('own-latn')).toBe('decimal');
    expect(type('lang-fa')).toBe('persian');
    expect(type('typed')).toBe('lower-alpha');
    expect(type('arabext')).toBe('persian');
    await screen.unmount();
    // And without any: the browser's decimal.
    const { body } = await renderArabic(list);
    expect(getComputedStyle(body.querySelector('ol')!).listStyleType).toBe('decimal');
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

  it('keeps an inline SVG icon inline, at its own height, in a paragraph', async () => {
    const { body } = await renderArabic(
      <p>
        نص فيه أيقونة{' '}
        <svg data-testid="icon" width="16" height="16" viewBox="0 0 32 16" aria-hidden="true">
          <rect width="32" height="16" />
        </svg>{' '}
        في السطر نفسه
      </p>,
    );
    const p = body.querySelector('p')!;
    const icon = body.querySelector('svg')!;
    expect(getComputedStyle(icon).display).toBe('inline');
    // Its height attribute holds (auto height from the 2:1 viewBox would make it 8px).
    expect(icon.getBoundingClientRect().height).toBeCloseTo(16, 0);
    // On the one line of the paragraph, not on a line of its own.
    expect(p.getBoundingClientRect().height).toBeLessThan(2 * parseFloat(getComputedStyle(p).lineHeight));
  });

  it('never lets a wide iframe, video or canvas overflow a 320px column', async () => {
    await previous?.unmount();
    const screen = await render(
      <MaqalProvider locale="ar">
        <div style={{ inlineSize: '320px' }}>
          <ArticleBody data-testid="body">
            <p>
              <iframe title="خريطة المكتبة" width="1200" height="300" srcDoc="<p>map</p>" />
            </p>
            <figure>
              <canvas width={1200} height={600} />
            </figure>
          </ArticleBody>
        </div>
      </MaqalProvider>,
    );
    previous = screen;
    const body = screen.getByTestId('body').element();
    const column = body.getBoundingClientRect();
    for (const media of body.querySelectorAll('iframe, canvas')) {
      const box = media.getBoundingClientRect();
      expect(box.left, media.tagName).toBeGreaterThanOrEqual(column.left - 0.5);
      expect(box.right, media.tagName).toBeLessThanOrEqual(column.right + 0.5);
    }
    // The canvas keeps its 2:1 proportions when it shrinks.
    const canvas = body.querySelector('canvas')!.getBoundingClientRect();
    expect(canvas.width / canvas.height).toBeCloseTo(2, 1);
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

describe.skipIf(!linux)(screenshotSuiteName('ArticleBody screenshots'), () => {
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
