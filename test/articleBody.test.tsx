import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody, ArticleText, PullQuote } from '../src';
import { resetWarnings } from '../src/core/warn';
import { sampleArticleText, sampleParagraphs } from '../stories/fixtures/sampleArticle';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

/** Renders the text inside an ArticleBody and returns the body element. */
function renderText(text: unknown, preserveLineBreaks?: boolean) {
  const { container } = render(
    <ArticleBody data-testid="body">
      <ArticleText text={text as string} preserveLineBreaks={preserveLineBreaks} />
    </ArticleBody>,
  );
  return container.querySelector('.maqal-ArticleBody')!;
}

const paragraphTexts = (body: Element) => [...body.querySelectorAll('p')].map((p) => p.textContent);

describe('ArticleBody.Text splitting', () => {
  it('is the same component as ArticleText', () => {
    expect(ArticleBody.Text).toBe(ArticleText);
  });

  it('turns the ten-paragraph sample into ten paragraphs, in order', () => {
    const body = renderText(sampleArticleText);
    expect(paragraphTexts(body)).toEqual(sampleParagraphs);
  });

  it('splits on blank lines, including lines of only spaces, and merges runs of blank lines', () => {
    const body = renderText('الفقرة الأولى.\n\nالفقرة الثانية.\n   \t\nالفقرة الثالثة.\n\n\n\n\nالفقرة الرابعة.');
    expect(paragraphTexts(body)).toEqual(['الفقرة الأولى.', 'الفقرة الثانية.', 'الفقرة الثالثة.', 'الفقرة الرابعة.']);
  });

  it('accepts Windows and old Mac line endings and the Unicode paragraph separator', () => {
    const body = renderText('أولى\r\n\r\nثانية\r\rثالثة\u2029رابعة');
    expect(paragraphTexts(body)).toEqual(['أولى', 'ثانية', 'ثالثة', 'رابعة']);
  });

  it('trims each paragraph and collapses runs of spaces and tabs to one space', () => {
    const body = renderText('   افتتحت   المكتبة \t\t أبوابها   \n\n\t  ثم   عادت  ');
    expect(paragraphTexts(body)).toEqual(['افتتحت المكتبة أبوابها', 'ثم عادت']);
  });

  it('keeps no-break spaces an author put between a number and its unit', () => {
    const body = renderText('نحو 4.2\u00A0مليون دولار');
    expect(body.querySelector('p')!.textContent).toBe('نحو 4.2\u00A0مليون دولار');
  });

  it('turns a single line break into a space by default', () => {
    const body = renderText('السطر الأول\nالسطر الثاني');
    expect(body.querySelectorAll('br')).toHaveLength(0);
    expect(paragraphTexts(body)).toEqual(['السطر الأول السطر الثاني']);
  });

  it('keeps single line breaks as <br> with preserveLineBreaks, trimming each line', () => {
    const body = renderText('  السطر الأول  \nالسطر الثاني\u2028السطر الثالث\n\nفقرة ثانية', true);
    const [first, second] = body.querySelectorAll('p');
    expect(first!.querySelectorAll('br')).toHaveLength(2);
    expect(first!.textContent).toBe('السطر الأولالسطر الثانيالسطر الثالث');
    expect(second!.querySelectorAll('br')).toHaveLength(0);
  });

  it('gives every paragraph dir="auto"', () => {
    const body = renderText(sampleArticleText);
    for (const p of body.querySelectorAll('p')) expect(p).toHaveAttribute('dir', 'auto');
  });

  it('wraps the first word of the first paragraph only, for the drop cap', () => {
    const body = renderText(sampleArticleText);
    const leads = body.querySelectorAll('.maqal-ArticleBody-lead');
    expect(leads).toHaveLength(1);
    expect(leads[0]!.textContent).toBe('أعادت');
    expect(leads[0]!.closest('p')).toBe(body.querySelector('p'));
  });
});

describe('ArticleBody.Text is always text', () => {
  it('renders HTML tags and <script> literally, creating no element from the text', () => {
    const hostile = '<script>alert("x")</script> <b>عريض</b> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">رابط</a>';
    const body = renderText(hostile);
    expect(body.querySelectorAll('script, b, img, a, iframe')).toHaveLength(0);
    // Only our own elements: paragraphs and the lead span.
    for (const element of body.querySelectorAll('*')) expect(['P', 'SPAN']).toContain(element.tagName);
    expect(body.textContent).toBe(hostile);
  });

  it('renders entities literally rather than decoding them', () => {
    const body = renderText('&amp; &lt;b&gt; &#x202E; &nbsp;');
    expect(body.textContent).toBe('&amp; &lt;b&gt; &#x202E; &nbsp;');
  });

  it('removes NUL, other control characters and lone surrogates', () => {
    const body = renderText('نص\u0000 فيه\u0007 محارف\uD800 تالفة\uDFFF');
    expect(body.textContent).toBe('نص فيه محارف تالفة');
  });

  it('keeps surrogate pairs (emoji) whole', () => {
    const body = renderText('مكتبة 📚 جديدة');
    expect(body.textContent).toBe('مكتبة 📚 جديدة');
  });

  it('removes bidi override and isolate controls so they cannot flip the text after them', () => {
    const body = renderText('\u202Eفقرة معكوسة\u202A\n\nفقرة \u2066سليمة\u2069');
    expect(body.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(paragraphTexts(body)).toEqual(['فقرة معكوسة', 'فقرة سليمة']);
  });

  it.each([
    ['an empty string', ''],
    ['only whitespace', '  \n\n \t \r\n \u00A0 \u2029 '],
    ['undefined', undefined],
    ['null', null],
  ])('renders no paragraph at all for %s', (_, text) => {
    const body = renderText(text);
    expect(body.childNodes).toHaveLength(0);
  });

  it('renders a number as text and warns once, rendering nothing, for an object', () => {
    expect(paragraphTexts(renderText(2026))).toEqual(['2026']);
    expect(renderText({ html: '<b>x</b>' }).childNodes).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('ArticleText: text');
  });

  it('never renders an empty paragraph, an element from the text, or lost words, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.boolean(), (text, preserve) => {
        const { container, unmount } = render(<ArticleText text={text} preserveLineBreaks={preserve} />);
        for (const element of container.querySelectorAll('*')) expect(['P', 'SPAN', 'BR']).toContain(element.tagName);
        for (const p of container.querySelectorAll('p')) {
          expect(p.textContent!.trim()).not.toBe('');
          expect(p.getAttribute('dir')).toBe('auto');
        }
        // Every word of the input that is plain printable text survives.
        for (const word of text.split(/\s+/).filter((w) => /^[a-z0-9ء-ي]+$/i.test(w))) {
          expect(container.textContent).toContain(word);
        }
        unmount();
      }),
      { numRuns: 200 },
    );
  });
  // 10,000 paragraphs: rendered on the server in articleBody.node.test.tsx, in Chromium in articleBody.browser.test.tsx.
});

describe('ArticleBody', () => {
  it('renders its children in a div with the state as data attributes', () => {
    render(
      <ArticleBody data-testid="body" size="lg" justify dropCap numberingSystem="arab">
        <p>نص</p>
      </ArticleBody>,
    );
    const body = screen.getByTestId('body');
    expect(body.tagName).toBe('DIV');
    expect(body).toHaveClass('maqal-ArticleBody');
    expect(body).toHaveAttribute('data-size', 'lg');
    expect(body).toHaveAttribute('data-justify', '');
    expect(body).toHaveAttribute('data-drop-cap', '');
    expect(body).toHaveAttribute('data-numbering', 'arab');
    expect(screen.getByText('نص')).toBeInTheDocument();
  });

  it('defaults to md, start-aligned, no drop cap, Latin digits, and inherits lang and dir', () => {
    render(<ArticleBody data-testid="body" />);
    const body = screen.getByTestId('body');
    expect(body).toHaveAttribute('data-size', 'md');
    expect(body).not.toHaveAttribute('data-justify');
    expect(body).not.toHaveAttribute('data-drop-cap');
    expect(body).toHaveAttribute('data-numbering', 'latn');
    expect(body).not.toHaveAttribute('lang');
    expect(body).not.toHaveAttribute('dir');
  });

  it.each([
    ['en', 'ltr'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ar-EG', 'rtl'],
  ])('takes the direction of lang="%s" (%s) unless dir is given', (lang, dir) => {
    const { rerender } = render(<ArticleBody data-testid="body" lang={lang} />);
    expect(screen.getByTestId('body')).toHaveAttribute('lang', lang);
    expect(screen.getByTestId('body')).toHaveAttribute('dir', dir);
    rerender(<ArticleBody data-testid="body" lang={lang} dir="auto" />);
    expect(screen.getByTestId('body')).toHaveAttribute('dir', 'auto');
  });

  it('forwards the ref, spreads other props and keeps the app class', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ArticleBody ref={ref} className="story" id="body" aria-label="نص المقال" />);
    expect(ref.current).toHaveClass('maqal-ArticleBody', 'story');
    expect(ref.current).toHaveAttribute('id', 'body');
    expect(ref.current).toHaveAttribute('aria-label', 'نص المقال');
  });

  it('falls back to md and latn, warning once, for values outside the types', () => {
    render(<ArticleBody data-testid="body" size={'huge' as 'md'} numberingSystem={'roman' as 'latn'} />);
    expect(screen.getByTestId('body')).toHaveAttribute('data-size', 'md');
    expect(screen.getByTestId('body')).toHaveAttribute('data-numbering', 'latn');
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('PullQuote', () => {
  it('is a figure with the quote in a blockquote and the attribution in its caption', () => {
    // (jsdom does not name a figure from its figcaption; the Chromium story test checks the name.)
    render(<PullQuote cite="هالة الفارسي، مديرة المكتبة">لم نكن نرمّم جدرانًا فحسب</PullQuote>);
    const figure = screen.getByRole('figure');
    expect(figure).toHaveClass('maqal-PullQuote');
    expect(figure.querySelector('figcaption')).toHaveTextContent('هالة الفارسي، مديرة المكتبة');
    expect(screen.getByRole('blockquote')).toHaveTextContent('لم نكن نرمّم جدرانًا فحسب');
    expect(screen.getByRole('blockquote')).toHaveAttribute('dir', 'auto');
  });

  it('isolates the attribution from the quote with <bdi>', () => {
    const { container } = render(<PullQuote cite="Emily Carter, UNESCO 2019">نص</PullQuote>);
    expect(container.querySelector('figcaption > bdi')).toHaveTextContent('Emily Carter, UNESCO 2019');
  });

  it.each([
    ['no cite', undefined],
    ['an empty cite', ''],
    ['a whitespace cite', '   '],
    ['a boolean cite', false],
  ])('renders no caption for %s', (_, cite) => {
    const { container } = render(<PullQuote cite={cite as string}>نص</PullQuote>);
    expect(container.querySelector('figcaption')).toBeNull();
  });

  it('cleans control characters out of a string attribution', () => {
    const { container } = render(<PullQuote cite={'\u202Eهالة\u0000 الفارسي'}>نص</PullQuote>);
    expect(container.querySelector('bdi')!.textContent).toBe('هالة الفارسي');
  });

  it('forwards the ref and spreads other props', () => {
    const ref = createRef<HTMLElement>();
    render(<PullQuote ref={ref} className="wide" data-align="end" cite="س">نص</PullQuote>);
    expect(ref.current!.tagName).toBe('FIGURE');
    expect(ref.current).toHaveClass('maqal-PullQuote', 'wide');
    expect(ref.current).toHaveAttribute('data-align', 'end');
  });
});
