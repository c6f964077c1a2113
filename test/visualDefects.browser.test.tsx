// The visual defects of the designers' review (issue 15) and the language pass's typography
// (issue 16), each pinned at rest by the property a reader notices (a contrast ratio, a size, a
// baseline, a computed style) and by a screenshot. Contrast is WCAG 2's ratio (test/helpers/pixels.ts);
// "non-text contrast" is WCAG 2.2 SC 1.4.11: a control's boundary and its states ≥ 3:1 against
// adjacent colours; text ≥ 4.5:1 (SC 1.4.3).
import { useRef } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  ArticleBody,
  ArticleHeader,
  ArticleMeta,
  Byline,
  Headline,
  Kicker,
  MaqalProvider,
  PullQuote,
  ReadingTime,
  ScrollToTop,
  Standfirst,
  StarRating,
  Timestamp,
} from '../src';
import { capture, contrast, inkColumns, rgbOf } from './helpers/pixels';
import { SCREENSHOTS_RUN } from './helpers/screenshots';
import { waitFor } from './helpers/waitFor';

const THEMES = ['light', 'dark'] as const;

/** A colour as the browser resolves it in this element's context ("rgb(…)"). */
function resolved(value: string, inside: Element = document.body): string {
  const probe = inside.appendChild(document.createElement('span'));
  probe.style.color = value;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Where the first line of text inside `element` sits: the bottom of an empty inline-block before it. */
function firstBaseline(element: Element): number {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
  });
  const text = walker.nextNode()!;
  const probe = document.createElement('span');
  probe.style.cssText = 'display: inline-block; inline-size: 0; block-size: 0';
  text.parentNode!.insertBefore(probe, text);
  const baseline = probe.getBoundingClientRect().bottom;
  probe.remove();
  return baseline;
}

beforeAll(async () => {
  // Nothing fades or pulses while a shot is taken.
  await commands.emulateReducedMotion(true);
  // A viewport inside the browser window: a larger one is scaled down, and so are its shots.
  await page.viewport(960, 720);
});

afterAll(async () => {
  await commands.emulateReducedMotion(false);
});

afterEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('ScrollToTop: a visible boundary and a visible hover (issue 15)', () => {
  /** Two buttons over scrolled boxes, as in its States story: the first one is hovered. */
  function Buttons() {
    const boxes = [useRef<HTMLDivElement>(null), useRef<HTMLDivElement>(null)];
    return (
      <div style={{ display: 'flex', gap: 16 }}>
        {boxes.map((box, i) => (
          <div key={i} style={{ position: 'relative', inlineSize: 120, blockSize: 96 }}>
            <div ref={box} style={{ blockSize: '100%', overflow: 'hidden' }} data-testid={`box-${i}`}>
              <div style={{ blockSize: 2000 }} />
            </div>
            <ScrollToTop target={box} threshold={50} style={{ position: 'absolute' }} data-testid={`button-${i}`} />
          </div>
        ))}
      </div>
    );
  }

  for (const theme of THEMES) {
    it(`has a border ≥ 3:1 on the surface and a hover fill ≥ 3:1 from rest and from the surface (${theme})`, async () => {
      const screen = await render(
        <MaqalProvider locale="ar">
          <p data-testid="away">—</p>
          <div data-testid="shot" data-maqal-theme={theme} style={{ padding: 24, inlineSize: 'fit-content', background: 'var(--maqal-color-surface)' }}>
            <Buttons />
          </div>
        </MaqalProvider>,
      );
      for (const i of [0, 1]) screen.getByTestId(`box-${i}`).element().scrollTop = 400;
      const button = (i: number) => screen.getByTestId(`button-${i}`).element() as HTMLButtonElement;
      const [hovered, resting] = [button(0), button(1)];
      await waitFor(() => expect(hovered.hidden || resting.hidden).toBe(false));
      const shot = screen.getByTestId('shot').element();
      const surface = getComputedStyle(shot).backgroundColor;

      await userEvent.hover(screen.getByTestId('away'));
      const rest = getComputedStyle(resting);
      // The boundary: was #d6d3cd (1.49:1) in light and #4a4844 (2.02:1) in dark.
      expect(contrast(rest.borderTopColor, surface)).toBeGreaterThanOrEqual(3);
      // The arrow on its fill stays readable as a graphic.
      expect(contrast(rest.color, rest.backgroundColor)).toBeGreaterThanOrEqual(3);

      await userEvent.hover(hovered);
      const hover = getComputedStyle(hovered);
      // Was 1.10:1 (light) and 1.15:1 (dark) between hover and rest.
      expect(contrast(hover.backgroundColor, rest.backgroundColor)).toBeGreaterThanOrEqual(3);
      expect(contrast(hover.backgroundColor, surface)).toBeGreaterThanOrEqual(3);
      expect(contrast(hover.color, hover.backgroundColor)).toBeGreaterThanOrEqual(3);
      // And still different from rest as a reader sees it: the two buttons' pixels differ.
      const [a, b] = [await capture(hovered), await capture(resting)];
      let differing = 0;
      for (let p = 0; p < a.data.length; p += 4) if (Math.abs(a.data[p]! - b.data[p]!) > 64) differing++;
      expect(differing / (a.data.length / 4)).toBeGreaterThan(0.3);

      if (SCREENSHOTS_RUN) await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`scroll-to-top-hover-rest-${theme}`);
      await userEvent.hover(screen.getByTestId('away'));
    });
  }
});

describe('ArticleMeta: the rating set to the row’s text, one separator (issue 15)', () => {
  const ROWS = [
    { locale: 'ar', dir: 'rtl', theme: 'light', source: 'وكالات' },
    { locale: 'en', dir: 'ltr', theme: 'dark', source: 'Reuters' },
  ] as const;

  for (const { locale, dir, theme, source } of ROWS) {
    it(`sizes the stars to the text and puts the rating’s text on the row’s baseline (${locale}, ${theme})`, async () => {
      const screen = await render(
        <MaqalProvider locale={locale} dir={dir} timeZone="Asia/Riyadh">
          <div data-testid="shot" data-maqal-theme={theme} style={{ padding: 16, inlineSize: 860, boxSizing: 'border-box', background: 'var(--maqal-color-surface)' }}>
            <ArticleMeta>
              <Byline locale={locale} authors={[{ name: locale === 'ar' ? 'ليلى حداد' : 'Leila Haddad' }]} source={source} />
              <Timestamp locale={locale} data-testid="date" dateTime="2026-11-20T07:45:00Z" format="date" timeZone="Asia/Riyadh" />
              <ReadingTime locale={locale} data-testid="time" minutes={6} />
              <StarRating locale={locale} data-testid="rating" average={4.1} count={52} readOnly />
            </ArticleMeta>
          </div>
        </MaqalProvider>,
      );
      await document.fonts.ready;
      const meta = document.querySelector('.maqal-ArticleMeta')!;
      const rating = screen.getByTestId('rating').element();
      const text = rating.querySelector('.maqal-StarRating-text')!;
      const fontSize = parseFloat(getComputedStyle(text).fontSize);
      expect(fontSize).toBe(parseFloat(getComputedStyle(meta).fontSize));

      // The stars: were 32 px beside 13–14 px text; now about the height of the line's letters.
      const star = getComputedStyle(rating.querySelector('.maqal-StarRating-star')!, '::before');
      expect(parseFloat(star.blockSize)).toBeLessThanOrEqual(1.3 * fontSize);
      expect(parseFloat(star.blockSize)).toBeGreaterThanOrEqual(1 * fontSize);
      // The rating is no taller than the row's other items, within what the font's own ascent and
      // descent do to baseline-aligned boxes (a pixel or two; the defect was a row of 32 px stars).
      const heights = [...meta.querySelectorAll('.maqal-ArticleMeta-item')].map((item) => item.getBoundingClientRect().height);
      expect(heights.at(-1)!).toBeLessThanOrEqual(Math.max(...heights.slice(0, -1)) + 0.15 * fontSize);

      // One baseline: the rating's text sat higher than the date and the reading time.
      const baseline = firstBaseline(screen.getByTestId('time').element());
      expect(firstBaseline(screen.getByTestId('date').element())).toBeCloseTo(baseline, 0);
      expect(firstBaseline(text)).toBeCloseTo(baseline, 0);
      // The stars sit on the line, centred on the letters, not above or below them.
      const stars = rating.querySelector('.maqal-StarRating-stars')!.getBoundingClientRect();
      expect(stars.bottom).toBeGreaterThan(baseline - 0.1 * fontSize);
      expect(stars.top).toBeLessThan(baseline - 0.5 * fontSize);

      // One separator rule, as a reader sees it: between items, and inside the byline and the
      // rating, every mark in a gap is a thin vertical hairline (1–2 px wide, at least half the
      // font size tall), never a dot (a dot reads as the Arabic-Indic zero ٠).
      const surface = getComputedStyle(screen.getByTestId('shot').element()).backgroundColor;
      const image = await capture(meta);
      const metaBox = meta.getBoundingClientRect();
      const gaps: [number, number][] = [];
      const items = [...meta.querySelectorAll('.maqal-ArticleMeta-item')].map((item) => item.getBoundingClientRect());
      for (let i = 1; i < items.length; i++) {
        const [a, b] = dir === 'rtl' ? [items[i]!.right, items[i - 1]!.left] : [items[i - 1]!.right, items[i]!.left];
        gaps.push([a, b]);
      }
      // Inside the byline and the rating the separator is drawn in the next part's own box (a
      // background, a border), so there the gap runs between the parts' letters.
      const letters = (element: Element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return range.getBoundingClientRect();
      };
      // The source ends the last name's unit (Byline.tsx): the names are the authors' letters
      // before the gap (a no-break space) that leads to it.
      const sourceText = meta.querySelector('.maqal-Byline-source')!;
      const names = document.createRange();
      names.setStart(meta.querySelector('.maqal-Byline-authors')!, 0);
      names.setEndBefore(meta.querySelector('.maqal-Byline-gap')!);
      const authors = names.getBoundingClientRect();
      const sourceBox = letters(sourceText);
      gaps.push(dir === 'rtl' ? [sourceBox.right, authors.left] : [authors.right, sourceBox.left]);
      const [average, votes] = [...text.children].map(letters);
      gaps.push(dir === 'rtl' ? [votes!.right, average!.left] : [average!.right, votes!.left]);
      expect(gaps).toHaveLength(5);
      for (const [from, to] of gaps) {
        const [x0, x1] = [Math.round(from - metaBox.left), Math.round(to - metaBox.left)];
        expect(x1 - x0, 'a gap').toBeGreaterThan(4);
        const columns = inkColumns(image, rgbOf(surface), 12).filter((x) => x > x0 && x < x1 - 1);
        expect(columns.length, `ink between ${x0} and ${x1}`).toBeGreaterThanOrEqual(1);
        expect(columns.length, `ink between ${x0} and ${x1}`).toBeLessThanOrEqual(2);
        let top = image.height;
        let bottom = -1;
        for (const x of columns) {
          for (let y = 0; y < image.height; y++) {
            const p = (y * image.width + x) * 4;
            const [r, g, b] = rgbOf(surface);
            if (Math.abs(image.data[p]! - r) + Math.abs(image.data[p + 1]! - g) + Math.abs(image.data[p + 2]! - b) > 36) {
              top = Math.min(top, y);
              bottom = Math.max(bottom, y);
            }
          }
        }
        expect(bottom - top + 1, 'the rule’s height').toBeGreaterThanOrEqual(0.5 * fontSize);
      }
      if (SCREENSHOTS_RUN) await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`article-meta-${locale}-${theme}`);
    });
  }
});

describe('dark theme: dimmed media and an urgent breaking badge (issue 15)', () => {
  /** A plain white picture (a data URL PNG), as bright as a cream illustration can be. */
  function whitePicture(): string {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 20;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 40, 20);
    return canvas.toDataURL('image/png');
  }

  it('dims photos and illustrations on the dark surface and leaves them alone in light', async () => {
    const src = whitePicture();
    const brightness: Record<string, number[]> = {};
    for (const theme of THEMES) {
      const screen = await render(
        <div dir="rtl" lang="ar" data-maqal-theme={theme} style={{ inlineSize: 320 }}>
          <ArticleHeader headline="عنوان" media={{ src, alt: 'صورة', width: 40, height: 20 }} />
          <ArticleBody>
            <figure>
              <img src={src} alt="رسم" width={40} height={20} />
            </figure>
          </ArticleBody>
        </div>,
      );
      const images = [...document.querySelectorAll('img')];
      expect(images).toHaveLength(2);
      await Promise.all(images.map((image) => image.decode()));
      brightness[theme] = [];
      for (const image of images) {
        const pixels = await capture(image);
        const centre = ((pixels.height >> 1) * pixels.width + (pixels.width >> 1)) * 4;
        brightness[theme].push(pixels.data[centre]!);
        // The token reaches the element.
        expect(getComputedStyle(image).filter, theme).toBe(theme === 'dark' ? 'brightness(0.8)' : 'none');
      }
      await screen.unmount();
    }
    for (const value of brightness.light!) expect(value).toBeGreaterThanOrEqual(250);
    // White drawn at about 80 %: no longer the brightest thing on a #141414 page.
    for (const value of brightness.dark!) expect(value).toBeLessThanOrEqual(215);
  });

  for (const theme of THEMES) {
    it(`keeps the breaking badge a strong red with ≥ 4.5:1 text (${theme})`, async () => {
      const screen = await render(
        <div dir="rtl" lang="ar" data-maqal-theme={theme} data-testid="shot" style={{ padding: 16, inlineSize: 'fit-content', background: 'var(--maqal-color-surface)' }}>
          <Kicker tone="breaking">عاجل</Kicker>
          <Kicker>ثقافة</Kicker>
        </div>,
      );
      await document.fonts.ready;
      const shot = screen.getByTestId('shot').element();
      const label = getComputedStyle(shot.querySelector('[data-tone="breaking"] .maqal-Kicker-label')!);
      const [r, g, b] = rgbOf(label.backgroundColor);
      // Red, and strong: the dark accent #ff8a80 was pastel (its green and blue well over half its red).
      expect(r).toBeGreaterThan(150);
      expect(Math.max(g, b)).toBeLessThan(0.35 * r);
      expect(contrast(label.color, label.backgroundColor)).toBeGreaterThanOrEqual(4.5);
      // The badge stands out from the page as a shape too.
      expect(contrast(label.backgroundColor, getComputedStyle(shot).backgroundColor)).toBeGreaterThanOrEqual(3);
      if (SCREENSHOTS_RUN) await expect.element(screen.getByTestId('shot')).toMatchScreenshot(`kicker-breaking-${theme}`);
    });
  }
});

describe('body: emphasis by weight, lists apart (issue 15)', () => {
  it('never colours Arabic emphasis with the kicker’s red, in regular or bold text, and sets it apart by weight', async () => {
    const screen = await render(
      <div dir="rtl" lang="ar" data-testid="shot" style={{ padding: 16, inlineSize: 480, background: 'var(--maqal-color-surface)' }}>
        <ArticleBody>
          <h2>
            عنوان فيه <em>تأكيد</em>
          </h2>
          <p>
            نص فيه <em data-testid="plain">تأكيد</em> و<strong>خط عريض فيه <em>تأكيد</em></strong> و<a href="#x">رابط</a> واقتباس{' '}
            <span lang="en">
              in <em data-testid="latin">italics</em>
            </span>
          </p>
          <PullQuote cite="هالة الفارسي">
            اقتباس فيه <em>تأكيد</em>
          </PullQuote>
        </ArticleBody>
      </div>,
    );
    await document.fonts.ready;
    const shot = screen.getByTestId('shot').element();
    const accent = resolved('var(--maqal-color-accent)', shot);
    for (const em of shot.querySelectorAll('em:not([data-testid="latin"])')) {
      const style = getComputedStyle(em);
      const parent = getComputedStyle(em.parentElement!);
      expect(style.color, em.parentElement!.tagName).not.toBe(accent);
      expect(style.color).toBe(parent.color);
      expect(style.fontStyle).toBe('normal');
      // Weight differs from the text around it: bold in regular text, regular in bold text.
      expect(Math.abs(Number(style.fontWeight) - Number(parent.fontWeight)), em.parentElement!.tagName).toBeGreaterThanOrEqual(300);
    }
    expect(getComputedStyle(screen.getByTestId('latin').element()).fontStyle).toBe('italic');
    if (SCREENSHOTS_RUN) await expect.element(screen.getByTestId('shot')).toMatchScreenshot('body-emphasis-ar');
  });

  it('puts a block’s space between two adjacent lists, more than between their items', async () => {
    const screen = await render(
      <div dir="rtl" lang="ar" data-testid="shot" style={{ padding: 16, inlineSize: 480, background: 'var(--maqal-color-surface)' }}>
        <ArticleBody>
          <ol data-testid="first">
            <li>أحضر بطاقة هوية سارية.</li>
            <li>املأ استمارة التسجيل.</li>
          </ol>
          <ol data-testid="second">
            <li>اختر يوم الزيارة.</li>
            <li>ادفع الرسم عند المدخل.</li>
          </ol>
          <ul data-testid="third">
            <li>قاعة المطالعة مفتوحة مساءً.</li>
          </ul>
        </ArticleBody>
      </div>,
    );
    const box = (id: string) => screen.getByTestId(id).element().getBoundingClientRect();
    const items = [...screen.getByTestId('first').element().querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    const between = items[1]!.top - items[0]!.bottom;
    const fontSize = parseFloat(getComputedStyle(screen.getByTestId('first').element()).fontSize);
    for (const [a, b] of [
      ['first', 'second'],
      ['second', 'third'],
    ] as const) {
      const gap = box(b).top - box(a).bottom;
      expect(gap).toBeGreaterThanOrEqual(1.5 * fontSize - 0.5);
      expect(gap).toBeGreaterThan(2 * between);
    }
    if (SCREENSHOTS_RUN) await expect.element(screen.getByTestId('shot')).toMatchScreenshot('body-adjacent-lists-ar');
  });
});

describe('Arabic-script typography: UI text at 15 and 14 px, no slanted emphasis anywhere (issue 16)', () => {
  // The tokens enlarge Arabic body text from 16 to 17 px; the small sizes follow: 14 → 15 px
  // (kicker, meta row, rating, header caption) and 13 → 14 px (the caption's credit).
  const EXPECTED = { ar: [15, 14], fa: [15, 14], ur: [15, 14], en: [14, 13], he: [14, 13] } as const;
  for (const [locale, [small, extraSmall]] of Object.entries(EXPECTED)) {
    it(`sets UI text at ${small} and ${extraSmall} px in ${locale}`, async () => {
      const screen = await render(
        <div lang={locale} dir={locale === 'en' ? 'ltr' : 'rtl'}>
          <ArticleHeader
            locale={locale}
            kicker="ثقافة"
            headline="عنوان"
            media={{ src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: '', caption: 'تعليق', credit: 'تصوير' }}
            meta={
              <ArticleMeta>
                <ReadingTime locale={locale} minutes={4} />
                <StarRating locale={locale} average={4} count={3} readOnly />
              </ArticleMeta>
            }
          />
        </div>,
      );
      const size = (selector: string) => parseFloat(getComputedStyle(screen.container.querySelector(selector)!).fontSize);
      for (const selector of ['.maqal-Kicker', '.maqal-ArticleMeta', '.maqal-StarRating', '.maqal-StarRating-text', '.maqal-ArticleHeader-caption']) {
        expect(size(selector), selector).toBe(small);
      }
      expect(size('.maqal-ArticleHeader-credit')).toBe(extraSmall);
    });
  }

  it('keeps a Latin phrase inside Arabic UI text at Latin sizes', async () => {
    const screen = await render(
      <div lang="ar" dir="rtl">
        <Kicker>
          ثقافة <span lang="en">BBC</span>
        </Kicker>
      </div>,
    );
    const kicker = screen.container.querySelector('.maqal-Kicker')!;
    expect(getComputedStyle(kicker).fontSize).toBe('15px');
    // The span inherits the kicker's computed size; its own tokens are Latin again.
    expect(getComputedStyle(kicker.querySelector('[lang="en"]')!).getPropertyValue('--maqal-text-sm').trim()).toBe('0.875rem');
  });

  for (const locale of ['ar', 'fa', 'ur'] as const) {
    it(`never slants <em> in any part that can hold it, and keeps Latin em italic (${locale})`, async () => {
      const em = (id: string) => <em data-testid={id}>تأكيد</em>;
      const screen = await render(
        <div lang={locale} dir="rtl">
          <Kicker>قسم {em('kicker')}</Kicker>
          <Headline>عنوان {em('headline')}</Headline>
          <Standfirst>
            مقدمة {em('standfirst')} و
            <span lang="en">
              an <em data-testid="latin">English</em> phrase
            </span>
          </Standfirst>
          <ArticleHeader headline="عنوان" media={{ src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', alt: '', caption: <>تعليق {em('caption')}</> }} />
          <PullQuote cite={<>قائلة {em('cite')}</>}>اقتباس {em('quote')}</PullQuote>
          <ArticleMeta>
            <span>بقلم {em('meta')}</span>
          </ArticleMeta>
        </div>,
      );
      for (const id of ['kicker', 'headline', 'standfirst', 'caption', 'cite', 'quote', 'meta']) {
        const element = screen.getByTestId(id).element();
        const style = getComputedStyle(element);
        expect(style.fontStyle, id).toBe('normal');
        expect(style.fontSynthesisStyle, id).toBe('none');
        // Emphasis still shows, by weight.
        expect(Math.abs(Number(style.fontWeight) - Number(getComputedStyle(element.parentElement!).fontWeight)), id).toBeGreaterThanOrEqual(300);
      }
      const latin = getComputedStyle(screen.getByTestId('latin').element());
      expect(latin.fontStyle).toBe('italic');
      expect(latin.fontSynthesisStyle).toBe('auto');
    });
  }
});
