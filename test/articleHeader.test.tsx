import { render, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { createRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleHeader, ArticleMeta, Headline, Kicker, Standfirst } from '../src';
import { resetWarnings } from '../src/core/warn';

const HEADLINE = 'افتتاح أكبر مكتبة رقمية في المنطقة بدعم من UNESCO بعد عامين من العمل';
const STANDFIRST = 'تضم المكتبة أكثر من ٢٠٠ ألف مخطوطة مصوّرة، وتتيحها للقراء مجانًا عبر الإنترنت.';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetWarnings();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const warnings = (): string[] => warn.mock.calls.map((call: unknown[]) => String(call[0]));

describe('ArticleHeader structure', () => {
  it('renders one header with the kicker, an h1, the standfirst and the meta row in order', () => {
    render(
      <ArticleHeader
        kicker="أخبار عربية وعالمية"
        kickerHref="/sections/world"
        headline={HEADLINE}
        standfirst={STANDFIRST}
        meta={
          <>
            <span>سلمى القاسم</span>
            <time dateTime="2026-03-14T09:30:00Z">١٤ مارس ٢٠٢٦</time>
          </>
        }
      />,
    );
    const header = screen.getByRole('banner');
    expect(screen.getAllByRole('banner')).toHaveLength(1);
    expect(header.tagName).toBe('HEADER');
    expect(within(header).getByRole('heading', { level: 1, name: HEADLINE })).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: 'أخبار عربية وعالمية' })).toHaveAttribute('href', '/sections/world');
    expect(within(header).getByText(STANDFIRST).tagName).toBe('P');
    const classes = [...header.children].map((child) => child.className);
    expect(classes).toEqual(['maqal-Kicker', 'maqal-Headline', 'maqal-Standfirst', 'maqal-ArticleMeta']);
    // A fragment's children are the row's items.
    expect(header.querySelectorAll('.maqal-ArticleMeta-item')).toHaveLength(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([1, 2, 3] as const)('renders the headline as a level-%i heading when asked', (level) => {
    render(<ArticleHeader headline={HEADLINE} headingLevel={level} />);
    expect(screen.getByRole('heading', { level, name: HEADLINE })).toHaveAttribute('data-level', String(level));
    expect(screen.getAllByRole('heading')).toHaveLength(1);
  });

  it('falls back to h1 with a warning for a level it does not support', () => {
    render(<Headline level={7 as never}>{HEADLINE}</Headline>);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(warnings().some((message) => message.includes('level must be 1, 2 or 3'))).toBe(true);
  });

  it('sets lang and the matching dir when locale is given, and nothing otherwise', () => {
    const { rerender } = render(<ArticleHeader headline="Library opens" locale="en" />);
    expect(screen.getByRole('banner')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('banner')).toHaveAttribute('dir', 'ltr');
    rerender(<ArticleHeader headline="ספרייה חדשה נפתחת" locale="he" />);
    expect(screen.getByRole('banner')).toHaveAttribute('dir', 'rtl');
    rerender(<ArticleHeader headline={HEADLINE} />);
    expect(screen.getByRole('banner')).not.toHaveAttribute('lang');
    expect(screen.getByRole('banner')).not.toHaveAttribute('dir');
  });

  it('forwards the ref and spreads other props on the header', () => {
    const ref = createRef<HTMLElement>();
    render(<ArticleHeader ref={ref} headline={HEADLINE} id="top" className="mine" aria-describedby="x" />);
    expect(ref.current).toBe(screen.getByRole('banner'));
    expect(ref.current).toHaveAttribute('id', 'top');
    expect(ref.current).toHaveClass('maqal-ArticleHeader', 'mine');
  });

  // The visual order of the same text is checked in Chromium (articleHeader.browser.test.tsx).
  it('passes mixed Arabic, Latin, digits and quotation marks through unchanged (no character stripped or added)', () => {
    const mixed = 'مراسل CBS: “الاتفاق” يشمل 3 دول و٢٥ مدينة';
    render(<Headline>{mixed}</Headline>);
    expect(screen.getByRole('heading').textContent).toBe(mixed);
  });
});

describe('Kicker', () => {
  it.each([
    ['https://example.com/world', 'https://example.com/world'],
    ['http://example.com/world', 'http://example.com/world'],
    ['/sections/world', '/sections/world'],
    ['#world', '#world'],
    ['world/arab', 'world/arab'],
  ])('is a link for the safe URL %s', (href, expected) => {
    render(<Kicker href={href}>سياسة</Kicker>);
    expect(screen.getByRole('link', { name: 'سياسة' })).toHaveAttribute('href', expected);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x'])(
    'renders plain text with a warning for the unsafe URL %j',
    (href) => {
      const { container } = render(<Kicker href={href}>سياسة</Kicker>);
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('سياسة')).toBeInTheDocument();
      expect(container.innerHTML).not.toMatch(/script:|data:/i);
      expect(warnings().some((message) => message.includes('Kicker: href'))).toBe(true);
    },
  );

  it.each([
    ['ar', 'breaking', 'عاجل'],
    ['ar', 'live', 'مباشر'],
    ['ar', 'opinion', 'رأي'],
    ['en', 'breaking', 'Breaking'],
    ['he', 'live', 'בשידור חי'],
    ['fa', 'opinion', 'دیدگاه'],
    ['ur', 'breaking', 'اہم خبر'],
  ] as const)('in %s, a %s badge without children says %s', (locale, tone, word) => {
    const { container } = render(<Kicker tone={tone} locale={locale} />);
    expect(container.firstElementChild).toHaveAttribute('data-tone', tone);
    expect(container.textContent).toBe(word);
  });

  it('uses Arabic badge words by default and the children when given', () => {
    const { container, rerender } = render(<Kicker tone="breaking" />);
    expect(container.textContent).toBe('عاجل');
    rerender(<Kicker tone="breaking">زلزال في الشمال</Kicker>);
    expect(container.textContent).toBe('زلزال في الشمال');
  });

  it('renders nothing for a default kicker without text, and warns on an unknown tone', () => {
    const { container, rerender } = render(<Kicker>{'   '}</Kicker>);
    expect(container.innerHTML).toBe('');
    rerender(<Kicker tone={'urgent' as never}>سياسة</Kicker>);
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'default');
    expect(warnings().some((message) => message.includes('Kicker: tone'))).toBe(true);
  });

  it('passes the locale and tone through ArticleHeader', () => {
    render(<ArticleHeader headline="Markets rally" kickerTone="live" locale="en" />);
    expect(screen.getByText('Live').closest('.maqal-Kicker')).toHaveAttribute('data-tone', 'live');
  });
});

describe('badge words', () => {
  it('follow the header’s locale: an English header says Breaking, not عاجل', () => {
    render(<ArticleHeader headline="Dam opens after ten years" kickerTone="breaking" locale="en" />);
    expect(screen.getByText('Breaking')).toBeInTheDocument();
    expect(screen.queryByText('عاجل')).toBeNull();
  });

  it('follow locale over the deprecated lang, and default to Arabic with neither', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        <ArticleHeader headline="سد جديد" kickerTone="live" lang="ar" locale="he" />
        <ArticleHeader headline="سد جديد" kickerTone="opinion" />
      </>,
    );
    expect(screen.getByText('בשידור חי')).toBeInTheDocument();
    expect(screen.getByText('رأي')).toBeInTheDocument();
  });
});

describe('bad input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['an empty string', ''],
    ['whitespace', '   \n\t '],
    ['false', false],
    ['an array of blanks', ['  ', null]],
    ['a fragment of whitespace', <>{'  '}</>],
    ['a fragment of blanks', <>{''}{null}</>],
    // Issue 13: what a CMS leaves in a field that looks empty.
    ['invisible marks (RLM, LRM, ZWSP, word joiner, BOM, ALM)', '\u200F\u200E\u200B\u2060\uFEFF\u061C'],
    ['an array of invisible marks and NaN', ['\u200F ', NaN, <>{'\u200B'}</>]],
    ['Infinity', Infinity],
  ])('renders no heading for %s as the headline, with a warning', (_, headline) => {
    render(<ArticleHeader kicker="ثقافة" headline={headline as never} standfirst={STANDFIRST} />);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('banner').querySelector('h1, h2, h3')).toBeNull();
    expect(warnings().some((message) => message.includes('ArticleHeader: headline is empty'))).toBe(true);
  });

  it('renders nothing for a kicker, headline or standfirst that is an empty fragment', () => {
    const { container } = render(
      <>
        <Kicker>
          <>{''}</>
        </Kicker>
        <Headline>
          <>{'  '}</>
        </Headline>
        <Standfirst>
          <>{null}</>
        </Standfirst>
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('renders no empty standfirst, kicker or meta row', () => {
    const { container } = render(<ArticleHeader headline={HEADLINE} standfirst="  " kicker="" meta={<>{null}{false}{''}</>} />);
    expect(container.querySelector('header')!.children).toHaveLength(1);
  });

  it('renders nothing for a kicker, headline or standfirst of only invisible marks (issue 13)', () => {
    const invisible = '\u200F\u200B \u2060';
    const { container } = render(
      <>
        <Kicker>{invisible}</Kicker>
        <Headline>{invisible}</Headline>
        <Standfirst>{[invisible, '\u061C']}</Standfirst>
      </>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  // Issue 13: <Headline>{cms.title}{suffix}</Headline> with U+202E in the title reversed the suffix.
  it('removes bidi controls from every string child, in arrays and fragments, not only from a string prop', () => {
    const title = 'عنوان\u202E مقلوب\u2067';
    const { container } = render(
      <>
        <Kicker>
          {title}
          {' | ثقافة'}
        </Kicker>
        <Headline>
          {title}
          {' | المصدر'}
        </Headline>
        <Standfirst>
          <>{title}</>
          {[' — ', ['\u202Dمقدمة']]}
        </Standfirst>
      </>,
    );
    expect(container.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(screen.getByRole('heading').textContent).toBe('عنوان مقلوب | المصدر');
    expect(container.querySelector('.maqal-Standfirst')!.textContent).toBe('عنوان مقلوب — مقدمة');
    render(<ArticleHeader headline={[title, ' | المصدر']} />);
    expect(screen.getAllByRole('heading')[1]!.textContent).toBe('عنوان مقلوب | المصدر');
  });

  it("keeps the app's own elements in the children as they are, with no key warning", () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Headline>
        {'مراسل\u202E '}
        <span lang="en" data-testid="own">
          CBS
        </span>
        <>
          {' في '}
          <b>واشنطن</b>
        </>
      </Headline>,
    );
    expect(screen.getByTestId('own')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading').textContent).toBe('مراسل CBS في واشنطن');
    expect(screen.getByRole('heading').querySelector('b')).toHaveTextContent('واشنطن');
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('never prints NaN or Infinity from a child of a headline, kicker, standfirst, meta row or caption (issue 13)', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <>
        <ArticleHeader
          kicker={['ثقافة', NaN]}
          headline={[HEADLINE, Infinity]}
          standfirst={<>{STANDFIRST}{-Infinity}</>}
          meta={
            <>
              {NaN}
              <span>سلمى القاسم</span>
              {Infinity}
              <>{NaN}</>
              <>
                {'٤ دقائق'}
                {NaN}
              </>
            </>
          }
          media={{ src: '/a.jpg', alt: 'مكتبة', caption: ['الواجهة', NaN], credit: <>{Infinity}AFP</> }}
        />
        <ArticleMeta>
          {NaN}
          {0}
        </ArticleMeta>
      </>,
    );
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
    expect([...container.querySelectorAll('.maqal-ArticleMeta-item')].map((item) => item.textContent)).toEqual(['سلمى القاسم', '٤ دقائق', '0']);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('removes bidi overrides and control characters from string props', () => {
    render(<ArticleHeader headline={'عنوان\u202E مقلوب\u0000'} kicker={'قسم\u2066'} standfirst={'مقدمة\u202D'} />);
    expect(screen.getByRole('heading').textContent).toBe('عنوان مقلوب');
    expect(screen.getByText('قسم')).toBeInTheDocument();
    expect(screen.getByText('مقدمة')).toBeInTheDocument();
  });

  it('never throws or prints NaN, undefined, Infinity or Invalid Date, whatever the props', () => {
    const anything = fc.oneof(fc.string(), fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, 0, true, {}, [], '  '), fc.double());
    fc.assert(
      fc.property(anything, anything, anything, anything, fc.constantFrom(1, 2, 3, 0, 9, NaN, '1'), (headline, kicker, standfirst, href, level) => {
        const { container, unmount } = render(
          <ArticleHeader
            headline={headline as never}
            kicker={kicker as never}
            standfirst={standfirst as never}
            kickerHref={href as never}
            headingLevel={level as never}
            media={{ src: href as never, alt: kicker as never, width: NaN, height: Infinity }}
          />,
        );
        const markup = container.innerHTML;
        for (const bad of ['NaN', 'undefined', 'Infinity', 'Invalid Date']) {
          const fromInput = [headline, kicker, standfirst].some((value) => typeof value === 'string' && value.includes(bad));
          if (!fromInput) expect(markup).not.toContain(bad);
        }
        for (const element of container.querySelectorAll('[href], [src]')) {
          expect(element.getAttribute('href') ?? element.getAttribute('src')).not.toMatch(/^\s*(javascript|data|vbscript):/i);
        }
        unmount();
      }),
      { numRuns: 150 },
    );
  });
});

describe('hero figure', () => {
  it('renders a figure with the image, its alt text, the caption and the isolated credit', () => {
    render(
      <ArticleHeader
        headline={HEADLINE}
        media={{ src: '/images/library.jpg', alt: 'قاعة القراءة الرئيسية', caption: 'قاعة القراءة بعد الترميم.', credit: 'تصوير: سلمى القاسم / AFP', width: 1200, height: 675 }}
      />,
    );
    const figure = screen.getByRole('figure');
    const image = within(figure).getByRole('img', { name: 'قاعة القراءة الرئيسية' });
    expect(image).toHaveAttribute('src', '/images/library.jpg');
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '675');
    expect(figure.querySelector('figcaption')).toHaveTextContent('قاعة القراءة بعد الترميم. تصوير: سلمى القاسم / AFP');
    expect(figure.querySelector('bdi')).toHaveTextContent('تصوير: سلمى القاسم / AFP');
  });

  it('gives an image without alt alt="" and a development warning', () => {
    const { container } = render(<ArticleHeader headline={HEADLINE} media={{ src: '/a.jpg' } as never} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(warnings().some((message) => message.includes('media.alt is missing'))).toBe(true);
  });

  it('takes an explicit alt="" as decorative, without a warning', () => {
    const { container } = render(<ArticleHeader headline={HEADLINE} media={{ src: '/a.jpg', alt: '' }} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(warn).not.toHaveBeenCalled();
  });

  it('never puts an unsafe URL in src, and drops a figure with nothing left to show', () => {
    const { container, rerender } = render(<ArticleHeader headline={HEADLINE} media={{ src: 'javascript:alert(1)', alt: 'صورة', caption: 'تعليق' }} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('figcaption')).toHaveTextContent('تعليق');
    rerender(<ArticleHeader headline={HEADLINE} media={{ src: 'data:text/html,<script>alert(1)</script>', alt: 'صورة' }} />);
    expect(container.querySelector('figure')).toBeNull();
    // An image a bundler inlined as a data: URL is safe in <img src> and is kept.
    rerender(<ArticleHeader headline={HEADLINE} media={{ src: 'data:image/svg+xml,%3Csvg%2F%3E', alt: 'صورة' }} />);
    expect(container.querySelector('img')).toHaveAttribute('src', 'data:image/svg+xml,%3Csvg%2F%3E');
  });

  it('renders an element given as media as it is', () => {
    render(<ArticleHeader headline={HEADLINE} media={<canvas aria-label="خريطة المدن الثلاث" />} />);
    expect(screen.getByLabelText('خريطة المدن الثلاث').tagName).toBe('CANVAS');
  });
});

describe('ArticleMeta and Standfirst alone', () => {
  it('wraps each child in an item, skipping empty ones, and renders nothing when empty', () => {
    const { container, rerender } = render(
      <ArticleMeta>
        <span>سلمى القاسم</span>
        {null}
        {'  '}
        <time dateTime="2026-03-14">١٤ مارس</time>
        قراءة في ٤ دقائق
      </ArticleMeta>,
    );
    const items = container.querySelectorAll('.maqal-ArticleMeta > .maqal-ArticleMeta-item');
    expect([...items].map((item) => item.textContent)).toEqual(['سلمى القاسم', '١٤ مارس', 'قراءة في ٤ دقائق']);
    rerender(<ArticleMeta>{[null, false, '']}</ArticleMeta>);
    expect(container.innerHTML).toBe('');
  });

  it('uses an ArticleMeta given as meta as it is', () => {
    const { container } = render(
      <ArticleHeader
        headline={HEADLINE}
        meta={
          <ArticleMeta data-testid="own">
            <span>أ</span>
            <span>ب</span>
          </ArticleMeta>
        }
      />,
    );
    expect(container.querySelectorAll('.maqal-ArticleMeta')).toHaveLength(1);
    expect(screen.getByTestId('own').children).toHaveLength(2);
  });

  it('renders the standfirst as a paragraph and forwards refs of every part', () => {
    const refs = { p: createRef<HTMLParagraphElement>(), h: createRef<HTMLHeadingElement>(), k: createRef<HTMLParagraphElement>(), m: createRef<HTMLDivElement>() };
    render(
      <>
        <Kicker ref={refs.k}>اقتصاد</Kicker>
        <Headline ref={refs.h}>{HEADLINE}</Headline>
        <Standfirst ref={refs.p}>{STANDFIRST}</Standfirst>
        <ArticleMeta ref={refs.m}>
          <span>أ</span>
        </ArticleMeta>
      </>,
    );
    expect(refs.k.current).toHaveClass('maqal-Kicker');
    expect(refs.h.current).toHaveClass('maqal-Headline');
    expect(refs.p.current).toHaveTextContent(STANDFIRST);
    expect(refs.m.current).toHaveClass('maqal-ArticleMeta');
  });
});
