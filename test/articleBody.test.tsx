import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleBody, ArticleText, PullQuote } from '../src';
import { formatterCacheSize } from '../src/core/intl';
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

/** The lines of a paragraph as rendered: its text, split where a <br> is. */
function renderedLines(p: Element): string[] {
  const lines: string[] = [];
  let line = '';
  for (const node of p.childNodes) {
    if (node.nodeName === 'BR') {
      lines.push(line);
      line = '';
    } else line += node.textContent ?? '';
  }
  return [...lines, line];
}

/**
 * Whether every bidi embedding, override and isolate opened in a line is closed in it, with no
 * closer that closes nothing (the UAX #9 pairing: a PDI also ends the embeddings inside its
 * isolate; a PDF cannot close an isolate).
 */
function bidiBalanced(line: string): boolean {
  const open: ('embedding' | 'isolate')[] = [];
  for (const c of line) {
    if (c === '\u202C') {
      if (open.pop() !== 'embedding') return false;
    } else if (c === '\u2069') {
      const isolate = open.lastIndexOf('isolate');
      if (isolate < 0) return false;
      open.length = isolate;
    } else if (/[\u2066-\u2068]/.test(c)) open.push('isolate');
    else if (/[\u202A-\u202E]/.test(c)) open.push('embedding');
  }
  return open.length === 0;
}

// Something a reader can see: not whitespace, not a format character (RLM, ZWSP, soft hyphen…).
const VISIBLE = /[^\s\p{Cf}]/u;

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

  it('drops lines with nothing visible (RLM, LRM, ALM, ZWSP, word joiner, soft hyphen, BOM): no empty-looking paragraph', () => {
    // A line that looks empty in the CMS is a blank line: it separates paragraphs.
    const body = renderText('أولى\n\u200F\nثانية\n \u200E\u200B \nثالثة\n\u061C\u2060\u00AD\uFEFF\n\n\u200F');
    expect(paragraphTexts(body)).toEqual(['أولى', 'ثانية', 'ثالثة']);
    const kept = renderText('سطر\n\u200F\u200B\nسطر آخر', true);
    expect(kept.querySelectorAll('br')).toHaveLength(0);
    expect(renderText('\u200F\n\u202E\n\u00AD').childNodes).toHaveLength(0);
  });

  it('keeps invisible characters in lines that have text', () => {
    const text = 'كلمة\u200Fأخرى وكلمة\u00ADطويلة\u2060 ثم \u200Bنهاية';
    expect(paragraphTexts(renderText(text))).toEqual([text]);
  });

  it('reads VT and FF as spaces and NEL as a line break, rather than gluing words (regression: "كلمة\\fكلمة" became one word)', () => {
    expect(paragraphTexts(renderText('كلمة\fكلمة\vأخرى'))).toEqual(['كلمة كلمة أخرى']);
    expect(paragraphTexts(renderText('سطر\u0085سطر'))).toEqual(['سطر سطر']);
    expect(renderText('سطر\u0085سطر', true).querySelectorAll('br')).toHaveLength(1);
    expect(paragraphTexts(renderText('فقرة\u0085\u0085فقرة'))).toEqual(['فقرة', 'فقرة']);
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

  it('keeps bidi controls and closes, at the end of the paragraph, what it left open', () => {
    // A phone number isolated inside Arabic keeps its LRI…PDI; an unclosed override gets its PDF.
    const body = renderText('\u202Eفقرة معكوسة\n\nاتصلوا على \u2066+1 555 0100\u2069 مساءً');
    expect(paragraphTexts(body)).toEqual(['\u202Eفقرة معكوسة\u202C', 'اتصلوا على \u2066+1 555 0100\u2069 مساءً']);
  });

  it.each([
    ['an embedding and an isolate, innermost closed first', '\u202Aa \u2066b', '\u202Aa \u2066b\u2069\u202C'],
    ['a PDI, which also ends the embedding inside its isolate', '\u2067أ \u202Bب\u2069 ج', '\u2067أ \u202Bب\u2069 ج'],
    ['closers that close nothing (dropped)', 'أ\u202C ب\u2069', 'أ ب'],
    ['a PDF inside a later isolate, which cannot close the embedding (dropped)', '\u202Ba \u2066b\u202C c', '\u202Ba \u2066b c\u2069\u202C'],
  ])('balances %s', (_, text, expected) => {
    expect(paragraphTexts(renderText(text))).toEqual([expected]);
  });

  it('balances each line on its own with preserveLineBreaks, and the joined paragraph without', () => {
    const text = '\u2066سطر أول\n\u2069سطر ثان';
    expect(renderedLines(renderText(text, true).querySelector('p')!)).toEqual(['\u2066سطر أول\u2069', 'سطر ثان']);
    expect(paragraphTexts(renderText(text))).toEqual(['\u2066سطر أول \u2069سطر ثان']);
  });

  it('keeps an isolate whole across the drop-cap span, closing controls at the end of the line, not of the word', () => {
    // Closing the isolate after "+1" and reopening it would make two isolates, and RTL text would
    // put "+1" after "555 0100" (the browser test measures the order).
    const phone = renderText('\u2066+1 555 0100\u2069 رقم المكتبة').querySelector('p')!;
    expect(phone.querySelector('.maqal-ArticleBody-lead')!.textContent).toBe('\u2066+1');
    expect(phone.textContent).toBe('\u2066+1 555 0100\u2069 رقم المكتبة');
    const override = renderText('\u202Eكلمة أخرى').querySelector('p')!;
    expect(override.querySelector('.maqal-ArticleBody-lead')!.textContent).toBe('\u202Eكلمة');
    expect(override.lastChild!.textContent).toBe(' أخرى\u202C');
  });

  it('never makes the drop-cap word of invisible characters alone', () => {
    const lead = renderText('\u200F \u2067 كلمة أولى\u2069').querySelector('.maqal-ArticleBody-lead')!;
    expect(lead.textContent).toBe('\u200F \u2067 كلمة');
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

  it('never renders an empty-looking line, an element from the text, an unbalanced bidi control, or a lost or glued word, whatever the text', () => {
    // Plain letters and spaces, the characters this has gone wrong on (invisible format
    // characters, bidi controls, VT, FF, NEL, line and paragraph separators, NUL), and any code unit.
    const tricky = fc.constantFrom(
      ...'\u200F\u200E\u200B\u061C\u2060\u00AD\uFEFF\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\v\f\u0085\n\r\t\u00A0\u2028\u2029\u0000',
    );
    const unit = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('a', 'b', 'ب', 'ت', '1', ' ') }, { weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) });
    // What separates words in the input: whitespace (a BOM is a zero-width joiner, not a space), NEL.
    const separators = /[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.boolean(), (text, preserve) => {
        const { container, unmount } = render(<ArticleText text={text} preserveLineBreaks={preserve} />);
        for (const element of container.querySelectorAll('*')) expect(['P', 'SPAN', 'BR']).toContain(element.tagName);
        const lines: string[] = [];
        for (const p of container.querySelectorAll('p')) {
          expect(p.getAttribute('dir')).toBe('auto');
          lines.push(...renderedLines(p));
        }
        for (const line of lines) {
          expect(line).toMatch(VISIBLE);
          expect(bidiBalanced(line), JSON.stringify(line)).toBe(true);
        }
        // Every word of the input that is plain printable text survives, as a word of its own.
        const words = new Set(lines.join('\n').replace(/[\u202A-\u202E\u2066-\u2069]/g, '').split(/\s+/));
        for (const word of text.split(separators).filter((w) => /^[a-z0-9ء-ي]+$/i.test(w))) {
          expect(words.has(word), `${JSON.stringify(word)} in ${JSON.stringify(text)}`).toBe(true);
        }
        unmount();
      }),
      { numRuns: 300 },
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

  it('defaults to md, start-aligned, no drop cap, and inherits lang, dir and digits', () => {
    render(<ArticleBody data-testid="body" />);
    const body = screen.getByTestId('body');
    expect(body).toHaveAttribute('data-size', 'md');
    expect(body).not.toHaveAttribute('data-justify');
    expect(body).not.toHaveAttribute('data-drop-cap');
    // No digits of its own: the CSS follows an ancestor's data-maqal-numbering.
    expect(body).not.toHaveAttribute('data-numbering');
    expect(body).not.toHaveAttribute('lang');
    expect(body).not.toHaveAttribute('dir');
  });

  it.each([
    // Every Arabic locale writes Western digits by default (issue 16); a -u-nu- tag keeps its own.
    ['ar-EG', 'latn'],
    ['ar-EG-u-nu-arab', 'arab'],
    ['fa', 'arabext'],
    ['ar', 'latn'],
    ['he', 'latn'],
    ['en', 'latn'],
  ])('numbers lists in the CLDR default digits of lang="%s" (%s)', (lang, numbering) => {
    render(<ArticleBody data-testid="body" locale={lang} />);
    expect(screen.getByTestId('body')).toHaveAttribute('data-numbering', numbering);
  });

  it('lets numberingSystem win over lang, and builds the formatter for a lang only once', () => {
    const { rerender } = render(<ArticleBody data-testid="body" locale="fa" numberingSystem="latn" />);
    expect(screen.getByTestId('body')).toHaveAttribute('data-numbering', 'latn');
    rerender(<ArticleBody data-testid="body" locale="ur-IN" />);
    const size = formatterCacheSize();
    rerender(<ArticleBody data-testid="body" locale="ur-IN" size="lg" />);
    expect(formatterCacheSize()).toBe(size);
  });

  it('sets no digits for a lang the runtime cannot resolve (it would fall back to the runtime locale)', () => {
    for (const lang of ['qaa', 'not a tag']) {
      const { unmount } = render(<ArticleBody data-testid="body" locale={lang} />);
      expect(screen.getByTestId('body')).not.toHaveAttribute('data-numbering');
      unmount();
    }
  });

  it.each([
    ['en', 'ltr'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ar-EG', 'rtl'],
  ])('takes the direction of lang="%s" (%s) unless dir is given', (lang, dir) => {
    const { rerender } = render(<ArticleBody data-testid="body" locale={lang} />);
    expect(screen.getByTestId('body')).toHaveAttribute('lang', lang);
    expect(screen.getByTestId('body')).toHaveAttribute('dir', dir);
    rerender(<ArticleBody data-testid="body" locale={lang} dir="auto" />);
    expect(screen.getByTestId('body')).toHaveAttribute('dir', 'auto');
  });

  it('never prints NaN or Infinity given as children (issue 13: React printed them with a console error)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, rerender } = render(<ArticleBody>{NaN}</ArticleBody>);
    expect(container.querySelector('.maqal-ArticleBody')).toBeEmptyDOMElement();
    rerender(
      <ArticleBody>
        <p>فقرة</p>
        {Infinity}
        <>{-Infinity}</>
        {[NaN, 3]}
      </ArticleBody>,
    );
    expect(container.textContent).toBe('فقرة3');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('forwards the ref, spreads other props and keeps the app class', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ArticleBody ref={ref} className="story" id="body" aria-label="نص المقال" />);
    expect(ref.current).toHaveClass('maqal-ArticleBody', 'story');
    expect(ref.current).toHaveAttribute('id', 'body');
    expect(ref.current).toHaveAttribute('aria-label', 'نص المقال');
  });

  it('falls back to md and to inherited digits, warning once each, for values outside the types', () => {
    render(<ArticleBody data-testid="body" size={'huge' as 'md'} numberingSystem={'roman' as 'latn'} />);
    expect(screen.getByTestId('body')).toHaveAttribute('data-size', 'md');
    expect(screen.getByTestId('body')).not.toHaveAttribute('data-numbering');
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

  // Issue 13: a quote from a CMS with U+202E reversed the words after it.
  it('removes bidi controls and control characters from every string in the quote, keeping elements', () => {
    render(
      <PullQuote cite={['هالة\u2067', ' الفارسي']}>
        {'لم نكن\u202E نرمّم'}
        <>{' جدرانًا\u0000 '}</>
        <em data-testid="own">فحسب</em>
      </PullQuote>,
    );
    expect(screen.getByRole('blockquote').textContent).toBe('لم نكن نرمّم جدرانًا فحسب');
    expect(screen.getByTestId('own').tagName).toBe('EM');
    expect(screen.getByRole('figure').querySelector('bdi')!.textContent).toBe('هالة الفارسي');
  });

  it('never prints NaN or Infinity in the quote or the attribution, and takes invisible marks for no attribution (issue 13)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, rerender } = render(<PullQuote cite={NaN}>{NaN}</PullQuote>);
    expect(container.querySelector('figcaption')).toBeNull();
    rerender(<PullQuote cite={[Infinity, 'س']}>{['نص', -Infinity]}</PullQuote>);
    expect(container.textContent).toBe('نصس');
    rerender(<PullQuote cite={'\u200F\u200B'}>نص</PullQuote>);
    expect(container.querySelector('figcaption')).toBeNull();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('forwards the ref and spreads other props', () => {
    const ref = createRef<HTMLElement>();
    render(<PullQuote ref={ref} className="wide" data-align="end" cite="س">نص</PullQuote>);
    expect(ref.current!.tagName).toBe('FIGURE');
    expect(ref.current).toHaveClass('maqal-PullQuote', 'wide');
    expect(ref.current).toHaveAttribute('data-align', 'end');
  });
});
